import { BaseError } from '../../shared/errors/index.ts'

/** Seconds a caller refused for an unreachable chain is asked to wait before trying again. */
export const DEFAULT_CHAIN_RETRY_AFTER_MS = 10_000

/**
 * The payment chain did not answer (connection refused, reset, timed out) or has not answered for
 * too long to keep charging on trust. `retryAfterMs` says when to try again: the gateway's error
 * table passes it on to API callers; settlement reports a failed step and retries with backoff.
 *
 * @example
 * await payments.authorize(header) // throws ChainUnavailableError while the RPC endpoint is down
 */
export class ChainUnavailableError extends BaseError {
  override name = 'ChainUnavailableError'
  /** When the caller should try again. */
  readonly retryAfterMs: number

  constructor({ operation, reason, lastSuccessAt, retryAfterMs, cause }: {
    /** What was being read or sent, e.g. `latest block`, `voucher redemption`. */
    operation: string
    reason: string
    /** Wall-clock ms of the last successful chain read, if any. */
    lastSuccessAt?: number | undefined
    retryAfterMs?: number
    cause?: unknown
  }) {
    super(`The payment chain is unreachable: ${reason}`, {
      details: { operation, ...(lastSuccessAt === undefined ? {} : { lastSuccessAt: new Date(lastSuccessAt).toISOString() }) },
      cause
    })
    this.retryAfterMs = retryAfterMs ?? DEFAULT_CHAIN_RETRY_AFTER_MS
  }
}
