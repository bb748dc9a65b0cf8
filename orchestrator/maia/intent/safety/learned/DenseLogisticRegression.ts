import { seededRandom, shuffled } from '../../random.ts'

/** Training settings of {@link trainDenseLogisticRegression}. */
export interface DenseTrainingOptions {
  readonly seed?: number
  readonly epochs?: number
  readonly learningRate?: number
  /** L2 penalty per update, on every weight. */
  readonly l2?: number
}

export const DEFAULT_DENSE_TRAINING = { seed: 11, epochs: 20, learningRate: 0.1, l2: 1e-5 } as const

/** A logistic regression over a fixed-length dense vector (a sentence vector). */
export interface DenseModel {
  readonly bias: number
  readonly weights: Float32Array
}

/** Raw score z (log-odds) of a vector. */
export function denseLogit(model: DenseModel, vector: Float32Array): number {
  let z = model.bias
  for (let index = 0; index < model.weights.length; index++) z += model.weights[index]! * vector[index]!
  return z
}

/** The model's probability that the vector's message is a safety escalation. */
export function scoreDense(model: DenseModel, vector: Float32Array): number {
  return 1 / (1 + Math.exp(-denseLogit(model, vector)))
}

/**
 * Trains a logistic regression on dense vectors by seeded SGD with AdaGrad steps. Sentence
 * vectors are unit length, so inputs are multiplied by `inputScale` (√dimensions keeps each
 * component near 1, where the default step size behaves). Deterministic for a given seed.
 */
export function trainDenseLogisticRegression(vectors: readonly Float32Array[], labels: readonly boolean[], options: DenseTrainingOptions = {}): DenseModel {
  const { epochs, learningRate, l2, seed } = { ...DEFAULT_DENSE_TRAINING, ...options }
  const dimensions = vectors[0]?.length ?? 0
  const random = seededRandom(seed)
  const weights = new Float32Array(dimensions)
  const squared = new Float64Array(dimensions).fill(1e-8)
  let bias = 0
  let biasSquared = 1e-8
  const order = vectors.map((_, index) => index)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of shuffled(order, random)) {
      const vector = vectors[index]!
      let z = bias
      for (let d = 0; d < dimensions; d++) z += weights[d]! * vector[d]!
      const gradient = 1 / (1 + Math.exp(-z)) - (labels[index] === true ? 1 : 0)
      biasSquared += gradient * gradient
      bias -= (learningRate / Math.sqrt(biasSquared)) * gradient
      for (let d = 0; d < dimensions; d++) {
        const g = gradient * vector[d]! + l2 * weights[d]!
        squared[d] = squared[d]! + g * g
        weights[d] = weights[d]! - (learningRate / Math.sqrt(squared[d]!)) * g
      }
    }
  }
  return { bias, weights }
}
