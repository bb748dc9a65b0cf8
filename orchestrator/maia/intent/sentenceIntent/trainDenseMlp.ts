import { seededRandom, shuffled } from '../random.ts'

/** Training settings of {@link trainDenseMlp}; every field has a default in {@link DEFAULT_DENSE_MLP_TRAINING}. */
export interface DenseMlpTrainingOptions {
  readonly hidden?: number
  readonly epochs?: number
  /** Seeds the initial weights and the example order of each epoch: same seed, same weights. */
  readonly seed?: number
  /** Adam's step. */
  readonly learningRate?: number
  /** Decoupled L2 penalty added to every weight's gradient (not the biases'). */
  readonly decay?: number
  readonly batch?: number
  /** Unit sentence vectors are multiplied by this first: √512 keeps each component near 1. */
  readonly inputScale?: number
}

export const DEFAULT_DENSE_MLP_TRAINING = { hidden: 48, epochs: 12, seed: 23, learningRate: 1e-3, decay: 1e-4, batch: 16, inputScale: Math.sqrt(512) } as const

/**
 * A one-hidden-layer perceptron over a fixed-length dense vector with a softmax output:
 * dimensions → hidden (ReLU) → classCount. The multi-class sibling of the safety screen's
 * SentenceMlp (safety/learned/SentenceMlp.ts), copied rather than shared because that one has a
 * single log-odds output and another owner.
 */
export interface DenseMlp {
  readonly classCount: number
  readonly dimensions: number
  readonly hidden: number
  readonly inputScale: number
  /** hidden × dimensions, row-major (one row per hidden unit). */
  readonly inputWeights: Float32Array
  readonly hiddenBiases: Float32Array
  /** classCount × hidden, row-major (one row per class). */
  readonly outputWeights: Float32Array
  readonly outputBiases: Float32Array
}

/** Class probabilities of one (unscaled) vector: about 25k multiply-adds at 512 × 48. */
export function denseMlpProbabilities(model: DenseMlp, vector: Float32Array): Float64Array {
  const activations = new Float64Array(model.hidden)
  for (let unit = 0; unit < model.hidden; unit++) {
    let z = 0
    const offset = unit * model.dimensions
    for (let d = 0; d < model.dimensions; d++) z += model.inputWeights[offset + d]! * (vector[d] ?? 0)
    z = z * model.inputScale + model.hiddenBiases[unit]!
    activations[unit] = z > 0 ? z : 0
  }
  return softmaxOutputs(model, activations)
}

function softmaxOutputs(model: DenseMlp, activations: ArrayLike<number>): Float64Array {
  const out = new Float64Array(model.classCount)
  let max = -Infinity
  for (let klass = 0; klass < model.classCount; klass++) {
    let logit = model.outputBiases[klass]!
    const offset = klass * model.hidden
    for (let unit = 0; unit < model.hidden; unit++) logit += model.outputWeights[offset + unit]! * activations[unit]!
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
 * Trains the perceptron by seeded mini-batch Adam on the cross-entropy loss (a few thousand 512-d
 * examples train in a few seconds). Deterministic for a given seed and example order.
 *
 * @example
 * const model = trainDenseMlp(vectors, labels, 6, { hidden: 48 })
 * denseMlpProbabilities(model, vector) // Float64Array of 6 probabilities
 */
export function trainDenseMlp(
  vectors: readonly Float32Array[],
  labels: readonly number[],
  classCount: number,
  options: DenseMlpTrainingOptions = {}
): DenseMlp {
  const { hidden, epochs, seed, learningRate, decay, batch, inputScale } = { ...DEFAULT_DENSE_MLP_TRAINING, ...options }
  const dimensions = vectors[0]?.length ?? 0
  const random = seededRandom(seed)
  const inputRange = Math.sqrt(6 / (dimensions + hidden))
  const outputRange = Math.sqrt(6 / (hidden + classCount))
  const model: DenseMlp = {
    classCount,
    dimensions,
    hidden,
    inputScale,
    inputWeights: Float32Array.from({ length: dimensions * hidden }, () => (random() * 2 - 1) * inputRange),
    hiddenBiases: new Float32Array(hidden),
    outputWeights: Float32Array.from({ length: classCount * hidden }, () => (random() * 2 - 1) * outputRange),
    outputBiases: new Float32Array(classCount)
  }
  const params = [model.inputWeights, model.hiddenBiases, model.outputWeights, model.outputBiases]
  const decays = [decay, 0, decay, 0]
  const grads = params.map((p) => new Float32Array(p.length))
  const firstMoments = params.map((p) => new Float32Array(p.length))
  const secondMoments = params.map((p) => new Float32Array(p.length))
  const beta1 = 0.9
  const beta2 = 0.999
  let step = 0
  const apply = (size: number): void => {
    step++
    const c1 = 1 - beta1 ** step
    const c2 = 1 - beta2 ** step
    params.forEach((p, k) => {
      const g = grads[k]!; const m = firstMoments[k]!; const v = secondMoments[k]!; const penalty = decays[k]!
      for (let i = 0; i < p.length; i++) {
        const gi = g[i]! / size + penalty * p[i]!
        m[i] = beta1 * m[i]! + (1 - beta1) * gi
        v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi
        p[i] = p[i]! - learningRate * (m[i]! / c1) / (Math.sqrt(v[i]! / c2) + 1e-8)
      }
      g.fill(0)
    })
  }
  const input = new Float32Array(dimensions)
  const activations = new Float64Array(hidden)
  const back = new Float64Array(hidden)
  const order = vectors.map((_, index) => index)
  for (let epoch = 0; epoch < epochs; epoch++) {
    let inBatch = 0
    for (const index of shuffled(order, random)) {
      const vector = vectors[index]!
      for (let d = 0; d < dimensions; d++) input[d] = vector[d]! * inputScale
      for (let unit = 0; unit < hidden; unit++) {
        let z = model.hiddenBiases[unit]!
        const offset = unit * dimensions
        for (let d = 0; d < dimensions; d++) z += model.inputWeights[offset + d]! * input[d]!
        activations[unit] = z > 0 ? z : 0
      }
      const probabilities = softmaxOutputs(model, activations)
      back.fill(0)
      for (let klass = 0; klass < classCount; klass++) {
        const g = probabilities[klass]! - (klass === labels[index] ? 1 : 0)
        grads[3]![klass] = grads[3]![klass]! + g
        const offset = klass * hidden
        for (let unit = 0; unit < hidden; unit++) {
          grads[2]![offset + unit] = grads[2]![offset + unit]! + g * activations[unit]!
          back[unit] = back[unit]! + g * model.outputWeights[offset + unit]!
        }
      }
      for (let unit = 0; unit < hidden; unit++) {
        if (activations[unit] === 0) continue
        const b = back[unit]!
        grads[1]![unit] = grads[1]![unit]! + b
        const offset = unit * dimensions
        const inputGrads = grads[0]!
        for (let d = 0; d < dimensions; d++) inputGrads[offset + d] = inputGrads[offset + d]! + b * input[d]!
      }
      if (++inBatch === batch) { apply(batch); inBatch = 0 }
    }
    if (inBatch > 0) apply(inBatch)
  }
  return model
}
