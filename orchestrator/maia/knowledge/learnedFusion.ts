import type { StoredChunk } from './createLanceChunkStore.ts'

/** The per-passage signals the learned fusion weighs, in the order of its weight vector. */
export const FUSION_FEATURES = [
  'lexicalVote', 'denseZ', 'denseVote', 'neighbourDenseZ', 'neighbourLexicalVote', 'bookDenseZ',
  'bookLexicalShare', 'length', 'denseXlexical', 'bookLexicalPlace', 'bookDensePlace', 'bias'
] as const
export type FusionFeature = (typeof FUSION_FEATURES)[number]
export type FusionWeights = Readonly<Record<FusionFeature, number>>

/** How deep each ranking is read: the lexical one for its votes, both for the candidates. */
export const FUSION_LEXICAL_DEPTH = 1_000
export const FUSION_CANDIDATE_DEPTH = 300
const VOTE_K = 60

export interface LearnedFusionInput {
  readonly chunks: readonly StoredChunk[]
  /** The lexical ranking, best first, as indices into `chunks` (its first FUSION_LEXICAL_DEPTH are read). */
  readonly lexical: readonly number[]
  /** Every chunk's dense cosine with the question; -Infinity for chunks the search's filter leaves out. */
  readonly dense: Float64Array
  /** Each chunk's neighbours in its book (indices into `chunks`). */
  readonly neighbours: ReadonlyArray<readonly number[]>
  readonly weights: FusionWeights
  readonly limit: number
}

/**
 * Ranks passages by a linear score over signals that reciprocal rank fusion throws away: the dense
 * cosine's z-score (not only its rank), the neighbours' scores, how well the passage's book does as
 * a whole, the passage's length. The weights are learned offline (bench/knowledge/round6Lab.ts,
 * listwise softmax on development questions) and hold no library-specific term, so they apply to
 * any ingested library. Candidates: the first FUSION_CANDIDATE_DEPTH of either ranking.
 *
 * @example
 * rankByLearnedFusion({ chunks, lexical: [3, 0, 7], dense, neighbours, weights: LEARNED_FUSION_WEIGHTS, limit: 120 })
 */
export function rankByLearnedFusion(input: LearnedFusionInput): StoredChunk[] {
  const { chunks, dense, neighbours, weights } = input
  const n = chunks.length
  const accepted: number[] = []
  for (let i = 0; i < n; i += 1) if (dense[i]! > -Infinity) accepted.push(i)
  if (accepted.length === 0) return input.lexical.slice(0, input.limit).map((index) => chunks[index]!)
  const lexical = input.lexical.slice(0, FUSION_LEXICAL_DEPTH)
  const denseOrder = [...accepted].sort((a, b) => dense[b]! - dense[a]! || a - b)
  const lexicalVote = new Float64Array(n)
  lexical.forEach((index, rank) => { lexicalVote[index] = VOTE_K / (VOTE_K + rank + 1) })
  const denseVote = new Float64Array(n)
  denseOrder.forEach((index, rank) => { denseVote[index] = VOTE_K / (VOTE_K + rank + 1) })
  let mean = 0
  for (const i of accepted) mean += dense[i]!
  mean /= accepted.length
  let variance = 0
  for (const i of accepted) variance += (dense[i]! - mean) ** 2
  const sd = Math.sqrt(variance / accepted.length) || 1
  const denseZ = new Float64Array(n)
  for (const i of accepted) denseZ[i] = (dense[i]! - mean) / sd
  // Book-level: the mean of a book's three best z-scores, its share of the lexical top 50, and its
  // place among the books by where its first passage comes in each ranking.
  const bookBest = new Map<string, number[]>()
  for (const index of denseOrder) {
    const best = bookBest.get(chunks[index]!.source) ?? []
    if (best.length < 3) best.push(denseZ[index]!)
    bookBest.set(chunks[index]!.source, best)
  }
  const bookDense = new Map([...bookBest].map(([source, best]) => [source, best.reduce((a, b) => a + b, 0) / best.length]))
  const bookLexicalShare = new Map<string, number>()
  for (const index of lexical.slice(0, 50)) bookLexicalShare.set(chunks[index]!.source, (bookLexicalShare.get(chunks[index]!.source) ?? 0) + 1 / 50)
  const bookPlace = (ranking: readonly number[]): Map<string, number> => {
    const places = new Map<string, number>()
    for (const index of ranking) if (!places.has(chunks[index]!.source)) places.set(chunks[index]!.source, 1 / (1 + places.size))
    return places
  }
  const bookLexicalPlace = bookPlace(lexical)
  const bookDensePlace = bookPlace(denseOrder)
  const candidates = [...new Set([...lexical.slice(0, FUSION_CANDIDATE_DEPTH), ...denseOrder.slice(0, FUSION_CANDIDATE_DEPTH)])]
  const scored = candidates.map((i, position) => {
    const chunk = chunks[i]!
    let neighbourDense = -4
    let neighbourLexical = 0
    for (const j of neighbours[i] ?? []) {
      if (dense[j]! > -Infinity) neighbourDense = Math.max(neighbourDense, denseZ[j]!)
      neighbourLexical = Math.max(neighbourLexical, lexicalVote[j]!)
    }
    const score = weights.lexicalVote * lexicalVote[i]! + weights.denseZ * denseZ[i]! / 4 + weights.denseVote * denseVote[i]!
      + weights.neighbourDenseZ * neighbourDense / 4 + weights.neighbourLexicalVote * neighbourLexical
      + weights.bookDenseZ * bookDense.get(chunk.source)! / 4 + weights.bookLexicalShare * (bookLexicalShare.get(chunk.source) ?? 0)
      + weights.length * chunk.text.length / 800 + weights.denseXlexical * lexicalVote[i]! * denseVote[i]!
      + weights.bookLexicalPlace * (bookLexicalPlace.get(chunk.source) ?? 0) + weights.bookDensePlace * (bookDensePlace.get(chunk.source) ?? 0)
      + weights.bias
    return { i, position, score }
  })
  scored.sort((a, b) => b.score - a.score || a.position - b.position)
  return scored.slice(0, input.limit).map((entry) => chunks[entry.i]!)
}
