import type { Logger } from 'pino'
import type { LevelStore } from '../../LevelStore.ts'
import { toRedemption, voucherFromJson, type Redemption, type SuiteContracts } from '../../../shared/chain/index.ts'
import { BaseError } from '../../../shared/errors/index.ts'
import type { SerialQueue } from '../settlement/serialQueue.ts'
import type { RedemptionFailure, RedemptionReport } from './SessionPayments.ts'
import { parsePaymentsLog, redeemedOnChain } from './redeemedOnChain.ts'
import { allSessions, hasUnredeemedCharge, type SessionRecord } from './sessionRecords.ts'

/** Default most vouchers per `tryRedeemBatch` transaction (~21k gas each: ~4.2M gas). */
export const DEFAULT_MAX_REDEMPTION_BATCH = 200
/**
 * How long a redemption transaction is waited on before the run fails (and is retried later): a
 * chain that dies after the send must not hold the payments queue forever. A batch mined after all
 * (before the next run) is found by that run's nonce check and not sent again.
 */
export const REDEMPTION_CONFIRM_TIMEOUT_MS = 120_000

/** A charged session, ready to send: its record and the contract struct the codec made of it. */
interface PendingRedemption {
  digest: string
  record: SessionRecord
  redemption: Redemption
}

/**
 * Redeems charged sessions with `SessionPayments.tryRedeemBatch`: the contract redeems every voucher
 * that passes its checks and skips the others with a `RedemptionSkipped` event carrying the custom
 * error. A skipped voucher is stored as failed with that reason (never sent again, its session
 * closed), logged, and reported, while the rest of the batch settles. A session the voucher codec
 * refuses (a charge above the voucher's maximum, a malformed stored voucher) fails the same way
 * without being sent: the contract would only refuse it.
 *
 * Each session is marked `redeeming` (durably, with the amount) before its transaction is sent, and
 * takes no charges until the outcome is known: a charge taken meanwhile could never reach the chain.
 * A later run that finds the nonce used (the confirmation was not seen), or a skip saying the voucher
 * was already redeemed (our earlier transaction won), closes the session with the amount of the
 * chain's `VoucherRedeemed` log.
 */
