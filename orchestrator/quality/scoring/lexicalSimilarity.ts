const WORD = /[\p{L}\p{N}']+/gu

/** Lowercased word tokens (letters, digits, apostrophes), the unit both similarity sides count. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

function countGrams(words: readonly string[], size: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + size <= words.length; i++) {
    const gram = words.slice(i, i + size).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

function overlapF1(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0
  let sizeB = 0
  let shared = 0
  for (const count of a.values()) sizeA += count
  for (const count of b.values()) sizeB += count
  if (sizeA === 0 && sizeB === 0) return 1
  if (sizeA === 0 || sizeB === 0) return 0
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0)
  return (2 * shared) / (sizeA + sizeB)
}

/**
 * Similarity of two answers in [0, 1]: the mean of unigram and bigram overlap F1 (ROUGE-1/2 style).
 * Lexical on purpose: it needs no model on the orchestrator, it is deterministic (anyone re-scoring
 * an evidence bundle gets the same number), and it compares answers the way a lie shows — a
 * different model, garbage or another prompt's answer shares few words and fewer word pairs with
 * the peers' answers, while honest answers of one model to one prompt share many.
 */
export function lexicalSimilarity(a: string, b: string): number {
  const wordsA = wordsOf(a)
  const wordsB = wordsOf(b)
  return (overlapF1(countGrams(wordsA, 1), countGrams(wordsB, 1)) + overlapF1(countGrams(wordsA, 2), countGrams(wordsB, 2))) / 2
}
