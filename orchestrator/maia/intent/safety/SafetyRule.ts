import type { SafetyKind } from '../safetyKinds.ts'

/**
 * One structure that signals a kind of risk: a regex over normalised text (see lexicon.ts),
 * built from word classes rather than phrases.
 */
export interface SafetyRule {
  readonly kind: SafetyKind
  /** A short name for logs and tests ("third party + ingested amount"). */
  readonly name: string
  readonly pattern: RegExp
  /**
   * When this matches anywhere in the message, the rule does not apply: context that changes
   * the meaning (a prescriber involved, the event years ago, a joke about a neighbour).
   */
  readonly unless?: RegExp
  /** Whether a negator just before the match denies it ("I would never hurt myself"). Default true. */
  readonly negatable?: boolean
  /**
   * Whether a negator inside the match denies it too ("I don't want to die" matched from "I").
   * Off by default: many structures contain their own negation ("not wake up", "won't let me leave").
   */
  readonly innerNegation?: boolean
  /**
   * Round fifty-six: written for the languages besides English, which the sentence encoder was not
   * trained on and reads as calm. On a message that is not in English its flag is overruled only below
   * the sentence model's `acrossLanguagesRuleFloor` (screenWithSentences.ts). Default false.
   */
  readonly acrossLanguages?: boolean
}

/** Builds a rule from regex sources; every pattern is Unicode-aware and case-insensitive-by-normalisation. */
export function rule(kind: SafetyKind, name: string, pattern: string, options: { unless?: string; negatable?: boolean; innerNegation?: boolean; acrossLanguages?: boolean } = {}): SafetyRule {
  return {
    kind,
    name,
    pattern: new RegExp(pattern, 'gu'),
    ...(options.unless === undefined ? {} : { unless: new RegExp(options.unless, 'u') }),
    ...(options.negatable === undefined ? {} : { negatable: options.negatable }),
    ...(options.innerNegation === undefined ? {} : { innerNegation: options.innerNegation }),
    ...(options.acrossLanguages === true ? { acrossLanguages: true } : {})
  }
}
