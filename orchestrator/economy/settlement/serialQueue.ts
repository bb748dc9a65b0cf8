/** Runs async tasks one at a time, in call order. */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>
}

/**
 * A one-lane queue. The receipt store runs every read-check-write through one, because a duplicate
 * `record` racing a seal could otherwise rewrite a sealed receipt as unassigned and pay it twice.
 *
 * @example
 * const queue = createSerialQueue()
 * await queue.run(async () => { const value = await db.get(key); await db.put(key, next(value)) })
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task)
      tail = result.catch(() => undefined)
      return result
    }
  }
}
