import type { WeightedQuery } from './createLexicalIndex.ts'

/**
 * The query with each term's related terms added (synonyms, derived forms: toRelatedStems.ts):
 * a term of weight w lends w × `weight` to its related terms that occur in the library, shared
 * equally among them, so a word with many relations is not drowned by them. A related term
 * already in the query only gains weight.
 *
 * @example
 * addRelatedTerms(new Map([['afraid', 1]]), new Map([['afraid', ['fear', 'scare']]]), 0.5, () => true) // afraid 1, fear 0.25, scare 0.25
 */
export function addRelatedTerms(query: WeightedQuery, related: ReadonlyMap<string, readonly string[]>, weight: number, occurs: (term: string) => boolean): Map<string, number> {
  const expanded = new Map(query)
  for (const [term, termWeight] of query) {
    const others = (related.get(term) ?? []).filter((other) => occurs(other))
    for (const other of others) expanded.set(other, (expanded.get(other) ?? 0) + (termWeight * weight) / others.length)
  }
  return expanded
}
