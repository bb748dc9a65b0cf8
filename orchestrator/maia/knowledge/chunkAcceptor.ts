import type { ChunkFilter, StoredChunk } from './createLanceChunkStore.ts'

/**
 * The test a search's filter puts to `chunks[index]`, as the LanceDB store's filters mean it: the
 * author contains the text, the chunk carries the topic, both case-insensitive. Undefined when the
 * filter keeps everything (so rankers skip the test).
 *
 * @example
 * const accept = chunkAcceptor(chunks, { author: 'plato' })
 */
export function chunkAcceptor(chunks: readonly StoredChunk[], filter: ChunkFilter): ((index: number) => boolean) | undefined {
  const author = filter.author?.trim().toLowerCase()
  const topic = filter.topic?.trim().toLowerCase()
  if (!author && !topic) return undefined
  return (index) => {
    const chunk = chunks[index]!
    if (author && !chunk.author.toLowerCase().includes(author)) return false
    if (topic && !chunk.topics.some((tag) => tag.toLowerCase() === topic)) return false
    return true
  }
}
