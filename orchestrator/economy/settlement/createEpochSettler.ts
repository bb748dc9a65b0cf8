import type { Signer } from 'ethers'
import type { Logger } from 'pino'
import type { RewardsDistributor } from '../../../shared/chain/index.ts'
import { buildRewardsTree, type RewardsTree } from '../../../shared/chain/index.ts'
import { accumulateEarnings, epochPool, identityWeight, type QualityWeight, type RevenueShares } from './earnings.ts'
import { EpochPostFailedError, EpochTreeMismatchError, NoPostedEpochError } from './errors.ts'
import type { EpochClaim, EpochSettler, EpochSummary, SettleResult, SettlementStatus, SettlementStep } from './EpochSettler.ts'
import { postEpochRoot } from './postEpochRoot.ts'
import { unpromisedFunds } from './unpromisedFunds.ts'
import type { EpochRecord, ReceiptStore, SealBuilder, StoredReceipt } from './ReceiptStore.ts'
import { createSerialQueue } from './serialQueue.ts'
import { checkedWeight, settledWeight, type EpochWeighing } from './rewardWeighting.ts'

/** How long `settle()` waits for `postRoot` to be mined before giving up (the next call resumes). */
export const DEFAULT_CONFIRM_TIMEOUT_MS = 120_000

/** Components and options of {@link createEpochSettler}. */
export interface EpochSettlerInit {
  store: ReceiptStore
  /** `RewardsDistributor`, for reads; transactions are signed by `wallet`. */
  distributor: RewardsDistributor
  /** The oracle (`ORACLE_ROLE`), connected to a provider. */
  wallet: Signer
  /**
   * `SessionPayments.feeBps()`: the treasury's cut of what receipts charged. Give a function to read
   * it anew at each settlement (governance may change it at any time); a number stays fixed.
   */
  feeBps: number | (() => Promise<number>)
  /** Defaults to 80% provider, 10% curators, 10% trainer. */
  shares?: RevenueShares
  /** Relative quality of a receipt; identity by default. Ignored when `weighEpoch` is given. */
  weight?: QualityWeight<StoredReceipt>
  /**
   * The weight of each receipt decided with the whole epoch in view, e.g.
   * `weighByStandingWhenServed(standing)`: each receipt by the standing it was served in, and nothing
   * for a node proven to lie during the epoch.
   */
  weighEpoch?: EpochWeighing
  now: () => number
  logger: Logger
  confirmTimeoutMs?: number
  /**
   * How the voucher that paid a receipt stands (`SessionPayments.paymentState`). With it, a receipt
   * earns only once its voucher is redeemed: receipts of a pending voucher wait for a later epoch,
   * receipts of a failed one are sealed with amount 0 (nothing reached the pool), so a root never
   * promises money that did not arrive. Without it every receipt counts as paid.
   */
  paymentState?: (paymentDigest: string) => Promise<'pending' | 'redeemed' | 'failed'>
  /** Hears each settlement milestone once it is durable; the crash tests kill the process here. */
  onStep?: (step: SettlementStep, epoch: number) => void | Promise<void>
}

function summarize(record: EpochRecord): EpochSummary {
  return {
    epoch: record.epoch,
    status: record.status,
    root: record.root,
    total: record.total,
    pool: record.pool,
    receiptCount: record.receiptCount,
    accounts: record.cumulative.size,
    ...(record.posted?.transactionHash === undefined ? {} : { transactionHash: record.posted.transactionHash }),
    ...(record.posted?.gasUsed === undefined ? {} : { gasUsed: record.posted.gasUsed }),
    ...(record.posted === undefined ? {} : { foundOnChain: record.posted.foundOnChain })
  }
}

/**
 * The orchestrator's epoch settlement over a {@link ReceiptStore} and `RewardsDistributor`.
 *
 * Crash safety rests on two facts: a receipt moves from unassigned to epoch N in the same level batch
 * that writes epoch N's record (so it is counted in exactly one epoch's cumulative totals), and an epoch
 * is posted at most once because the chain is read before sending and refuses a second post of an
 * epoch. Roots hold cumulative amounts, so even a re-post could never pay twice.
 *
 * @example
 * const settler = createEpochSettler({
 *   store, distributor: suite.RewardsDistributor, wallet: oracle, feeBps: Number(await suite.SessionPayments.feeBps()),
 *   now: Date.now, logger
 * })
 * setInterval(() => { void settler.settle().catch((error) => logger.error({ error }, 'settlement failed')) }, epochMs)
 */
