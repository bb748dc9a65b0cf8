import { analyzeText } from './analyzeText.ts'

/** BM25's constants (Robertson's usual values): term-frequency saturation and length normalisation. */
export const BM25_K1 = 1.2
export const BM25_B = 0.75

/** A weighted query: stem → weight (a plain question gives each of its terms weight 1 per occurrence). */
export type WeightedQuery = ReadonlyMap<string, number>

export interface LexicalHit {
  /** Position of the document in the array the index was built from. */
  readonly index: number
  readonly score: number
}

/** BM25 scores of one query: `scores[d]` for every document, `matched` the documents scoring above 0 (unordered). */
export interface ScoreTable {
  readonly scores: Float64Array
  readonly matched: number[]
}

/** An in-memory BM25 index over passages, with what query expansion needs (term vectors, document frequencies). */
export interface LexicalIndex {
  readonly size: number
  /** Best first, at most `limit`, only documents `accept` lets through (all when omitted). */
  search(query: WeightedQuery, limit: number, accept?: (index: number) => boolean): LexicalHit[]
  /** BM25 score of every document matching some query term (unfiltered, unsorted). */
  scores(query: WeightedQuery): ScoreTable
  /** The document's terms with their counts. */
  termCounts(index: number): ReadonlyMap<string, number>
  /** The document's length in terms. */
  length(index: number): number
  /** How many documents hold `term`. */
  documentFrequency(term: string): number
  /** BM25's idf, never negative: ln(1 + (N - df + 0.5) / (df + 0.5)). */
  idf(term: string): number
  /** Every term of the index. */
  terms(): IterableIterator<string>
}

/** Counts of `terms` as a weighted query. */
export function toWeightedQuery(terms: readonly string[]): Map<string, number> {
  const query = new Map<string, number>()
  for (const term of terms) query.set(term, (query.get(term) ?? 0) + 1)
  return query
}

/** One term's postings: the documents holding it and, per document, BM25's saturated term frequency (idf aside). */
interface Posting {
  readonly documents: Int32Array
  readonly weights: Float64Array
  readonly idf: number
}

/**
 * Builds a BM25 index over `texts` (one per passage), or over their analysed terms. Kept in
 * memory, rather than LanceDB's full-text index, because query expansion needs weighted query
 * terms, per-passage term vectors and document frequencies, none of which that index exposes.
 * Each posting stores BM25's length-normalised term frequency, so a query costs one multiply-add
 * per (term, document) pair: a few thousand passages are searched in well under a millisecond.
 *
 * @example
 * const index = createLexicalIndex(chunks.map((chunk) => chunk.text))
 * index.search(toWeightedQuery(analyzeText('fear of death')), 10)
 */
export function createLexicalIndex(texts: readonly string[], parameters: { k1: number; b: number } = { k1: BM25_K1, b: BM25_B }): LexicalIndex {
  return createLexicalIndexFromTerms(texts.map((text) => analyzeText(text)), parameters)
}

/** The same, from each passage's analysed terms (analyzeText's output): what a cached index is rebuilt from. */
export function createLexicalIndexFromTerms(documents: readonly (readonly string[])[], parameters: { k1: number; b: number } = { k1: BM25_K1, b: BM25_B }): LexicalIndex {
  const { k1, b } = parameters
  const size = documents.length
  const counts: Map<string, number>[] = []
  const lengths = new Float64Array(size)
  const building = new Map<string, { documents: number[]; frequencies: number[] }>()
  documents.forEach((terms, index) => {
    const termCounts = toWeightedQuery(terms)
    counts.push(termCounts)
    lengths[index] = terms.length
    for (const [term, count] of termCounts) {
      let posting = building.get(term)
      if (posting === undefined) building.set(term, posting = { documents: [], frequencies: [] })
      posting.documents.push(index)
      posting.frequencies.push(count)
    }
  })
  let totalLength = 0
  for (const length of lengths) totalLength += length
  const averageLength = size === 0 ? 1 : Math.max(1, totalLength / size)
  const idfOf = (df: number): number => Math.log(1 + (size - df + 0.5) / (df + 0.5))
  const postings = new Map<string, Posting>()
  for (const [term, { documents: holders, frequencies }] of building) {
    const weights = new Float64Array(holders.length)
    holders.forEach((document, position) => {
      const frequency = frequencies[position]!
      weights[position] = (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + b * (lengths[document]! / averageLength)))
    })
    postings.set(term, { documents: Int32Array.from(holders), weights, idf: idfOf(holders.length) })
  }

  const scores = (query: WeightedQuery): ScoreTable => {
    const table = new Float64Array(size)
    const matched: number[] = []
    for (const [term, weight] of query) {
      const posting = postings.get(term)
      if (posting === undefined || weight <= 0) continue
      const factor = posting.idf * weight
      const { documents: holders, weights } = posting
      for (let position = 0; position < holders.length; position += 1) {
        const document = holders[position]!
        if (table[document] === 0) matched.push(document)
        table[document]! += factor * weights[position]!
      }
    }
    return { scores: table, matched }
  }

  return {
    size,
    search: (query, limit, accept) => topHits(scores(query), limit, accept),
    scores,
    termCounts: (index) => counts[index]!,
    length: (index) => lengths[index]!,
    documentFrequency: (term) => postings.get(term)?.documents.length ?? 0,
    idf: (term) => idfOf(postings.get(term)?.documents.length ?? 0),
    terms: () => postings.keys()
  }
}

/**
 * The best `limit` of `table` that `accept` lets through; ties broken by position (reading order),
 * so results are deterministic. Only the candidates at or above the `limit`-th best score are sorted.
 */
export function topHits(table: ScoreTable, limit: number, accept?: (index: number) => boolean): LexicalHit[] {
  const { scores } = table
  const eligible = accept === undefined ? table.matched : table.matched.filter(accept)
  if (limit <= 0 || eligible.length === 0) return []
  let threshold = -Infinity
  if (eligible.length > limit) {
    const values = Float64Array.from(eligible, (index) => scores[index]!).sort()
    threshold = values[values.length - limit]!
  }
  const hits: LexicalHit[] = []
  for (const index of eligible) if (scores[index]! >= threshold) hits.push({ index, score: scores[index]! })
  return hits.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit)
}