export function createVoucherRedeemer(components: {
  store: LevelStore
  suite: SuiteContracts
  queue: SerialQueue
  logger: Logger
  now: () => number
  maxBatch?: number | undefined
  confirmTimeoutMs?: number | undefined
}) {
  const { store, suite, queue, logger: log, now } = components
  const maxBatch = components.maxBatch ?? DEFAULT_MAX_REDEMPTION_BATCH
  const payments = suite.SessionPayments
  // Without a provider (a bare signer) recovery searches the logs from the first block: slower, as right.
  const currentBlock = async (): Promise<number> => await payments.runner?.provider?.getBlockNumber() ?? 0

  const describeError = (data: string): string => {
    try {
      const parsed = payments.interface.parseError(data)
      if (parsed === null) return data
      const args = parsed.fragment.inputs.map((input, index) => `${input.name}: ${String(parsed.args[index])}`)
      return `${parsed.name}(${args.join(', ')})`
    } catch {
      return data
    }
  }
  const failureOf = (digest: string, record: SessionRecord, reason: string): RedemptionFailure => ({
    digest, user: record.voucher.user, sessionId: record.voucher.sessionId, nonce: record.voucher.nonce, amount: record.charged, reason, failedAt: now()
  })
  const failedRecord = (record: SessionRecord, failure: RedemptionFailure): string => JSON.stringify({ ...record, failure: { reason: failure.reason, failedAt: failure.failedAt } })
  const logFailures = (failed: readonly RedemptionFailure[]): void => {
    for (const failure of failed) log.warn(failure, 'voucher redemption failed; the session is closed and its receipts earn nothing')
  }

  /** The contract struct for a stored session, or why the voucher codec refuses it. */
  const redemptionOf = (record: SessionRecord): { redemption: Redemption } | { refused: string } => {
    try {
      return { redemption: toRedemption(voucherFromJson(record.voucher), BigInt(record.charged), record.signature) }
    } catch (error) {
      if (error instanceof BaseError) return { refused: error.message }
      throw error
    }
  }

  /**
   * A session whose voucher the chain has redeemed: closed, its charge set to what the chain took
   * (its `VoucherRedeemed` log) rather than what was stored, so receipts never claim more than was paid.
   */
  const redeemedRecord = async (digest: string, record: SessionRecord): Promise<string> => {
    const { redeeming, ...rest } = record
    const onChain = await redeemedOnChain(payments, record)
    if (onChain === undefined) {
      log.warn({ digest, sessionId: record.voucher.sessionId, nonce: record.voucher.nonce }, 'voucher nonce used on chain but no VoucherRedeemed log found; keeping the stored charge')
      return JSON.stringify({ ...rest, redeemed: true })
    }
    if (onChain !== BigInt(record.charged)) {
      log.error({ digest, sessionId: record.voucher.sessionId, stored: record.charged, redeemed: onChain.toString(), sent: redeeming?.amount }, 'the chain redeemed another amount than the session charged; taking the chain\'s')
    }
    return JSON.stringify({ ...rest, charged: onChain.toString(), redeemed: true })
  }
  const isAlreadyRedeemed = (reason: string): boolean => reason.startsWith('SessionPaymentsVoucherAlreadyRedeemed(')
  /** Why a session this store never sent is closed when the chain says its voucher was redeemed. */
  const redeemedElsewhere = (reason: string): string => {
    log.error('a voucher this orchestrator served was redeemed by another redemption as its operator: is another orchestrator process using this operator key with its own store? Run one process per operator key')
    return `${reason}: redeemed by another process using this operator key, not by this orchestrator`
  }

  const redeemChunk = async (chunk: PendingRedemption[]): Promise<{ redeemed: number; gasUsed: bigint; failed: RedemptionFailure[] }> => {
    // Marked before sending: charges stop (they could not join this redemption) and, should the
    // confirmation never come, the next run knows from which block to look for the outcome.
    const fromBlock = await currentBlock()
    const marked = chunk.map((item) => ({ ...item, sentBefore: item.record.redeeming !== undefined, record: { ...item.record, redeeming: { amount: item.record.charged, fromBlock } } }))
    await store.batch(marked.map(({ digest, record }) => ({ type: 'put' as const, key: digest, value: JSON.stringify(record) })))
    const receipt = await (await payments.tryRedeemBatch(marked.map(({ redemption }) => redemption))).wait(1, components.confirmTimeoutMs ?? REDEMPTION_CONFIRM_TIMEOUT_MS)
    const skipped = new Map<string, string>()
    for (const entry of receipt?.logs ?? []) {
      const event = parsePaymentsLog(payments, entry)
      if (event?.name === 'RedemptionSkipped') skipped.set(`${String(event.args.user).toLowerCase()}:${String(event.args.nonce)}`, describeError(String(event.args.reason)))
    }
    const failed: RedemptionFailure[] = []
    const operations: Array<{ type: 'put'; key: string; value: string }> = []
    for (const { digest, record, sentBefore } of marked) {
      const reason = skipped.get(`${record.voucher.user.toLowerCase()}:${record.voucher.nonce}`)
      const { redeeming: _sent, ...rest } = record
      if (reason === undefined) {
        operations.push({ type: 'put', key: digest, value: JSON.stringify({ ...rest, redeemed: true }) })
      } else if (isAlreadyRedeemed(reason) && sentBefore) {
        // Our own earlier transaction (unconfirmed when we gave up on it) got there first.
        operations.push({ type: 'put', key: digest, value: await redeemedRecord(digest, record) })
      } else {
        const failure = failureOf(digest, rest, isAlreadyRedeemed(reason) ? redeemedElsewhere(reason) : reason)
        failed.push(failure)
        operations.push({ type: 'put', key: digest, value: failedRecord(rest, failure) })
      }
    }
    await store.batch(operations)
    logFailures(failed)
    return { redeemed: chunk.length - failed.length, gasUsed: receipt?.gasUsed ?? 0n, failed }
  }

  return {
    /**
     * Redeems every charged session `select` accepts (all by default). A session whose nonce is
     * already used on chain (a redemption confirmed after a crash or a timeout) is closed with the
     * amount the chain's log says, and never sent again.
     */
    redeemPending(select: (digest: string, record: SessionRecord) => boolean = () => true): Promise<RedemptionReport> {
      return queue.run(async () => {
        const pending: Array<{ digest: string; record: SessionRecord }> = []
        for await (const entry of allSessions(store)) {
          const { digest, record } = entry
          if (hasUnredeemedCharge(record) && select(digest, record)) pending.push(entry)
        }
        const report: RedemptionReport = { redeemed: 0, gasUsed: 0n, failed: [] }
        const redeemable: PendingRedemption[] = []
        for (const { digest, record } of pending) {
          const converted = redemptionOf(record)
          if ('refused' in converted) {
            const failure = failureOf(digest, record, converted.refused)
            await store.put(digest, failedRecord(record, failure))
            report.failed.push(failure)
            continue
          }
          const { voucher } = converted.redemption
          // The nonce index lets one session per (user, nonce) in, so a used nonce on a session we
          // sent is ours: redeemed by a batch whose confirmation we did not see (a crash, a
          // timeout). On a session we never sent, someone else redeemed it as this operator (another
          // process with this key and its own store): not our payment, so its receipts earn nothing.
          if (await payments.isNonceUsed(voucher.user, voucher.operator, voucher.nonce)) {
            if (record.redeeming !== undefined) {
              await store.put(digest, await redeemedRecord(digest, record))
            } else {
              const failure = failureOf(digest, record, redeemedElsewhere(`SessionPaymentsVoucherAlreadyRedeemed(user: ${voucher.user}, nonce: ${voucher.nonce})`))
              await store.put(digest, failedRecord(record, failure))
              report.failed.push(failure)
            }
          } else {
            redeemable.push({ digest, record, redemption: converted.redemption })
          }
        }
        logFailures(report.failed)
        for (let start = 0; start < redeemable.length; start += maxBatch) {
          const result = await redeemChunk(redeemable.slice(start, start + maxBatch))
          report.redeemed += result.redeemed
          report.gasUsed += result.gasUsed
          report.failed.push(...result.failed)
        }
        if (redeemable.length > 0) log.info({ vouchers: redeemable.length, redeemed: report.redeemed, failed: report.failed.length, gasUsed: report.gasUsed.toString() }, 'vouchers redeemed')
        return report
      })
    },

    async failures(): Promise<RedemptionFailure[]> {
      const failures: RedemptionFailure[] = []
      for await (const { digest, record } of allSessions(store)) {
        if (record.failure !== undefined) failures.push({ ...failureOf(digest, record, record.failure.reason), failedAt: record.failure.failedAt })
      }
      return failures
    }
  }
}
