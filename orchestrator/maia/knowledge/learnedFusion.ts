import type { StoredChunk } from './createLanceChunkStore.ts'
import { descendingByValue, orderByValue } from './orderByValue.ts'

/** The per-passage signals the learned fusion weighs, in the order of its weight vector. */
export const FUSION_FEATURES = [
  'lexicalVote', 'denseZ', 'denseVote', 'neighbourDenseZ', 'neighbourLexicalVote', 'bookDenseZ',
  'bookLexicalShare', 'length', 'denseXlexical', 'bookLexicalPlace', 'bookDensePlace', 'bias',
  'softZ', 'softVote', 'neighbourSoftZ',
  'sentenceSoft', 'sentenceSoftCandidateZ', 'bookSize', 'bookDensePlaceXsmall', 'bookSoftPlaceXsmall',
  'sentenceDense', 'sentenceDenseCandidateZ'
] as const
export type FusionFeature = (typeof FUSION_FEATURES)[number]
export type FusionWeights = Readonly<Record<FusionFeature, number>>

/** How deep each ranking is read: the lexical one for its votes, both for the candidates. */
export const FUSION_LEXICAL_DEPTH = 1_000
export const FUSION_CANDIDATE_DEPTH = 300
/** How deep the soft term match's ranking adds candidates (round eight: its top 100; 50 and 200 measured alike). */
export const FUSION_SOFT_CANDIDATE_DEPTH = 100
const VOTE_K = 60
/** A book of this many passages or fewer counts as small: its place weighs fully in the `...Xsmall` signals. */
const SMALL_BOOK_PASSAGES = 20

export interface LearnedFusionInput {
  readonly chunks: readonly StoredChunk[]
  /** The lexical ranking, best first, as indices into `chunks` (its first FUSION_LEXICAL_DEPTH are read). */
  readonly lexical: readonly number[]
  /** Every chunk's dense cosine with the question; -Infinity for chunks the search's filter leaves out. */
  readonly dense: Float64Array
  /** Each chunk's neighbours in its book (indices into `chunks`). */
  readonly neighbours: ReadonlyArray<readonly number[]>
  /** Every chunk's soft term match with the question (softTermMatcher.ts); absent, the soft signals count 0. */
  readonly soft?: Float64Array
  /**
   * The soft term match inside each given candidate's best sentence (SoftTermMatcher.sentenceScores),
   * asked once per search for the candidates only; absent, the sentence signals count 0.
   */
  readonly sentenceSoft?: (candidates: readonly number[]) => Float64Array
  /**
   * The cosine of each given candidate's best sentence with the question (SentenceScorer.bestCosines),
   * asked once per search for the candidates only; absent, the sentence dense signals count 0.
   */
  readonly sentenceDense?: (candidates: readonly number[]) => Float64Array
  readonly weights: FusionWeights
  readonly limit: number
}

