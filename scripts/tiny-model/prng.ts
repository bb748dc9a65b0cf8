/**
 * Mulberry32: a 32-bit-state PRNG of ~6 integer ops per output. Statistical quality is plenty for
 * weights that only need to be non-degenerate, and speed matters: an 8B-shaped f16 file needs 4e9 draws.
 */
export type Prng = { state: number }

export function createPrng(seed: number): Prng {
  return { state: seed | 0 }
}

/** Next uniform uint32; advances `prng.state`. */
export function nextUint32(prng: Prng): number {
  const state = (prng.state + 0x6d2b79f5) | 0
  prng.state = state
  let mixed = Math.imul(state ^ (state >>> 15), state | 1)
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
  return (mixed ^ (mixed >>> 14)) >>> 0
}

/** Fills `target` with the next `target.length` outputs; same sequence as repeated {@link nextUint32}. */
export function fillRandomUint32(prng: Prng, target: Uint32Array): void {
  // Hot loop (billions of iterations for big shapes): keep the state in a local, not a property.
  let state = prng.state
  for (let index = 0; index < target.length; index++) {
    state = (state + 0x6d2b79f5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), state | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    target[index] = mixed ^ (mixed >>> 14)
  }
  prng.state = state
}

/**
 * Derives an independent 32-bit stream seed for one tensor (murmur3's finalizer over both inputs),
 * so a tensor's values depend only on (model seed, tensor index), never on chunk sizes or order.
 */
export function deriveSeed(seed: number, streamIndex: number): number {
  let hash = Math.imul(seed ^ 0x9e37_79b9, 0x85eb_ca6b) ^ Math.imul(streamIndex + 1, 0xc2b2_ae35)
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85eb_ca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2_ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
