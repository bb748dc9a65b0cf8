import { describe, expect, it } from 'vitest'
import { createIntentRouter } from '../../../../../orchestrator/maia/intent/createIntentRouter.ts'
import { getDefaultIntentClassifier } from '../../../../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { INTENTS, type Intent } from '../../../../../orchestrator/maia/intent/intents.ts'
import { blendIntentScores } from '../../../../../orchestrator/maia/intent/sentenceIntent/blendIntentScores.ts'
import { createSentenceIntentBlender } from '../../../../../orchestrator/maia/intent/sentenceIntent/createSentenceIntentBlender.ts'
import type { SentenceIntentModel } from '../../../../../orchestrator/maia/intent/sentenceIntent/sentenceIntentModel.ts'
import { createTextVectorCache, UNIVERSAL_SENTENCE_ENCODER_ID, type SentenceEncoder } from '../../../../../orchestrator/maia/sentenceEncoder/index.ts'

/** A 512-d encoder under the bundled encoder's id (so the shipped safety model accepts it) that counts what it embeds. */
function countingEncoder(): SentenceEncoder & { embedded: string[] } {
  const embedded: string[] = []
  return {
    id: UNIVERSAL_SENTENCE_ENCODER_ID,
    dimensions: 512,
    embedded,
    async embed(texts) {
      embedded.push(...texts)
      return texts.map(() => { const vector = new Float32Array(512); vector[0] = 1; return vector })
    },
    async dispose() {}
  }
}

/** A vector model that is sure every message is a simple reflection, blended at `ngramWeight`. */
function reflectionModel(ngramWeight: number): SentenceIntentModel {
  const probabilities = (): Record<Intent, number> => Object.fromEntries(INTENTS.map((intent) => [intent, intent === 'simple_reflection' ? 0.995 : 0.001])) as Record<Intent, number>
  return {
    meta: { format: 'maia-intent-sentence-v1', encoderId: UNIVERSAL_SENTENCE_ENCODER_ID, intents: [...INTENTS], dimensions: 512, inputScale: 1, bias: INTENTS.map(() => 0), ngramWeight, training: {}, sha256: '0'.repeat(64) },
    probabilities,
    blend: (ngram) => blendIntentScores(ngram, probabilities(), ngramWeight)
  }
}

function recordingLogger(): { errors: string[]; error(details: Record<string, unknown>, message: string): void } {
  const errors: string[] = []
  return { errors, error: (_details, message) => errors.push(message) }
}

const ORACLE = 'can you pull a tarot card for my week'

describe('createSentenceIntentBlender', () => {
  it('blends the n-gram scores with the vector model', async () => {
    const blender = createSentenceIntentBlender({ encoder: async () => countingEncoder(), model: () => reflectionModel(0) })
    const ngram = getDefaultIntentClassifier().classify(ORACLE).scores
    const blended = await blender.blend(ORACLE, ngram)
    expect(blended?.simple_reflection).toBeGreaterThan(0.9)
  })

  it('embeds a turn once for the screen and the blend when they share the turn vectors', async () => {
    const raw = countingEncoder()
    const vectors = createTextVectorCache(10)
    const blender = createSentenceIntentBlender({ encoder: async () => raw, model: () => reflectionModel(0.8), vectors })
    await vectors.vectorOf(raw, 'first turn')
    await blender.blend('first turn', getDefaultIntentClassifier().classify('first turn').scores)
    await blender.blend('second turn', getDefaultIntentClassifier().classify('second turn').scores)
    await vectors.vectorOf(raw, 'second turn')
    expect(raw.embedded).toEqual(['first turn', 'second turn'])
  })

  it('falls back (undefined, one logged error) when the encoder or the model cannot load, or the encoder is another', async () => {
    const ngram = getDefaultIntentClassifier().classify(ORACLE).scores
    for (const init of [
      { encoder: async () => { throw new Error('no weights') }, model: () => reflectionModel(0) },
      { encoder: async () => countingEncoder(), model: () => { throw new Error('missing file') } },
      { encoder: async () => ({ ...countingEncoder(), id: 'another-encoder' }), model: () => reflectionModel(0) }
    ]) {
      const logger = recordingLogger()
      const blender = createSentenceIntentBlender({ ...init, logger })
      expect(await blender.blend(ORACLE, ngram)).toBeUndefined()
      expect(await blender.blend(ORACLE, ngram)).toBeUndefined()
      expect(logger.errors).toEqual(['sentence intent model unavailable: intents are classified with n-grams alone'])
    }
  })

  it('tries the encoder again after a failed load, once the retry interval has passed', async () => {
    let time = 0
    let loads = 0
    const ngram = getDefaultIntentClassifier().classify(ORACLE).scores
    const blender = createSentenceIntentBlender({
      model: () => reflectionModel(0), logger: recordingLogger(), retryLoad: { retryAfterMs: 30_000, now: () => time },
      encoder: async () => { loads += 1; if (loads === 1) throw new Error('encoder thread exited'); return countingEncoder() }
    })
    expect(await blender.blend(ORACLE, ngram)).toBeUndefined()
    time = 30_000
    expect(await blender.blend(ORACLE, ngram)).toBeDefined()
    expect(loads).toBe(2)
  })

  it('falls back for a turn the encoder fails on', async () => {
    const logger = recordingLogger()
    const failing: SentenceEncoder = { ...countingEncoder(), embed: async () => { throw new Error('encoder crashed') } }
    const blender = createSentenceIntentBlender({ encoder: async () => failing, model: () => reflectionModel(0), logger })
    expect(await blender.blend(ORACLE, getDefaultIntentClassifier().classify(ORACLE).scores)).toBeUndefined()
    expect(logger.errors).toEqual(['could not embed a turn: its intent is classified with n-grams alone'])
  })
})

