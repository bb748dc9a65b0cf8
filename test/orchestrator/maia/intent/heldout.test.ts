import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../bench/router/devSets.ts'
import { createIntentRouter } from '../../../../orchestrator/maia/intent/createIntentRouter.ts'
import { TRAINING_EXAMPLES } from '../../../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../../../orchestrator/maia/intent/data/safetyTraining.ts'
import { HELD_OUT_CRISIS_V15 } from '../../../../bench/router/heldout/v15/crisisMessagesV15.ts'
import { HELD_OUT_ORDINARY_V15 } from '../../../../bench/router/heldout/v15/ordinaryMessagesV15.ts'
import { HELD_OUT_CRISIS_V16 } from '../../../../bench/router/heldout/v16/crisisMessagesV16.ts'
import { HELD_OUT_INTENTS_V16 } from '../../../../bench/router/heldout/v16/intentMessagesV16.ts'
import { HELD_OUT_ORDINARY_V16 } from '../../../../bench/router/heldout/v16/ordinaryMessagesV16.ts'
import { HELD_OUT_CRISIS_V17 } from '../../../../bench/router/heldout/v17/crisisMessagesV17.ts'
import { HELD_OUT_ORDINARY_V17 } from '../../../../bench/router/heldout/v17/ordinaryMessagesV17.ts'
import { HELD_OUT_CRISIS_V18 } from '../../../../bench/router/heldout/v18/crisisMessagesV18.ts'
import { HELD_OUT_INTENTS_V18 } from '../../../../bench/router/heldout/v18/intentMessagesV18.ts'
import { HELD_OUT_ORDINARY_V18 } from '../../../../bench/router/heldout/v18/ordinaryMessagesV18.ts'
import { HELD_OUT_CRISIS_V19 } from '../../../../bench/router/heldout/v19/crisisMessagesV19.ts'
import { HELD_OUT_INTENTS_V19 } from '../../../../bench/router/heldout/v19/intentMessagesV19.ts'
import { HELD_OUT_ORDINARY_V19 } from '../../../../bench/router/heldout/v19/ordinaryMessagesV19.ts'
import { HELD_OUT_CRISIS_V20 } from '../../../../bench/router/heldout/v20/crisisMessagesV20.ts'
import { HELD_OUT_INTENTS_V20 } from '../../../../bench/router/heldout/v20/intentMessagesV20.ts'
import { HELD_OUT_ORDINARY_V20 } from '../../../../bench/router/heldout/v20/ordinaryMessagesV20.ts'
import { HELD_OUT_CRISIS_V21 } from '../../../../bench/router/heldout/v21/crisisMessagesV21.ts'
import { HELD_OUT_INTENTS_V21 } from '../../../../bench/router/heldout/v21/intentMessagesV21.ts'
import { HELD_OUT_ORDINARY_V21 } from '../../../../bench/router/heldout/v21/ordinaryMessagesV21.ts'
import { HELD_OUT_CRISIS_V22 } from '../../../../bench/router/heldout/v22/crisisMessagesV22.ts'
import { HELD_OUT_INTENTS_V22 } from '../../../../bench/router/heldout/v22/intentMessagesV22.ts'
import { HELD_OUT_ORDINARY_V22 } from '../../../../bench/router/heldout/v22/ordinaryMessagesV22.ts'
import { HELD_OUT_CRISIS_V23 } from '../../../../bench/router/heldout/v23/crisisMessagesV23.ts'
import { HELD_OUT_INTENTS_V23 } from '../../../../bench/router/heldout/v23/intentMessagesV23.ts'
import { HELD_OUT_ORDINARY_V23 } from '../../../../bench/router/heldout/v23/ordinaryMessagesV23.ts'

