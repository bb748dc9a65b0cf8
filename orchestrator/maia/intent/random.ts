/**
 * A seeded pseudo-random source (mulberry32): training order and template choice must be
 * reproducible, so nothing in the router reads `Math.random` unless asked to.
 *
 * @example
 * const random = seededRandom(42)
 * random() // 0.6011037519201636, every time
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy (Fisher–Yates) driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const swap = copy[index] as T
    copy[index] = copy[other] as T
    copy[other] = swap
  }
  return copy
}
