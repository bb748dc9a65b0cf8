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
  /**
   * Round seventy-three: a plain first-person disclosure ("I think about suicide", in any language) that no learned
   * score overrules: neither rule floor of the sentence-aware screen nor the n-gram screen's (screenWithSentences.ts,
   * screenWithLearned.ts). Such a rule carries its own exceptions (told as past, about someone else, negated).
   * Default false.
   */
  readonly standing?: boolean
}

/** What a regex is read from: a source and its flags (a RegExp is one too). */
export interface RegexSource {
  readonly source: string
  readonly flags: string
}

/** The sources of the rules {@link rule} built, for readers that need no compiled regex (ruleGates.ts). */
const SOURCES = new WeakMap<SafetyRule, { readonly pattern: RegexSource; readonly unless?: RegexSource }>()

/** The regex of a source; a RegExp given as the source (emergencyAcrossLanguages.ts's NotNow) is kept as it is. */
const compile = (regex: RegexSource): RegExp => (regex instanceof RegExp ? regex : new RegExp(regex.source, regex.flags))

/**
 * A rule whose regexes compile when first used. The rules hold ~940,000 characters of regex source, and compiling
 * them all took ~0.6 s of CPU in every process that loaded the screen (`maia route`, the orchestrator, each test
 * worker), while the gates of ruleGates.ts leave most rules unrun on most messages.
 */
function lazyRule(fields: Omit<SafetyRule, 'pattern' | 'unless'>, pattern: RegexSource, unless?: RegexSource): SafetyRule {
  let compiledPattern: RegExp | undefined
  let compiledUnless: RegExp | undefined
  const built = { ...fields } as SafetyRule
  Object.defineProperty(built, 'pattern', { enumerable: true, get: () => (compiledPattern ??= compile(pattern)) })
  if (unless !== undefined) Object.defineProperty(built, 'unless', { enumerable: true, get: () => (compiledUnless ??= compile(unless)) })
  SOURCES.set(built, unless === undefined ? { pattern } : { pattern, unless })
  return built
}

/** The rule's fields other than its regexes, read without compiling them. */
function fieldsOf(safetyRule: SafetyRule): Omit<SafetyRule, 'pattern' | 'unless'> {
  const { kind, name, negatable, innerNegation, acrossLanguages, standing } = Object.getOwnPropertyDescriptors(safetyRule)
  return {
    kind: kind?.value as SafetyKind,
    name: name?.value as string,
    ...(negatable === undefined ? {} : { negatable: negatable.value as boolean }),
    ...(innerNegation === undefined ? {} : { innerNegation: innerNegation.value as boolean }),
    ...(acrossLanguages === undefined ? {} : { acrossLanguages: acrossLanguages.value as boolean }),
    ...(standing === undefined ? {} : { standing: standing.value as boolean })
  }
}

/** Builds a rule from regex sources; every pattern is Unicode-aware and case-insensitive-by-normalisation. */
export function rule(kind: SafetyKind, name: string, pattern: string, options: { unless?: string; negatable?: boolean; innerNegation?: boolean; acrossLanguages?: boolean; standing?: boolean } = {}): SafetyRule {
  return lazyRule({
    kind,
    name,
    ...(options.negatable === undefined ? {} : { negatable: options.negatable }),
    ...(options.innerNegation === undefined ? {} : { innerNegation: options.innerNegation }),
    ...(options.acrossLanguages === true ? { acrossLanguages: true } : {}),
    ...(options.standing === true ? { standing: true } : {})
  }, { source: pattern, flags: 'gu' }, options.unless === undefined ? undefined : { source: options.unless, flags: 'u' })
}

/** The rule with `unless` in place of its own exceptions, its pattern still uncompiled when it was. */
export function withUnless(safetyRule: SafetyRule, unless: RegexSource): SafetyRule {
  const sources = SOURCES.get(safetyRule)
  if (sources === undefined) return { ...safetyRule, unless: compile(unless) }
  return lazyRule(fieldsOf(safetyRule), sources.pattern, unless)
}

/** The source of a rule's pattern, and of its `unless` when it has one, without compiling either. */
export function ruleSources(safetyRule: SafetyRule): { readonly pattern: RegexSource; readonly unless?: RegexSource } {
  return SOURCES.get(safetyRule) ?? (safetyRule.unless === undefined ? { pattern: safetyRule.pattern } : { pattern: safetyRule.pattern, unless: safetyRule.unless })
}
