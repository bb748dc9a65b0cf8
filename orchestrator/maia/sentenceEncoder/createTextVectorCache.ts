/** What the cache needs of an encoder: the bundled one, or any `Embedder` of the knowledge base. */
export interface TextEncoder {
  readonly id: string
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>
}

/** Vectors of texts encoded before, kept by encoder and text. */
export interface TextVectorCache {
  /** The unit vector of `text` (bounded by {@link encodableText}), encoded at most once while it stays in the cache. */
  vectorOf(encoder: TextEncoder, text: string, signal?: AbortSignal): Promise<Float32Array>
}

/** The most characters of a text given to the encoder: its cost grows with length, and a caller's text is the caller's to make long. */
export const MAX_ENCODED_CHARACTERS = 2_000

/** `text`, or its first and last halves of {@link MAX_ENCODED_CHARACTERS} when longer (both ends carry meaning). */
export function encodableText(text: string): string {
  if (text.length <= MAX_ENCODED_CHARACTERS) return text
  const half = MAX_ENCODED_CHARACTERS / 2
  return `${text.slice(0, half)} … ${text.slice(-half)}`
}

/**
 * A bounded cache of encodings, least recently used out, so a conversation re-screened or
 * re-searched on every request encodes each turn once. A failed encoding is forgotten, so the
 * next call retries.
 *
 * @example
 * const cache = createTextVectorCache(2_000)
 * const vector = await cache.vectorOf(encoder, 'What is the soul?')
 */
export function createTextVectorCache(capacity: number): TextVectorCache {
  const entries = new Map<string, Promise<Float32Array>>()
  return {
    vectorOf(encoder, fullText, signal) {
      const text = encodableText(fullText)
      const key = `${encoder.id}\0${text}`
      let entry = entries.get(key)
      if (entry !== undefined) {
        entries.delete(key) // re-inserted below: the Map's order is the recency order
      } else {
        entry = encoder.embed([text], signal === undefined ? {} : { signal }).then(([vector]) => vector!)
        entry.catch(() => { if (entries.get(key) === entry) entries.delete(key) })
      }
      entries.set(key, entry)
      while (entries.size > capacity) entries.delete(entries.keys().next().value!)
      return entry
    }
  }
}
