import { analyzeText } from './analyzeText.ts'

/**
 * A word-relation table (word → related words, e.g. from WordNet) keyed by index terms instead:
 * stem → related stems, merging the words that share a stem ("dying", "dies" → "dy"), dropping stop
 * words and self-relations, and keeping only stems `keep` accepts (the library's vocabulary, so
 * the table holds nothing a search could not use).
 *
 * @example
 * toRelatedStems(new Map([['dying', ['death', 'demise']]])) // Map { 'dy' => ['death', 'demis'] }
 */
export function toRelatedStems(relations: ReadonlyMap<string, readonly string[]>, keep: (stem: string) => boolean = () => true): Map<string, string[]> {
  const table = new Map<string, Set<string>>()
  for (const [word, related] of relations) {
    const [stem] = analyzeText(word)
    if (stem === undefined) continue
    for (const other of related) {
      const [relatedStem] = analyzeText(other)
      if (relatedStem === undefined || relatedStem === stem || !keep(relatedStem)) continue
      let set = table.get(stem)
      if (set === undefined) table.set(stem, set = new Set())
      set.add(relatedStem)
    }
  }
  return new Map([...table].map(([stem, related]) => [stem, [...related].sort()]))
}
