import { z } from 'zod'
import { InvalidModelShapeError } from './errors.ts'

/** 3 special tokens (<unk>, <s>, </s>) + 256 byte-fallback tokens: the least that can tokenize any UTF-8. */
export const MIN_VOCABULARY_SIZE = 259

/** Everything that determines the bytes of a generated file. Same shape → same bytes. */
export type ModelShape = {
  /** Seeds the weight PRNG; integer in [0, 2^32). */
  readonly seed: number
  /** `general.name`. */
  readonly name: string
  /** Hidden size (`llama.embedding_length`). */
  readonly embeddingLength: number
  /** Transformer layers (`llama.block_count`). */
  readonly blockCount: number
  /** Query heads; must divide `embeddingLength` into an even head size (RoPE rotates pairs). */
  readonly headCount: number
  /** Key/value heads (grouped-query attention); must divide `headCount`. */
  readonly headCountKv: number
  /** Inner size of the gated FFN (`llama.feed_forward_length`). */
  readonly feedForwardLength: number
  /** Training context the model advertises (`llama.context_length`). */
  readonly contextLength: number
  /** Tokens in the vocabulary; at least {@link MIN_VOCABULARY_SIZE}. */
  readonly vocabularySize: number
  /** Storage type of the 2-D weight matrices; norm vectors always stay f32, as llama.cpp's converters do. */
  readonly tensorType: 'f32' | 'f16'
  /** Omit `output.weight` so llama.cpp reuses `token_embd` for the logits, as Llama 3.2 1B/3B do. */
  readonly tiedEmbeddings: boolean
  readonly ropeFreqBase: number
  readonly rmsNormEpsilon: number
}

/**
 * The project's tiny model: ~0.5 MB, loads in milliseconds, and still exercises grouped-query
 * attention (4 query heads share 2 KV heads) like real llama 3 models.
 */
export const TINY_MODEL_DEFAULTS: ModelShape = Object.freeze({
  seed: 1,
  name: 'MAIA tiny random llama',
  embeddingLength: 64,
  blockCount: 2,
  headCount: 4,
  headCountKv: 2,
  feedForwardLength: 128,
  contextLength: 2048,
  vocabularySize: 512,
  tensorType: 'f32',
  tiedEmbeddings: false,
  ropeFreqBase: 10_000,
  rmsNormEpsilon: 1e-5
})

/**
 * Real-model shapes (random weights) for load and throughput benchmarks. Llama 3.x hyper-parameters;
 * the context length is trimmed since only the shape of the weights matters for speed.
 */
export const MODEL_SHAPE_PRESETS = Object.freeze({
  tiny: TINY_MODEL_DEFAULTS,
  'llama-1b': Object.freeze({
    ...TINY_MODEL_DEFAULTS,
    name: 'MAIA random llama 1B-shaped',
    embeddingLength: 2048,
    blockCount: 16,
    headCount: 32,
    headCountKv: 8,
    feedForwardLength: 8192,
    contextLength: 8192,
    vocabularySize: 128_256,
    tensorType: 'f16',
    tiedEmbeddings: true,
    ropeFreqBase: 500_000
  }),
  'llama-8b': Object.freeze({
    ...TINY_MODEL_DEFAULTS,
    name: 'MAIA random llama 8B-shaped',
    embeddingLength: 4096,
    blockCount: 32,
    headCount: 32,
    headCountKv: 8,
    feedForwardLength: 14_336,
    contextLength: 8192,
    vocabularySize: 128_256,
    tensorType: 'f16',
    ropeFreqBase: 500_000
  })
} satisfies Record<string, ModelShape>)
export type ModelShapePreset = keyof typeof MODEL_SHAPE_PRESETS

const positiveInt = z.number().int().positive()

const modelShapeSchema = z
  .object({
    seed: z.number().int().min(0).max(0xffff_ffff),
    name: z.string().min(1),
    embeddingLength: positiveInt,
    blockCount: positiveInt,
    headCount: positiveInt,
    headCountKv: positiveInt,
    feedForwardLength: positiveInt,
    contextLength: positiveInt.max(0xffff_ffff),
    vocabularySize: z.number().int().min(MIN_VOCABULARY_SIZE, {
      message: `must be at least ${MIN_VOCABULARY_SIZE} (3 special tokens + 256 byte tokens)`
    }).max(0x7fff_ffff),
    tensorType: z.enum(['f32', 'f16']),
    tiedEmbeddings: z.boolean(),
    ropeFreqBase: z.number().positive(),
    rmsNormEpsilon: z.number().positive()
  })
  .strict()
  .superRefine((shape, context) => {
    // Cross-field rules llama.cpp would otherwise reject at load time (or crash on).
    if (shape.embeddingLength % shape.headCount !== 0) {
      context.addIssue({
        code: 'custom',
        path: ['headCount'],
        message: `headCount (${shape.headCount}) must divide embeddingLength (${shape.embeddingLength})`
      })
      return
    }
    if ((shape.embeddingLength / shape.headCount) % 2 !== 0) {
      context.addIssue({
        code: 'custom',
        path: ['headCount'],
        message: `head size embeddingLength/headCount (${shape.embeddingLength / shape.headCount}) must be even for RoPE`
      })
    }
    if (shape.headCountKv > shape.headCount || shape.headCount % shape.headCountKv !== 0) {
      context.addIssue({
        code: 'custom',
        path: ['headCountKv'],
        message: `headCountKv (${shape.headCountKv}) must divide headCount (${shape.headCount})`
      })
    }
  })

/**
 * Merges overrides onto the tiny defaults and validates the result.
 * @throws {InvalidModelShapeError} listing every problem, one `path: message` per issue.
 */
export function resolveModelShape(overrides: Partial<ModelShape> = {}): ModelShape {
  const result = modelShapeSchema.safeParse({ ...TINY_MODEL_DEFAULTS, ...withoutUndefined(overrides) })
  if (result.success) return Object.freeze(result.data)
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(options)'}: ${issue.message}`)
  throw new InvalidModelShapeError(issues.join('; '), issues)
}

/** `{ seed: undefined }` means "use the default", not "set to undefined". */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>
}

/** Size of one attention head; validated to be an even integer by {@link resolveModelShape}. */
export function headSize(shape: ModelShape): number {
  return shape.embeddingLength / shape.headCount
}
