import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { HELD_OUT_EXAMPLES } from '../../../../../orchestrator/maia/intent/data/heldOut.ts'
import { INTENT_ROUTER_TRAINING, TRAINING_EXAMPLES } from '../../../../../orchestrator/maia/intent/data/index.ts'
import { INTENT_TRAINING_REFLECTION } from '../../../../../orchestrator/maia/intent/data/intentTrainingReflection.ts'
import { INTENT_TRAINING_DEVELOPMENT } from '../../../../../orchestrator/maia/intent/data/intentTrainingDevelopment.ts'
import { INTENT_TRAINING_SPENT } from '../../../../../orchestrator/maia/intent/data/intentTrainingSpent.ts'
import { INTENT_TRAINING_VARIED_SECOND } from '../../../../../orchestrator/maia/intent/data/intentTrainingVariedSecond.ts'
import { TENTH_BATCH_INTENT_EXAMPLES } from '../../../../../orchestrator/maia/intent/data/safetyTrainingTenthBatch.ts'
import { SPENT_SETS } from '../spentSets.ts'

const root = fileURLToPath(new URL('../../../../..', import.meta.url))

describe('the development sets copied into the router training data', () => {
  it('are exactly the development sets\' intent messages, in order, less data/heldOut.ts\'s (when a set is added rerun bench/router/intentExportDevelopment.ts, intentNgramTrain.ts and intentVectorsTrain.ts)', () => {
    const heldOut = new Set(HELD_OUT_EXAMPLES.map((example) => example.text.toLowerCase()))
    const expected = DEV_SETS.flatMap((set) => set.intents.filter((example) => !heldOut.has(example.text.toLowerCase())).map((example) => ({ intent: example.intent, text: example.text })))
    expect(INTENT_TRAINING_DEVELOPMENT).toEqual(expected)
    expect(expected.length).toBeGreaterThan(1_200)
  })

  it('train the shipped intent models with the tenth batch\'s intent messages (round twenty-five), the reflection batch (round twenty-seven) and the spent sets\' intent messages (round fifty-seven), not TRAINING_EXAMPLES (the safety benches add the development sets themselves)', () => {
    expect(INTENT_ROUTER_TRAINING).toEqual([...TRAINING_EXAMPLES, ...INTENT_TRAINING_VARIED_SECOND, ...INTENT_TRAINING_DEVELOPMENT, ...TENTH_BATCH_INTENT_EXAMPLES, ...INTENT_TRAINING_REFLECTION, ...INTENT_TRAINING_SPENT])
    const base = new Set(TRAINING_EXAMPLES.map((example) => example.text.toLowerCase()))
    expect(INTENT_TRAINING_DEVELOPMENT.filter((example) => base.has(example.text.toLowerCase()))).toEqual([])
  })

  // Round fifty-seven (I28, judged on v65): the spent v57–v64's intent messages, and none of their crisis or ordinary
  // messages, which the safety screen does not train on; round sixty-five (I35, judged on v73): those of v65–v72 too; round sixty-six (I36, judged on v74): v73's; round sixty-seven (I37, judged on v75): v74's; round sixty-nine (I39, judged on v77): v75's and v76's; round seventy-one (I41, judged on v79): v77's and v78's; round seventy-two (I42, judged on v80): v79's; round seventy-three (I43, judged on v81): v80's; round seventy-four (I44, judged on v82): v81's; round seventy-seven (I46, judged on v84): v82's and v83's.
  it('copy exactly the intent messages of the spent sets v57–v83, in order, less data/heldOut.ts\'s (when a spent set joins rerun bench/router/intentExportSpent.ts and both intent trainers)', () => {
    const heldOut = new Set(HELD_OUT_EXAMPLES.map((example) => example.text.toLowerCase()))
    const copied = ['v57', 'v58', 'v59', 'v60', 'v61', 'v62', 'v63', 'v64', 'v65', 'v66', 'v67', 'v68', 'v69', 'v70', 'v71', 'v72', 'v73', 'v74', 'v75', 'v76', 'v77', 'v78', 'v79', 'v80', 'v81', 'v82', 'v83']
    const sets = SPENT_SETS.filter((set) => copied.includes(set.name))
    expect(sets.map((set) => set.name)).toEqual(copied)
    const expected = sets.flatMap((set) => set.intents.filter((example) => !heldOut.has(example.text.toLowerCase())).map((example) => ({ intent: example.intent, text: example.text })))
    expect(INTENT_TRAINING_SPENT).toEqual(expected)
    expect(expected.length).toBe(3240)
    const crisisAndOrdinary = new Set(SPENT_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary]).map((text) => text.toLowerCase()))
    expect(INTENT_TRAINING_SPENT.filter((example) => crisisAndOrdinary.has(example.text.toLowerCase()))).toEqual([])
  })

  it('leave the classifier\'s own held-out check (data/heldOut.ts) untrained', () => {
    const trained = new Set(INTENT_ROUTER_TRAINING.map((example) => example.text.toLowerCase()))
    expect(HELD_OUT_EXAMPLES.filter((example) => trained.has(example.text.toLowerCase()))).toEqual([])
  })

  it('never name the one-shot held-out set in the intent benches that train or measure', () => {
    for (const file of ['bench/router/intentExportDevelopment.ts', 'bench/router/intentLosoLevers.ts', 'bench/router/intentLabelAudit.ts', 'bench/router/intentVectorsTrain.ts', 'bench/router/intentNgramTrain.ts', 'orchestrator/maia/intent/data/intentTrainingDevelopment.ts']) {
      const source = readFileSync(join(root, file), 'utf8')
      // The one-shot set is the one after the last development set (round twenty-one: after v19).
      const next = DEV_SETS.length + 1
      expect(source, file).not.toMatch(new RegExp(`v${next}(?!\\d)|V${next}(?!\\d)`, 'u'))
      expect(source, file).not.toMatch(/(?:from|import)\s*\(?\s*['"][^'"]*heldout\/v\d+/u)
    }
  })
})
