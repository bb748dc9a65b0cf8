import { estimateJaccard } from './minHash.ts'

/** Banding of an LSH index over MinHash signatures; `bands × rows` = the signature length. */
export interface NearDuplicateSettings {
  readonly bands: number
  readonly rows: number
  /** Estimated Jaccard similarity from which two texts are near duplicates. */
  readonly threshold: number
}

/**
 * 16 bands of 4 rows over 64 permutations: two texts at J = 0.8 share a band with probability
 * 1 − (1 − 0.8⁴)¹⁶ = 0.9998, at J = 0.5 with 0.64 (then the full estimate rejects them).
 */
export const DEFAULT_NEAR_DUPLICATE: NearDuplicateSettings = { bands: 16, rows: 4, threshold: 0.8 }

/** What a near-duplicate query found. */
export interface NearDuplicateMatch {
  readonly key: string
  readonly similarity: number
}

export interface NearDuplicateIndex {
  /** The first indexed text at least `threshold` similar, ignoring texts of `exceptUnit`. */
  find(signature: Uint32Array, exceptUnit?: string): NearDuplicateMatch | undefined
  add(key: string, unit: string, signature: Uint32Array): void
  readonly size: number
}

/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into bands, texts
 * that share a whole band become candidates, and candidates are kept when the full signature
 * estimates a Jaccard similarity at or above the threshold. Memory: the signatures (4 bytes per
 * permutation per text) and one map entry per band per text.
 *
 * @example
 * const index = createNearDuplicateIndex()
 * if (index.find(signature) === undefined) index.add('ex-1', 'passage-1', signature)
 */
export function createNearDuplicateIndex(settings: NearDuplicateSettings = DEFAULT_NEAR_DUPLICATE): NearDuplicateIndex {
  const buckets = new Map<string, number[]>()
  const entries: { key: string; unit: string; signature: Uint32Array }[] = []
  const bandKeys = (signature: Uint32Array): string[] => {
    if (signature.length !== settings.bands * settings.rows) throw new RangeError(`signature of ${signature.length} values does not fit ${settings.bands} bands × ${settings.rows} rows`)
    const keys: string[] = []
    for (let band = 0; band < settings.bands; band++) keys.push(`${band}:${signature.subarray(band * settings.rows, (band + 1) * settings.rows).join(',')}`)
    return keys
  }
  return {
    find(signature, exceptUnit) {
      const seen = new Set<number>()
      for (const key of bandKeys(signature)) {
        for (const position of buckets.get(key) ?? []) {
          if (seen.has(position)) continue
          seen.add(position)
          const entry = entries[position]!
          if (entry.unit === exceptUnit) continue
          const similarity = estimateJaccard(signature, entry.signature)
          if (similarity >= settings.threshold) return { key: entry.key, similarity }
        }
      }
      return undefined
    },
    add(key, unit, signature) {
      const position = entries.length
      entries.push({ key, unit, signature })
      for (const band of bandKeys(signature)) {
        const bucket = buckets.get(band)
        if (bucket === undefined) buckets.set(band, [position])
        else bucket.push(position)
      }
    },
    get size() { return entries.length }
  }
}
