import { fnv1a } from '../../shared/util/index.ts'
import { normalizedWords } from './normalizeText.ts'

/** MinHash signature settings; defaults in {@link DEFAULT_MIN_HASH}. */
export interface MinHashSettings {
  /** Hash permutations: the signature's length. */
  readonly permutations: number
  /** Words per shingle. */
  readonly shingleWords: number
  /** Seed of the permutations (same seed, comparable signatures). */
  readonly seed: number
}

/** 64 permutations over 5-word shingles: a Jaccard estimate within ±0.06 (1 sd at J = 0.8). */
export const DEFAULT_MIN_HASH: MinHashSettings = { permutations: 64, shingleWords: 5, seed: 0x6d616961 }


/** MurmurHash3's finaliser: a well-mixed 32-bit permutation, exact in 32-bit integer arithmetic. */
function mix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * The MinHash signature of a text's word shingles: for each permutation i, the least
 * mix32(shingle ⊕ salt_i). Two texts' share of equal positions estimates the Jaccard similarity of
 * their shingle sets. Written here rather than taken from npm: `bloom-filters`' MinHash draws its
 * hash functions from an unseeded `Math.random` (a dataset's content hash would change from run to
 * run) and `minhash@0.0.9` multiplies 32-bit values in floating point past 2^53 and has no seed
 * of its own permutations beyond a counter; both are reproducible only by accident.
 *
 * @example
 * const a = minHashSignature('the unexamined life is not worth living for a man')
 */
export function minHashSignature(text: string, settings: MinHashSettings = DEFAULT_MIN_HASH): Uint32Array {
  const words = normalizedWords(text)
  const signature = new Uint32Array(settings.permutations).fill(0xffffffff)
  const salts = saltsFor(settings)
  const count = Math.max(1, words.length - settings.shingleWords + 1)
  for (let start = 0; start < count; start++) {
    const shingle = fnv1a(words.slice(start, start + settings.shingleWords).join(' '))
    for (let index = 0; index < salts.length; index++) {
      const value = mix32(shingle ^ salts[index]!)
      if (value < signature[index]!) signature[index] = value
    }
  }
  return signature
}

/** Share of equal positions: the Jaccard estimate. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0
  for (let index = 0; index < a.length; index++) if (a[index] === b[index]) equal += 1
  return equal / a.length
}

const saltCache = new Map<string, Uint32Array>()
function saltsFor(settings: MinHashSettings): Uint32Array {
  const key = `${settings.seed}:${settings.permutations}`
  let salts = saltCache.get(key)
  if (salts === undefined) {
    salts = new Uint32Array(settings.permutations)
    for (let index = 0; index < salts.length; index++) salts[index] = mix32(settings.seed + Math.imul(index + 1, 0x9e3779b9))
    saltCache.set(key, salts)
  }
  return salts
}
