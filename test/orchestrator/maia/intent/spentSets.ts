// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V48 } from '../../../../bench/router/heldout/v48/crisisMessagesV48.ts'
import { HELD_OUT_INTENTS_V48 } from '../../../../bench/router/heldout/v48/intentMessagesV48.ts'
import { HELD_OUT_ORDINARY_V48 } from '../../../../bench/router/heldout/v48/ordinaryMessagesV48.ts'

/** What the shipped router caught, raised and got right on a spent set when it was measured: the guard's floors and ceiling. */
export interface OneShotFigures {
  readonly caught: number
  readonly alarms: number
  readonly intentsRight: number
  readonly nonLatinCaught: number
  /** The figures as a person reads them, for the test's title. */
  readonly title: string
}

export interface SpentSet extends DevSet {
  readonly oneShot: OneShotFigures
}

export const SPENT_SETS: readonly SpentSet[] = [
  // v48: round thirty-nine's router (RUN48_v48_first_measurement.txt) 96.3% recall (439/456), 1.4% false alarms
  // (8/570), intent 90.0% (108/120); round forty's router (B9: v47 joins; S: clauses where the script changes), whose
  // candidates met their rule and ship (RUN48b…, RUN48s…), 97.8% (446/456), 1.1% (6/570), intent 92.5% (111/120);
  // Latin-script crises 321/328, non-Latin 125/128.
  { name: 'v48', crisis: HELD_OUT_CRISIS_V48, ordinary: HELD_OUT_ORDINARY_V48, intents: HELD_OUT_INTENTS_V48, oneShot: { caught: 446, alarms: 6, intentsRight: 111, nonLatinCaught: 125, title: '97.8% recall, 1.1% false alarms, intent 92.5%, non-Latin crises 125/128' } }
]
