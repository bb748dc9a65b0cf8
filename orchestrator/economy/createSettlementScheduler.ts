import type { Logger } from 'pino'
import type { EpochSettlementReport, SettlementStepError } from './settleEpochSafely.ts'

/** Exponential backoff of settlement retries: `initialMs · factor^(n-1)`, capped, then jittered. */
export interface SettlementBackoff {
  initialMs: number
  maxMs: number
  factor: number
  /** Fraction of the delay drawn at random either way (0.2: ±20%), so restarts do not retry in step. */
  jitter: number
}

export const DEFAULT_SETTLEMENT_BACKOFF: SettlementBackoff = { initialMs: 5_000, maxMs: 5 * 60_000, factor: 2, jitter: 0.2 }

/** Where retries stand, as `GET /v1/settlement` reports them under `retry`. */
export interface SettlementRetryStatus {
  /** Attempts in a row with a failed step (0 after a clean one). */
  consecutiveFailures: number
  lastAttemptAt?: number
  lastSuccessAt?: number
  /** The failed steps of the last attempt, with their reasons. */
  lastErrors?: { redemptions?: SettlementStepError; settlement?: SettlementStepError }
  /** When the next retry runs; absent when none is scheduled. */
  nextRetryAt?: number
}

export interface SettlementScheduler {
  /** Settles now, after any attempt in progress; never throws. A failed step schedules a retry. */
  settleNow(): Promise<EpochSettlementReport>
  status(): SettlementRetryStatus
  /** Cancels the pending retry and waits for an attempt in progress. */
  stop(): Promise<void>
}

/** The delay before retry `attempt` (1-based). */
export function backoffDelay(attempt: number, backoff: SettlementBackoff, random: () => number): number {
  const base = Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** Math.max(0, attempt - 1))
  return Math.round(Math.min(backoff.maxMs, base * (1 - backoff.jitter + 2 * backoff.jitter * random())))
}

/**
 * Runs epoch settlement and, when a step fails (typically the chain being unreachable), retries it
 * with capped, jittered exponential backoff until an attempt is clean, so redemptions and roots
 * resume by themselves when the chain comes back. Settlement itself is idempotent (a sealed epoch
 * is resumed, a redeemed voucher is never sent again), so a retry can lose or double nothing.
 *
 * @example
 * const scheduler = createSettlementScheduler({ settle: () => settleEpochSafely({ payments, settler, logger }), logger })
 * setInterval(() => { void scheduler.settleNow() }, epochIntervalMs)
 */
export function createSettlementScheduler(init: {
  settle: () => Promise<EpochSettlementReport>
  logger: Logger
  backoff?: Partial<SettlementBackoff>
  now?: () => number
  random?: () => number
}): SettlementScheduler {
  const now = init.now ?? Date.now
  const random = init.random ?? Math.random
  const backoff: SettlementBackoff = { ...DEFAULT_SETTLEMENT_BACKOFF, ...init.backoff }
  const log = init.logger.child({ component: 'orchestrator:settlement:retry' })
  const state: SettlementRetryStatus = { consecutiveFailures: 0 }
  let retryTimer: NodeJS.Timeout | undefined
  let running: Promise<unknown> = Promise.resolve()
  let stopped = false

  const attempt = async (): Promise<EpochSettlementReport> => {
    clearTimeout(retryTimer)
    retryTimer = undefined
    delete state.nextRetryAt
    state.lastAttemptAt = now()
    const report = await init.settle()
    const errors = {
      ...(report.redemptions.error === undefined ? {} : { redemptions: report.redemptions.error }),
      ...(report.settlement?.error === undefined ? {} : { settlement: report.settlement.error })
    }
    if (Object.keys(errors).length === 0) {
      if (state.consecutiveFailures > 0) log.info({ failedAttempts: state.consecutiveFailures }, 'settlement succeeded after failed attempts')
      state.consecutiveFailures = 0
      state.lastSuccessAt = state.lastAttemptAt
      delete state.lastErrors
      return report
    }
    state.consecutiveFailures += 1
    state.lastErrors = errors
    if (!stopped) {
      const delay = backoffDelay(state.consecutiveFailures, backoff, random)
      state.nextRetryAt = now() + delay
      retryTimer = setTimeout(() => { void settleNow() }, delay)
      retryTimer.unref()
      log.warn({ attempt: state.consecutiveFailures, retryInMs: delay, errors }, 'settlement step failed; retrying with backoff')
    }
    return report
  }
  const settleNow = (): Promise<EpochSettlementReport> => {
    const next = running.then(attempt)
    running = next.catch(() => {})
    return next
  }

  return {
    settleNow,
    status: () => ({ ...state, ...(state.lastErrors === undefined ? {} : { lastErrors: { ...state.lastErrors } }) }),
    async stop() {
      stopped = true
      clearTimeout(retryTimer)
      delete state.nextRetryAt
      await running
    }
  }
}
