// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V55 } from '../../../../bench/router/heldout/v55/crisisMessagesV55.ts'
import { HELD_OUT_INTENTS_V55 } from '../../../../bench/router/heldout/v55/intentMessagesV55.ts'
import { HELD_OUT_ORDINARY_V55 } from '../../../../bench/router/heldout/v55/ordinaryMessagesV55.ts'
import { HELD_OUT_CRISIS_V56 } from '../../../../bench/router/heldout/v56/crisisMessagesV56.ts'
import { HELD_OUT_INTENTS_V56 } from '../../../../bench/router/heldout/v56/intentMessagesV56.ts'
import { HELD_OUT_ORDINARY_V56 } from '../../../../bench/router/heldout/v56/ordinaryMessagesV56.ts'

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
  // v55: round forty-six's router (RUN55_v55_first_measurement.txt) 94.1% recall (429/456), 1.2% false alarms
  // (7/570), intent 89.2% (107/120); round forty-seven's data candidate N16 (v54 joins), which met its rule and ships
  // (RUN55n_v55_round47_data.txt), 94.7% (432/456), 1.2% (7/570), intent 90.0% (108/120); Latin-script crises
  // 303/320, non-Latin 129/136.
  { name: 'v55', crisis: HELD_OUT_CRISIS_V55, ordinary: HELD_OUT_ORDINARY_V55, intents: HELD_OUT_INTENTS_V55, oneShot: { caught: 432, alarms: 7, intentsRight: 108, nonLatinCaught: 129, title: '94.7% recall, 1.2% false alarms, intent 90.0%, non-Latin crises 129/136' } },
  // v56: round forty-seven's router (RUN56_v56_first_measurement.txt), which stayed shipped (neither of round
  // forty-eight's candidates, L17 and N17, met the rule: RUN56l…, RUN56n…), 94.7% recall (432/456), 0.2% false alarms
  // (1/570), intent 95.0% (114/120); Latin-script crises 303/320, non-Latin 129/136.
  { name: 'v56', crisis: HELD_OUT_CRISIS_V56, ordinary: HELD_OUT_ORDINARY_V56, intents: HELD_OUT_INTENTS_V56, oneShot: { caught: 432, alarms: 1, intentsRight: 114, nonLatinCaught: 129, title: '94.7% recall, 0.2% false alarms, intent 95.0%, non-Latin crises 129/136' } }
]
