import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { generateGgufModel } from '../../../../../scripts/tiny-model/generateGgufModel.ts'
import { planGgufLayout } from '../../../../../scripts/tiny-model/ggufLayout.ts'
import { resolveModelShape, TINY_MODEL_DEFAULTS, type ModelShape } from '../../../../../scripts/tiny-model/modelShape.ts'
import { stat } from 'node:fs/promises'
import { tinyModelPath } from '../../../../helpers/tinyModel.ts'

/** The approved model of the verification tests: the project's shared tiny GGUF (seed 1). */
export const approvedModelPath = tinyModelPath

/** Same shape and vocabulary as the approved model, other weights: a node serving another GGUF. */
export const DIFFERENT_WEIGHTS_SHAPE: ModelShape = resolveModelShape({ seed: 2, name: 'MAIA tiny impostor (seed 2)' })

/** Half the width and depth of the approved model, same vocabulary and tokenizer: a cheaper model. */
export const SMALLER_MODEL_SHAPE: ModelShape = resolveModelShape({
  seed: 3,
  name: 'MAIA smaller impostor',
  embeddingLength: 32,
  blockCount: 1,
  headCount: 2,
  headCountKv: 1,
  feedForwardLength: 64,
  vocabularySize: TINY_MODEL_DEFAULTS.vocabularySize
})

/**
 * The approved shape with a Llama-3-sized vocabulary (128,256 tokens): isolates what the
 * vocabulary size costs the verifier (per-position sorting, logit transfer) on a cheap model.
 */
export const LARGE_VOCABULARY_SHAPE: ModelShape = resolveModelShape({ name: 'MAIA tiny, 128k vocabulary', vocabularySize: 128_256 })

/**
 * A mid-size random model (~75 MB f16: width 512, 8 layers, 32,000 tokens) for cost benchmarks:
 * decoding costs more per token than the tiny model, as it does for real models.
 */
export const MEDIUM_SHAPE: ModelShape = resolveModelShape({
  name: 'MAIA medium random llama',
  embeddingLength: 512,
  blockCount: 8,
  headCount: 8,
  headCountKv: 4,
  feedForwardLength: 1_408,
  vocabularySize: 32_000,
  tensorType: 'f16'
})

/** Writes `shape` once per machine (same shape → same bytes), like `ensureTinyModel`. */
export async function ensureModel(shape: ModelShape, fileName: string): Promise<string> {
  const path = join(tmpdir(), 'maia-test-models', fileName)
  const expected = planGgufLayout(shape).totalBytes
  const size = await stat(path).then((stats) => stats.size, () => -1)
  if (size !== expected) await generateGgufModel({ ...shape, path })
  return path
}

export const differentWeightsModelPath = (): Promise<string> => ensureModel(DIFFERENT_WEIGHTS_SHAPE, 'maia-tiny-seed2.gguf')
export const smallerModelPath = (): Promise<string> => ensureModel(SMALLER_MODEL_SHAPE, 'maia-smaller-seed3.gguf')
export const largeVocabularyModelPath = (): Promise<string> => ensureModel(LARGE_VOCABULARY_SHAPE, 'maia-tiny-vocab128k.gguf')
export const mediumModelPath = (): Promise<string> => ensureModel(MEDIUM_SHAPE, 'maia-medium-32k.gguf')
