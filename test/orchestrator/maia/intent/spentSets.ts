// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V49 } from '../../../../bench/router/heldout/v49/crisisMessagesV49.ts'
import { HELD_OUT_INTENTS_V49 } from '../../../../bench/router/heldout/v49/intentMessagesV49.ts'
import { HELD_OUT_ORDINARY_V49 } from '../../../../bench/router/heldout/v49/ordinaryMessagesV49.ts'

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
  // v49: round forty's router (RUN49_v49_first_measurement.txt) 95.2% recall (434/456), 0.9% false alarms
  // (5/570), intent 95.8% (115/120); round forty-one's data candidate (B10: v48 joins), which met its rule and ships
  // (RUN49b_v49_round41_data.txt), 95.8% (437/456), 0.7% (4/570), intent 96.7% (116/120); Latin-script crises
  // 310/320, non-Latin 127/136.
  { name: 'v49', crisis: HELD_OUT_CRISIS_V49, ordinary: HELD_OUT_ORDINARY_V49, intents: HELD_OUT_INTENTS_V49, oneShot: { caught: 437, alarms: 4, intentsRight: 116, nonLatinCaught: 127, title: '95.8% recall, 0.7% false alarms, intent 96.7%, non-Latin crises 127/136' } }
]
