/** What the cache needs of an encoder: the bundled one, or any `Embedder` of the knowledge base. */
export interface TextEncoder {
  readonly id: string
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>
}

/** Vectors of texts encoded before, kept by encoder and text. */
export interface TextVectorCache {
  /**
   * The unit vector of `text` (bounded by {@link encodableText}), encoded at most once while it stays
   * in the cache. `signal` stops the caller's wait and, when the caller started the encoding, the
   * encoding; another caller waiting on that encoding is not failed by it: it encodes again.
   */
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
  const entries = new Map<string, { vector: Promise<Float32Array>; signal: AbortSignal | undefined }>()
  const vectorOf = (encoder: TextEncoder, fullText: string, signal?: AbortSignal): Promise<Float32Array> => {
    if (signal?.aborted === true) return Promise.reject(signal.reason as Error)
    const text = encodableText(fullText)
    const key = `${encoder.id}\0${text}`
    let entry = entries.get(key)
    if (entry !== undefined) {
      entries.delete(key) // re-inserted below: the Map's order is the recency order
    } else {
      const vector = encoder.embed([text], signal === undefined ? {} : { signal }).then(([encoded]) => encoded!)
      const created = { vector, signal }
      vector.catch(() => { if (entries.get(key) === created) entries.delete(key) })
      entry = created
    }
    entries.set(key, entry)
    while (entries.size > capacity) entries.delete(entries.keys().next().value!)
    const started = entry
    if (started.signal === undefined || started.signal === signal) return started.vector
    // Started by another caller with its own signal: should that caller leave, this one encodes
    // again rather than fail (the failed entry is gone from the cache by then).
    return started.vector.catch((error: unknown) => {
      if (started.signal?.aborted === true && signal?.aborted !== true) return vectorOf(encoder, fullText, signal)
      throw error
    })
  }
  return { vectorOf }
}
