import { describe, expect, it } from 'vitest'
import { HELD_OUT_EXAMPLES } from '../../../../orchestrator/maia/intent/data/heldOut.ts'
import { LABELLED_EXAMPLES } from '../../../../orchestrator/maia/intent/data/index.ts'
import { DEFAULT_CLASSIFIER_SEED, getDefaultIntentClassifier } from '../../../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { InsufficientTrainingDataError } from '../../../../orchestrator/maia/intent/errors.ts'
import { evaluateClassifier, evaluatePredictions, stratifiedFolds, stratifiedSplit } from '../../../../orchestrator/maia/intent/evaluation.ts'
import { createIntentRouter } from '../../../../orchestrator/maia/intent/createIntentRouter.ts'
import { INTENTS } from '../../../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../../../orchestrator/maia/intent/LexicalIntentClassifier.ts'

// Floors sit well below what bench/router/accuracy.ts measured, so a changed seed or a few new
// examples do not make the suite flaky; a real regression still trips them.
// Measured: fixed split router 91.4%, held-out set 98.3% (classifier) / 100% (router).
const SPLIT_ACCURACY_FLOOR = 0.82
const HELD_OUT_ACCURACY_FLOOR = 0.88

describe('labelled set', () => {
  it('is balanced across the six intents and has no duplicates or held-out leaks', () => {
    const counts = INTENTS.map((intent) => LABELLED_EXAMPLES.filter((example) => example.intent === intent).length)
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(65)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(15)
    const texts = LABELLED_EXAMPLES.map((example) => example.text.toLowerCase())
    expect(new Set(texts).size).toBe(texts.length)
    for (const example of HELD_OUT_EXAMPLES) expect(texts).not.toContain(example.text.toLowerCase())
  })
})

describe('lexical intent classifier', () => {
  it('trains deterministically: same data and seed, same probabilities', () => {
    const first = trainLexicalIntentClassifier(LABELLED_EXAMPLES, { seed: 5 })
    const second = trainLexicalIntentClassifier(LABELLED_EXAMPLES, { seed: 5 })
    for (const message of ['pull a card', 'I feel heavy today', 'why am I so jealous', 'completely new words here']) {
      expect(second.classify(message)).toEqual(first.classify(message))
    }
  })

  it('gives a probability per intent that sums to 1', () => {
    const { scores, confidence, intent } = getDefaultIntentClassifier().classify('what does the Tower card mean')
    expect(Object.keys(scores).sort()).toEqual([...INTENTS].sort())
    expect(Object.values(scores).reduce((sum, score) => sum + score, 0)).toBeCloseTo(1, 9)
    expect(confidence).toBe(scores[intent])
    expect(intent).toBe('oracle_reading')
  })

  it(`routes a held-out 20% split it was not trained on with accuracy >= ${SPLIT_ACCURACY_FLOOR}`, () => {
    const { train, test } = stratifiedSplit(LABELLED_EXAMPLES, 0.2, DEFAULT_CLASSIFIER_SEED)
    expect(test.some((example) => train.includes(example))).toBe(false)
    const router = createIntentRouter({ classifier: trainLexicalIntentClassifier(train, { seed: DEFAULT_CLASSIFIER_SEED }) })
    const report = evaluatePredictions(test.map((example) => ({ text: example.text, actual: example.intent, predicted: router.route(example.text).intent })))
    expect(report.accuracy).toBeGreaterThanOrEqual(SPLIT_ACCURACY_FLOOR)
    expect(report.perClass.safety_escalation.recall).toBe(1)
  })

  it(`classifies the separate held-out set with accuracy >= ${HELD_OUT_ACCURACY_FLOOR}`, () => {
    expect(evaluateClassifier(getDefaultIntentClassifier(), HELD_OUT_EXAMPLES).accuracy).toBeGreaterThanOrEqual(HELD_OUT_ACCURACY_FLOOR)
  })

  it('copes with misspellings and mixed languages', () => {
    const classifier = getDefaultIntentClassifier()
    expect(classifier.classify('can u do a tarrot readin 4 me').intent).toBe('oracle_reading')
    expect(classifier.classify('zieh mir bitte eine karte').intent).toBe('oracle_reading')
    expect(classifier.classify('feelin super firey and energised 2day').intent).toBe('elemental_check_in')
  })

  it('refuses a training set that lacks an intent', () => {
    expect(() => trainLexicalIntentClassifier(LABELLED_EXAMPLES.filter((example) => example.intent !== 'oracle_reading')))
      .toThrow(InsufficientTrainingDataError)
  })

  it('splits into stratified folds that cover every example once', () => {
    const folds = stratifiedFolds(LABELLED_EXAMPLES, 5, 1)
    expect(folds.flat()).toHaveLength(LABELLED_EXAMPLES.length)
    expect(new Set(folds.flat()).size).toBe(LABELLED_EXAMPLES.length)
    for (const fold of folds) expect(fold.filter((example) => example.intent === 'safety_escalation').length).toBeGreaterThanOrEqual(13)
  })
})
