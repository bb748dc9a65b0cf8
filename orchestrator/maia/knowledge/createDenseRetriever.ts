import { chunkAcceptor } from './chunkAcceptor.ts'
import type { ChunkFilter, StoredChunk } from './createLanceChunkStore.ts'

/** Ranks a library's chunks by the cosine of their vectors with a query vector, in memory. */
export interface DenseRetriever {
  readonly dimensions: number
  rank(query: Float32Array, filter: ChunkFilter, limit: number): StoredChunk[]
  /** Every chunk's score (its best row's cosine), -Infinity where the filter leaves the chunk out; a fresh array. */
  scores(query: Float32Array, filter: ChunkFilter): Float64Array
}

/**
 * Exhaustive cosine search over unit `vectors`: one per chunk, in the same order, or several per
 * chunk (its windows, passageWindows.ts) when `owners` gives each vector's chunk index, the chunk
 * then scoring its best window's cosine. A library of a few thousand passages is a few million
 * multiply-adds, a few milliseconds, so no approximate index.
 *
 * @example
 * const dense = createDenseRetriever(chunks, vectors)
 * dense.rank(questionVector, {}, 100)
 */
export function createDenseRetriever(chunks: readonly StoredChunk[], vectors: readonly Float32Array[], owners?: readonly number[]): DenseRetriever {
  if (owners === undefined && vectors.length !== chunks.length) throw new RangeError(`one vector per chunk: ${vectors.length} vectors for ${chunks.length} chunks`)
  if (owners !== undefined && (owners.length !== vectors.length || owners.some((owner) => !(owner >= 0 && owner < chunks.length)))) throw new RangeError(`one chunk index per vector: ${owners.length} owners for ${vectors.length} vectors of ${chunks.length} chunks`)
  const ownerOf = Int32Array.from(owners ?? vectors.map((_, index) => index))
  const dimensions = vectors[0]?.length ?? 0
  // One contiguous matrix, so that the scan reads memory in order (and a window-per-row library stays one allocation).
  const matrix = new Float32Array(vectors.length * dimensions)
  vectors.forEach((vector, row) => matrix.set(vector.subarray(0, dimensions), row * dimensions))
  const scan = (query: Float32Array, filter: ChunkFilter, best: Float64Array): Float64Array => {
    const accept = chunkAcceptor(chunks, filter)
    best.fill(-Infinity)
    for (let row = 0, offset = 0; row < ownerOf.length; row += 1, offset += dimensions) {
      const index = ownerOf[row]!
      if (accept !== undefined && !accept(index)) continue
      let dot = 0
      for (let d = 0; d < dimensions; d += 1) dot += matrix[offset + d]! * query[d]!
      if (dot > best[index]!) best[index] = dot
    }
    return best
  }
  const best = new Float64Array(chunks.length)
  return {
    dimensions,
    scores: (query, filter) => scan(query, filter, new Float64Array(chunks.length)),
    rank(query, filter, limit) {
      scan(query, filter, best)
      const scores: Array<{ index: number; score: number }> = []
      for (let index = 0; index < chunks.length; index += 1) if (best[index]! > -Infinity) scores.push({ index, score: best[index]! })
      scores.sort((a, b) => b.score - a.score || a.index - b.index)
      return scores.slice(0, limit).map((entry) => chunks[entry.index]!)
    }
  }
}
