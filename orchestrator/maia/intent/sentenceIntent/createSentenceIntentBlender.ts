import { createRetryingLoader, createTextVectorCache, loadSentenceEncoder, type RetryingLoaderInit, type SentenceEncoder, type TextVectorCache } from '../../sentenceEncoder/index.ts'
import type { Intent } from '../intents.ts'
import { loadSentenceIntentModel, type SentenceIntentModel } from './sentenceIntentModel.ts'

/** Where the blender reports that it fell back to n-grams alone. */
export interface SentenceIntentLogger {
  error(details: Record<string, unknown>, message: string): void
}

export interface SentenceIntentBlenderInit {
  /** Defaults to the bundled sentence encoder (loaded once per process). */
  readonly encoder?: () => Promise<SentenceEncoder>
  /** Defaults to the shipped model (sentenceIntentModel.bin/.json). */
  readonly model?: () => SentenceIntentModel
  readonly logger?: SentenceIntentLogger
  /**
   * The turns' vectors: give it the cache the safety screen reads (its `vectors` option), so a turn
   * the screen embeds is not embedded again here and the blend costs one 6×512 product. Default: a
   * cache of {@link DEFAULT_SENTENCE_INTENT_CACHE_SIZE} turns of its own.
   */
  readonly vectors?: TextVectorCache
  /** After the encoder or the model failed to load, how long until a turn tries again (default 30 s), and the clock. */
  readonly retryLoad?: RetryingLoaderInit
}

export interface SentenceIntentBlender {
  /** The n-gram scores blended with the sentence model's, or `undefined` (n-grams alone) when the encoder or the model cannot load. */
  blend(message: string, ngramScores: Readonly<Record<Intent, number>>, signal?: AbortSignal): Promise<Record<Intent, number> | undefined>
}

export const DEFAULT_SENTENCE_INTENT_CACHE_SIZE = 2_000

/**
 * The sentence-vector half of the async router's intent classifier. Fails soft: when the encoder
 * or the model cannot load, or a turn cannot be embedded, it logs once per failure and the
 * router classifies with n-grams alone, as before.
 *
 * @example
 * const vectors = createTextVectorCache(2_000)
 * const blender = createSentenceIntentBlender({ logger, vectors })
 * const screen = createSentenceAwareSafetyScreen({ logger, vectors })
 * const scores = (await blender.blend(message, ngram.classify(message).scores)) ?? ngram.classify(message).scores
 */
export function createSentenceIntentBlender(init: SentenceIntentBlenderInit = {}): SentenceIntentBlender {
  const vectors = init.vectors ?? createTextVectorCache(DEFAULT_SENTENCE_INTENT_CACHE_SIZE)
  const load = async (): Promise<{ encoder: SentenceEncoder; model: SentenceIntentModel } | undefined> => {
    try {
      const model = (init.model ?? loadSentenceIntentModel)()
      const encoder = await (init.encoder ?? loadSentenceEncoder)()
      if (encoder.id !== model.meta.encoderId) throw new Error(`sentence intent model was trained on ${model.meta.encoderId}, encoder is ${encoder.id}`)
      return { encoder, model }
    } catch (error) {
      init.logger?.error({ err: error }, 'sentence intent model unavailable: intents are classified with n-grams alone')
      return undefined
    }
  }
  // A failed load is tried again by a later turn (retryingLoader.ts), not kept for the process's life.
  const parts = createRetryingLoader(load, init.retryLoad)
  return {
    async blend(message, ngramScores, signal) {
      const loaded = await parts()
      if (loaded === undefined) return undefined
      try {
        return loaded.model.blend(ngramScores, await vectors.vectorOf(loaded.encoder, message, signal))
      } catch (error) {
        if (signal?.aborted === true) return undefined
        init.logger?.error({ err: error }, 'could not embed a turn: its intent is classified with n-grams alone')
        return undefined
      }
    }
  }
}
