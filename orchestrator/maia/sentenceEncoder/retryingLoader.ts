/** How long a failed load of the sentence encoder (or a model beside it) stands before a turn tries again. */
export const DEFAULT_RETRY_LOAD_AFTER_MS = 30_000

export interface RetryingLoaderInit {
  /** A failure (the load answered `undefined`) stands this long; the first call after it loads again. */
  readonly retryAfterMs?: number
  /** The clock, injectable for tests. */
  readonly now?: () => number
}

/**
 * Wraps a load that answers `undefined` when it fails (having logged why): a success is kept for
 * good; a failure (or a load that throws) only for `retryAfterMs`. Calls while a load is in flight share it.
 *
 * Why: the safety screen and the intent blend fall back to rules and n-grams while the sentence
 * encoder is unavailable. Keeping the first failure for the life of the process turned one
 * transient failure (a worker thread that could not start on a starved machine) into an
 * orchestrator that screened without sentence vectors until restarted, with one log line to say so.
 *
 * @example
 * const parts = createRetryingLoader(load)
 * const loaded = await parts() // undefined while the encoder is unavailable; tried again 30 s later
 */
export function createRetryingLoader<T>(load: () => Promise<T | undefined>, init: RetryingLoaderInit = {}): () => Promise<T | undefined> {
  const retryAfterMs = init.retryAfterMs ?? DEFAULT_RETRY_LOAD_AFTER_MS
  const now = init.now ?? Date.now
  let current: Promise<T | undefined> | undefined
  let failedAt: number | undefined
  return () => {
    if (current === undefined || (failedAt !== undefined && now() - failedAt >= retryAfterMs)) {
      failedAt = undefined
      const attempt: Promise<T | undefined> = load().then((loaded) => {
        if (loaded === undefined && current === attempt) failedAt = now()
        return loaded
      }, (error: unknown) => {
        // A load that throws instead of answering undefined is a failure too, retried the same way.
        if (current === attempt) failedAt = now()
        throw error
      })
      current = attempt
    }
    return current
  }
}
