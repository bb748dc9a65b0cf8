// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V46 } from '../../../../bench/router/heldout/v46/crisisMessagesV46.ts'
import { HELD_OUT_INTENTS_V46 } from '../../../../bench/router/heldout/v46/intentMessagesV46.ts'
import { HELD_OUT_ORDINARY_V46 } from '../../../../bench/router/heldout/v46/ordinaryMessagesV46.ts'

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
  // v46: round thirty-seven's router (RUN46_v46_first_measurement.txt) 96.7% recall (441/456), 0.7% false alarms
  // (4/570), intent 90.8% (109/120); round thirty-eight's data candidate, which met its rule and ships
  // (RUN46b_v46_round38_data.txt), 97.8% (446/456), 0.5% (3/570), intent 90.8% (109/120); Latin-script crises
  // 311/316, non-Latin 135/140.
  { name: 'v46', crisis: HELD_OUT_CRISIS_V46, ordinary: HELD_OUT_ORDINARY_V46, intents: HELD_OUT_INTENTS_V46, oneShot: { caught: 446, alarms: 3, intentsRight: 109, nonLatinCaught: 135, title: '97.8% recall, 0.5% false alarms, intent 90.8%, non-Latin crises 135/140' } }
]
