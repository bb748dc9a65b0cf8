import type { NodeEntry } from './NodeTable.ts'
import { hasRoom } from './nodeCapacity.ts'
import { NetworkFullError } from './errors.ts'

export interface AdmissionOptions {
  /** Requests that may wait for a node at once; beyond that, new ones are refused at once. */
  maxWaiting?: number
  /** Longest a request waits for a node with room before it is refused. */
  maxWaitMs?: number
  /** How often a waiter looks again without being woken (a busy hold may have ended). */
  recheckMs?: number
  /** Requests per node beyond its `maxConcurrent` (its line's share); see {@link nodeCapacity}. */
  queueAllowance?: number
  /** What `Retry-After` asks of a refused client. */
  retryAfterMs?: number
  /**
   * Requests one owner (API key) may have waiting at once: the rest of the line stays open to
   * everyone else. One key holding all 256 places made every other application's request a 429
   * on arrival (test/attacks/exhaustion/admission-fairness.test.ts).
   */
  maxWaitingPerOwner?: number
}

export const DEFAULT_ADMISSION: Required<Omit<AdmissionOptions, 'queueAllowance'>> = {
  maxWaiting: 256,
  maxWaitMs: 5_000,
  recheckMs: 100,
  retryAfterMs: 1_000,
  maxWaitingPerOwner: 192
}

export interface Admission {
  /**
   * A node with room among `candidates()` (chosen by `select`), its `outstanding` already
   * counted; waits in a bounded FIFO line while every candidate is full. Resolves undefined when
   * there is no candidate at all; throws {@link NetworkFullError} when the line is full or the
   * wait would pass `deadline`.
   */
  acquire(candidates: () => NodeEntry[], select: (open: NodeEntry[]) => NodeEntry | undefined, options: { signal: AbortSignal; deadline: number; owner?: string }): Promise<NodeEntry | undefined>
  /** Hands back the slot `acquire` took, and wakes the line. */
  release(entry: NodeEntry): void
  /** Wakes the line (a node's busy hold was lifted, a node joined). */
  wake(): void
  readonly waiting: number
}

/**
 * Keeps each node's load within what it announces and lines up the overflow, so overload is
 * back-pressure (a short wait, then a 429) instead of refused streams that look like dead nodes.
 */
export function createAdmission(options: AdmissionOptions & { now: () => number }): Admission {
  const settings = { ...DEFAULT_ADMISSION, ...options }
  const line: Array<() => void> = []
  const wake = (): void => {
    // Everyone looks again, in line order (their promise callbacks run first-in, first-out).
    for (const waiter of line.splice(0)) waiter()
  }
  const refuse = (reason: 'line full' | 'waited too long' | 'line share used'): never => {
    throw new NetworkFullError({ retryAfterMs: settings.retryAfterMs, waiting: line.length, reason })
  }
  // How many of each owner's requests are in the line now.
  const waitingBy = new Map<string, number>()

  return {
    get waiting() { return line.length },
    wake,
    release(entry) {
      entry.outstanding -= 1
      entry.endedSinceRecord = (entry.endedSinceRecord ?? 0) + 1
      wake()
    },
    async acquire(candidates, select, { signal, deadline, owner }) {
      let queued = false
      try {
        return await waitForRoom()
      } finally {
        if (queued && owner !== undefined) {
          const left = (waitingBy.get(owner) ?? 1) - 1
          if (left === 0) waitingBy.delete(owner)
          else waitingBy.set(owner, left)
        }
      }

      async function waitForRoom(): Promise<NodeEntry | undefined> {
        for (;;) {
          if (signal.aborted) throw signal.reason
          const all = candidates()
          if (all.length === 0) return undefined
          const now = settings.now()
          // A newcomer does not overtake those already waiting: it joins the line unless it is empty.
          if (queued || line.length === 0) {
            const chosen = select(all.filter((entry) => hasRoom(entry, now, settings.queueAllowance)))
            if (chosen !== undefined) {
              chosen.outstanding += 1
              return chosen
            }
          }
          if (!queued && line.length >= settings.maxWaiting) refuse('line full')
          if (!queued && owner !== undefined && (waitingBy.get(owner) ?? 0) >= settings.maxWaitingPerOwner) refuse('line share used')
          const remaining = Math.min(deadline, now + settings.maxWaitMs) - now
          if (remaining <= 0) refuse('waited too long')
          if (!queued && owner !== undefined) waitingBy.set(owner, (waitingBy.get(owner) ?? 0) + 1)
          queued = true
          await new Promise<void>((resolve) => {
            const done = (): void => {
              clearTimeout(timer)
              signal.removeEventListener('abort', done)
              const index = line.indexOf(done)
              if (index >= 0) line.splice(index, 1)
              resolve()
            }
            const timer = setTimeout(done, Math.min(remaining, settings.recheckMs))
            signal.addEventListener('abort', done, { once: true })
            line.push(done)
          })
        }
      }
    }
  }
}
