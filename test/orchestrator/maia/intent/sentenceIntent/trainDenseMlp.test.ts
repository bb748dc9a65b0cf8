import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../../../orchestrator/maia/intent/random.ts'
import { denseMlpProbabilities, trainDenseMlp } from '../../../../../orchestrator/maia/intent/sentenceIntent/trainDenseMlp.ts'

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

/** Points labelled by the sign of x·y: no single linear boundary separates them, one hidden layer does. */
function quadrants(count: number, seed: number): { vectors: Float32Array[]; labels: number[] } {
  const random = seededRandom(seed)
  const vectors: Float32Array[] = []
  const labels: number[] = []
  while (vectors.length < count) {
    const x = random() * 2 - 1
    const y = random() * 2 - 1
    if (Math.abs(x) < 0.15 || Math.abs(y) < 0.15) continue
    vectors.push(Float32Array.of(x, y))
    labels.push(x * y > 0 ? 1 : 0)
  }
  return { vectors, labels }
}

const accuracy = (model: ReturnType<typeof trainDenseMlp>, data: { vectors: Float32Array[]; labels: number[] }): number =>
  data.vectors.filter((vector, index) => {
    const probabilities = denseMlpProbabilities(model, vector)
    return probabilities.indexOf(Math.max(...probabilities)) === data.labels[index]
  }).length / data.vectors.length

describe('trainDenseMlp', () => {
  it('learns separable clusters and gives probabilities that sum to 1', () => {
    const model = trainDenseMlp(clusters(90, 1).vectors, clusters(90, 1).labels, 3, { inputScale: Math.sqrt(8), hidden: 8, epochs: 40 })
    const test = clusters(30, 2)
    for (const vector of test.vectors) expect(denseMlpProbabilities(model, vector).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9)
    expect(accuracy(model, test)).toBe(1)
  })

  it('learns a boundary no linear model can draw (the reason for the hidden layer)', () => {
    const model = trainDenseMlp(quadrants(400, 3).vectors, quadrants(400, 3).labels, 2, { inputScale: 2, hidden: 16, epochs: 60, learningRate: 0.01 })
    expect(accuracy(model, quadrants(200, 4))).toBeGreaterThan(0.9)
  })

  it('is deterministic for a seed and differs across seeds', () => {
    const { vectors, labels } = clusters(30, 5)
    const a = trainDenseMlp(vectors, labels, 3, { seed: 5, epochs: 3, hidden: 4 })
    const b = trainDenseMlp(vectors, labels, 3, { seed: 5, epochs: 3, hidden: 4 })
    const c = trainDenseMlp(vectors, labels, 3, { seed: 6, epochs: 3, hidden: 4 })
    expect([...a.inputWeights]).toEqual([...b.inputWeights])
    expect([...a.outputBiases]).toEqual([...b.outputBiases])
    expect([...a.inputWeights]).not.toEqual([...c.inputWeights])
  })
})