describe('routeAsync with the sentence intent model', () => {
  it('classifies with the blend when the encoder is available; the sync route stays n-grams alone', async () => {
    const raw = countingEncoder()
    const router = createIntentRouter({ sentenceIntent: createSentenceIntentBlender({ encoder: async () => raw, model: () => reflectionModel(0) }) })
    expect(router.route(ORACLE).intent).toBe('oracle_reading')
    expect(router.route(ORACLE).scores).toEqual(getDefaultIntentClassifier().classify(ORACLE).scores)
    const decision = await router.routeAsync(ORACLE)
    expect(decision.intent).toBe('simple_reflection')
    expect(decision.confidence).toBe(decision.scores.simple_reflection)
    await router.routeAsync(ORACLE)
    // The default screen embeds through the blender's cache: one embedding for two routings of one turn.
    expect(raw.embedded).toEqual([ORACLE])
  })

  it('classifies with n-grams alone when the encoder cannot load, and when turned off', async () => {
    const logger = recordingLogger()
    const failing = createIntentRouter({ logger, sentenceIntent: createSentenceIntentBlender({ encoder: async () => { throw new Error('no weights') }, logger }) })
    const ngram = getDefaultIntentClassifier().classify(ORACLE).scores
    const fellBack = await failing.routeAsync(ORACLE)
    expect(fellBack.intent).toBe('oracle_reading')
    expect(fellBack.scores).toEqual(ngram)
    expect(logger.errors).toContain('sentence intent model unavailable: intents are classified with n-grams alone')
    const off = createIntentRouter({ sentenceIntent: false, asyncScreen: async () => ({ flagged: false, matches: [] }) })
    expect((await off.routeAsync(ORACLE)).scores).toEqual(ngram)
  })

  it('keeps escalating through the screen whatever the vector model says', async () => {
    const router = createIntentRouter({ sentenceIntent: createSentenceIntentBlender({ encoder: async () => countingEncoder(), model: () => reflectionModel(0) }) })
    const decision = await router.routeAsync('I want to end my life tonight')
    expect(decision.intent).toBe('safety_escalation')
    expect(decision.route).toBe('safety')
  })

  it('blends with the shipped model and the bundled encoder by default', async () => {
    const router = createIntentRouter()
    const decision = await router.routeAsync(ORACLE)
    expect(decision.intent).toBe('oracle_reading')
    expect(decision.scores).not.toEqual(getDefaultIntentClassifier().classify(ORACLE).scores)
    expect(Object.values(decision.scores).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9)
  }, 60_000)
})
