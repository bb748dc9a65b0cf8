// Public surface of the random-weight GGUF generator.
export {
  generateGgufModel,
  DEFAULT_CHUNK_BYTES,
  type GenerateGgufModelOptions,
  type GeneratedGgufModel,
  type GgufProgress
} from './generateGgufModel.ts'
export { ensureTinyModel } from './ensureTinyModel.ts'
export { planGgufLayout, type GgufLayout } from './ggufLayout.ts'
export {
  TINY_MODEL_DEFAULTS,
  MODEL_SHAPE_PRESETS,
  MIN_VOCABULARY_SIZE,
  resolveModelShape,
  type ModelShape,
  type ModelShapePreset
} from './modelShape.ts'
export { InvalidModelShapeError, InvalidGenerateOptionsError, GgufGenerationAbortedError, GgufWriteError } from './errors.ts'