const root = fileURLToPath(new URL('../../../..', import.meta.url))
// The development sets (v1–v23, as the learned screen is trained on them since round twenty-three).
// Sets v10–v23 were each measured once as the one-shot set (RUN10…: 81.4% recall / 2.0% false
// alarms; RUN11…: 77.1% / 3.4%; RUN12…: 88.5% / 1.3%; RUN13…: 84.4% / 1.0%; RUN14…: 91.7% / 0.6%;
// RUN15…: 97.9% / 2.7%; RUN16…: 95.7% / 1.9%; RUN17…: 92.9% / 2.2%; RUN18…: 97.7% / 2.2%; RUN19…:
// 96.5% / 2.8%; RUN20…: 96.5% / 2.1%; RUN21…: 97.0% / 2.7%; RUN22…: 97.5% / 1.4%; RUN23…: 97.1% /
// 2.1%) and are trained on since. The next
// one-shot set is written by someone else and measured once by the lead: no training or tuning
// code may name it.
const SETS = [...DEV_SETS]
const trainingTexts = (): Set<string> => new Set([...TRAINING_EXAMPLES.map((example) => example.text), ...SAFETY_TRAINING.map((example) => example.text), ...SAFETY_TRAINING_NEGATIVES].map((text) => text.toLowerCase()))

/** The shares of `crisis` that `routeAsync` escalates and of `ordinary` it escalates wrongly. */
async function escalationShares(router: ReturnType<typeof createIntentRouter>, crisis: ReadonlyArray<{ readonly text: string }>, ordinary: readonly string[]): Promise<{ recall: number; falseAlarms: number }> {
  let caught = 0
  for (const message of crisis) if ((await router.routeAsync(message.text)).intent === 'safety_escalation') caught += 1
  let alarms = 0
  for (const text of ordinary) if ((await router.routeAsync(text)).intent === 'safety_escalation') alarms += 1
  return { recall: caught / crisis.length, falseAlarms: alarms / ordinary.length }
}

