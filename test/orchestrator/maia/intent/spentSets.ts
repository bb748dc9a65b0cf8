// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V47 } from '../../../../bench/router/heldout/v47/crisisMessagesV47.ts'
import { HELD_OUT_INTENTS_V47 } from '../../../../bench/router/heldout/v47/intentMessagesV47.ts'
import { HELD_OUT_ORDINARY_V47 } from '../../../../bench/router/heldout/v47/ordinaryMessagesV47.ts'

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
  // v47: round thirty-eight's router (RUN47_v47_first_measurement.txt) 95.0% recall (433/456), 1.8% false alarms
  // (10/570), intent 95.0% (114/120); round thirty-nine's data candidate, which met its rule and ships
  // (RUN47b_v47_round39_data.txt), 96.3% (439/456), 1.6% (9/570), intent 95.0% (114/120); Latin-script crises
  // 311/320, non-Latin 128/136.
  { name: 'v47', crisis: HELD_OUT_CRISIS_V47, ordinary: HELD_OUT_ORDINARY_V47, intents: HELD_OUT_INTENTS_V47, oneShot: { caught: 439, alarms: 9, intentsRight: 114, nonLatinCaught: 128, title: '96.3% recall, 1.6% false alarms, intent 95.0%, non-Latin crises 128/136' } }
]
