import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../bench/router/devSets.ts'
import { INTENT_ROUTER_TRAINING } from '../../../../orchestrator/maia/intent/data/index.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { lexicalIntentClassifier, trainLexicalIntentModel } from '../../../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { LexicalIntentModelError } from '../../../../orchestrator/maia/intent/LexicalIntentModelError.ts'
import { encodeLexicalIntentModel, lexicalTrainingFingerprint, loadLexicalIntentModel } from '../../../../orchestrator/maia/intent/lexicalIntentModel.ts'
import { INTENTS } from '../../../../orchestrator/maia/intent/intents.ts'

const folder = mkdtempSync(join(tmpdir(), 'maia-ngram-model-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('the stored n-gram intent model', () => {
  it('was trained on the current INTENT_ROUTER_TRAINING and seed (else run: npx tsx bench/router/intentNgramTrain.ts)', () => {
    expect(loadLexicalIntentModel().meta.trainingFingerprint).toBe(lexicalTrainingFingerprint(INTENT_ROUTER_TRAINING, DEFAULT_CLASSIFIER_SEED))
  })

  it('routes as the model trained in-process does (float32 weights: the same intents, probabilities within 1e-4)', () => {
    const stored = lexicalIntentClassifier(loadLexicalIntentModel().model)
    const trained = lexicalIntentClassifier(trainLexicalIntentModel(INTENT_ROUTER_TRAINING, { seed: DEFAULT_CLASSIFIER_SEED }))
    const texts = [...DEV_SETS.flatMap((set) => [...set.intents.map((example) => example.text), ...set.ordinary.slice(0, 40)]), ...INTENT_ROUTER_TRAINING.slice(0, 300).map((example) => example.text)]
    for (const text of texts) {
      const [a, b] = [stored.classify(text), trained.classify(text)]
      expect(a.intent, text).toBe(b.intent)
      for (const intent of INTENTS) expect(Math.abs(a.scores[intent] - b.scores[intent])).toBeLessThan(1e-4)
    }
  }, 60_000)

  it('never loads a truncated or altered weight file, nor one of another size', () => {
    const trained = trainLexicalIntentModel(INTENT_ROUTER_TRAINING.slice(0, 400), { seed: 3 })
    const { weights, meta } = encodeLexicalIntentModel(trained, { trainingFingerprint: 'a'.repeat(64), training: {} })
    const files = { weights: join(folder, 'model.bin'), meta: join(folder, 'model.json') }
    writeFileSync(files.meta, JSON.stringify(meta))
    writeFileSync(files.weights, weights)
    expect(loadLexicalIntentModel(files).meta.vocabulary).toHaveLength(trained.space.size)
    writeFileSync(files.weights, weights.subarray(0, weights.length - 4))
    expect(() => loadLexicalIntentModel(files)).toThrow(LexicalIntentModelError)
    const altered = Buffer.from(weights)
    altered[0] = altered[0]! ^ 1
    writeFileSync(files.weights, altered)
    expect(() => loadLexicalIntentModel(files)).toThrow(/n-gram intent model/u)
    writeFileSync(files.weights, weights)
    writeFileSync(files.meta, JSON.stringify({ ...meta, vocabulary: meta.vocabulary.slice(1) }))
    expect(() => loadLexicalIntentModel(files)).toThrow(LexicalIntentModelError)
    writeFileSync(files.meta, readFileSync(files.meta, 'utf8').replace('maia-intent-ngram-v1', 'other'))
    expect(() => loadLexicalIntentModel(files)).toThrow(LexicalIntentModelError)
  })
})
