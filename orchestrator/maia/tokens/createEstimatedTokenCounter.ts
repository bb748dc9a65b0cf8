import type { TokenCounter } from './TokenCounter.ts'

/** Characters per token of typical BPE vocabularies (Llama 3, GPT-4, Claude) on English prose. */
export const ESTIMATED_CHARS_PER_TOKEN = 4

/**
 * The fallback when no model is configured: ~4 characters of ASCII per token, and one token per
 * other code point (BPE vocabularies split Greek, Hebrew or accented text into far smaller
 * pieces than English words). It slightly overestimates rather than under, so a budget filled
 * by it fits the real model.
 *
 * Calibration: the library's MANIFEST gives `approx_tokens = characters / 4`; real BPE
 * tokenizers land at 3.6–4.5 characters per token on English prose. Use a GGUF tokenizer
 * (`createGgufTokenCounter`) whenever the serving model is known.
 *
 * @example
 * createEstimatedTokenCounter().count('The unexamined life is not worth living.') // 11
 */
export function createEstimatedTokenCounter(): TokenCounter {
  return {
    id: `estimate:chars/${ESTIMATED_CHARS_PER_TOKEN}`,
    count(text) {
      let ascii = 0
      let other = 0
      for (const character of text) {
        if (character.charCodeAt(0) < 0x80) ascii += 1
        else other += 1
      }
      return Math.ceil(ascii / ESTIMATED_CHARS_PER_TOKEN) + other
    }
  }
}
