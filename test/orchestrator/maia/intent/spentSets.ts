// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V53 } from '../../../../bench/router/heldout/v53/crisisMessagesV53.ts'
import { HELD_OUT_INTENTS_V53 } from '../../../../bench/router/heldout/v53/intentMessagesV53.ts'
import { HELD_OUT_ORDINARY_V53 } from '../../../../bench/router/heldout/v53/ordinaryMessagesV53.ts'

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
  // v53: round forty-four's router (RUN53_v53_first_measurement.txt) 94.7% recall (432/456), 1.4% false alarms
  // (8/570), intent 96.7% (116/120); round forty-five's data candidate (N14: v52 joins), which met its rule and ships
  // (RUN53b_v53_round45_data.txt), 95.6% (436/456), 1.2% (7/570), intent 97.5% (117/120); Latin-script crises
  // 305/320, non-Latin 131/136.
  { name: 'v53', crisis: HELD_OUT_CRISIS_V53, ordinary: HELD_OUT_ORDINARY_V53, intents: HELD_OUT_INTENTS_V53, oneShot: { caught: 436, alarms: 7, intentsRight: 117, nonLatinCaught: 131, title: '95.6% recall, 1.2% false alarms, intent 97.5%, non-Latin crises 131/136' } }
]
