import { randomInt } from 'node:crypto'
import type { PositionSelection } from './schemas.ts'

/**
 * Answer positions to check, 0..answerLength (the last one is the end of the answer). With a
 * sample, positions are drawn without replacement; the end and the last token are always kept,
 * since the ending and usage checks need them. Without a seed the draw is unpredictable to nodes.
 */
export function selectPositions(answerLength: number, selection: PositionSelection): Set<number> {
  const all = answerLength + 1
  if (selection === 'all' || selection.sample >= answerLength) return new Set(Array.from({ length: all }, (_, index) => index))
  const draw = selection.seed === undefined ? (bound: number) => randomInt(bound) : seededDraw(selection.seed)
  const pool = Array.from({ length: answerLength }, (_, index) => index)
  const chosen = new Set<number>([answerLength, Math.max(0, answerLength - 1)])
  // Partial Fisher-Yates: the first `sample` slots end up a uniform sample of the pool.
  for (let index = 0; index < selection.sample; index++) {
    const swap = index + draw(pool.length - index)
    const picked = pool[swap] as number
    pool[swap] = pool[index] as number
    pool[index] = picked
    chosen.add(picked)
  }
  return chosen
}

/** mulberry32: a small, fast, reproducible PRNG for seeded draws (tests, benchmarks). */
function seededDraw(seed: number): (bound: number) => number {
  let state = seed >>> 0
  return (bound) => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return Math.floor((((value ^ (value >>> 14)) >>> 0) / 2 ** 32) * bound)
  }
}
