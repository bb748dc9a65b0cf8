import { describe, expect, it } from 'vitest'
import { orderByValue } from '../../../../orchestrator/maia/knowledge/orderByValue.ts'

/** A seeded generator (mulberry32), so a failure names its case. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

describe('orderByValue', () => {
  it('gives the places and first indices of a comparator sort (value down, index up), ties included', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const random = seeded(seed)
      const n = 1 + Math.floor(random() * 400)
      // Few distinct values in some cases (many ties, zeros as soft scores have), continuous in others.
      const distinct = seed % 3 === 0 ? 1 + Math.floor(random() * 5) : 0
      const values = Float64Array.from({ length: n }, () => distinct > 0 ? Math.floor(random() * distinct) / distinct : random() < 0.2 ? 0 : random() * 2 - 1)
      const accepted = Array.from({ length: n }, (_, index) => index).filter(() => random() > 0.1)
      const reference = [...accepted].sort((a, b) => values[b]! - values[a]! || a - b)
      const order = orderByValue(values, accepted)
      expect(accepted.map((index) => order.placeOf(index)), `seed ${seed}`).toEqual(accepted.map((index) => reference.indexOf(index)))
      for (const count of [0, 1, 3, Math.floor(n / 2), n, n + 5]) expect(order.first(count), `seed ${seed}, first ${count}`).toEqual(reference.slice(0, Math.max(0, count)))
    }
  })

  it('answers for an empty selection', () => {
    expect(orderByValue(Float64Array.from([1, 2]), []).first(3)).toEqual([])
  })
})
