// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V52 } from '../../../../bench/router/heldout/v52/crisisMessagesV52.ts'
import { HELD_OUT_INTENTS_V52 } from '../../../../bench/router/heldout/v52/intentMessagesV52.ts'
import { HELD_OUT_ORDINARY_V52 } from '../../../../bench/router/heldout/v52/ordinaryMessagesV52.ts'

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
  // v52: round forty-two's router (RUN52_v52_first_measurement.txt) 95.4% recall (435/456), 2.3% false alarms
  // (13/570), intent 94.2% (113/120); round forty-four's candidate N13 (v50 and v51 join; the sentences of calm
  // messages as negatives, thresholds 0.5 lower), which met its rule and ships (RUN52n_v52_calm_sentences.txt), 96.7%
  // (441/456), 1.6% (9/570), intent 97.5% (117/120); Latin-script crises 309/320, non-Latin 132/136.
  { name: 'v52', crisis: HELD_OUT_CRISIS_V52, ordinary: HELD_OUT_ORDINARY_V52, intents: HELD_OUT_INTENTS_V52, oneShot: { caught: 441, alarms: 9, intentsRight: 117, nonLatinCaught: 132, title: '96.7% recall, 1.6% false alarms, intent 97.5%, non-Latin crises 132/136' } }
]