/** Safety recall and false alarms, and intent accuracy, of one fresh router on a set, all on `routeAsync` (the path `maia route` takes). */
async function routerShares(crisis: ReadonlyArray<{ readonly text: string }>, ordinary: readonly string[], intents: ReadonlyArray<{ readonly text: string; readonly intent: string }>): Promise<{ recall: number; falseAlarms: number; intentAccuracy: number }> {
  const router = createIntentRouter()
  const { recall, falseAlarms } = await escalationShares(router, crisis, ordinary)
  let right = 0
  for (const example of intents) if ((await router.routeAsync(example.text)).intent === example.intent) right += 1
  return { recall, falseAlarms, intentAccuracy: right / intents.length }
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('held-out router sets (bench/router/heldout)', () => {
  it('share no message with the training data, nor with each other', () => {
    const training = trainingTexts()
    const seen = new Set<string>()
    for (const set of SETS) {
      for (const text of [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)]) {
        const key = text.toLowerCase()
        expect(training.has(key), `${set.name}: ${text}`).toBe(false)
        expect(seen.has(key), `${set.name} repeats: ${text}`).toBe(false)
        seen.add(key)
      }
    }
  })

  it('never feed set v24 (the next one-shot held-out set) to the learned screen: its training and measurement code names only v1–v23', () => {
    for (const file of ['bench/router/devSets.ts', 'bench/router/trainSafetyModel.ts', 'bench/router/safetyLoso.ts', 'bench/router/safetyLosoVectors.ts', 'bench/router/sentenceVectorCache.ts', 'bench/router/buildSafetyConcepts.ts', 'bench/router/buildWordClusters.ts', 'bench/router/safetyLearningCurve.ts', 'bench/router/safetyBaseExamples.ts', 'bench/router/safetyLosoLevers.ts', 'bench/router/safetyLosoAppendSet.ts', 'bench/router/safetyRulesNow.ts', 'bench/router/safetyRuleAudit.ts', 'bench/router/safetyHardNegatives.ts', 'bench/router/safetyLanguageGroup.ts', 'bench/router/intentVectorsLoso.ts', 'bench/router/intentVectorsTrain.ts', 'bench/router/intentVectorsRouter.ts', 'bench/router/intentLosoLevers.ts', 'bench/router/intentLabelAudit.ts', 'bench/router/intentExportDevelopment.ts', 'bench/router/intentNgramTrain.ts', 'bench/router/safetyArbitration.ts', 'bench/router/safetyLosoMergeFolds.ts', 'bench/router/safetyGroupFold.ts', 'bench/router/safetyKindLoso.ts']) {
      const source = readFileSync(join(root, file), 'utf8')
      const imports = source.match(/^import .*$/gmu) ?? []
      for (const line of imports) expect(line, file).not.toMatch(/v24/iu)
      expect(source, file).not.toMatch(/heldout\/v24|V24/u)
    }
    for (const file of sourceFiles(join(root, 'orchestrator/maia/intent'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/heldout\/v2\d|V2\d\.ts/u)
  })

  it('are never imported by the router (training code cannot see them)', () => {
    for (const file of sourceFiles(join(root, 'orchestrator/maia/intent'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?:from|import)\s*\(?\s*['"][^'"]*heldout/i)
  })

  // Regression guards only, well below bench/router/heldout.ts's figures. Since round nine the
  // learned screen is trained on the development sets (v1–v10 since round eleven) (bench/router/trainSafetyModel.ts), so these are training
  // figures, not generalisation ones (those are leave-one-set-out: bench/router/safetyLoso.ts).
  // The ceilings guard against the learned screen adding false alarms: v8's 6.0% are the rules'.
  it('keeps safety recall and false alarms where they were measured', () => {
    const router = createIntentRouter()
    const floors: Record<string, number> = { v1: 0.98, v2: 0.98, v3: 0.98, v4: 0.98, v5: 0.98, v6: 0.98, v7: 0.98, v8: 0.98, v9: 0.98, v10: 0.98, v11: 0.98, v12: 0.98, v13: 0.98, v14: 0.98, v15: 0.98, v16: 0.98, v17: 0.98, v18: 0.98, v19: 0.98, v20: 0.98, v21: 0.98, v22: 0.98, v23: 0.98 }
    const ceilings: Record<string, number> = { v8: 0.065, v9: 0.025, v10: 0.025, v11: 0.025, v12: 0.025, v13: 0.025, v14: 0.01, v15: 0.01, v16: 0.01, v17: 0.01, v18: 0.01, v19: 0.01, v20: 0.01, v21: 0.01, v22: 0.01, v23: 0.01 }
    for (const set of SETS) {
      const caught = set.crisis.filter((message) => router.route(message.text).intent === 'safety_escalation').length
      const alarms = set.ordinary.filter((text) => router.route(text).intent === 'safety_escalation').length
      expect(caught / set.crisis.length, `${set.name} recall`).toBeGreaterThanOrEqual(floors[set.name] ?? 1)
      expect(alarms / set.ordinary.length, `${set.name} false alarms`).toBeLessThanOrEqual(ceilings[set.name] ?? 0.035)
    }
    // Round twenty-three: 23 sets (~22,000 messages) on the sync path take several seconds, more on a shared machine.
  }, 120_000)

  // The one-shot measurement of v15 (RUN15_v15_first_measurement.txt: 97.9% recall, 2.7% false
  // alarms on routeAsync; round fifteen's screen 94.4% / 2.3%). Since round seventeen v15 is a
  // training set (100% / 0% on routeAsync, a training figure); guarded here on the path the
  // orchestrator and `maia route` take. Honest figures are leave-one-set-out (safetyLosoLevers.ts).
  it('keeps the shipped screen on v15, a training set since round seventeen (measured 100% recall, 0% false alarms)', async () => {
    const { recall, falseAlarms } = await escalationShares(createIntentRouter(), HELD_OUT_CRISIS_V15, HELD_OUT_ORDINARY_V15)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
  }, 120_000)

  // The one-shot measurement of v16 (RUN16_v16_first_measurement.txt, after round seventeen and the
  // intent round: 95.7% recall, 1.9% false alarms, intent 95.0% on routeAsync; round sixteen's router
  // on the same set, RUN16a…: 94.5% / 2.1% / 88.3%). Since round nineteen v16 is a training set
  // (100% recall, 0% false alarms, intent 100% on routeAsync: training figures); guarded here on the
  // path `maia route` takes. Honest figures are leave-one-set-out (safetyArbitration.ts, safetyLosoLevers.ts).
  it('keeps the shipped router on v16, a training set since round nineteen (measured 100% recall, 0% false alarms, intent 100%)', async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(HELD_OUT_CRISIS_V16, HELD_OUT_ORDINARY_V16, HELD_OUT_INTENTS_V16)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.98)
  }, 120_000)

  // The one-shot measurement of v17 (RUN17_v17_first_measurement.txt: 92.9% recall, 2.2% false alarms
  // on routeAsync; the same without round eighteen's rules, RUN17a…). Since round nineteen v17 is a
  // training set (100% recall, 0.2% false alarms on routeAsync: training figures).
  it('keeps the shipped router on v17, a training set since round nineteen (measured 100% recall, 0.2% false alarms)', async () => {
    const { recall, falseAlarms } = await escalationShares(createIntentRouter(), HELD_OUT_CRISIS_V17, HELD_OUT_ORDINARY_V17)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
  }, 120_000)

  // The one-shot measurement of v18 (RUN18_v18_first_measurement.txt, after round twenty: 97.7%
  // recall, 2.2% false alarms, intent 95.0% on routeAsync; round nineteen's router on the same set,
  // RUN18b…: 97.9% / 2.8% / 95.8%; round eighteen's, RUN18a…: 94.9% / 3.3% / 96.7%). Since round
  // twenty-one v18 is a training set (100% recall, 0% false alarms on routeAsync: training figures);
  // guarded here on the path `maia route` takes. Honest figures are leave-one-set-out (safetyArbitration.ts).
  it('keeps the shipped router on v18, a training set since round twenty-one (measured 100% recall, 0% false alarms)', async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(HELD_OUT_CRISIS_V18, HELD_OUT_ORDINARY_V18, HELD_OUT_INTENTS_V18)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95)
  }, 120_000)

  // The one-shot measurement of v19 (RUN19_v19_first_measurement.txt, after round twenty: 96.5% recall,
  // 2.8% false alarms, intent 95.0% on routeAsync). Since round twenty-one v19 is a training set
  // (100% recall, 0% false alarms on routeAsync: training figures).
  it('keeps the shipped router on v19, a training set since round twenty-one (measured 100% recall, 0% false alarms)', async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(HELD_OUT_CRISIS_V19, HELD_OUT_ORDINARY_V19, HELD_OUT_INTENTS_V19)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95)
  }, 120_000)

  // The one-shot measurement of v20 (RUN20_v20_first_measurement.txt, after round twenty-one: 96.5%
  // recall (388/402), 2.1% false alarms (12/565), intent 99.2% on routeAsync; round twenty's router on
  // the same set, RUN20a…: 95.3% / 1.4% / 96.7%). Since round twenty-two v20 is a training set
  // (training figures); guarded here on the path `maia route` takes. Honest figures are
  // leave-one-set-out (safetyArbitration.ts).
  it('keeps the shipped router on v20, a training set since round twenty-two (measured 100% recall, 0.2% false alarms, intent 100%)', async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(HELD_OUT_CRISIS_V20, HELD_OUT_ORDINARY_V20, HELD_OUT_INTENTS_V20)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95)
  }, 120_000)

  // The one-shot measurement of v21 (RUN21_v21_first_measurement.txt, after round twenty-one: 97.0%
  // recall (389/401), 2.7% false alarms (15/561), intent 96.7% on routeAsync). Since round twenty-two
  // v21 is a training set (training figures).
  it('keeps the shipped router on v21, a training set since round twenty-two (measured 99.8% recall, 0.2% false alarms, intent 100%)', async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(HELD_OUT_CRISIS_V21, HELD_OUT_ORDINARY_V21, HELD_OUT_INTENTS_V21)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95)
  }, 120_000)

  // The one-shot measurement of v22 (RUN22_v22_first_measurement.txt, after round twenty-two: 97.5%
  // recall (391/401), 1.4% false alarms (8/561), intent 99.2% (119/120) on routeAsync; round
  // twenty-one's router on the same set, RUN22a…: 97.5% / 2.1% / 98.3%). Since round twenty-three v22
  // is a training set (training figures); its honest figure is the grouped fold over v20–v23
  // (bench/router/safetyGroupFold.ts).
  it('keeps the shipped router on v22, a training set since round twenty-three (measured 100% recall, 0.5% false alarms, intent 100%)', async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(HELD_OUT_CRISIS_V22, HELD_OUT_ORDINARY_V22, HELD_OUT_INTENTS_V22)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95)
  }, 120_000)

  // The one-shot measurement of v23 (RUN23_v23_first_measurement.txt, at the start of the session
  // after round twenty-two, on the same router as v22: 97.1% recall (428/441), 2.1% false alarms
  // (12/573), intent 99.2% (119/120) on routeAsync). Since round twenty-three v23 is a training set
  // (training figures).
  it('keeps the shipped router on v23, a training set since round twenty-three (measured 100% recall, 0% false alarms, intent 100%)', async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(HELD_OUT_CRISIS_V23, HELD_OUT_ORDINARY_V23, HELD_OUT_INTENTS_V23)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(0.01)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95)
  }, 120_000)
})
