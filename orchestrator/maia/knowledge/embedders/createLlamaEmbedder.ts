import { basename } from 'node:path'
import { loadLlama } from '../../../../shared/llama/index.ts'
import type { LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp'
import type { Logger } from 'pino'
import { BaseError } from '../../../../shared/errors/index.ts'
import type { Embedder } from '../KnowledgeBase.ts'
import { normalize } from './normalize.ts'

/** The embedding GGUF could not be loaded. */
export class EmbedderLoadError extends BaseError {
  override name = 'EmbedderLoadError'
  constructor(path: string, options: { cause?: unknown } = {}) {
    super('Could not load the embedding model', { details: { path, reason: options.cause instanceof Error ? options.cause.message : String(options.cause) }, cause: options.cause })
  }
}

export interface CreateLlamaEmbedderOptions {
  modelPath: string
  /**
   * CPU threads. Always explicit: with llama.cpp's default (all cores) on a small shared
   * machine, throughput collapses when other processes compete for the cores.
   */
  threads: number
  /** Tokens per text the context holds; longer texts are cut to fit (chunks are ~300 tokens). */
  contextSize?: number
  gpu?: 'auto' | false
  logger?: Logger
}

const DEFAULT_CONTEXT_SIZE = 1024

/**
 * Dense vectors from a GGUF embedding model (e.g. nomic-embed-text, bge) through node-llama-cpp.
 *
 * @example
 * const embedder = await createLlamaEmbedder({ modelPath: './bge-small-en-v1.5-q8_0.gguf', threads: 1 })
 * const [vector] = await embedder.embed(['What is the soul?'])
 * await embedder.dispose()
 */
export async function createLlamaEmbedder(options: CreateLlamaEmbedderOptions): Promise<Embedder> {
  const log = options.logger?.child({ component: 'knowledge:embedder' })
  const contextSize = options.contextSize ?? DEFAULT_CONTEXT_SIZE
  let model: LlamaModel
  let context: LlamaEmbeddingContext
  try {
    const llama = await loadLlama({ gpu: options.gpu ?? 'auto', ...(log === undefined ? {} : { logger: log }) })
    model = await llama.loadModel({ modelPath: options.modelPath })
    context = await model.createEmbeddingContext({ contextSize: Math.min(contextSize, model.trainContextSize), batchSize: Math.min(contextSize, model.trainContextSize), threads: options.threads })
  } catch (cause) {
    throw new EmbedderLoadError(options.modelPath, { cause })
  }
  const limit = Math.min(contextSize, model.trainContextSize)
  return {
    id: `gguf:${basename(options.modelPath)}`,
    dimensions: model.embeddingVectorSize,
    async embed(texts, embedOptions = {}) {
      const vectors: Float32Array[] = []
      // One at a time: the context evaluates one input per call.
      for (const text of texts) {
        embedOptions.signal?.throwIfAborted()
        // Cut to fit: the context also holds the BOS/EOS tokens the model adds around the input.
        let tokens = model.tokenize(text, false).slice(0, limit)
        while (tokens.length > 0 && context.calculateInputLength(tokens) > limit) tokens = tokens.slice(0, -8)
        const embedding = await context.getEmbeddingFor(tokens)
        vectors.push(normalize(Float32Array.from(embedding.vector)))
      }
      return vectors
    },
    async dispose() {
      await context.dispose()
      await model.dispose()
    }
  }
}
