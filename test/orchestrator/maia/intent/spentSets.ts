// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V57 } from '../../../../bench/router/heldout/v57/crisisMessagesV57.ts'
import { HELD_OUT_INTENTS_V57 } from '../../../../bench/router/heldout/v57/intentMessagesV57.ts'
import { HELD_OUT_ORDINARY_V57 } from '../../../../bench/router/heldout/v57/ordinaryMessagesV57.ts'
import { HELD_OUT_CRISIS_V58 } from '../../../../bench/router/heldout/v58/crisisMessagesV58.ts'
import { HELD_OUT_INTENTS_V58 } from '../../../../bench/router/heldout/v58/intentMessagesV58.ts'
import { HELD_OUT_ORDINARY_V58 } from '../../../../bench/router/heldout/v58/ordinaryMessagesV58.ts'
import { HELD_OUT_CRISIS_V59 } from '../../../../bench/router/heldout/v59/crisisMessagesV59.ts'
import { HELD_OUT_INTENTS_V59 } from '../../../../bench/router/heldout/v59/intentMessagesV59.ts'
import { HELD_OUT_ORDINARY_V59 } from '../../../../bench/router/heldout/v59/ordinaryMessagesV59.ts'

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
  // v57: round forty-seven's router (RUN57_v57_first_measurement.txt) 92.1% recall (420/456), 1.4% false alarms
  // (8/570), intent 80.8% (97/120); round forty-nine's candidate N18 (v55 and v56 join; the not-English threshold; what
  // someone close told it), which met its rule and ships (RUN57n_v57_round49_data.txt), 94.1% (429/456), 1.6% (9/570),
  // intent 82.5% (99/120); Latin-script crises 301/320, non-Latin 128/136.
  { name: 'v57', crisis: HELD_OUT_CRISIS_V57, ordinary: HELD_OUT_ORDINARY_V57, intents: HELD_OUT_INTENTS_V57, oneShot: { caught: 429, alarms: 9, intentsRight: 99, nonLatinCaught: 128, title: '94.1% recall, 1.6% false alarms, intent 82.5%, non-Latin crises 128/136' } },
  // v58: round forty-nine's router (RUN58_v58_first_measurement.txt), which stayed shipped (neither of round fifty's
  // candidates, N19 and Q19, met the rule: RUN58n…, RUN58q…), 94.5% recall (431/456), 1.2% false alarms (7/570),
  // intent 89.2% (107/120); Latin-script crises 313/324, non-Latin 118/132.
  { name: 'v58', crisis: HELD_OUT_CRISIS_V58, ordinary: HELD_OUT_ORDINARY_V58, intents: HELD_OUT_INTENTS_V58, oneShot: { caught: 431, alarms: 7, intentsRight: 107, nonLatinCaught: 118, title: '94.5% recall, 1.2% false alarms, intent 89.2%, non-Latin crises 118/132' } },
  // v59: round forty-nine's router (RUN59_v59_first_measurement.txt), which stayed shipped (round fifty-one's
  // candidates R20 and S20, rule levers on the same weights, changed no message: RUN59r…, RUN59s…), 91.4% recall
  // (417/456), 1.2% false alarms (7/570), intent 91.7% (110/120); Latin-script crises 287/311, non-Latin 130/145.
  { name: 'v59', crisis: HELD_OUT_CRISIS_V59, ordinary: HELD_OUT_ORDINARY_V59, intents: HELD_OUT_INTENTS_V59, oneShot: { caught: 417, alarms: 7, intentsRight: 110, nonLatinCaught: 130, title: '91.4% recall, 1.2% false alarms, intent 91.7%, non-Latin crises 130/145' } }
]
