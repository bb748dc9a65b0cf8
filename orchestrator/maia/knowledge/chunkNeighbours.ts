import type { StoredChunk } from './createLanceChunkStore.ts'

/**
 * Each chunk's neighbours: the chunks of the same source whose ordinal is one less or one more
 * (indices into `chunks`, previous first), wherever they stand in the list. Lexical neighbour
 * smoothing and the learned fusion both read them.
 */
export function chunkNeighbours(chunks: readonly StoredChunk[]): number[][] {
  const bySlot = new Map(chunks.map((chunk, index) => [`${chunk.source}\0${chunk.ordinal}`, index]))
  return chunks.map((chunk) => [chunk.ordinal - 1, chunk.ordinal + 1].map((ordinal) => bySlot.get(`${chunk.source}\0${ordinal}`)).filter((index): index is number => index !== undefined))
}
