// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V44 } from '../../../../bench/router/heldout/v44/crisisMessagesV44.ts'
import { HELD_OUT_INTENTS_V44 } from '../../../../bench/router/heldout/v44/intentMessagesV44.ts'
import { HELD_OUT_ORDINARY_V44 } from '../../../../bench/router/heldout/v44/ordinaryMessagesV44.ts'
import { HELD_OUT_CRISIS_V45 } from '../../../../bench/router/heldout/v45/crisisMessagesV45.ts'
import { HELD_OUT_INTENTS_V45 } from '../../../../bench/router/heldout/v45/intentMessagesV45.ts'
import { HELD_OUT_ORDINARY_V45 } from '../../../../bench/router/heldout/v45/ordinaryMessagesV45.ts'

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
  // v44: round thirty-six's router (RUN44_v44_first_measurement.txt) 96.3% recall (439/456), 1.6% false alarms
  // (9/570), intent 85.0% (102/120); round thirty-seven's data candidate, which met its rule and ships
  // (RUN44b_v44_round37_data.txt), 96.9% (442/456), 0.9% (5/570), intent 87.5% (105/120); Latin-script crises
  // 311/320, non-Latin 131/136.
  { name: 'v44', crisis: HELD_OUT_CRISIS_V44, ordinary: HELD_OUT_ORDINARY_V44, intents: HELD_OUT_INTENTS_V44, oneShot: { caught: 442, alarms: 5, intentsRight: 105, nonLatinCaught: 131, title: '96.9% recall, 0.9% false alarms, intent 87.5%, non-Latin crises 131/136' } },
  // v45: round thirty-seven's router, the one that ships (RUN45_v45_first_measurement.txt), 96.7% (441/456), 1.6%
  // (9/570), intent 84.2% (101/120); Latin-script crises 313/320, non-Latin 128/136. No candidate was judged on it.
  { name: 'v45', crisis: HELD_OUT_CRISIS_V45, ordinary: HELD_OUT_ORDINARY_V45, intents: HELD_OUT_INTENTS_V45, oneShot: { caught: 441, alarms: 9, intentsRight: 101, nonLatinCaught: 128, title: '96.7% recall, 1.6% false alarms, intent 84.2%, non-Latin crises 128/136' } }
]
