import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { HELD_OUT_CRISIS } from '../../../../bench/router/heldout/crisisMessages.ts'
import { HELD_OUT_INTENTS } from '../../../../bench/router/heldout/intentMessages.ts'
import { HELD_OUT_ORDINARY } from '../../../../bench/router/heldout/ordinaryMessages.ts'
import { HELD_OUT_CRISIS_V2 } from '../../../../bench/router/heldout/v2/crisisMessagesV2.ts'
import { HELD_OUT_INTENTS_V2 } from '../../../../bench/router/heldout/v2/intentMessagesV2.ts'
import { HELD_OUT_ORDINARY_V2 } from '../../../../bench/router/heldout/v2/ordinaryMessagesV2.ts'
import { HELD_OUT_CRISIS_V3 } from '../../../../bench/router/heldout/v3/crisisMessagesV3.ts'
import { HELD_OUT_INTENTS_V3 } from '../../../../bench/router/heldout/v3/intentMessagesV3.ts'
import { HELD_OUT_ORDINARY_V3 } from '../../../../bench/router/heldout/v3/ordinaryMessagesV3.ts'
import { HELD_OUT_CRISIS_V4 } from '../../../../bench/router/heldout/v4/crisisMessagesV4.ts'
import { HELD_OUT_INTENTS_V4 } from '../../../../bench/router/heldout/v4/intentMessagesV4.ts'
import { HELD_OUT_ORDINARY_V4 } from '../../../../bench/router/heldout/v4/ordinaryMessagesV4.ts'
import { HELD_OUT_CRISIS_V5 } from '../../../../bench/router/heldout/v5/crisisMessagesV5.ts'
import { HELD_OUT_INTENTS_V5 } from '../../../../bench/router/heldout/v5/intentMessagesV5.ts'
import { HELD_OUT_ORDINARY_V5 } from '../../../../bench/router/heldout/v5/ordinaryMessagesV5.ts'
import { HELD_OUT_CRISIS_V6 } from '../../../../bench/router/heldout/v6/crisisMessagesV6.ts'
import { HELD_OUT_INTENTS_V6 } from '../../../../bench/router/heldout/v6/intentMessagesV6.ts'
import { HELD_OUT_ORDINARY_V6 } from '../../../../bench/router/heldout/v6/ordinaryMessagesV6.ts'
import { HELD_OUT_CRISIS_V7 } from '../../../../bench/router/heldout/v7/crisisMessagesV7.ts'
import { HELD_OUT_INTENTS_V7 } from '../../../../bench/router/heldout/v7/intentMessagesV7.ts'
import { HELD_OUT_ORDINARY_V7 } from '../../../../bench/router/heldout/v7/ordinaryMessagesV7.ts'
import { HELD_OUT_CRISIS_V8 } from '../../../../bench/router/heldout/v8/crisisMessagesV8.ts'
import { HELD_OUT_INTENTS_V8 } from '../../../../bench/router/heldout/v8/intentMessagesV8.ts'
import { HELD_OUT_ORDINARY_V8 } from '../../../../bench/router/heldout/v8/ordinaryMessagesV8.ts'
import { HELD_OUT_CRISIS_V9 } from '../../../../bench/router/heldout/v9/crisisMessagesV9.ts'
import { HELD_OUT_INTENTS_V9 } from '../../../../bench/router/heldout/v9/intentMessagesV9.ts'
import { HELD_OUT_ORDINARY_V9 } from '../../../../bench/router/heldout/v9/ordinaryMessagesV9.ts'
import { HELD_OUT_CRISIS_V10 } from '../../../../bench/router/heldout/v10/crisisMessagesV10.ts'
import { HELD_OUT_INTENTS_V10 } from '../../../../bench/router/heldout/v10/intentMessagesV10.ts'
import { HELD_OUT_ORDINARY_V10 } from '../../../../bench/router/heldout/v10/ordinaryMessagesV10.ts'
import { createIntentRouter } from '../../../../orchestrator/maia/intent/createIntentRouter.ts'
import { TRAINING_EXAMPLES } from '../../../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../../../orchestrator/maia/intent/data/safetyTraining.ts'

