import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { INTENTS } from '../../../../../orchestrator/maia/intent/intents.ts'
import { encodeSentenceIntentModel, loadSentenceIntentModel } from '../../../../../orchestrator/maia/intent/sentenceIntent/sentenceIntentModel.ts'
import { SentenceIntentModelError } from '../../../../../orchestrator/maia/intent/sentenceIntent/SentenceIntentModelError.ts'
import { UNIVERSAL_SENTENCE_ENCODER_ID } from '../../../../../orchestrator/maia/sentenceEncoder/index.ts'

const shipped = new URL('../../../../../orchestrator/maia/intent/sentenceIntent/', import.meta.url)

function writeModel(mutate: (files: { weights: Buffer; meta: Record<string, unknown> }) => void = () => {}): { weights: string; meta: string } {
  const folder = mkdtempSync(join(tmpdir(), 'maia-intent-model-'))
  const dense = { classCount: INTENTS.length, dimensions: 2, inputScale: 1, weights: Float32Array.from({ length: INTENTS.length * 2 }, (_, index) => (index === 2 ? 5 : 0)), bias: new Float32Array(INTENTS.length) }
  const encoded = encodeSentenceIntentModel(dense, { encoderId: 'fake-encoder', ngramWeight: 0.5, training: {} })
  const files = { weights: encoded.weights, meta: { ...encoded.meta } as Record<string, unknown> }
  mutate(files)
  writeFileSync(join(folder, 'w.bin'), files.weights)
  writeFileSync(join(folder, 'm.json'), JSON.stringify(files.meta))
  return { weights: join(folder, 'w.bin'), meta: join(folder, 'm.json') }
}

describe('sentence intent model files', () => {
  it('ships a model for the bundled encoder, over the six intents, with its n-gram weight', () => {
    const model = loadSentenceIntentModel()
    expect(model.meta.encoderId).toBe(UNIVERSAL_SENTENCE_ENCODER_ID)
    expect(model.meta.intents).toEqual([...INTENTS])
    expect(model.meta.dimensions).toBe(512)
    expect(model.meta.ngramWeight).toBeGreaterThan(0)
    expect(model.meta.ngramWeight).toBeLessThan(1)
    const probabilities = model.probabilities(new Float32Array(512).fill(1 / Math.sqrt(512)))
    expect(Object.values(probabilities).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9)
    expect(readFileSync(new URL('sentenceIntentModel.bin', shipped)).length).toBe(INTENTS.length * 512 * 4)
  })

  it('round-trips what training writes', () => {
    const model = loadSentenceIntentModel(writeModel())
    // Row 1 (simple_reflection) weighs dimension 0 by 5.
    const probabilities = model.probabilities(Float32Array.from([1, 0]))
    expect(Math.max(...Object.values(probabilities))).toBe(probabilities.simple_reflection)
  })

  it('refuses corrupt weights, a wrong size, unknown intents and unreadable files', () => {
    const corrupt = writeModel((files) => { files.weights = Buffer.from(files.weights); files.weights[0] = files.weights[0]! ^ 1 })
    expect(() => loadSentenceIntentModel(corrupt)).toThrowError(SentenceIntentModelError)
    expect(() => loadSentenceIntentModel(corrupt)).toThrowError(/checksum mismatch/u)
    expect(() => loadSentenceIntentModel(writeModel((files) => { files.meta.dimensions = 3 }))).toThrowError(/wrong size/u)
    expect(() => loadSentenceIntentModel(writeModel((files) => { files.meta.intents = [...INTENTS].reverse() }))).toThrowError(/unreadable/u)
    expect(() => loadSentenceIntentModel({ weights: '/nonexistent/w.bin', meta: '/nonexistent/m.json' })).toThrowError(SentenceIntentModelError)
  })
})

describe('training and measurement code of the sentence intent model', () => {
  // The next one-shot set is the one after the newest development set (named here from DEV_SETS, so
  // the check moves on by itself when a spent set joins them).
  const newest = Number(DEV_SETS.at(-1)?.name.slice(1))
  it(`never names the one-shot held-out set (v${newest + 1}, the one after the development sets)`, () => {
    expect(Number.isInteger(newest)).toBe(true)
    const oneShot = newest + 1
    const forbidden = new RegExp(`heldout/v${oneShot}|V${oneShot}\\b|'v${oneShot}'`, 'u')
    for (const file of ['bench/router/intentVectorsLoso.ts', 'bench/router/intentVectorsTrain.ts', 'bench/router/intentVectorsRouter.ts', 'orchestrator/maia/intent/sentenceIntent/sentenceIntentModel.json']) {
      expect(readFileSync(new URL(`../../../../../${file}`, import.meta.url), 'utf8'), file).not.toMatch(forbidden)
    }
  })
})