export function createEpochSettler(init: EpochSettlerInit): EpochSettler {
  const { store, distributor, wallet, now } = init
  const logger = init.logger.child({ component: 'orchestrator:settlement:settler' })
  const queue = createSerialQueue()
  const onStep = init.onStep ?? (() => {})
  const earningsOptions = {
    ...(init.shares === undefined ? {} : { shares: init.shares }),
    weight: settledWeight
  }
  const trees = new Map<number, RewardsTree>()

  /** The receipts an epoch may take now, as they are to be stored (see `paymentState`). */
  const payable = (unassigned: readonly StoredReceipt[], states: ReadonlyMap<string, string> | undefined): StoredReceipt[] => {
    if (states === undefined) return [...unassigned]
    const selected: StoredReceipt[] = []
    for (const receipt of unassigned) {
      const state = receipt.paymentDigest === undefined || receipt.amount === 0n ? 'redeemed' : states.get(receipt.paymentDigest)
      if (state === 'redeemed') selected.push(receipt)
      else if (state === 'failed') selected.push({ ...receipt, amount: 0n })
    }
    return selected
  }
  /**
   * The receipts with the weight they are settled at, stored with them in the seal's batch: the root
   * then follows from the stored receipts alone, whatever the reputation says later.
   *
   * @throws {InvalidQualityWeightError} when a weight is negative or not finite.
   */
  const weighed = (receipts: readonly StoredReceipt[]): StoredReceipt[] => {
    const weight = init.weighEpoch?.(receipts) ?? init.weight ?? identityWeight
    return receipts.map((receipt) => ({ ...receipt, settledWeight: checkedWeight(receipt, weight) }))
  }
  /**
   * The next epoch. Its pool is what the receipts charged less the fee, capped at what the distributor
   * holds unpromised (`headroom`): a fee raised since it was read, or any other drift, makes the
   * epoch pay what actually arrived instead of a root the chain refuses for ever. An empty
   * distributor is not capped to nothing: the post fails (`RewardsUnderfunded`, reported) and the
   * sealed epoch waits for funding.
   */
  const builder = (states: ReadonlyMap<string, string> | undefined, feeBps: number, headroom: bigint): SealBuilder => ({ epoch, unassigned, previous }) => {
    const paid = payable(unassigned, states)
    const computed = epochPool(paid, feeBps)
    // Nothing to pay (free receipts only): no root worth a transaction; they wait for a paying epoch.
    if (computed === 0n) return undefined
    const pool = headroom > 0n && headroom < computed ? headroom : computed
    if (pool < computed) logger.warn({ epoch, computed: computed.toString(), arrived: pool.toString(), feeBps }, 'the distributor received less than the receipts promise; the epoch pays what arrived')
    const receipts = weighed(paid)
    const cumulative = accumulateEarnings(previous?.cumulative ?? new Map<string, bigint>(), receipts, { ...earningsOptions, feeBps, pool })
    const tree = buildRewardsTree([...cumulative].map(([account, cumulativeAmount]) => ({ account, cumulativeAmount })))
    return { pool, cumulative, root: tree.root, total: tree.total, tree: tree.dump(), receipts }
  }
  const paymentStates = async (): Promise<Map<string, string> | undefined> => {
    if (init.paymentState === undefined) return undefined
    const states = new Map<string, string>()
    for (const receipt of await store.unassigned()) {
      if (receipt.paymentDigest !== undefined && !states.has(receipt.paymentDigest)) states.set(receipt.paymentDigest, await init.paymentState(receipt.paymentDigest))
    }
    return states
  }

  const post = async (record: EpochRecord): Promise<EpochRecord> => {
    const provider = wallet.provider
    if (provider === null) throw new EpochPostFailedError({ epoch: record.epoch, reason: 'the oracle wallet has no provider' })
    return await postEpochRoot({
      store, distributor, wallet, provider, now, logger, onStep,
      confirmTimeoutMs: init.confirmTimeoutMs ?? DEFAULT_CONFIRM_TIMEOUT_MS
    }, record)
  }

  const treeOf = (record: EpochRecord): RewardsTree => {
    const cached = trees.get(record.epoch)
    if (cached !== undefined) return cached
    const tree = buildRewardsTree([...record.cumulative].map(([account, cumulativeAmount]) => ({ account, cumulativeAmount })))
    if (tree.root !== record.root) throw new EpochTreeMismatchError({ epoch: record.epoch, storedRoot: record.root, rebuiltRoot: tree.root })
    trees.set(record.epoch, tree)
    return tree
  }

  return {
    settle(): Promise<SettleResult> {
      return queue.run(async () => {
        const result: SettleResult = {}
        const latest = await store.latestEpoch()
        if (latest !== undefined && latest.status === 'sealed') {
          logger.info({ epoch: latest.epoch }, 'resuming a sealed epoch')
          result.resumed = summarize(await post(latest))
        }
        const feeBps = typeof init.feeBps === 'function' ? await init.feeBps() : init.feeBps
        const provider = wallet.provider
        const headroom = provider === null ? 0n : await unpromisedFunds(distributor, provider)
        const sealed = await store.sealEpoch(builder(await paymentStates(), feeBps, headroom))
        if (sealed !== undefined) {
          await onStep('sealed', sealed.epoch)
          result.settled = summarize(await post(sealed))
        }
        return result
      })
    },

    async claimFor(account: string): Promise<EpochClaim> {
      const record = await store.latestPostedEpoch()
      if (record === undefined) throw new NoPostedEpochError()
      return { epoch: record.epoch, ...treeOf(record).getClaim(account) }
    },

    async status(): Promise<SettlementStatus> {
      const [counts, latest, latestPosted, chainEpoch, root, totalCumulative, totalClaimed] = await Promise.all([
        store.counts(), store.latestEpoch(), store.latestPostedEpoch(),
        distributor.currentEpoch(), distributor.merkleRoot(), distributor.totalCumulative(), distributor.totalClaimed()
      ])
      return {
        ...counts,
        ...(latest === undefined ? {} : { latestEpoch: summarize(latest) }),
        ...(latestPosted === undefined ? {} : { latestPosted: summarize(latestPosted) }),
        chain: { epoch: chainEpoch, root, totalCumulative, totalClaimed }
      }
    }
  }
}
