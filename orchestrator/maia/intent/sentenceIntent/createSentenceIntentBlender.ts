import { createTextVectorCache, loadSentenceEncoder, type SentenceEncoder, type TextVectorCache } from '../../sentenceEncoder/index.ts'
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
  /** How many turns' vectors are kept (shared with the safety screen through {@link SentenceIntentBlender.encoder}). */
  readonly cacheSize?: number
}

export interface SentenceIntentBlender {
  /**
   * The encoder to hand the safety screen: the same encoder behind the same cache, so a turn the
   * screen embeds is not embedded again here (the blend then costs one 6×512 product).
   */
  encoder(): Promise<SentenceEncoder>
  /** The n-gram scores blended with the sentence model's, or `undefined` (n-grams alone) when the encoder or the model cannot load. */
  blend(message: string, ngramScores: Readonly<Record<Intent, number>>): Promise<Record<Intent, number> | undefined>
}

export const DEFAULT_SENTENCE_INTENT_CACHE_SIZE = 2_000

/**
 * The sentence-vector half of the async router's intent classifier. Fails soft: when the encoder
 * or the model cannot load, or a turn cannot be embedded, it logs once per failure and the
 * router classifies with n-grams alone, as before.
 *
 * @example
 * const blender = createSentenceIntentBlender({ logger })
 * const screen = createSentenceAwareSafetyScreen({ encoder: blender.encoder })
 * const scores = (await blender.blend(message, ngram.classify(message).scores)) ?? ngram.classify(message).scores
 */
export function createSentenceIntentBlender(init: SentenceIntentBlenderInit = {}): SentenceIntentBlender {
  const vectors: TextVectorCache = createTextVectorCache(init.cacheSize ?? DEFAULT_SENTENCE_INTENT_CACHE_SIZE)
  let encoding: Promise<SentenceEncoder> | undefined
  let parts: Promise<{ encoder: SentenceEncoder; model: SentenceIntentModel } | undefined> | undefined

  // The raw encoder behind the shared cache, loaded once (a failed load stays failed, as the screen's does).
  const rawEncoder = (): Promise<SentenceEncoder> => {
    encoding ??= (init.encoder ?? loadSentenceEncoder)()
    return encoding
  }
  const cachedEncoder = async (): Promise<SentenceEncoder> => {
    const raw = await rawEncoder()
    return {
      id: raw.id,
      dimensions: raw.dimensions,
      embed: (texts, options) => Promise.all(texts.map((text) => vectors.vectorOf(raw, text, options?.signal))),
      dispose: () => raw.dispose()
    }
  }
  const load = async (): Promise<{ encoder: SentenceEncoder; model: SentenceIntentModel } | undefined> => {
    try {
      const model = (init.model ?? loadSentenceIntentModel)()
      const encoder = await rawEncoder()
      if (encoder.id !== model.meta.encoderId) throw new Error(`sentence intent model was trained on ${model.meta.encoderId}, encoder is ${encoder.id}`)
      return { encoder, model }
    } catch (error) {
      init.logger?.error({ err: error }, 'sentence intent model unavailable: intents are classified with n-grams alone')
      return undefined
    }
  }
  return {
    encoder: cachedEncoder,
    async blend(message, ngramScores) {
      parts ??= load()
      const loaded = await parts
      if (loaded === undefined) return undefined
      try {
        return loaded.model.blend(ngramScores, await vectors.vectorOf(loaded.encoder, message))
      } catch (error) {
        init.logger?.error({ err: error }, 'could not embed a turn: its intent is classified with n-grams alone')
        return undefined
      }
    }
  }
}
