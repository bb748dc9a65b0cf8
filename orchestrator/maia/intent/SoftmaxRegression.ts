import { shuffled, seededRandom } from './random.ts'
import type { SparseVector } from './textFeatures.ts'

/** Training settings; every field has a default in {@link DEFAULT_SOFTMAX_TRAINING}. */
export interface SoftmaxTrainingOptions {
  /** Seeds the example order of each epoch: same seed, same weights. */
  readonly seed?: number
  readonly epochs?: number
  readonly learningRate?: number
  /** L2 penalty per update; keeps weights small so probabilities stay honest on new text. */
  readonly l2?: number
  /** Multiplies the loss of each class's examples (e.g. to favour recall of a rare, costly class). */
  readonly classWeights?: readonly number[]
}

export const DEFAULT_SOFTMAX_TRAINING = {
  seed: 1,
  epochs: 30,
  learningRate: 0.5,
  l2: 1e-3
} as const

/**
 * Multinomial logistic regression over sparse features, trained by seeded SGD with a
 * decaying step. Small and exact enough for a few hundred examples; trains in tens of ms.
 *
 * @example
 * const model = SoftmaxRegression.train(vectors, labels, { classCount: 6, featureCount: space.size })
 * model.probabilities(vector) // Float64Array of 6 probabilities
 */
export class SoftmaxRegression {
  // Plain fields rather than parameter properties: Node runs these sources with its own type
  // stripping, which only erases types and cannot emit the assignments those would need.
  private readonly weights: Float64Array
  private readonly bias: Float64Array
  private readonly classCount: number

  private constructor(weights: Float64Array, bias: Float64Array, classCount: number) {
    this.weights = weights
    this.bias = bias
    this.classCount = classCount
  }

  static train(
    vectors: readonly SparseVector[],
    labels: readonly number[],
    shape: { classCount: number; featureCount: number },
    options: SoftmaxTrainingOptions = {}
  ): SoftmaxRegression {
    const { classCount, featureCount } = shape
    const epochs = options.epochs ?? DEFAULT_SOFTMAX_TRAINING.epochs
    const learningRate = options.learningRate ?? DEFAULT_SOFTMAX_TRAINING.learningRate
    const l2 = options.l2 ?? DEFAULT_SOFTMAX_TRAINING.l2
    const classWeights = options.classWeights ?? new Array<number>(classCount).fill(1)
    const random = seededRandom(options.seed ?? DEFAULT_SOFTMAX_TRAINING.seed)
    const model = new SoftmaxRegression(new Float64Array(classCount * featureCount), new Float64Array(classCount), classCount)
    const order = vectors.map((_, index) => index)
    const probabilities = new Float64Array(classCount)

    for (let epoch = 0; epoch < epochs; epoch++) {
      const step = learningRate / (1 + epoch * 0.2)
      for (const exampleIndex of shuffled(order, random)) {
        const vector = vectors[exampleIndex] as SparseVector
        const label = labels[exampleIndex] as number
        model.fillProbabilities(vector, probabilities)
        const weight = classWeights[label] ?? 1
        for (let klass = 0; klass < classCount; klass++) {
          const gradient = weight * ((probabilities[klass] as number) - (klass === label ? 1 : 0))
          model.bias[klass] = (model.bias[klass] as number) - step * gradient
          const row = klass * featureCount
          // L2 only on the features this example touches: the usual lazy approximation for sparse SGD.
          for (let entry = 0; entry < vector.indices.length; entry++) {
            const at = row + (vector.indices[entry] as number)
            const current = model.weights[at] as number
            model.weights[at] = current - step * (gradient * (vector.values[entry] as number) + l2 * current)
          }
        }
      }
    }
    return model
  }

  /** The learned parameters (row-major weights, class by feature, and a bias per class), for storing. */
  get parameters(): { weights: Float64Array; bias: Float64Array; classCount: number } {
    return { weights: this.weights, bias: this.bias, classCount: this.classCount }
  }

  /** A model from stored parameters (see {@link parameters}). */
  static fromParameters(parameters: { weights: Float64Array; bias: Float64Array; classCount: number }): SoftmaxRegression {
    return new SoftmaxRegression(parameters.weights, parameters.bias, parameters.classCount)
  }

  /** Class probabilities for one example. */
  probabilities(vector: SparseVector): Float64Array {
    const out = new Float64Array(this.classCount)
    this.fillProbabilities(vector, out)
    return out
  }

  private fillProbabilities(vector: SparseVector, out: Float64Array): void {
    const featureCount = this.weights.length / this.classCount
    let max = -Infinity
    for (let klass = 0; klass < this.classCount; klass++) {
      let logit = this.bias[klass] as number
      const row = klass * featureCount
      for (let entry = 0; entry < vector.indices.length; entry++) {
        logit += (this.weights[row + (vector.indices[entry] as number)] as number) * (vector.values[entry] as number)
      }
      out[klass] = logit
      if (logit > max) max = logit
    }
    let total = 0
    for (let klass = 0; klass < this.classCount; klass++) {
      const exp = Math.exp((out[klass] as number) - max)
      out[klass] = exp
      total += exp
    }
    for (let klass = 0; klass < this.classCount; klass++) out[klass] = (out[klass] as number) / total
  }
}
