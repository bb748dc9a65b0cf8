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
// Bounds on what one search may ask the encoder for: the encoder's cost grows with the text, and a
// conversation is the caller's to make as long as the API allows. The most recent turns carry the
// context; a long text keeps its beginning and its end.
const MAX_EARLIER_TURNS = 4
const MAX_ENCODED_CHARACTERS = 2_000

function boundedText(text: string): string {
  if (text.length <= MAX_ENCODED_CHARACTERS) return text
  const half = MAX_ENCODED_CHARACTERS / 2
  return `${text.slice(0, half)} … ${text.slice(-half)}`
}

/**
 * A bounded map of text → vector promise (insertion order is recency: a hit moves to the end).
 * A failed or aborted encoding is dropped, so the next search tries again.
 *
 * @example
 * const cache = createQueryVectorCache()
 * const vector = await cache.get(encoder, 'How do I stop fearing death?', [], 0)
 */
export function createQueryVectorCache(capacity = DEFAULT_CAPACITY): QueryVectorCache {
  const entries = new Map<string, Promise<Float32Array>>()
  const vectorOf = (encoder: Embedder, fullText: string, signal: AbortSignal | undefined): Promise<Float32Array> => {
    const text = boundedText(fullText)
    const key = `${encoder.id}\0${text}`
    let entry = entries.get(key)
    if (entry !== undefined) {
      entries.delete(key)
    } else {
      entry = encoder.embed([text], signal === undefined ? {} : { signal }).then(([vector]) => vector!)
      entry.catch(() => { if (entries.get(key) === entry) entries.delete(key) })
    }
    entries.set(key, entry)
    while (entries.size > capacity) entries.delete(entries.keys().next().value!)
    return entry
  }
  return {
    async get(encoder, question, earlierTurns, earlierTurnsWeight, signal) {
      const turns = earlierTurnsWeight > 0 ? earlierTurns.filter((turn) => turn.trim() !== '').slice(-MAX_EARLIER_TURNS) : []
      const [own, ...earlier] = await Promise.all([question, ...turns].map((text) => vectorOf(encoder, text, signal)))
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
