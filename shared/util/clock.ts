/** An interval timer's handle, opaque to everyone but the clock that made it. */
export type IntervalHandle = unknown

/**
 * Time, for everything that reads it or waits on it: injected so tests can drive heartbeats,
 * expiry and retries without sleeping or patching globals.
 *
 * @example
 * const clock: Clock = { ...systemClock, now: () => 1_700_000_000_000 }
 */
export interface Clock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number
  /** Calls `callback` every `intervalMs` until cleared. */
  setInterval(callback: () => void, intervalMs: number): IntervalHandle
  /** Stops an interval; `undefined` (never started) is a no-op. */
  clearInterval(handle: IntervalHandle | undefined): void
}

/**
 * The real clock. Its intervals never keep the process alive on their own: whatever owns one
 * clears it in `stop()`, and a daemon stays up because of its sockets, not its heartbeats.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setInterval(callback, intervalMs) {
    const timer = setInterval(callback, intervalMs)
    timer.unref()
    return timer
  },
  clearInterval(handle) {
    if (handle !== undefined) clearInterval(handle as ReturnType<typeof setInterval>)
  }
}
