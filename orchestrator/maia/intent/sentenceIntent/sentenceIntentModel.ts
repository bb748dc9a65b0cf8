import { createHash } from 'node:crypto'
import { z } from 'zod'
import { INTENTS, type Intent } from '../intents.ts'
import { blendIntentScores } from './blendIntentScores.ts'
import { readChecksummedModel } from '../readChecksummedModel.ts'
import { SentenceIntentModelError } from './SentenceIntentModelError.ts'
import { denseSoftmaxProbabilities, type DenseSoftmax } from './trainDenseSoftmax.ts'

/**
 * The sentence-vector intent model (issue 11, intent routing): a softmax regression over the
 * bundled sentence encoder's 512-d vector, blended with the n-gram classifier as
 * `P ∝ P_ngram^ngramWeight · P_vector^(1 − ngramWeight)` (blendIntentScores.ts). Trained and the
 * weight chosen by bench/router/intentVectorsTrain.ts on INTENT_ROUTER_TRAINING (the weight:
 * leave-one-set-out in bench/router/intentLosoLevers.ts, where 0.7 won inside 12 of 15 folds).
 */
export const sentenceIntentMetaSchema = z.object({
  format: z.literal('maia-intent-sentence-v1'),
  /** The encoder whose vectors the weights were trained on (SentenceEncoder.id): another encoder's vectors are meaningless here. */
  encoderId: z.string().min(1),
  /** Row order of the weights; must be the router's INTENTS. */
  intents: z.array(z.string()).refine((names) => names.length === INTENTS.length && names.every((name, index) => name === INTENTS[index]), 'intents must be INTENTS in order'),
  dimensions: z.number().int().positive(),
  /** Unit vectors are multiplied by this before the weights apply (as in training). */
  inputScale: z.number().positive(),
  bias: z.array(z.number()).length(INTENTS.length),
  ngramWeight: z.number().min(0).max(1),
  /** How it was trained, for the record. */
  training: z.record(z.string(), z.unknown()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u)
})
export type SentenceIntentMeta = z.infer<typeof sentenceIntentMetaSchema>

export interface SentenceIntentModel {
  readonly meta: SentenceIntentMeta
  /** The vector model's probability per intent. */
  probabilities(vector: Float32Array): Record<Intent, number>
  /** The n-gram scores blended with the vector model's (safety_escalation never below the n-gram's). */
  blend(ngramScores: Readonly<Record<Intent, number>>, vector: Float32Array): Record<Intent, number>
}

const WEIGHTS_URL = new URL('./sentenceIntentModel.bin', import.meta.url)
const META_URL = new URL('./sentenceIntentModel.json', import.meta.url)

/** The weight file's bytes (float32 little-endian, row-major by intent) and its metadata, as training writes them. */
export function encodeSentenceIntentModel(model: DenseSoftmax, settings: { encoderId: string; ngramWeight: number; training: Record<string, unknown> }): { weights: Buffer; meta: SentenceIntentMeta } {
  const weights = Buffer.from(new Float32Array(model.weights).buffer)
  const meta: SentenceIntentMeta = {
    format: 'maia-intent-sentence-v1',
    encoderId: settings.encoderId,
    intents: [...INTENTS],
    dimensions: model.dimensions,
    inputScale: model.inputScale,
    bias: [...model.bias],
    ngramWeight: settings.ngramWeight,
    training: settings.training,
    sha256: createHash('sha256').update(weights).digest('hex')
  }
  return { weights, meta }
}

/** Loads the model (the shipped files by default), checking its metadata with zod and its weights against their SHA-256. */
export function loadSentenceIntentModel(files: { weights: string | URL; meta: string | URL } = { weights: WEIGHTS_URL, meta: META_URL }): SentenceIntentModel {
  const { bytes, meta } = readChecksummedModel(files, sentenceIntentMetaSchema, (reason, options) => new SentenceIntentModelError(reason, options))
  if (bytes.length !== INTENTS.length * meta.dimensions * 4) throw new SentenceIntentModelError('wrong size', { details: { bytes: bytes.length, dimensions: meta.dimensions } })
  const dense: DenseSoftmax = {
    classCount: INTENTS.length,
    dimensions: meta.dimensions,
    inputScale: meta.inputScale,
    weights: new Float32Array(new Uint8Array(bytes).buffer),
    bias: Float32Array.from(meta.bias)
  }
  const probabilities = (vector: Float32Array): Record<Intent, number> => {
    const values = denseSoftmaxProbabilities(dense, vector)
    return Object.fromEntries(INTENTS.map((intent, index) => [intent, values[index]!])) as Record<Intent, number>
  }
  return {
    meta,
    probabilities,
    blend: (ngramScores, vector) => blendIntentScores(ngramScores, probabilities(vector), meta.ngramWeight)
  }
}
