// The spent one-shot sets not yet trained on, with the shipped router's one-shot figures on each: one list for
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards), so that a round
// edits it once. Each set was written from outside, measured once by the rule in its <set>/DECISION.md, then read.
import type { DevSet } from '../../../../bench/router/devSets.ts'
import { HELD_OUT_CRISIS_V50 } from '../../../../bench/router/heldout/v50/crisisMessagesV50.ts'
import { HELD_OUT_INTENTS_V50 } from '../../../../bench/router/heldout/v50/intentMessagesV50.ts'
import { HELD_OUT_ORDINARY_V50 } from '../../../../bench/router/heldout/v50/ordinaryMessagesV50.ts'
import { HELD_OUT_CRISIS_V51 } from '../../../../bench/router/heldout/v51/crisisMessagesV51.ts'
import { HELD_OUT_INTENTS_V51 } from '../../../../bench/router/heldout/v51/intentMessagesV51.ts'
import { HELD_OUT_ORDINARY_V51 } from '../../../../bench/router/heldout/v51/ordinaryMessagesV51.ts'

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
  // v50: round forty-one's router (RUN50_v50_first_measurement.txt) 95.4% recall (435/456), 0.7% false alarms
  // (4/570), intent 97.5% (117/120); round forty-two's data candidate (B11: v49 joins), which met its rule and ships
  // (RUN50b_v50_round42_data.txt), 96.3% (439/456), 0.7% (4/570), intent 98.3% (118/120); Latin-script crises
  // 311/320, non-Latin 128/136.
  { name: 'v50', crisis: HELD_OUT_CRISIS_V50, ordinary: HELD_OUT_ORDINARY_V50, intents: HELD_OUT_INTENTS_V50, oneShot: { caught: 439, alarms: 4, intentsRight: 118, nonLatinCaught: 128, title: '96.3% recall, 0.7% false alarms, intent 98.3%, non-Latin crises 128/136' } },
  // v51: round forty-two's router (RUN51_v51_first_measurement.txt) 96.3% recall (439/456), 2.3% false alarms
  // (13/570), intent 88.3% (106/120); Latin-script crises 309/316, non-Latin 130/140. Round forty-three's data
  // candidate (B12: v50 joins; RUN51b_v51_round43_data.txt, 440/456 at 15/570, Latin 306) failed its rule and was
  // not shipped, so the guard is the shipped router's one measurement.
  { name: 'v51', crisis: HELD_OUT_CRISIS_V51, ordinary: HELD_OUT_ORDINARY_V51, intents: HELD_OUT_INTENTS_V51, oneShot: { caught: 439, alarms: 13, intentsRight: 106, nonLatinCaught: 130, title: '96.3% recall, 2.3% false alarms, intent 88.3%, non-Latin crises 130/140' } }
]
