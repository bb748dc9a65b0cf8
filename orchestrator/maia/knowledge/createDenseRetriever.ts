import { chunkAcceptor } from './chunkAcceptor.ts'
import type { ChunkFilter, StoredChunk } from './createLanceChunkStore.ts'

/** Ranks a library's chunks by the cosine of their vectors with a query vector, in memory. */
export interface DenseRetriever {
  readonly dimensions: number
  rank(query: Float32Array, filter: ChunkFilter, limit: number): StoredChunk[]
}

/**
 * Exhaustive cosine search over unit `vectors` (one per chunk, in the same order): a library of a
 * few thousand passages is ~2 million multiply-adds, a few milliseconds, so no approximate index.
 *
 * @example
 * const dense = createDenseRetriever(chunks, vectors)
 * dense.rank(questionVector, {}, 100)
 */
export function createDenseRetriever(chunks: readonly StoredChunk[], vectors: readonly Float32Array[]): DenseRetriever {
  if (vectors.length !== chunks.length) throw new RangeError(`one vector per chunk: ${vectors.length} vectors for ${chunks.length} chunks`)
  const dimensions = vectors[0]?.length ?? 0
  return {
    dimensions,
    rank(query, filter, limit) {
      const accept = chunkAcceptor(chunks, filter)
      const scores: Array<{ index: number; score: number }> = []
      for (let index = 0; index < vectors.length; index += 1) {
        if (accept !== undefined && !accept(index)) continue
        const vector = vectors[index]!
        let dot = 0
        for (let d = 0; d < dimensions; d += 1) dot += vector[d]! * query[d]!
        scores.push({ index, score: dot })
      }
      scores.sort((a, b) => b.score - a.score || a.index - b.index)
      return scores.slice(0, limit).map((entry) => chunks[entry.index]!)
    }
  }
}
