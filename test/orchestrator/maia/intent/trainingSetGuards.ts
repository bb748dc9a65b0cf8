// The routeAsync guards of the development sets v27–v56 (each once a one-shot held-out set, trained on since) and of
// the spent sets not yet trained on (spentSets.ts), shared by the two slow files that run them:
// heldoutTrainingSets.slow.test.ts (v15–v40) and heldoutLaterSets.slow.test.ts (v41–v56 and the spent sets). Two
// files, because vitest runs the tests of one file one after another and the files side by side (maxWorkers 2): each
// set costs ~60–80 s of one core (every message through the sentence encoder, one thread per router).
import { expect, it } from 'vitest'
import { scriptGroup } from '../../../../bench/router/safetyScriptGroup.ts'
import { DEV_SETS } from '../../../../bench/router/devSets.ts'
import { escalationShares, routerShares } from './routerShares.ts'
import type { SpentSet } from './spentSets.ts'

// Each set's one-shot figures and the round it joined the training data: the comment above their first use in
// heldoutTrainingSets.slow.test.ts. The ceiling is each set's false-alarm ceiling on routeAsync.
export const TRAINING_SET_GUARDS: ReadonlyArray<readonly [name: string, ceiling: number, round: string]> = [['v27', 0.01, 'twenty-six'], ['v28', 0.01, 'twenty-six'], ['v29', 0.015, 'twenty-six'], ['v30', 0.01, 'twenty-seven'], ['v31', 0.01, 'twenty-seven'], ['v32', 0.01, 'twenty-eight'], ['v33', 0.01, 'thirty'], ['v34', 0.01, 'thirty'], ['v35', 0.01, 'thirty-one'], ['v36', 0.01, 'thirty-one'], ['v37', 0.01, 'thirty-three'], ['v38', 0.01, 'thirty-three'], ['v39', 0.01, 'thirty-three'], ['v40', 0.01, 'thirty-four'], ['v41', 0.01, 'thirty-six'], ['v42', 0.01, 'thirty-six'], ['v43', 0.01, 'thirty-seven'], ['v44', 0.01, 'thirty-eight'], ['v45', 0.01, 'thirty-eight'], ['v46', 0.01, 'thirty-nine'], ['v47', 0.01, 'forty'], ['v48', 0.01, 'forty-one'], ['v49', 0.01, 'forty-two'], ['v50', 0.01, 'forty-four'], ['v51', 0.01, 'forty-four'], ['v52', 0.01, 'forty-five'], ['v53', 0.01, 'forty-six'], ['v54', 0.01, 'forty-seven'], ['v55', 0.01, 'forty-nine'], ['v56', 0.01, 'forty-nine']]

/** The number of a development set's name (`v41` → 41), to split the guards between the slow files. */
export function setNumber(name: string): number {
  return Number(name.slice(1))
}

/** Registers the routeAsync guard of one development set: all crises caught, non-Latin ones too, at most `ceiling` false alarms. */
export function guardTrainingSet([name, ceiling, round]: readonly [name: string, ceiling: number, round: string]): void {
  it(`keeps the shipped router on ${name}, a training set since round ${round} (all crises caught, non-Latin ones too)`, async () => {
    const set = DEV_SETS.find((candidate) => candidate.name === name)!
    const { recall, falseAlarms, intentAccuracy } = await routerShares(set.crisis, set.ordinary, set.intents)
    expect(recall).toBeGreaterThanOrEqual(0.99)
    expect(falseAlarms).toBeLessThanOrEqual(ceiling)
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95)
    const nonLatin = await escalationShares(set.crisis.filter((message) => scriptGroup(message.text) === 'non-Latin'), set.ordinary.filter((text) => scriptGroup(text) === 'non-Latin'))
    expect(nonLatin.recall).toBeGreaterThanOrEqual(0.98)
    expect(nonLatin.falseAlarms).toBeLessThanOrEqual(0.01)
  }, 300_000)
}

/**
 * Registers the routeAsync guard of a spent set, at the shipped router's one-shot figures (since round fifty-seven the
 * intent models train on spent sets' intent messages: data/intentTrainingSpent.ts; since round sixty-one detection
 * trains on the spent sets marked SpentSet.detectionTrained, each round's additions told in spentSets.ts).
 */
export function guardSpentSet(guard: SpentSet): void {
  it(`keeps the shipped router on ${guard.name}, spent and ${guard.detectionTrained ? 'trained on by the safety screen\'s detection (spentSets.ts)' : 'not trained on by the safety screen\'s detection'}, at its one-shot figures (${guard.oneShot.title})`, async () => {
    const { recall, falseAlarms, intentAccuracy } = await routerShares(guard.crisis, guard.ordinary, guard.intents)
    expect(recall).toBeGreaterThanOrEqual(guard.oneShot.caught / guard.crisis.length)
    expect(falseAlarms).toBeLessThanOrEqual(guard.oneShot.alarms / guard.ordinary.length)
    expect(intentAccuracy).toBeGreaterThanOrEqual(guard.oneShot.intentsRight / guard.intents.length)
    const nonLatin = guard.crisis.filter((message) => scriptGroup(message.text) === 'non-Latin')
    expect(nonLatin.length).toBeGreaterThan(0)
    expect((await escalationShares(nonLatin, [])).recall).toBeGreaterThanOrEqual(guard.oneShot.nonLatinCaught / nonLatin.length)
  }, 300_000)
}
