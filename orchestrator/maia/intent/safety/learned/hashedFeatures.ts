import { normalizeText, tokenizeMarkingNegation } from '../../textFeatures.ts'

/** A sparse feature vector: parallel arrays of hashed bucket indices and values. */
export interface HashedVector {
  readonly indices: Uint32Array
  readonly values: Float32Array
}

/** Relative weight of each feature group after per-group L2 normalisation. */
export interface HashedFeatureWeights {
  /** Words, with the words a negator governs marked apart ("never ~hurt ~myself"). */
  readonly words: number
  /** Adjacent word pairs: "kill myself", "took pills". */
  readonly bigrams: number
  /** Character 3–5-grams inside words: typos, inflections, Romance/Germanic cognates. */
  readonly chars: number
  /** Character 4–6-grams across word boundaries ("f my", "ll mys"): phrases without their exact words. */
  readonly spans: number
}

export const DEFAULT_HASHED_FEATURE_WEIGHTS: HashedFeatureWeights = { words: 1, bigrams: 0.8, chars: 1, spans: 0.6 }

/** 2^20 buckets: collisions stay rare for a few hundred thousand distinct features. */
export const HASH_BITS = 20
const MASK = (1 << HASH_BITS) - 1

/** FNV-1a, 32 bits: fast, dependency-free and stable across processes (the shipped weights rely on it). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Text as the learned screen sees it: normalised, symbols between letters turned into spaces. */
export function screenText(message: string): string {
  return normalizeText(message).replace(/[^\p{L}\p{N}.!?;,:]+/gu, ' ').replace(/\s+/gu, ' ').trim()
}

/**
 * Hashes a message into sparse features for the learned screen (word, word-pair, in-word and
 * cross-word character n-grams), each group L2-normalised then weighted, so a long message is
 * not louder than a short one.
 *
 * @example
 * hashedFeatures('i wanna kms').indices.length // > 0
 */
export function hashedFeatures(message: string, weights: HashedFeatureWeights = DEFAULT_HASHED_FEATURE_WEIGHTS): HashedVector {
  const text = screenText(message)
  const tokens = tokenizeMarkingNegation(text)
  const groups: Array<[number, Map<number, number>]> = [[weights.words, new Map()], [weights.bigrams, new Map()], [weights.chars, new Map()], [weights.spans, new Map()]]
  const add = (group: number, name: string): void => {
    const map = (groups[group] as [number, Map<number, number>])[1]
    const bucket = fnv1a(name) & MASK
    map.set(bucket, (map.get(bucket) ?? 0) + 1)
  }
  tokens.forEach((token, index) => {
    add(0, `w${token}`)
    const next = tokens[index + 1]
    add(1, `b${token} ${next ?? '$'}`)
    if (index === 0) add(1, `b^ ${token}`)
    const padded = ` ${token.replace(/^~/u, '')} `
    for (let size = 3; size <= 5; size++) for (let start = 0; start + size <= padded.length; start++) add(2, `c${padded.slice(start, start + size)}`)
  })
  const joined = ` ${tokens.map((token) => token.replace(/^~/u, '')).join(' ')} `
  for (let size = 4; size <= 6; size++) {
    for (let start = 0; start + size <= joined.length; start++) {
      const gram = joined.slice(start, start + size)
      if (gram.slice(1, -1).includes(' ')) add(3, `s${gram}`)
    }
  }
  const merged = new Map<number, number>()
  for (const [weight, map] of groups) {
    if (weight === 0 || map.size === 0) continue
    let norm = 0
    for (const value of map.values()) norm += value * value
    const scale = weight / Math.sqrt(norm)
    for (const [bucket, value] of map) merged.set(bucket, (merged.get(bucket) ?? 0) + value * scale)
  }
  const indices = new Uint32Array(merged.size)
  const values = new Float32Array(merged.size)
  let at = 0
  for (const [bucket, value] of merged) {
    indices[at] = bucket
    values[at] = value
    at++
  }
  return { indices, values }
}


/**
 * The same features folded into 2^bits buckets (a smaller table for a model with several
 * outputs, such as the kind model); colliding buckets add up.
 */
export function foldFeatures(vector: HashedVector, bits: number): HashedVector {
  const mask = (1 << bits) - 1
  const merged = new Map<number, number>()
  for (let entry = 0; entry < vector.indices.length; entry++) {
    const bucket = (vector.indices[entry] as number) & mask
    merged.set(bucket, (merged.get(bucket) ?? 0) + (vector.values[entry] as number))
  }
  return { indices: Uint32Array.from(merged.keys()), values: Float32Array.from(merged.values()) }
}
