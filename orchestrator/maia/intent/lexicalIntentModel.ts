import { createHash } from 'node:crypto'
import { z } from 'zod'
import { INTENTS, type LabelledExample } from './intents.ts'
import { LexicalIntentModelError } from './LexicalIntentModelError.ts'
import type { LexicalIntentModel } from './LexicalIntentClassifier.ts'
import { readChecksummedModel, type ModelFiles } from './readChecksummedModel.ts'
import { SoftmaxRegression } from './SoftmaxRegression.ts'
import { FeatureSpace } from './textFeatures.ts'

/**
 * The shipped n-gram intent classifier, stored: its vocabulary (feature names in index order),
 * group weights and bias in the metadata, its weights as float32 in the .bin. Trained by
 * bench/router/intentNgramTrain.ts on INTENT_ROUTER_TRAINING; ~3,000 examples take 1–1.5 s to
 * train, which every process (each `maia route`, each orchestrator's first message) paid before.
 * The metadata's `trainingFingerprint` names the examples and seed it was trained on, so a stale
 * file (the training data changed, the model was not retrained) is never taken for the current one.
 */
export const lexicalIntentMetaSchema = z.object({
  format: z.literal('maia-intent-ngram-v1'),
  /** Row order of the weights; must be the router's INTENTS. */
  intents: z.array(z.string()).refine((names) => names.length === INTENTS.length && names.every((name, index) => name === INTENTS[index]), 'intents must be INTENTS in order'),
  featureWeights: z.object({ words: z.number(), bigrams: z.number(), chars: z.number(), concepts: z.number().optional() }),
  vocabulary: z.array(z.string()).min(1),
  bias: z.array(z.number()).length(INTENTS.length),
  /** SHA-256 over the training examples (text and intent, in order) and the seed: {@link lexicalTrainingFingerprint}. */
  trainingFingerprint: z.string().regex(/^[0-9a-f]{64}$/u),
  /** How it was trained, for the record. */
  training: z.record(z.string(), z.unknown()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u)
})
export type LexicalIntentMeta = z.infer<typeof lexicalIntentMetaSchema>

const SHIPPED_FILES: ModelFiles = {
  weights: new URL('./lexicalIntentModel.bin', import.meta.url),
  meta: new URL('./lexicalIntentModel.json', import.meta.url)
}

/** Names a training run: the examples (text and intent, in order) and the seed. */
export function lexicalTrainingFingerprint(examples: readonly LabelledExample[], seed: number): string {
  const hash = createHash('sha256').update(`seed ${seed}\n`)
  for (const example of examples) hash.update(`${example.intent}\t${example.text}\n`)
  return hash.digest('hex')
}

/** The weight file's bytes (float32 little-endian, class by feature) and its metadata, as training writes them. */
export function encodeLexicalIntentModel(trained: LexicalIntentModel, settings: { trainingFingerprint: string; training: Record<string, unknown> }): { weights: Buffer; meta: LexicalIntentMeta } {
  const { weights: float64, bias } = trained.model.parameters
  const weights = Buffer.from(Float32Array.from(float64).buffer)
  const meta: LexicalIntentMeta = {
    format: 'maia-intent-ngram-v1',
    intents: [...INTENTS],
    featureWeights: { ...trained.space.featureWeights },
    vocabulary: trained.space.vocabulary,
    bias: [...bias],
    trainingFingerprint: settings.trainingFingerprint,
    training: settings.training,
    sha256: createHash('sha256').update(weights).digest('hex')
  }
  return { weights, meta }
}

/**
 * Loads a stored model (the shipped files by default), its metadata checked with zod and its
 * weights against their SHA-256.
 *
 * @throws {LexicalIntentModelError} when a file is missing, corrupt or of another shape.
 */
export function loadLexicalIntentModel(files: ModelFiles = SHIPPED_FILES): { model: LexicalIntentModel; meta: LexicalIntentMeta } {
  const { bytes, meta } = readChecksummedModel(files, lexicalIntentMetaSchema, (reason, options) => new LexicalIntentModelError(reason, options))
  const featureCount = meta.vocabulary.length
  if (bytes.length !== INTENTS.length * featureCount * 4) throw new LexicalIntentModelError('wrong size', { details: { bytes: bytes.length, features: featureCount } })
  const weights = Float64Array.from(new Float32Array(new Uint8Array(bytes).buffer))
  return {
    model: {
      space: FeatureSpace.fromVocabulary(meta.vocabulary, meta.featureWeights),
      model: SoftmaxRegression.fromParameters({ weights, bias: Float64Array.from(meta.bias), classCount: INTENTS.length })
    },
    meta
  }
}
