/** The constant of Cormack et al. (2009): damps the head so that no single ranking dominates. */
export const RRF_K = 60

/**
 * Fuses ranked lists (best first) by reciprocal rank: score(d) = Σ 1 / (k + rank(d)), rank from 1.
 * Needs no score calibration between BM25 and cosine distance, which live on unrelated scales.
 * `weights` (one per ranking, default 1) scale each ranking's votes.
 *
 * @example
 * reciprocalRankFusion([['a', 'b'], ['b', 'c']], (id) => id) // ['b', 'a', 'c']
 */
export function reciprocalRankFusion<T>(rankings: ReadonlyArray<readonly T[]>, key: (item: T) => string, k = RRF_K, weights?: readonly number[]): T[] {
  const fused = new Map<string, { item: T; score: number; firstSeen: number }>()
  let seen = 0
  for (const [position, ranking] of rankings.entries()) {
    const weight = weights?.[position] ?? 1
    ranking.forEach((item, index) => {
      const id = key(item)
      const entry = fused.get(id) ?? { item, score: 0, firstSeen: seen++ }
      entry.score += weight / (k + index + 1)
      fused.set(id, entry)
    })
  }
  // Ties (same ranks in different lists) keep first-seen order, so results are deterministic.
  return [...fused.values()].sort((a, b) => b.score - a.score || a.firstSeen - b.firstSeen).map((entry) => entry.item)
}
