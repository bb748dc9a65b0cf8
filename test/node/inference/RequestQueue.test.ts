import { describe, expect, it } from 'vitest'
import { createRequestQueue, QueueFullError } from '../../../node/inference/RequestQueue.ts'

const deferred = () => {
  let resolve!: () => void
  const promise = new Promise<void>((r) => { resolve = r })
  return { promise, resolve }
}

describe('RequestQueue', () => {
  it('never runs more than maxConcurrent tasks and serves waiters in order', async () => {
    const queue = createRequestQueue({ maxConcurrent: 2, maxQueued: 10 })
    let running = 0
    let peak = 0
    const order: number[] = []
    const gates = Array.from({ length: 6 }, deferred)
    const runs = gates.map((gate, index) => queue.run(async () => {
      running += 1
      peak = Math.max(peak, running)
      order.push(index)
      await gate.promise
      running -= 1
    }, { signal: new AbortController().signal }))
    expect(queue.inFlight).toBe(2)
    expect(queue.queued).toBe(4)
    for (const gate of gates) {
      gate.resolve()
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    await Promise.all(runs)
    expect(peak).toBe(2)
    expect(order).toEqual([0, 1, 2, 3, 4, 5])
    expect(queue.inFlight).toBe(0)
  })

  it('reports queue positions and refuses beyond maxQueued', async () => {
    const queue = createRequestQueue({ maxConcurrent: 1, maxQueued: 1 })
    const gate = deferred()
    const positions: number[] = []
    const signal = new AbortController().signal
    const first = queue.run(() => gate.promise, { signal, onQueued: (position) => positions.push(position) })
    const second = queue.run(async () => {}, { signal, onQueued: (position) => positions.push(position) })
    await expect(queue.run(async () => {}, { signal })).rejects.toBeInstanceOf(QueueFullError)
    gate.resolve()
    await Promise.all([first, second])
    expect(positions).toEqual([0, 1])
  })

  it('drops a waiter whose signal aborts, without running it', async () => {
    const queue = createRequestQueue({ maxConcurrent: 1, maxQueued: 5 })
    const gate = deferred()
    const signal = new AbortController().signal
    const first = queue.run(() => gate.promise, { signal })
    const controller = new AbortController()
    let ran = false
    const waiting = queue.run(async () => { ran = true }, { signal: controller.signal })
    controller.abort(new Error('client left'))
    await expect(waiting).rejects.toThrow('client left')
    expect(queue.queued).toBe(0)
    gate.resolve()
    await first
    expect(ran).toBe(false)
    expect(queue.inFlight).toBe(0)
  })
})
