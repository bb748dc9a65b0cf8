import { describe, expect, it } from 'vitest'
import { createSentenceScorer } from '../../../../orchestrator/maia/knowledge/createSentenceScorer.ts'

const unit = (...values: number[]): Float32Array => {
  const norm = Math.hypot(...values)
  return Float32Array.from(values, (value) => value / norm)
}

describe('createSentenceScorer', () => {
  const vectors = [unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1), unit(1, 1, 0)]
  // Chunk 0 holds sentences 0 and 1, chunk 1 sentence 2, chunk 2 none, chunk 3 sentences 3 and 1 (shared).
  const scorer = createSentenceScorer(vectors, [[0, 1], [2], [], [3, 1]])

  it('gives each candidate its best sentence\'s cosine, in the order asked, 0 without sentences', () => {
    const scores = scorer.bestCosines(unit(0, 1, 0), [3, 0, 1, 2])
    expect(Array.from(scores).map((x) => Number(x.toFixed(4)))).toEqual([1, 1, 0, 0])
    const other = scorer.bestCosines(unit(1, 0, 0), [0, 3])
    expect(other[0]).toBeCloseTo(1, 6)
    expect(other[1]).toBeCloseTo(Math.SQRT1_2, 6)
  })

  it('scores every chunk at once the same way, for a question prepared ahead', () => {
    const query = unit(1, 2, 3)
    expect(Array.from(scorer.allBestCosines(query))).toEqual(Array.from(scorer.bestCosines(query, [0, 1, 2, 3])))
  })

  it('refuses sentence rows beyond its vectors', () => {
    expect(() => createSentenceScorer(vectors, [[4]])).toThrow(RangeError)
  })
})
