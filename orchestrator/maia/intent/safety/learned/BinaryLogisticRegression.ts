import { seededRandom, shuffled } from '../../random.ts'
import type { HashedVector } from './hashedFeatures.ts'

/** Training settings of {@link trainBinaryLogisticRegression}. */
export interface BinaryTrainingOptions {
  readonly seed?: number
  readonly epochs?: number
  readonly learningRate?: number
  /** L2 penalty per touched weight per update. */
  readonly l2?: number
  /** Loss weight of a positive (crisis) example relative to a negative one. */
  readonly positiveWeight?: number
}

export const DEFAULT_BINARY_TRAINING = { seed: 7, epochs: 12, learningRate: 0.4, l2: 1e-5, positiveWeight: 1 } as const

/** Weights of a trained binary logistic regression over hashed features. */
export interface BinaryModel {
  readonly bias: number
  /** Sparse weights: bucket → weight; buckets absent weigh 0. */
  readonly weights: ReadonlyMap<number, number>
}

/** The model's probability that a message is a safety escalation. */
export function scoreBinary(model: BinaryModel, vector: HashedVector): number {
  let z = model.bias
  for (let entry = 0; entry < vector.indices.length; entry++) z += (model.weights.get(vector.indices[entry] as number) ?? 0) * (vector.values[entry] as number)
  return 1 / (1 + Math.exp(-z))
}

/**
 * Trains a binary logistic regression by seeded SGD with AdaGrad steps (rare n-grams learn as
 * fast as common ones). Deterministic for a given seed and example order.
 */
export function trainBinaryLogisticRegression(vectors: readonly HashedVector[], labels: readonly boolean[], options: BinaryTrainingOptions = {}): BinaryModel {
  const { epochs, learningRate, l2, positiveWeight, seed } = { ...DEFAULT_BINARY_TRAINING, ...options }
  const random = seededRandom(seed)
  // Dense tables over the bucket range rather than Maps (round twenty-four: a fold's training took
  // minutes of CPU in Map lookups); the same arithmetic in the same order, so the same model. The
  // returned Map holds the touched buckets in first-touch order, as the Map version built it.
  const size = 1 + vectors.reduce((largest, vector) => vector.indices.reduce((at, bucket) => Math.max(at, bucket), largest), 0)
  const weights = new Float64Array(size)
  const squared = new Float64Array(size).fill(1e-8)
  const touched = new Uint8Array(size)
  const touchOrder: number[] = []
  let bias = 0
  let biasSquared = 1e-8
  const order = vectors.map((_, index) => index)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of shuffled(order, random)) {
      const vector = vectors[index] as HashedVector
      const label = labels[index] === true
      let z = bias
      for (let entry = 0; entry < vector.indices.length; entry++) z += (weights[vector.indices[entry] as number] as number) * (vector.values[entry] as number)
      const probability = 1 / (1 + Math.exp(-z))
      const gradient = (label ? positiveWeight : 1) * (probability - (label ? 1 : 0))
      biasSquared += gradient * gradient
      bias -= (learningRate / Math.sqrt(biasSquared)) * gradient
      for (let entry = 0; entry < vector.indices.length; entry++) {
        const bucket = vector.indices[entry] as number
        const current = weights[bucket] as number
        const g = gradient * (vector.values[entry] as number) + l2 * current
        const accumulated = (squared[bucket] as number) + g * g
        squared[bucket] = accumulated
        weights[bucket] = current - (learningRate / Math.sqrt(accumulated)) * g
        if (touched[bucket] === 0) {
          touched[bucket] = 1
          touchOrder.push(bucket)
        }
      }
    }
  }
  return { bias, weights: new Map(touchOrder.map((bucket) => [bucket, weights[bucket] as number])) }
}