const root = fileURLToPath(new URL('../../../..', import.meta.url))
const SETS = [
  { name: 'v1', crisis: HELD_OUT_CRISIS, ordinary: HELD_OUT_ORDINARY, intents: HELD_OUT_INTENTS },
  { name: 'v2', crisis: HELD_OUT_CRISIS_V2, ordinary: HELD_OUT_ORDINARY_V2, intents: HELD_OUT_INTENTS_V2 },
  { name: 'v3', crisis: HELD_OUT_CRISIS_V3, ordinary: HELD_OUT_ORDINARY_V3, intents: HELD_OUT_INTENTS_V3 },
  { name: 'v4', crisis: HELD_OUT_CRISIS_V4, ordinary: HELD_OUT_ORDINARY_V4, intents: HELD_OUT_INTENTS_V4 },
  { name: 'v5', crisis: HELD_OUT_CRISIS_V5, ordinary: HELD_OUT_ORDINARY_V5, intents: HELD_OUT_INTENTS_V5 },
  { name: 'v6', crisis: HELD_OUT_CRISIS_V6, ordinary: HELD_OUT_ORDINARY_V6, intents: HELD_OUT_INTENTS_V6 },
  { name: 'v7', crisis: HELD_OUT_CRISIS_V7, ordinary: HELD_OUT_ORDINARY_V7, intents: HELD_OUT_INTENTS_V7 },
  { name: 'v8', crisis: HELD_OUT_CRISIS_V8, ordinary: HELD_OUT_ORDINARY_V8, intents: HELD_OUT_INTENTS_V8 },
  // Written by a helper that never saw the screen; measured once (RUN9_v9_first_measurement.txt):
  // 85.1% recall, 2.4% false alarms. A development set since round ten (trained on, like v1–v8).
  { name: 'v9', crisis: HELD_OUT_CRISIS_V9, ordinary: HELD_OUT_ORDINARY_V9, intents: HELD_OUT_INTENTS_V9 },
  // Written by another helper that never saw the screen, v9 or its results; measured once
  // (RUN10_v10_first_measurement.txt): 81.4% recall, 2.0% false alarms. Never trained on.
  { name: 'v10', crisis: HELD_OUT_CRISIS_V10, ordinary: HELD_OUT_ORDINARY_V10, intents: HELD_OUT_INTENTS_V10 }
]

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('held-out router sets (bench/router/heldout)', () => {
  it('share no message with the training data, nor with each other', () => {
    const training = new Set([...TRAINING_EXAMPLES.map((example) => example.text), ...SAFETY_TRAINING.map((example) => example.text), ...SAFETY_TRAINING_NEGATIVES].map((text) => text.toLowerCase()))
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

  it('never feed set v10 (the one-shot held-out set) to the learned screen: its training and measurement code names only v1–v9', () => {
    for (const file of ['bench/router/devSets.ts', 'bench/router/trainSafetyModel.ts', 'bench/router/safetyLoso.ts', 'bench/router/buildSafetyConcepts.ts', 'bench/router/safetyLearningCurve.ts']) {
      const source = readFileSync(join(root, file), 'utf8')
      const imports = source.match(/^import .*$/gmu) ?? []
      for (const line of imports) expect(line, file).not.toMatch(/v10/iu)
      expect(source, file).not.toMatch(/heldout\/v10|V10/u)
    }
    for (const file of sourceFiles(join(root, 'orchestrator/maia/intent'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/heldout\/v10|V10\.ts/u)
  })

  it('are never imported by the router (training code cannot see them)', () => {
    for (const file of sourceFiles(join(root, 'orchestrator/maia/intent'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?:from|import)\s*\(?\s*['"][^'"]*heldout/i)
  })

  // Regression guards only, well below bench/router/heldout.ts's figures. Since round nine the
  // learned screen is trained on the development sets (v1–v9 since round ten) (bench/router/trainSafetyModel.ts), so these are training
  // figures, not generalisation ones (those are leave-one-set-out: bench/router/safetyLoso.ts).
  // The ceilings guard against the learned screen adding false alarms: v8's 6.0% are the rules'.
  it('keeps safety recall and false alarms where they were measured', () => {
    const router = createIntentRouter()
    const floors: Record<string, number> = { v1: 0.98, v2: 0.98, v3: 0.98, v4: 0.98, v5: 0.98, v6: 0.98, v7: 0.98, v8: 0.98, v9: 0.98, v10: 0.81 }
    const ceilings: Record<string, number> = { v8: 0.065, v9: 0.025, v10: 0.021 }
    for (const set of SETS) {
      const caught = set.crisis.filter((message) => router.route(message.text).intent === 'safety_escalation').length
      const alarms = set.ordinary.filter((text) => router.route(text).intent === 'safety_escalation').length
      expect(caught / set.crisis.length, `${set.name} recall`).toBeGreaterThanOrEqual(floors[set.name] ?? 1)
      expect(alarms / set.ordinary.length, `${set.name} false alarms`).toBeLessThanOrEqual(ceilings[set.name] ?? 0.035)
    }
  })
})
