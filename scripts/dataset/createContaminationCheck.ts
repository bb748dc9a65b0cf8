import { normalizedWords } from './normalizeText.ts'
import type { EvaluationText } from './collectEvaluationTexts.ts'

/** 8 words: long enough that ordinary phrases ("i dont know what to do") do not collide by chance. */
export const DEFAULT_CONTAMINATION_NGRAM = 8

/** Why an example counts as contaminated. */
export interface ContaminationHit {
  readonly evaluationFile: string
  /** The shared n-gram (normalised), or the whole short evaluation text. */
  readonly ngram: string
}

export interface ContaminationCheck {
  /** The first evaluation n-gram the text contains, if any. */
  find(text: string): ContaminationHit | undefined
  /** Evaluation texts and n-grams indexed. */
  readonly stats: { readonly texts: number; readonly ngrams: number; readonly files: number }
}

/**
 * N-gram overlap against evaluation texts (GPT-3's contamination test, with n = 8 instead of 13
 * because the router's held-out messages are short): an example is contaminated when it contains
 * any n consecutive normalised words of an evaluation text, or a whole evaluation text shorter
 * than n words (four words at least: shorter texts are skipped when collected).
 *
 * @example
 * const check = createContaminationCheck(await collectEvaluationTexts(root))
 * check.find('why did socrates say a life without self examination is not worth living') // { evaluationFile: 'bench/knowledge/questions.json', ... }
 */
export function createContaminationCheck(texts: readonly EvaluationText[], n: number = DEFAULT_CONTAMINATION_NGRAM): ContaminationCheck {
  const ngrams = new Map<string, string>()
  const lengths = new Set<number>()
  const files = new Set<string>()
  for (const { file, text } of texts) {
    const words = normalizedWords(text)
    if (words.length === 0) continue
    files.add(file)
    const size = Math.min(n, words.length)
    lengths.add(size)
    for (let start = 0; start + size <= words.length; start++) {
      const key = words.slice(start, start + size).join(' ')
      if (!ngrams.has(key)) ngrams.set(key, file)
    }
  }
  return {
    find(text) {
      const words = normalizedWords(text)
      for (const size of lengths) {
        for (let start = 0; start + size <= words.length; start++) {
          const key = words.slice(start, start + size).join(' ')
          const file = ngrams.get(key)
          if (file !== undefined) return { evaluationFile: file, ngram: key }
        }
      }
      return undefined
    },
    stats: { texts: texts.length, ngrams: ngrams.size, files: files.size }
  }
}
