import { BaseError } from '../../shared/errors/index.ts'

export class QueueFullError extends BaseError {
  override name = 'QueueFullError'
  constructor(maxQueued: number) {
    super('Node is at capacity', { details: { maxQueued } })
  }
}

export interface RequestQueue {
  /** Requests run at once. */
  readonly maxConcurrent: number
  /** Requests that may wait for a slot. */
  readonly maxQueued: number
  /** Requests running now. */
  readonly inFlight: number
  /** Requests waiting for a slot. */
  readonly queued: number
  /** Whether a request arriving now would be refused (every slot taken, the line full). */
  readonly full: boolean
  /**
   * Runs `task` once a slot is free. `onQueued` reports the position at admission.
   * Throws `QueueFullError` at once when the waiting line is full; a waiter whose signal
   * aborts leaves the line without running.
   */
  run<T>(task: () => Promise<T>, options: { signal: AbortSignal; onQueued?: (position: number) => void }): Promise<T>
}

/** Bounded concurrency with a bounded FIFO waiting line. */
export function createRequestQueue(options: { maxConcurrent: number; maxQueued: number }): RequestQueue {
  let inFlight = 0
  const waiting: Array<{ start: () => void; signal: AbortSignal }> = []

  // A finishing request hands its slot straight to the next waiter, so a newcomer arriving
  // in between cannot overtake the line or push concurrency past the limit.
  const release = (): void => {
    while (waiting.length > 0) {
      const next = waiting.shift()
      if (next !== undefined && !next.signal.aborted) {
        next.start()
        return
      }
    }
    inFlight -= 1
  }

  return {
    maxConcurrent: options.maxConcurrent,
    maxQueued: options.maxQueued,
    get inFlight() { return inFlight },
    get queued() { return waiting.length },
    get full() { return inFlight >= options.maxConcurrent && waiting.length >= options.maxQueued },
    async run<T>(task: () => Promise<T>, { signal, onQueued }: { signal: AbortSignal; onQueued?: (position: number) => void }): Promise<T> {
      if (signal.aborted) throw signal.reason
      if (inFlight >= options.maxConcurrent) {
        if (waiting.length >= options.maxQueued) throw new QueueFullError(options.maxQueued)
        onQueued?.(waiting.length + 1)
        await new Promise<void>((resolve, reject) => {
          const entry = { start: () => { signal.removeEventListener('abort', onAbort); resolve() }, signal }
          const onAbort = (): void => {
            const index = waiting.indexOf(entry)
            if (index >= 0) waiting.splice(index, 1)
            reject(signal.reason)
          }
          signal.addEventListener('abort', onAbort, { once: true })
          waiting.push(entry)
        })
      } else {
        onQueued?.(0)
        inFlight += 1
      }
      try {
        return await task()
      } finally {
        release()
      }
    }
  }
}
