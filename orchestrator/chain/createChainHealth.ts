import type { Logger } from 'pino'
import { ChainUnavailableError, DEFAULT_CHAIN_RETRY_AFTER_MS } from './errors.ts'
import { isChainUnreachable } from './isChainUnreachable.ts'

/** Default deadline of one chain read: a stopped node accepts connections and never answers. */
export const DEFAULT_CHAIN_READ_TIMEOUT_MS = 5_000

/** How the chain has answered lately, as `GET /v1/settlement` and the logs report it. */
export interface ChainHealthSnapshot {
  reachable: boolean
  /** Wall-clock ms of the last call the chain answered (a revert counts: it answered). */
  lastSuccessAt?: number
  lastFailureAt?: number
  /** Why the last failed call failed. */
  lastError?: string
  consecutiveFailures: number
  /** The latest block timestamp seen (seconds) and when it was seen (wall-clock ms). */
  chainTime?: { seconds: number; observedAt: number }
}

/**
 * One process's record of whether the chain answers, shared by the registry view, payments and
 * settlement so that any successful read counts for all of them.
 */
export interface ChainHealth {
  /**
   * Runs a chain read under a deadline. Its success marks the chain reachable; a transport failure
   * or a missed deadline marks it unreachable and throws {@link ChainUnavailableError}; any other
   * error (a revert) is rethrown as is.
   */
  read<T>(operation: string, call: () => Promise<T>, options?: { timeoutMs?: number }): Promise<T>
  /**
   * For work that may or may not reach the chain (a settlement with nothing to send): a transport
   * failure inside marks the chain unreachable and becomes {@link ChainUnavailableError}, but
   * finishing proves nothing, so it is not counted as a successful read. No deadline of its own:
   * such work waits on its transactions with theirs.
   */
  observe<T>(operation: string, work: () => Promise<T>): Promise<T>
  /** Records the latest block timestamp, from which {@link estimatedChainSeconds} extrapolates. */
  observeChainTime(seconds: number): void
  /** The last seen chain time plus the wall time elapsed since; undefined before any was seen. */
  estimatedChainSeconds(): number | undefined
  /** Milliseconds since the chain last answered; `Infinity` if it never did. */
  msSinceSuccess(): number
  snapshot(): ChainHealthSnapshot
  /** An error for callers refused because of the outage, with the health's Retry-After. */
  unavailable(operation: string, reason: string, cause?: unknown): ChainUnavailableError
}

export interface ChainHealthInit {
  logger: Logger
  now?: () => number
  /** Deadline of one read (default {@link DEFAULT_CHAIN_READ_TIMEOUT_MS}). */
  readTimeoutMs?: number
  /** Sent as `Retry-After` to callers refused for the outage (default 10 s). */
  retryAfterMs?: number
}

/**
 * @example
 * const health = createChainHealth({ logger })
 * const block = await health.read('latest block', () => provider.getBlock('latest'))
 */
export function createChainHealth(init: ChainHealthInit): ChainHealth {
  const now = init.now ?? Date.now
  const log = init.logger.child({ component: 'orchestrator:chain:health' })
  const readTimeoutMs = init.readTimeoutMs ?? DEFAULT_CHAIN_READ_TIMEOUT_MS
  const retryAfterMs = init.retryAfterMs ?? DEFAULT_CHAIN_RETRY_AFTER_MS
  const state: ChainHealthSnapshot = { reachable: true, consecutiveFailures: 0 }

  const succeeded = (): void => {
    if (!state.reachable) log.info({ downForMs: state.lastSuccessAt === undefined ? undefined : now() - state.lastSuccessAt, failures: state.consecutiveFailures }, 'chain reachable again')
    state.reachable = true
    state.consecutiveFailures = 0
    state.lastSuccessAt = now()
  }
  const failed = (operation: string, reason: string): void => {
    if (state.reachable) log.warn({ operation, reason }, 'chain unreachable: serving open paid sessions within limits, refusing new ones, retrying settlement')
    state.reachable = false
    state.consecutiveFailures += 1
    state.lastFailureAt = now()
    state.lastError = reason
  }
  const unavailable = (operation: string, reason: string, cause?: unknown): ChainUnavailableError =>
    new ChainUnavailableError({ operation, reason, lastSuccessAt: state.lastSuccessAt, retryAfterMs, cause })

  /** Rethrows `error`, as ChainUnavailableError (the outage recorded) when it is a transport failure. */
  const rethrow = (operation: string, error: unknown): never => {
    if (!isChainUnreachable(error)) throw error
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error)
    failed(operation, reason)
    throw error instanceof ChainUnavailableError ? error : unavailable(operation, reason, error)
  }

  return {
    async read(operation, call, options = {}) {
      const timeoutMs = options.timeoutMs ?? readTimeoutMs
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'TIMEOUT' })), timeoutMs)
      })
      try {
        const result = await Promise.race([call(), deadline])
        succeeded()
        return result
      } catch (error) {
        return rethrow(operation, error)
      } finally {
        clearTimeout(timer)
      }
    },
    async observe(operation, work) {
      try {
        return await work()
      } catch (error) {
        return rethrow(operation, error)
      }
    },
    observeChainTime(seconds) {
      state.chainTime = { seconds, observedAt: now() }
    },
    estimatedChainSeconds() {
      if (state.chainTime === undefined) return undefined
      return state.chainTime.seconds + Math.floor((now() - state.chainTime.observedAt) / 1000)
    },
    msSinceSuccess: () => state.lastSuccessAt === undefined ? Infinity : now() - state.lastSuccessAt,
    snapshot: () => ({ ...state, ...(state.chainTime === undefined ? {} : { chainTime: { ...state.chainTime } }) }),
    unavailable
  }
}
