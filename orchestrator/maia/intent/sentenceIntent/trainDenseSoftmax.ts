import { seededRandom, shuffled } from '../random.ts'

/** Training settings of {@link trainDenseSoftmax}; every field has a default in {@link DEFAULT_DENSE_SOFTMAX_TRAINING}. */
export interface DenseSoftmaxTrainingOptions {
  /** Seeds the example order of each epoch: same seed, same weights. */
  readonly seed?: number
  readonly epochs?: number
  /** AdaGrad's base step. */
  readonly learningRate?: number
  /** L2 penalty per update, on every weight (not the biases). */
  readonly l2?: number
  /** Unit sentence vectors are multiplied by this first: √512 keeps each component near 1, where the step behaves. */
  readonly inputScale?: number
}

export const DEFAULT_DENSE_SOFTMAX_TRAINING = { seed: 17, epochs: 30, learningRate: 0.05, l2: 1e-4, inputScale: Math.sqrt(512) } as const

/** A multinomial logistic regression over a fixed-length dense vector: `classCount × dimensions` weights, row-major. */
export interface DenseSoftmax {
  readonly classCount: number
  readonly dimensions: number
  readonly inputScale: number
  readonly weights: Float32Array
  readonly bias: Float32Array
}

/** Class probabilities of one (unscaled) vector. */
export function denseSoftmaxProbabilities(model: DenseSoftmax, vector: Float32Array): Float64Array {
  const out = new Float64Array(model.classCount)
  let max = -Infinity
  for (let klass = 0; klass < model.classCount; klass++) {
    let logit = 0
    const row = klass * model.dimensions
    for (let d = 0; d < model.dimensions; d++) logit += model.weights[row + d]! * (vector[d] ?? 0)
    logit = logit * model.inputScale + model.bias[klass]!
    out[klass] = logit
    if (logit > max) max = logit
  }
  let total = 0
  for (let klass = 0; klass < model.classCount; klass++) {
    out[klass] = Math.exp(out[klass]! - max)
    total += out[klass]!
  }
  for (let klass = 0; klass < model.classCount; klass++) out[klass] = out[klass]! / total
  return out
}

/**
 * Trains a softmax regression on sentence vectors by seeded SGD with AdaGrad steps (a few thousand
 * 512-d examples train in about a second). Deterministic for a given seed and example order.
 *
 * @example
 * const model = trainDenseSoftmax(vectors, labels, 6)
 * denseSoftmaxProbabilities(model, vector) // Float64Array of 6 probabilities
 */
export function trainDenseSoftmax(
  vectors: readonly Float32Array[],
  labels: readonly number[],
  classCount: number,
  options: DenseSoftmaxTrainingOptions = {}
): DenseSoftmax {
  const { seed, epochs, learningRate, l2, inputScale } = { ...DEFAULT_DENSE_SOFTMAX_TRAINING, ...options }
  const dimensions = vectors[0]?.length ?? 0
  const model: DenseSoftmax = { classCount, dimensions, inputScale, weights: new Float32Array(classCount * dimensions), bias: new Float32Array(classCount) }
  const squared = new Float64Array(classCount * dimensions).fill(1e-8)
  const biasSquared = new Float64Array(classCount).fill(1e-8)
  const random = seededRandom(seed)
  const order = vectors.map((_, index) => index)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of shuffled(order, random)) {
      const vector = vectors[index]!
      const probabilities = denseSoftmaxProbabilities(model, vector)
      for (let klass = 0; klass < classCount; klass++) {
        const gradient = probabilities[klass]! - (klass === labels[index] ? 1 : 0)
        biasSquared[klass] = biasSquared[klass]! + gradient * gradient
        model.bias[klass] = model.bias[klass]! - (learningRate / Math.sqrt(biasSquared[klass]!)) * gradient
        const row = klass * dimensions
        for (let d = 0; d < dimensions; d++) {
          const at = row + d
          const g = gradient * vector[d]! * inputScale + l2 * model.weights[at]!
          squared[at] = squared[at]! + g * g
          model.weights[at] = model.weights[at]! - (learningRate / Math.sqrt(squared[at]!)) * g
        }
      }
    }
  }
  return model
}
