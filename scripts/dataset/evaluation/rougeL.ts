import { normalizedWords } from '../normalizeText.ts'

/**
 * ROUGE-L F1 over normalised words: the longest common subsequence of two texts relative to
 * both lengths (1 for equal texts, 0 when no word is shared in order). O(n·m) time, O(m) memory.
 *
 * @example
 * rougeL('the unexamined life is not worth living', 'an unexamined life is not worth it') // 0.667
 */
export function rougeL(candidate: string, reference: string): number {
  const a = normalizedWords(candidate)
  const b = normalizedWords(reference)
  if (a.length === 0 || b.length === 0) return 0
  let previous = new Uint32Array(b.length + 1)
  let current = new Uint32Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    }
    ;[previous, current] = [current, previous]
  }
  const lcs = previous[b.length]!
  if (lcs === 0) return 0
  const precision = lcs / a.length
  const recall = lcs / b.length
  return (2 * precision * recall) / (precision + recall)
}
