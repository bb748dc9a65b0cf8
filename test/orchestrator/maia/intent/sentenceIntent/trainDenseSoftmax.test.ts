import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../../../orchestrator/maia/intent/random.ts'
import { denseSoftmaxProbabilities, trainDenseSoftmax } from '../../../../../orchestrator/maia/intent/sentenceIntent/trainDenseSoftmax.ts'

/** Three clusters of unit vectors in 8 dimensions, around the first three axes. */
function clusters(count: number, seed: number): { vectors: Float32Array[]; labels: number[] } {
  const random = seededRandom(seed)
  const vectors: Float32Array[] = []
  const labels: number[] = []
  for (let index = 0; index < count; index++) {
    const label = index % 3
    const vector = Float32Array.from({ length: 8 }, (_, d) => (d === label ? 1 : 0) + (random() - 0.5) * 0.6)
    const norm = Math.hypot(...vector)
    vectors.push(vector.map((value) => value / norm))
    labels.push(label)
  }
  return { vectors, labels }
}

describe('trainDenseSoftmax', () => {
  it('learns separable clusters and gives probabilities that sum to 1', () => {
    const train = clusters(90, 1)
    const model = trainDenseSoftmax(train.vectors, train.labels, 3, { inputScale: Math.sqrt(8) })
    const test = clusters(30, 2)
    let right = 0
    for (const [index, vector] of test.vectors.entries()) {
      const probabilities = denseSoftmaxProbabilities(model, vector)
      expect(probabilities.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9)
      const best = probabilities.indexOf(Math.max(...probabilities))
      if (best === test.labels[index]) right++
    }
    expect(right).toBe(30)
  })

  it('is deterministic for a seed and differs across seeds', () => {
    const { vectors, labels } = clusters(30, 3)
    const a = trainDenseSoftmax(vectors, labels, 3, { seed: 5, epochs: 3 })
    const b = trainDenseSoftmax(vectors, labels, 3, { seed: 5, epochs: 3 })
    const c = trainDenseSoftmax(vectors, labels, 3, { seed: 6, epochs: 3 })
    expect([...a.weights]).toEqual([...b.weights])
    expect([...a.weights]).not.toEqual([...c.weights])
  })
})
