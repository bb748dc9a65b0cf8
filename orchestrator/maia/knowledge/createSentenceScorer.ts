/** Each passage's best sentence cosine with a query, asked for a search's candidates only. */
export interface SentenceScorer {
  /** For each candidate (an index into the chunks), the highest cosine of its sentences' vectors with `query` (0 for a passage without sentences). */
  bestCosines(query: Float32Array, candidates: readonly number[]): Float64Array
  /** Every chunk's best sentence cosine (one pass over every sentence: for a question prepared ahead of its search). */
  allBestCosines(query: Float32Array): Float64Array
}

/**
 * Holds the unit vectors of every passage's sentences (sentenceUnits.ts) in one matrix, `unitsOfChunk`
 * giving each chunk's rows. Only the candidates are scanned (issue 11, round ten-b: a pass over every
 * sentence of a library is ~5 x the passage scan, beyond the search's latency budget).
 *
 * @example
 * const scorer = createSentenceScorer(vectors, unitsOfChunk)
 * scorer.bestCosines(questionVector, [4, 17, 2])
 */
export function createSentenceScorer(vectors: readonly Float32Array[], unitsOfChunk: readonly (readonly number[])[]): SentenceScorer {
  const dimensions = vectors[0]?.length ?? 0
  for (const units of unitsOfChunk) for (const row of units) if (!(row >= 0 && row < vectors.length)) throw new RangeError(`sentence row ${row} outside the ${vectors.length} vectors`)
  const matrix = new Float32Array(vectors.length * dimensions)
  vectors.forEach((vector, row) => matrix.set(vector.subarray(0, dimensions), row * dimensions))
  const rows = unitsOfChunk.map((units) => Int32Array.from(units))
  const bestOf = (chunk: number, query: Float32Array): number => {
    const units = rows[chunk]
    if (units === undefined || units.length === 0) return 0
    let best = -Infinity
    for (const row of units) {
      let dot = 0
      for (let d = 0, offset = row * dimensions; d < dimensions; d += 1) dot += matrix[offset + d]! * query[d]!
      if (dot > best) best = dot
    }
    return best
  }
  return {
    bestCosines: (query, candidates) => Float64Array.from(candidates, (chunk) => bestOf(chunk, query)),
    allBestCosines: (query) => Float64Array.from(rows, (_, chunk) => bestOf(chunk, query))
  }
}
