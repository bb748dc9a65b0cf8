import { createTextVectorCache } from '../sentenceEncoder/index.ts'
import type { Embedder } from './KnowledgeBase.ts'

/** Query vectors by text, most recent kept: a repeated or prepared question costs no encoding. */
export interface QueryVectorCache {
  /**
   * The unit vector of `question`, with the conversation's `earlierTurns` added at `earlierTurnsWeight`
   * (shared among them) when that weight is above 0; encoded once per text and encoder.
   */
  get(encoder: Embedder, question: string, earlierTurns: readonly string[], earlierTurnsWeight: number, signal?: AbortSignal): Promise<Float32Array>
}

const DEFAULT_CAPACITY = 512
// The most recent turns carry the context: one search never asks the encoder for more than these.
const MAX_EARLIER_TURNS = 4

export function createQueryVectorCache(capacity = DEFAULT_CAPACITY): QueryVectorCache {
  // Each text bounded and encoded once (the cache shared in shape with the safety screen's).
  const cache = createTextVectorCache(capacity)
  return {
    async get(encoder, question, earlierTurns, earlierTurnsWeight, signal) {
      const turns = earlierTurnsWeight > 0 ? earlierTurns.filter((turn) => turn.trim() !== '').slice(-MAX_EARLIER_TURNS) : []
      const [own, ...earlier] = await Promise.all([question, ...turns].map((text) => cache.vectorOf(encoder, text, signal)))
      if (earlier.length === 0) return own!
      const sum = Float32Array.from(own!)
      for (const vector of earlier) for (let d = 0; d < sum.length; d += 1) sum[d]! += (earlierTurnsWeight / earlier.length) * vector[d]!
      let length = 0
      for (const value of sum) length += value * value
      length = Math.sqrt(length)
      return length > 0 ? sum.map((value) => value / length) : sum
    }
  }
}
