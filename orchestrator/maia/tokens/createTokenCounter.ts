import type { Logger } from 'pino'
import { createEstimatedTokenCounter } from './createEstimatedTokenCounter.ts'
import { createGgufTokenCounter } from './createGgufTokenCounter.ts'
import type { DisposableTokenCounter } from './TokenCounter.ts'

/**
 * The serving model's tokenizer when its GGUF is known, else the documented estimator.
 *
 * @example
 * const counter = await createTokenCounter({ modelPath: process.env.MAIA_TOKENIZER })
 * try { counter.count('...') } finally { await counter.dispose() }
 */
export async function createTokenCounter(options: { modelPath?: string | undefined; logger?: Logger } = {}): Promise<DisposableTokenCounter> {
  if (options.modelPath === undefined) return { ...createEstimatedTokenCounter(), dispose: async () => {} }
  return createGgufTokenCounter({ modelPath: options.modelPath, ...(options.logger === undefined ? {} : { logger: options.logger }) })
}
