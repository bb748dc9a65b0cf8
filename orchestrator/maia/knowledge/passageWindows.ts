import type { TokenCounter } from '../tokens/index.ts'
import { chunkText } from './chunkText.ts'

/**
 * The texts a passage is encoded as for dense retrieval: windows of whole sentences of about
 * `windowTokens` each (a quarter of a window repeated in the next), or the passage itself when
 * `windowTokens` is null or the passage fits in one window. The idea: a sentence encoder averages
 * what it reads, so one window of a passage about three things can be nearer a question than the
 * whole. Measured in round five (defaults.ts): dense alone gained, the fused ranking did not hold
 * its gain on unseen halves, so the default is null (one vector per passage).
 *
 * @example
 * passageWindows(chunk.text, createEstimatedTokenCounter(), 100) // ['First sentences…', '…later ones.']
 */
export function passageWindows(text: string, counter: TokenCounter, windowTokens: number | null): string[] {
  if (windowTokens === null) return [text]
  const windows = chunkText(text, counter, { targetTokens: windowTokens, overlapTokens: Math.round(windowTokens / 4) }).map((window) => window.text)
  return windows.length === 0 ? [text] : windows
}
