/**
 * A seeded pseudo-random source (mulberry32): what must replay is reproducible (the router's
 * training order and template choice, the benchmarks' draws, the simulated adversaries), so
 * nothing that must replay reads `Math.random` unless asked to.
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
