// A leave-one-set-out dump's rule flag, re-screened with today's rules (issue 11, round
// seventeen), so that a rule change is measured and trained on without re-running the n-gram folds
// (about an hour). Exact for messages up to RULE_FLOOR_WINDOW_CHARACTERS, where the rule floor
// looks at the message itself (the dump's n-gram score); a longer message keeps its dumped flag
// only while today's rules still flag it (a rule that newly fires on it is not seen).
import { RULE_FLOOR_WINDOW_CHARACTERS } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'

/** Whether today's rules flag the dumped message, under the rule floor of the dump's fold. */
export function ruleFlagNow(score: { readonly text: string; readonly ngram: number; readonly rule: boolean }, ruleFloor: number): boolean {
  if (!screenForSafety(score.text).flagged) return false
  return score.rule || (score.text.length <= RULE_FLOOR_WINDOW_CHARACTERS && score.ngram >= ruleFloor)
}
