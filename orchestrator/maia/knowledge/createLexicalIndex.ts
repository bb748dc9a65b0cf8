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

/** An in-memory BM25 index over passages, with what query expansion needs (term vectors, document frequencies). */
export interface LexicalIndex {
  readonly size: number
  /** Best first, at most `limit`, only documents `accept` lets through (all when omitted). */
  search(query: WeightedQuery, limit: number, accept?: (index: number) => boolean): LexicalHit[]
  /** BM25 score of every document matching some query term (unfiltered, unsorted). */
  scores(query: WeightedQuery): Map<number, number>
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

/**
 * Builds a BM25 index over `texts` (one per passage). Kept in memory, rather than LanceDB's
 * full-text index, because query expansion needs weighted query terms, per-passage term vectors
 * and document frequencies, none of which that index exposes; a library of a few thousand
 * passages indexes in well under a second and is searched in about a millisecond.
 *
 * @example
 * const index = createLexicalIndex(chunks.map((chunk) => chunk.text))
 * index.search(toWeightedQuery(analyzeText('fear of death')), 10)
 */
export function createLexicalIndex(texts: readonly string[], parameters: { k1: number; b: number } = { k1: BM25_K1, b: BM25_B }): LexicalIndex {
  const { k1, b } = parameters
  const counts: Map<string, number>[] = []
  const lengths = new Float64Array(texts.length)
  const postings = new Map<string, { documents: number[]; frequencies: number[] }>()
  texts.forEach((text, index) => {
    const terms = analyzeText(text)
    const termCounts = toWeightedQuery(terms)
    counts.push(termCounts)
    lengths[index] = terms.length
    for (const [term, count] of termCounts) {
      let posting = postings.get(term)
      if (posting === undefined) postings.set(term, posting = { documents: [], frequencies: [] })
      posting.documents.push(index)
      posting.frequencies.push(count)
    }
  })
  const averageLength = texts.length === 0 ? 1 : Math.max(1, lengths.reduce((sum, length) => sum + length, 0) / texts.length)
  const idf = (term: string): number => {
    const df = postings.get(term)?.documents.length ?? 0
    return Math.log(1 + (texts.length - df + 0.5) / (df + 0.5))
  }

  return {
    size: texts.length,
    search(query, limit, accept) {
      return topHits(this.scores(query), limit, accept)
    },
    scores(query) {
      const scores = new Map<number, number>()
      for (const [term, weight] of query) {
        const posting = postings.get(term)
        if (posting === undefined || weight <= 0) continue
        const termIdf = idf(term) * weight
        posting.documents.forEach((document, position) => {
          const frequency = posting.frequencies[position]!
          const norm = k1 * (1 - b + b * (lengths[document]! / averageLength))
          scores.set(document, (scores.get(document) ?? 0) + termIdf * ((frequency * (k1 + 1)) / (frequency + norm)))
        })
      }
      return scores
    },
    termCounts: (index) => counts[index]!,
    length: (index) => lengths[index]!,
    documentFrequency: (term) => postings.get(term)?.documents.length ?? 0,
    idf,
    terms: () => postings.keys()
  }
}

/** The best `limit` of `scores` that `accept` lets through; ties broken by position (reading order), so results are deterministic. */
export function topHits(scores: ReadonlyMap<number, number>, limit: number, accept?: (index: number) => boolean): LexicalHit[] {
  const hits: LexicalHit[] = []
  for (const [index, score] of scores) if (accept === undefined || accept(index)) hits.push({ index, score })
  return hits.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit)
}