/**
 * Ranks passages by a linear score over signals that reciprocal rank fusion throws away: the dense
 * cosine's z-score (not only its rank), the neighbours' scores, how well the passage's book does as
 * a whole, the passage's length, and where word vectors are at hand the soft term match (its z-score,
 * its rank, its best neighbour's, and inside the passage's best sentence). Round nine: the book's size
 * (a small book found early is read deeper: its places weigh in full up to SMALL_BOOK_PASSAGES
 * passages). Round ten-b: where the passages' sentences are encoded too, the cosine of the candidate's
 * best sentence (a verse among a passage's seven to ten) and its z-score among the candidates. The weights are learned offline (bench/knowledge/round6Lab.ts,
 * listwise softmax on development questions) and hold no library-specific term, so they apply to
 * any ingested library. Candidates: the first FUSION_CANDIDATE_DEPTH of the lexical and dense
 * rankings, and with soft scores the first FUSION_SOFT_CANDIDATE_DEPTH of the soft one.
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
  // The dense order (cosine, best first; ties by lower index) is read only where it is needed: the
  // candidates' places, its first FUSION_CANDIDATE_DEPTH, each book's best three (orderByValue.ts).
  const denseOrder = orderByValue(dense, accepted)
  const lexicalVote = new Float64Array(n)
  lexical.forEach((index, rank) => { lexicalVote[index] = VOTE_K / (VOTE_K + rank + 1) })
  const denseZ = zScoresOver(accepted, dense)
  // Book-level: the mean of a book's three best z-scores, its share of the lexical top 50, and its
  // place among the books by where its first passage comes in each ranking.
  const bookTop = new Map<string, number[]>()
  for (const index of accepted) {
    const source = chunks[index]!.source
    const top = bookTop.get(source)
    if (top === undefined) {
      bookTop.set(source, [index])
      continue
    }
    // Kept in dense order; `accepted` ascends, so an equal cosine goes after the ones already in.
    let at = top.length
    while (at > 0 && dense[top[at - 1]!]! < dense[index]!) at -= 1
    if (at < 3) {
      top.splice(at, 0, index)
      if (top.length > 3) top.pop()
    }
  }
  const bookDense = new Map([...bookTop].map(([source, top]) => [source, top.reduce((sum, index) => sum + denseZ[index]!, 0) / top.length]))
  const bookLexicalShare = new Map<string, number>()
  for (const index of lexical.slice(0, 50)) bookLexicalShare.set(chunks[index]!.source, (bookLexicalShare.get(chunks[index]!.source) ?? 0) + 1 / 50)
  const bookPlace = (ranking: readonly number[]): Map<string, number> => {
    const places = new Map<string, number>()
    for (const index of ranking) if (!places.has(chunks[index]!.source)) places.set(chunks[index]!.source, 1 / (1 + places.size))
    return places
  }
  const bookLexicalPlace = bookPlace(lexical)
  // A book's first passage in the dense order is its best one.
  const bookDensePlace = bookPlace([...bookTop.values()].map((top) => top[0]!).sort(descendingByValue(dense)))
  const soft = input.soft
  const softZ = soft === undefined ? undefined : zScoresOver(accepted, soft)
  const softOrder = soft === undefined ? undefined : orderByValue(soft, accepted)
  const candidates = [...new Set([
    ...lexical.slice(0, FUSION_CANDIDATE_DEPTH), ...denseOrder.first(FUSION_CANDIDATE_DEPTH),
    ...(softOrder === undefined ? [] : softOrder.first(FUSION_SOFT_CANDIDATE_DEPTH))
  ])]
  // The books' places by their best soft match (a book's best: the highest score, ties by lower index).
  const bookSoftPlace = soft === undefined ? new Map<string, number>() : (() => {
    const bookBestSoft = new Map<string, number>()
    for (const index of accepted) {
      const best = bookBestSoft.get(chunks[index]!.source)
      if (best === undefined || soft[index]! > soft[best]!) bookBestSoft.set(chunks[index]!.source, index)
    }
    return bookPlace([...bookBestSoft.values()].sort(descendingByValue(soft)))
  })()
  const sizes = bookSizesOf(chunks)
  const sentenceSoft = input.sentenceSoft?.(candidates)
  const sentenceSoftZ = sentenceSoft === undefined ? undefined : zScoresOver(Array.from(sentenceSoft, (_, position) => position), sentenceSoft)
  const sentenceDense = input.sentenceDense?.(candidates)
  const sentenceDenseZ = sentenceDense === undefined ? undefined : zScoresOver(Array.from(sentenceDense, (_, position) => position), sentenceDense)
  const scored = candidates.map((i, position) => {
    const isAccepted = dense[i]! > -Infinity
    const denseVote = isAccepted ? VOTE_K / (VOTE_K + denseOrder.placeOf(i) + 1) : 0
    const softVote = isAccepted && softOrder !== undefined ? VOTE_K / (VOTE_K + softOrder.placeOf(i) + 1) : 0
    const chunk = chunks[i]!
    const size = sizes.get(chunk.source)!
    const small = Math.min(1, SMALL_BOOK_PASSAGES / size)
    let neighbourDense = -4
    let neighbourLexical = 0
    let neighbourSoft = -4
    for (const j of neighbours[i] ?? []) {
      if (dense[j]! > -Infinity) {
        neighbourDense = Math.max(neighbourDense, denseZ[j]!)
        if (softZ !== undefined) neighbourSoft = Math.max(neighbourSoft, softZ[j]!)
      }
      neighbourLexical = Math.max(neighbourLexical, lexicalVote[j]!)
    }
    const score = weights.lexicalVote * lexicalVote[i]! + weights.denseZ * denseZ[i]! / 4 + weights.denseVote * denseVote
      + weights.neighbourDenseZ * neighbourDense / 4 + weights.neighbourLexicalVote * neighbourLexical
      + weights.bookDenseZ * bookDense.get(chunk.source)! / 4 + weights.bookLexicalShare * (bookLexicalShare.get(chunk.source) ?? 0)
      + weights.length * chunk.text.length / 800 + weights.denseXlexical * lexicalVote[i]! * denseVote
      + weights.bookLexicalPlace * (bookLexicalPlace.get(chunk.source) ?? 0) + weights.bookDensePlace * (bookDensePlace.get(chunk.source) ?? 0)
      + weights.bias
      + (softZ === undefined ? 0 : weights.softZ * softZ[i]! / 4 + weights.softVote * softVote + weights.neighbourSoftZ * neighbourSoft / 4)
      + (sentenceSoft === undefined ? 0 : weights.sentenceSoft * sentenceSoft[position]! + weights.sentenceSoftCandidateZ * sentenceSoftZ![position]! / 4)
      + weights.bookSize * Math.log(size) / 8 + weights.bookDensePlaceXsmall * (bookDensePlace.get(chunk.source) ?? 0) * small
      + weights.bookSoftPlaceXsmall * (bookSoftPlace.get(chunk.source) ?? 0) * small
      + (sentenceDense === undefined ? 0 : weights.sentenceDense * sentenceDense[position]! + weights.sentenceDenseCandidateZ * sentenceDenseZ![position]! / 4)
    return { i, position, score }
  })
  scored.sort((a, b) => b.score - a.score || a.position - b.position)
  return scored.slice(0, input.limit).map((entry) => chunks[entry.i]!)
}

// Passages per book over the whole library (not the filter's share), once per chunk list.
const bookSizeCache = new WeakMap<readonly StoredChunk[], Map<string, number>>()
function bookSizesOf(chunks: readonly StoredChunk[]): Map<string, number> {
  let sizes = bookSizeCache.get(chunks)
  if (sizes === undefined) {
    sizes = new Map()
    for (const chunk of chunks) sizes.set(chunk.source, (sizes.get(chunk.source) ?? 0) + 1)
    bookSizeCache.set(chunks, sizes)
  }
  return sizes
}

/** Each accepted chunk's value as a z-score over the accepted chunks (0 elsewhere). */
function zScoresOver(accepted: readonly number[], values: Float64Array): Float64Array {
  let mean = 0
  for (const i of accepted) mean += values[i]!
  mean /= accepted.length
  let variance = 0
  for (const i of accepted) variance += (values[i]! - mean) ** 2
  const sd = Math.sqrt(variance / accepted.length) || 1
  const z = new Float64Array(values.length)
  for (const i of accepted) z[i] = (values[i]! - mean) / sd
  return z
}
