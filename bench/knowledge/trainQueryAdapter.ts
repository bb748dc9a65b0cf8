/** A linear map applied to a question vector before it is compared with the passages' vectors. */
export interface QueryAdapter {
  map(query: Float32Array): Float32Array
  readonly weights: Float32Array
}

export interface TrainQueryAdapterOptions {
  /** Every passage vector of the library (the negatives). */
  passages: readonly Float32Array[]
  /** Pseudo-questions, the passage each came from, and optionally the vector to use as that passage's positive. */
  pairs: ReadonlyArray<{ question: Float32Array; passage: number; positive?: Float32Array | undefined }>
  /** Each passage's neighbours, left out of its negatives (they overlap it). */
  neighbours: readonly number[][]
  epochs: number
  learningRate: number
  /** Weight of ||W - I||^2: keeps the map near the identity (the encoder as it is). */
  identityPull: number
  temperature: number
  seed: number
  batchSize?: number
  rank?: number
  onEpoch?: (epoch: number, loss: number) => void
}

/**
 * Trains W (d x d, initialised to the identity) with a softmax contrastive loss: each
 * pseudo-question's mapped vector W q should score its own passage above every other passage of
 * the library (neighbours excluded). Adam, seeded shuffling, Float32Array arithmetic.
 */
export function trainQueryAdapter(options: TrainQueryAdapterOptions): QueryAdapter {
  const d = options.passages[0]!.length
  const n = options.passages.length
  const matrix = new Float32Array(n * d)
  options.passages.forEach((vector, row) => matrix.set(vector, row * d))
  const w = new Float32Array(d * d)
  for (let i = 0; i < d; i += 1) w[i * d + i] = 1
  const m = new Float32Array(d * d)
  const v = new Float32Array(d * d)
  const grad = new Float32Array(d * d)
  const batchSize = options.batchSize ?? 64
  let random = options.seed >>> 0 || 1
  const next = (): number => { random ^= random << 13; random >>>= 0; random ^= random >>> 17; random ^= random << 5; random >>>= 0; return random / 4294967296 }
  const order = options.pairs.map((_, i) => i)
  const u = new Float32Array(d)
  const g = new Float32Array(d)
  const scores = new Float32Array(n)
  let step = 0
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) { const j = Math.floor(next() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!] }
    let lossSum = 0
    for (let start = 0; start < order.length; start += batchSize) {
      grad.fill(0)
      const batch = order.slice(start, start + batchSize)
      for (const pairIndex of batch) {
        const pair = options.pairs[pairIndex]!
        const q = pair.question
        for (let r = 0; r < d; r += 1) { let sum = 0; const base = r * d; for (let c = 0; c < d; c += 1) sum += w[base + c]! * q[c]!; u[r] = sum }
        const excluded = new Set(options.neighbours[pair.passage] ?? [])
        let max = -Infinity
        for (let j = 0; j < n; j += 1) {
          if (excluded.has(j)) { scores[j] = -Infinity; continue }
          const p = j === pair.passage && pair.positive !== undefined ? pair.positive : undefined
          let dot = 0
          if (p !== undefined) for (let c = 0; c < d; c += 1) dot += u[c]! * p[c]!
          else { const base = j * d; for (let c = 0; c < d; c += 1) dot += u[c]! * matrix[base + c]! }
          scores[j] = dot / options.temperature
          if (scores[j]! > max) max = scores[j]!
        }
        let z = 0
        for (let j = 0; j < n; j += 1) { const e = scores[j] === -Infinity ? 0 : Math.exp(scores[j]! - max); scores[j] = e; z += e }
        lossSum += -Math.log(scores[pair.passage]! / z)
        g.fill(0)
        for (let j = 0; j < n; j += 1) {
          const coefficient = (scores[j]! / z - (j === pair.passage ? 1 : 0)) / options.temperature
          if (Math.abs(coefficient) < 1e-7) continue
          if (j === pair.passage && pair.positive !== undefined) { for (let c = 0; c < d; c += 1) g[c]! += coefficient * pair.positive[c]! }
          else { const base = j * d; for (let c = 0; c < d; c += 1) g[c]! += coefficient * matrix[base + c]! }
        }
        for (let r = 0; r < d; r += 1) { const gr = g[r]! / batch.length; if (gr === 0) continue; const base = r * d; for (let c = 0; c < d; c += 1) grad[base + c]! += gr * q[c]! }
      }
      step += 1
      const correction1 = 1 - 0.9 ** step
      const correction2 = 1 - 0.999 ** step
      for (let r = 0; r < d; r += 1) for (let c = 0; c < d; c += 1) {
        const k = r * d + c
        const gk = grad[k]! + 2 * options.identityPull * (w[k]! - (r === c ? 1 : 0))
        m[k] = 0.9 * m[k]! + 0.1 * gk
        v[k] = 0.999 * v[k]! + 0.001 * gk * gk
        w[k]! -= options.learningRate * (m[k]! / correction1) / (Math.sqrt(v[k]! / correction2) + 1e-8)
      }
    }
    options.onEpoch?.(epoch, lossSum / order.length)
  }
  return {
    weights: w,
    map(query) {
      const out = new Float32Array(d)
      for (let r = 0; r < d; r += 1) { let sum = 0; const base = r * d; for (let c = 0; c < d; c += 1) sum += w[base + c]! * query[c]!; out[r] = sum }
      return out
    }
  }
}
