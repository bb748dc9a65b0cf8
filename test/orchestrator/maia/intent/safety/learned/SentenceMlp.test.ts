import { describe, expect, it } from 'vitest'
import { averageSentenceMlps, decodeSentenceMlp, encodeSentenceMlp, sentenceMlpLogit, trainSentenceMlp } from '../../../../../../orchestrator/maia/intent/safety/learned/SentenceMlp.ts'
import { seededRandom } from '../../../../../../orchestrator/maia/intent/random.ts'

/** Unit vectors in 8 dimensions: positives point into the first half (an XOR-like pair of clusters), negatives elsewhere. */
function dataset(count: number, seed: number): { vectors: Float32Array[]; labels: boolean[] } {
  const random = seededRandom(seed)
  const vectors: Float32Array[] = []
  const labels: boolean[] = []
  for (let index = 0; index < count; index++) {
    const positive = index % 2 === 0
    const axis = positive ? (random() < 0.5 ? 0 : 1) : random() < 0.5 ? 2 : 3
    const sign = random() < 0.5 ? 1 : -1
    const vector = Float32Array.from({ length: 8 }, () => (random() - 0.5) * 0.2)
    vector[axis] = sign
    const norm = Math.hypot(...vector)
    vectors.push(vector.map((value) => value / norm))
    labels.push(positive)
  }
  return { vectors, labels }
}

describe('the sentence perceptron of the safety screen', () => {
  it('learns a boundary a linear model cannot (±axis clusters) and separates unseen vectors', () => {
    const train = dataset(400, 1)
    const model = trainSentenceMlp(train.vectors, train.labels, { hidden: 8, epochs: 30, inputScale: Math.sqrt(8), learningRate: 0.01 })
    const test = dataset(200, 2)
    const right = test.vectors.filter((vector, index) => (sentenceMlpLogit(model, vector) > 0) === test.labels[index]).length
    expect(right / test.vectors.length).toBeGreaterThan(0.95)
  })

  it('is deterministic for a seed and survives encoding', () => {
    const { vectors, labels } = dataset(60, 3)
    const a = trainSentenceMlp(vectors, labels, { hidden: 4, epochs: 2 })
    const b = trainSentenceMlp(vectors, labels, { hidden: 4, epochs: 2 })
    expect(Array.from(a.inputWeights)).toEqual(Array.from(b.inputWeights))
    const decoded = decodeSentenceMlp(encodeSentenceMlp(a), a)
    for (const vector of vectors.slice(0, 5)) expect(sentenceMlpLogit(decoded, vector)).toBeCloseTo(sentenceMlpLogit(a, vector), 5)
  })
})

describe('averageSentenceMlps', () => {
  it('is one perceptron whose log-odds are the mean of the ensemble\'s', () => {
    const { vectors, labels } = dataset(120, 5)
    const models = [16, 17, 18].map((seed) => trainSentenceMlp(vectors, labels, { hidden: 4, epochs: 3, seed, batch: 8 }))
    const merged = averageSentenceMlps(models)
    expect(merged.hidden).toBe(12)
    for (const vector of vectors.slice(0, 10)) {
      const mean = models.reduce((sum, model) => sum + sentenceMlpLogit(model, vector), 0) / models.length
      expect(sentenceMlpLogit(merged, vector)).toBeCloseTo(mean, 4)
    }
    const decoded = decodeSentenceMlp(encodeSentenceMlp(merged), merged)
    expect(sentenceMlpLogit(decoded, vectors[0]!)).toBeCloseTo(sentenceMlpLogit(merged, vectors[0]!), 5)
  })

  it('refuses an empty ensemble', () => {
    expect(() => averageSentenceMlps([])).toThrow(RangeError)
  })
})
