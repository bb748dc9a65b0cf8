// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V54 } from '../../../../bench/router/heldout/v54/crisisMessagesV54.ts'
import { HELD_OUT_INTENTS_V54 } from '../../../../bench/router/heldout/v54/intentMessagesV54.ts'
import { HELD_OUT_ORDINARY_V54 } from '../../../../bench/router/heldout/v54/ordinaryMessagesV54.ts'

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
  // v54: round forty-five's router (RUN54_v54_first_measurement.txt) 94.5% recall (431/456), 2.3% false alarms
  // (13/570), intent 90.0% (108/120); round forty-six's candidate M15 (v53 joins; manipulation rules across sixteen
  // languages with their own floor), which met its rule and ships (RUN54m_v54_manipulation_across_languages.txt),
  // 95.6% (436/456), 2.5% (14/570), intent 90.0% (108/120); Latin-script crises 305/320, non-Latin 131/136.
  { name: 'v54', crisis: HELD_OUT_CRISIS_V54, ordinary: HELD_OUT_ORDINARY_V54, intents: HELD_OUT_INTENTS_V54, oneShot: { caught: 436, alarms: 14, intentsRight: 108, nonLatinCaught: 131, title: '95.6% recall, 2.5% false alarms, intent 90.0%, non-Latin crises 131/136' } }
]
