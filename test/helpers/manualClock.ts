import type { Clock, IntervalHandle } from '../../shared/util/clock.ts'

export interface ManualClock extends Clock {
  /** Moves time forward, running every interval that falls due on the way, in order. */
  advance(ms: number): void
  /** The same, letting promises settle after each tick (a dial started by one tick ends before the next), as real time would. */
  advanceSettling(ms: number): Promise<void>
  /** Intervals not cleared yet. */
  readonly intervals: number
}

/** A clock that moves only when told to: tests drive heartbeats, expiry and redials without sleeping. */
export function manualClock(startAt = 1_700_000_000_000): ManualClock {
  let time = startAt
  let nextHandle = 0
  const intervals = new Map<IntervalHandle, { callback: () => void; intervalMs: number; dueAt: number }>()
  const nextDue = (until: number) => [...intervals.values()].filter((interval) => interval.dueAt <= until).sort((a, b) => a.dueAt - b.dueAt)[0]
  const tick = (due: { callback: () => void; intervalMs: number; dueAt: number }): void => {
    time = due.dueAt
    due.dueAt += due.intervalMs
    due.callback()
  }
  return {
    now: () => time,
    setInterval(callback, intervalMs) {
      const handle = ++nextHandle
      intervals.set(handle, { callback, intervalMs, dueAt: time + intervalMs })
      return handle
    },
    clearInterval(handle) { intervals.delete(handle) },
    get intervals() { return intervals.size },
    advance(ms) {
      const until = time + ms
      for (let due = nextDue(until); due !== undefined; due = nextDue(until)) tick(due)
      time = until
    },
    async advanceSettling(ms) {
      const until = time + ms
      for (let due = nextDue(until); due !== undefined; due = nextDue(until)) {
        tick(due)
        await new Promise((resolve) => setImmediate(resolve))
      }
      time = until
    }
  }
}
