import { systemClock, type Clock, type IntervalHandle } from './clock.ts'

export interface RepeatingTask {
  /** Starts the interval (and runs the task at once with `runAtStart`); a second start is a no-op. */
  start(): void
  /** Clears the interval; a task already running is not interrupted. */
  stop(): void
  readonly running: boolean
}

export interface RepeatingTaskInit {
  intervalMs: number
  /** Run the task as soon as it starts, not only after the first interval (default false). */
  runAtStart?: boolean
  clock?: Clock
}

/**
 * A task run every `intervalMs` between `start()` and `stop()`: heartbeats, expiry sweeps,
 * redials and epoch settlement share this one timer shape, so each has the same lifecycle.
 *
 * @example
 * const expiry = createRepeatingTask(() => table.expire(), { intervalMs: 1_000 })
 * expiry.start()
 * expiry.stop()
 */
export function createRepeatingTask(task: () => void, init: RepeatingTaskInit): RepeatingTask {
  const clock = init.clock ?? systemClock
  let handle: IntervalHandle | undefined
  return {
    get running() { return handle !== undefined },
    start() {
      if (handle !== undefined) return
      handle = clock.setInterval(task, init.intervalMs)
      if (init.runAtStart === true) task()
    },
    stop() {
      clock.clearInterval(handle)
      handle = undefined
    }
  }
}
