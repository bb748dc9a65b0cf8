import { seededRandom, shuffled } from '../../random.ts'

/** Training settings of {@link trainSentenceMlp}. */
export interface SentenceMlpTrainingOptions {
  readonly hidden?: number
  readonly epochs?: number
  readonly seed?: number
  readonly learningRate?: number
  /** Decoupled L2 penalty added to every gradient. */
  readonly decay?: number
  readonly batch?: number
  /** Unit sentence vectors are multiplied by this first (√512 keeps each component near 1). */
  readonly inputScale?: number
}

export const DEFAULT_SENTENCE_MLP_TRAINING = { hidden: 32, epochs: 6, seed: 16, learningRate: 1e-3, decay: 1e-4, batch: 16, inputScale: 22.6 } as const

/**
 * A one-hidden-layer perceptron on a sentence vector (issue 11, round sixteen): dimensions → hidden
 * (ReLU) → one log-odds. Leave-one-set-out it caught more unseen crises than the logistic
 * regression on the same vector when fused with the n-gram screen (bench/router/safetyLosoLevers.ts).
 */
export interface SentenceMlp {
  readonly dimensions: number
  readonly hidden: number
  readonly inputScale: number
  /** hidden × dimensions, row-major (one row per hidden unit). */
  readonly inputWeights: Float32Array
  readonly hiddenBiases: Float32Array
  readonly outputWeights: Float32Array
  readonly outputBias: number
}

/** The perceptron's log-odds that the vector's message is a safety escalation. */
export function sentenceMlpLogit(model: SentenceMlp, vector: Float32Array): number {
  let out = model.outputBias
  for (let unit = 0; unit < model.hidden; unit++) {
    let z = model.hiddenBiases[unit]!
    const offset = unit * model.dimensions
    for (let d = 0; d < model.dimensions; d++) z += model.inputWeights[offset + d]! * (vector[d] ?? 0) * model.inputScale
    if (z > 0) out += model.outputWeights[unit]! * z
  }
  return out
}

/** Trains the perceptron by seeded mini-batch Adam on the logistic loss; deterministic for a given seed and example order. */
export function trainSentenceMlp(vectors: readonly Float32Array[], labels: readonly boolean[], options: SentenceMlpTrainingOptions = {}): SentenceMlp {
  const { hidden, epochs, seed, learningRate, decay, batch, inputScale } = { ...DEFAULT_SENTENCE_MLP_TRAINING, ...options }
  const dimensions = vectors[0]?.length ?? 0
  const random = seededRandom(seed)
  const inputRange = Math.sqrt(6 / (dimensions + hidden))
  const inputWeights = Float32Array.from({ length: dimensions * hidden }, () => (random() * 2 - 1) * inputRange)
  const hiddenBiases = new Float32Array(hidden)
  const outputWeights = Float32Array.from({ length: hidden }, () => (random() * 2 - 1) * Math.sqrt(6 / (hidden + 1)))
  const outputBias = new Float32Array(1)
  const params = [inputWeights, hiddenBiases, outputWeights, outputBias]
  const grads = params.map((p) => new Float32Array(p.length))
  const firstMoments = params.map((p) => new Float32Array(p.length))
  const secondMoments = params.map((p) => new Float32Array(p.length))
  const beta1 = 0.9
  const beta2 = 0.999
  const activations = new Float32Array(hidden)
  const input = new Float32Array(dimensions)
  let step = 0
  const apply = (): void => {
    step++
    const c1 = 1 - beta1 ** step
    const c2 = 1 - beta2 ** step
    params.forEach((p, k) => {
      const g = grads[k]!; const m = firstMoments[k]!; const v = secondMoments[k]!
      for (let i = 0; i < p.length; i++) {
        const gi = g[i]! / batch + decay * p[i]!
        m[i] = beta1 * m[i]! + (1 - beta1) * gi
        v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi
        p[i] = p[i]! - learningRate * (m[i]! / c1) / (Math.sqrt(v[i]! / c2) + 1e-8)
      }
      g.fill(0)
    })
  }
  const order = vectors.map((_, index) => index)
  for (let epoch = 0; epoch < epochs; epoch++) {
    let inBatch = 0
    for (const index of shuffled(order, random)) {
      const vector = vectors[index]!
      for (let d = 0; d < dimensions; d++) input[d] = vector[d]! * inputScale
      let out = outputBias[0]!
      for (let unit = 0; unit < hidden; unit++) {
        let z = hiddenBiases[unit]!
        const offset = unit * dimensions
        for (let d = 0; d < dimensions; d++) z += inputWeights[offset + d]! * input[d]!
        activations[unit] = z > 0 ? z : 0
        out += outputWeights[unit]! * activations[unit]!
      }
      const g = 1 / (1 + Math.exp(-out)) - (labels[index] === true ? 1 : 0)
      grads[3]![0] = grads[3]![0]! + g
      for (let unit = 0; unit < hidden; unit++) {
        grads[2]![unit] = grads[2]![unit]! + g * activations[unit]!
        if (activations[unit] === 0) continue
        const back = g * outputWeights[unit]!
        grads[1]![unit] = grads[1]![unit]! + back
        const offset = unit * dimensions
        const inputGrads = grads[0]!
        for (let d = 0; d < dimensions; d++) inputGrads[offset + d] = inputGrads[offset + d]! + back * input[d]!
      }
      if (++inBatch === batch) { apply(); inBatch = 0 }
    }
  }
  return { dimensions, hidden, inputScale, inputWeights, hiddenBiases, outputWeights, outputBias: outputBias[0]! }
}

