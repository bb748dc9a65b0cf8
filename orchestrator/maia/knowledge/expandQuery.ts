import type { LexicalIndex, WeightedQuery } from './createLexicalIndex.ts'

export interface QueryExpansionOptions {
  /** Top passages of the first search taken as (pseudo-)relevant. */
  feedbackPassages: number
  /** Terms added from them. */
  expansionTerms: number
  /** Share of the final query's weight kept by the original terms (RM3's λ); the rest goes to the added terms. */
  originalWeight: number
  /** Terms in more than this share of passages are never added (they match everything). */
  maxDocumentShare: number
}

/**
 * Pseudo-relevance feedback in the manner of RM3 (Abdul-Jaleel et al., 2004): search once, take
 * the best `feedbackPassages` as relevant, and add the terms that weigh most in them, each
 * passage counting by its share of the first search's scores and each term by its frequency in
 * the passage times its idf. A question worded unlike its answer ("afraid of dying") often still
 * finds a neighbour of the answer first; that neighbour's vocabulary ("death", "soul", "depart")
 * then reaches the answer itself.
 *
 * @example
 * const expanded = expandQuery(index, toWeightedQuery(analyzeText(question)), DEFAULT_QUERY_EXPANSION)
 */
export function expandQuery(index: LexicalIndex, query: WeightedQuery, options: QueryExpansionOptions, accept?: (index: number) => boolean): Map<string, number> {
  const original = normalizeWeights(query)
  const feedback = index.search(query, options.feedbackPassages, accept)
  const total = feedback.reduce((sum, hit) => sum + hit.score, 0)
  if (feedback.length === 0 || total <= 0 || options.expansionTerms <= 0) return original
  const relevance = new Map<string, number>()
  const maxDocuments = Math.max(1, options.maxDocumentShare * index.size)
  for (const hit of feedback) {
    const weight = hit.score / total
    const length = Math.max(1, index.length(hit.index))
    for (const [term, count] of index.termCounts(hit.index)) {
      if (index.documentFrequency(term) > maxDocuments) continue
      relevance.set(term, (relevance.get(term) ?? 0) + weight * (count / length) * index.idf(term))
    }
  }
  const added = normalizeWeights(new Map([...relevance].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.expansionTerms)))
  const expanded = new Map<string, number>()
  for (const [term, weight] of original) expanded.set(term, options.originalWeight * weight)
  for (const [term, weight] of added) expanded.set(term, (expanded.get(term) ?? 0) + (1 - options.originalWeight) * weight)
  return expanded
}

/** Weights scaled to sum to 1 (an empty query stays empty). */
export function normalizeWeights(query: WeightedQuery): Map<string, number> {
  let sum = 0
  for (const weight of query.values()) sum += weight
  return new Map(sum <= 0 ? [] : [...query].map(([term, weight]) => [term, weight / sum]))
}
