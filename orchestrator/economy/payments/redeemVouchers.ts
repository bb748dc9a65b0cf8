import type { Log } from 'ethers'
import type { Logger } from 'pino'
import type { LevelStore } from '../../LevelStore.ts'
import { toRedemption, voucherFromJson, type Redemption, type SuiteContracts } from '../../../shared/chain/index.ts'
import { BaseError } from '../../../shared/errors/index.ts'
import type { SerialQueue } from '../settlement/serialQueue.ts'
import type { RedemptionFailure, RedemptionReport } from './SessionPayments.ts'
import { allSessions, type SessionRecord } from './sessionRecords.ts'

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

  const redeemChunk = async (chunk: PendingRedemption[]): Promise<{ redeemed: number; gasUsed: bigint; failed: RedemptionFailure[] }> => {
    const receipt = await (await payments.tryRedeemBatch(chunk.map(({ redemption }) => redemption))).wait(1, components.confirmTimeoutMs ?? REDEMPTION_CONFIRM_TIMEOUT_MS)
    const skipped = new Map<string, string>()
    for (const entry of receipt?.logs ?? []) {
      const event = parseLog(entry)
      if (event?.name === 'RedemptionSkipped') skipped.set(`${String(event.args.user).toLowerCase()}:${String(event.args.nonce)}`, describeError(String(event.args.reason)))
    }
    const failed: RedemptionFailure[] = []
    const operations = chunk.map(({ digest, record }) => {
      const reason = skipped.get(`${record.voucher.user.toLowerCase()}:${record.voucher.nonce}`)
      if (reason === undefined) return { type: 'put' as const, key: digest, value: JSON.stringify({ ...record, redeemed: true }) }
      const failure = failureOf(digest, record, reason)
      failed.push(failure)
      return { type: 'put' as const, key: digest, value: failedRecord(record, failure) }
    })
    await store.batch(operations)
    logFailures(failed)
    return { redeemed: chunk.length - failed.length, gasUsed: receipt?.gasUsed ?? 0n, failed }
  }
  const parseLog = (entry: Log) => {
    try {
      return payments.interface.parseLog(entry)
    } catch {
      return null
    }
  }

  return {
    redeemPending(): Promise<RedemptionReport> {
      return queue.run(async () => {
        const pending: Array<{ digest: string; record: SessionRecord }> = []
        for await (const entry of allSessions(store)) {
          const { record } = entry
          if (!record.redeemed && record.failure === undefined && BigInt(record.charged) > 0n) pending.push(entry)
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
          // The nonce index lets one session per (user, nonce) in, so a used nonce is ours: redeemed
          // by a batch whose confirmation we did not see (a crash). Never send it again.
          if (await payments.isNonceUsed(voucher.user, voucher.nonce)) {
            await store.put(digest, JSON.stringify({ ...record, redeemed: true }))
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