/** Float32 little-endian: input weights, hidden biases, output weights (the output bias lives in the metadata). */
export function encodeSentenceMlp(model: SentenceMlp): Buffer {
  const all = new Float32Array(model.inputWeights.length + model.hiddenBiases.length + model.outputWeights.length)
  all.set(model.inputWeights, 0)
  all.set(model.hiddenBiases, model.inputWeights.length)
  all.set(model.outputWeights, model.inputWeights.length + model.hiddenBiases.length)
  return Buffer.from(all.buffer)
}

/** The inverse of {@link encodeSentenceMlp}. */
export function decodeSentenceMlp(bytes: Uint8Array, shape: { dimensions: number; hidden: number; inputScale: number; outputBias: number }): SentenceMlp {
  const all = new Float32Array(new Uint8Array(bytes).buffer)
  const inputEnd = shape.dimensions * shape.hidden
  return {
    ...shape,
    inputWeights: all.slice(0, inputEnd),
    hiddenBiases: all.slice(inputEnd, inputEnd + shape.hidden),
    outputWeights: all.slice(inputEnd + shape.hidden, inputEnd + 2 * shape.hidden)
  }
}

/**
 * Perceptrons of one shape averaged into one (round seventeen): the mean of their log-odds is
 * exactly one wider perceptron whose hidden units are all of theirs, with output weights divided
 * by their count, so an ensemble ships in the same format and costs the same per hidden unit.
 */
export function averageSentenceMlps(models: readonly SentenceMlp[]): SentenceMlp {
  const first = models[0]
  if (first === undefined) throw new RangeError('averageSentenceMlps needs at least one model')
  for (const model of models) if (model.dimensions !== first.dimensions || model.inputScale !== first.inputScale) throw new RangeError('averageSentenceMlps needs models of one input shape')
  const concat = (pick: (model: SentenceMlp) => Float32Array): Float32Array => {
    const out = new Float32Array(models.reduce((sum, model) => sum + pick(model).length, 0))
    let offset = 0
    for (const model of models) { out.set(pick(model), offset); offset += pick(model).length }
    return out
  }
  return {
    dimensions: first.dimensions,
    hidden: models.reduce((sum, model) => sum + model.hidden, 0),
    inputScale: first.inputScale,
    inputWeights: concat((model) => model.inputWeights),
    hiddenBiases: concat((model) => model.hiddenBiases),
    outputWeights: concat((model) => model.outputWeights).map((weight) => weight / models.length),
    outputBias: models.reduce((sum, model) => sum + model.outputBias, 0) / models.length
  }
}
