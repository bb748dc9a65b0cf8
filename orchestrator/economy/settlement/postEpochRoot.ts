import { Transaction, type Interface, type Provider, type Signer, type TransactionReceipt } from 'ethers'
import type { Logger } from 'pino'
import type { RewardsDistributor } from '../../../shared/chain/index.ts'
import { EpochConflictError, EpochPostFailedError } from './errors.ts'
import type { SettlementStep } from './EpochSettler.ts'
import type { EpochPosting, EpochRecord, ReceiptStore } from './ReceiptStore.ts'

/** Components of {@link postEpochRoot}. */
export interface PostEpochRootComponents {
  store: ReceiptStore
  /** The distributor; only its address, interface and view functions are used. */
  distributor: RewardsDistributor
  /** Holds `ORACLE_ROLE`; signs `postRoot` offline so the signed bytes can be stored before sending. */
  wallet: Signer
  provider: Provider
  now: () => number
  logger: Logger
  confirmTimeoutMs: number
  onStep: (step: SettlementStep, epoch: number) => void | Promise<void>
}

/**
 * Brings a sealed epoch to `posted`, exactly once on chain, whatever point an earlier attempt died at:
 *
 * 1. The chain already holds this epoch with our root (a crash after sending): mark it posted.
 * 2. A signed transaction is on record (a crash after signing): rebroadcast those same bytes (same
 *    hash, same nonce) and wait; if they were dropped or outbid, fall through.
 * 3. Otherwise sign `postRoot`, store the signed bytes, then broadcast and wait.
 *
 * The chain itself refuses a second post of an epoch (`RewardsEpochNotIncreasing`), so even a stale
 * duplicate transaction cannot move a root twice.
 *
 * @throws {EpochConflictError} when the chain holds another root for this epoch or a later one.
 * @throws {EpochPostFailedError} when signing, sending or mining fails.
 */
export async function postEpochRoot(components: PostEpochRootComponents, record: EpochRecord): Promise<EpochRecord> {
  const { store, distributor, wallet, provider, now, onStep } = components
  const logger = components.logger.child({ component: 'orchestrator:settlement:post', epoch: record.epoch })
  const { epoch, root, total } = record

  const markPosted = async (posting: Omit<EpochPosting, 'postedAt'>): Promise<EpochRecord> => {
    const posted = await store.markEpochPosted(epoch, { ...posting, postedAt: now() })
    logger.info({ root, total: total.toString(), transactionHash: posting.transactionHash, gasUsed: posting.gasUsed?.toString(), foundOnChain: posting.foundOnChain }, 'epoch posted')
    await onStep('posted', epoch)
    return posted
  }
  /** `posted` when the chain holds our root for this epoch, `absent` when it is behind, else a conflict. */
  const chainState = async (): Promise<'posted' | 'absent'> => {
    const [chainEpoch, chainRoot] = await Promise.all([distributor.currentEpoch(), distributor.merkleRoot()])
    if (chainEpoch === BigInt(epoch) && chainRoot.toLowerCase() === root.toLowerCase()) return 'posted'
    if (chainEpoch < BigInt(epoch)) return 'absent'
    throw new EpochConflictError({ epoch, root, chainEpoch, chainRoot })
  }
  const fromReceipt = (receipt: TransactionReceipt, foundOnChain: boolean): Omit<EpochPosting, 'postedAt'> =>
    ({ transactionHash: receipt.hash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, foundOnChain })

  if ((await chainState()) === 'posted') {
    const receipt = record.transaction === undefined ? null : await provider.getTransactionReceipt(record.transaction.hash)
    return await markPosted(receipt === null ? { foundOnChain: true } : fromReceipt(receipt, true))
  }

  if (record.transaction !== undefined) {
    const outcome = await rebroadcast(provider, record.transaction, components.confirmTimeoutMs, logger)
    if (outcome === 'pending') {
      // Signing anew now could land two posts; wait for this one on the next attempt instead.
      throw new EpochPostFailedError({ epoch, reason: `transaction ${record.transaction.hash} still pending` })
    }
    if (outcome !== 'dropped' && outcome.status === 1) return await markPosted(fromReceipt(outcome, false))
    // Dropped, replaced or reverted: the chain decides whether a fresh transaction is needed.
    if ((await chainState()) === 'posted') return await markPosted({ foundOnChain: true })
    logger.warn({ hash: record.transaction.hash, outcome: outcome === 'dropped' ? 'dropped' : 'reverted' }, 'stored postRoot transaction did not post; signing a new one')
  }

  let raw: string
  try {
    const request = await distributor.postRoot.populateTransaction(BigInt(epoch), root, total)
    raw = await wallet.signTransaction(await wallet.populateTransaction(request))
  } catch (cause) {
    throw new EpochPostFailedError({ epoch, reason: describeFailure(cause, distributor.interface), cause })
  }
  const hash = Transaction.from(raw).hash
  if (hash === null) throw new EpochPostFailedError({ epoch, reason: 'signed transaction has no hash' })
  // Stored before broadcasting: after a crash, the restart resends these bytes rather than a second
  // transaction with a new nonce.
  await store.saveEpochTransaction(epoch, { hash, raw })
  await onStep('transaction-signed', epoch)

  const failed = (cause: unknown): EpochPostFailedError =>
    new EpochPostFailedError({ epoch, reason: describeFailure(cause, distributor.interface), cause })
  await provider.broadcastTransaction(raw).catch((cause: unknown) => { throw failed(cause) })
  await onStep('transaction-sent', epoch)
  const receipt = await provider.waitForTransaction(hash, 1, components.confirmTimeoutMs).catch((cause: unknown) => { throw failed(cause) })
  if (receipt === null) throw new EpochPostFailedError({ epoch, reason: 'not mined in time' })
  if (receipt.status !== 1) throw new EpochPostFailedError({ epoch, reason: `transaction ${hash} reverted` })
  return await markPosted(fromReceipt(receipt, false))
}

/**
 * Resends stored signed bytes and waits for them: their receipt, `dropped` when the network no longer
 * knows them (their nonce went to another transaction), or `pending` when they are known but unmined.
 */
async function rebroadcast(
  provider: Provider,
  transaction: { hash: string; raw: string },
  timeoutMs: number,
  logger: Logger
): Promise<TransactionReceipt | 'dropped' | 'pending'> {
  const mined = await provider.getTransactionReceipt(transaction.hash)
  if (mined !== null) return mined
  try {
    await provider.broadcastTransaction(transaction.raw)
  } catch (error) {
    // "already known" (still pending) or "nonce too low" (its nonce went to another transaction).
    logger.debug({ hash: transaction.hash, error: error instanceof Error ? error.message : String(error) }, 'rebroadcast refused')
  }
  if ((await provider.getTransaction(transaction.hash)) === null) return 'dropped'
  try {
    return (await provider.waitForTransaction(transaction.hash, 1, timeoutMs)) ?? 'pending'
  } catch {
    return 'pending'
  }
}

/** A revert's custom error by name and arguments when the ABI knows it, else the error message. */
export function describeFailure(error: unknown, contractInterface: Interface): string {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const data = (current as { data?: unknown }).data
    if (typeof data === 'string' && data.startsWith('0x') && data.length >= 10) {
      const parsed = contractInterface.parseError(data)
      if (parsed !== null) return `${parsed.name}(${parsed.args.map((arg: unknown) => String(arg)).join(', ')})`
    }
    const next = current as { error?: unknown; cause?: unknown; info?: unknown }
    current = next.error ?? next.cause ?? next.info
  }
  return error instanceof Error ? error.message : String(error)
}
