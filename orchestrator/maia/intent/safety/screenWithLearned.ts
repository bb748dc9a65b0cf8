import type { SafetyKind } from '../safetyKinds.ts'
import type { LearnedSafetyScreen } from './learned/learnedSafetyScreen.ts'
import { getShippedLearnedSafetyScreen } from './learned/shippedSafetyModels.ts'
import { ruleFloorWindows } from './ruleFloorWindows.ts'
import { hasStandingMatch, screenForSafety, type SafetyMatch, type SafetyScreenResult } from './screenForSafety.ts'

/** The union screen's verdict: the rules' matches and kind, plus the learned probability. */
export interface CombinedScreenResult {
  readonly flagged: boolean
  /**
   * The learned kind model's kind whenever the screen escalates (round twenty-five; before, the rules'
   * most urgent kind when they flagged): absent when nothing flagged.
   */
  readonly kind?: SafetyKind
  readonly matches: readonly SafetyMatch[]
  /** The learned screen's P(escalate). */
  readonly probability: number
  /** Which screen flagged: the structured rules, the learned model, or both. */
  readonly flaggedBy?: 'rules' | 'learned' | 'both'
}

export interface CombinedScreenInit {
  readonly rules?: (message: string) => SafetyScreenResult
  /** Defaults to the shipped model (loaded at first use). */
  readonly learned?: LearnedSafetyScreen | (() => LearnedSafetyScreen)
  /** Overrides the model's own threshold. */
  readonly threshold?: number
  /** Overrides the model's rule floor: the P(escalate) below which a rule's flag is overruled (0: never). */
  readonly ruleFloor?: number
}

/**
 * The safety screen every user turn goes through: the structured rules (fast, explainable,
 * they name the kind) OR the learned screen (a linear model over hashed word and character
 * n-grams trained on ~6,000 labelled messages, which generalises to phrasings no rule names).
 * Either one escalates. Measured leave-one-set-out in bench/router/safetyLoso.ts.
 *
 * @example
 * const screen = createCombinedSafetyScreen()
 * screen('ive been saving up my meds for a while now').flagged // true (learned)
 */
export function createCombinedSafetyScreen(init: CombinedScreenInit = {}): (message: string) => CombinedScreenResult {
  const rules = init.rules ?? screenForSafety
  let learned: LearnedSafetyScreen | undefined = typeof init.learned === 'object' ? init.learned : undefined
  const getLearned = (): LearnedSafetyScreen => {
    learned ??= typeof init.learned === 'function' ? init.learned() : getShippedLearnedSafetyScreen()
    return learned
  }
  return (message) => {
    const ruled = rules(message)
    const model = getLearned()
    const probability = model.probability(message)
    const byModel = probability >= (init.threshold ?? model.threshold)
    const floor = init.ruleFloor ?? model.meta.ruleFloor ?? 0
    // The floor reads the most alarming window of a long message (ruleFloorWindows.ts); only when a rule flagged and the whole scored low (the first window is the whole message, already scored).
    // Round seventy-three: a standing rule's flag (a plain first-person disclosure, plainDisclosures.ts) is never overruled.
    const byRules = ruled.flagged && (hasStandingMatch(ruled.matches) || probability >= floor || ruleFloorWindows(message).slice(1).some((window) => model.probability(window) >= floor))
    const flaggedBy = byRules ? (byModel ? 'both' : 'rules') : byModel ? 'learned' : undefined
    const base = { flagged: flaggedBy !== undefined, matches: ruled.matches, probability }
    // Round twenty-five: the learned kind model names the kind whenever either screen escalates. The
    // rules' priority (emergency first) named suicidal messages that mention pills or fainting
    // third-party or medical; on the grouped fold holding v24–v26 (bench/router/safetyKindLoso.ts) the
    // model gave 1,088 of 1,269 kinds right against the rules-first 1,072, emergencies 212 → 223.
    const kind = flaggedBy === undefined ? undefined : model.kindOf(message)
    const withKind = kind === undefined ? base : { ...base, kind }
    return flaggedBy === undefined ? withKind : { ...withKind, flaggedBy }
  }
}
