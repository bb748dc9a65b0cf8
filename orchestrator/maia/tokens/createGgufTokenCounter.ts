import { basename } from 'node:path'
import { loadLlama } from '../../../shared/llama/index.ts'
import type { LlamaModel } from 'node-llama-cpp'
import type { Logger } from 'pino'
import { BaseError } from '../../../shared/errors/index.ts'
import type { DisposableTokenCounter } from './TokenCounter.ts'

/** The GGUF could not be opened for its vocabulary. */
export class TokenizerLoadError extends BaseError {
  override name = 'TokenizerLoadError'
  constructor(path: string, options: { cause?: unknown } = {}) {
    super('Could not load the tokenizer from the GGUF file', { details: { path, reason: options.cause instanceof Error ? options.cause.message : String(options.cause) }, cause: options.cause })
  }
}

export interface CreateGgufTokenCounterOptions {
  /** Path to the serving model's GGUF file. */
  modelPath: string
  logger?: Logger
}

/**
 * Counts with a GGUF model's own tokenizer through node-llama-cpp. Only the vocabulary is loaded
 * (`vocabOnly`), so a multi-GB model costs a few MB and well under a second, and no GPU is used.
 *
 * @example
 * const counter = await createGgufTokenCounter({ modelPath: './models/llama-3.1-8b.Q4_K_M.gguf' })
 * counter.count('Know thyself.') // as the serving model counts it
 * await counter.dispose()
 */
export async function createGgufTokenCounter(options: CreateGgufTokenCounterOptions): Promise<DisposableTokenCounter> {
  const log = options.logger?.child({ component: 'tokens:gguf' })
  let model: LlamaModel
  try {
    const llama = await loadLlama({ gpu: false, ...(log === undefined ? {} : { logger: log }) })
    model = await llama.loadModel({ modelPath: options.modelPath, vocabOnly: true })
  } catch (cause) {
    throw new TokenizerLoadError(options.modelPath, { cause })
  }
  return {
    id: `gguf:${basename(options.modelPath)}`,
    // specialTokens=false: text from books must never be read as control tokens.
    count: (text) => (text.length === 0 ? 0 : model.tokenize(text, false).length),
    dispose: () => model.dispose()
  }
}
