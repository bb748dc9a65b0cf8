import { CRISIS_PATTERNS, type CrisisCategory, type CrisisPattern } from './crisisPatterns.ts'
import { normalizeText } from './textFeatures.ts'

/** One crisis phrase found in a message. */
export interface CrisisMatch {
  readonly category: CrisisCategory
  readonly phrase: string
  /** Whether a negator governs it ("I'm not suicidal", "I would never hurt myself"). */
  readonly negated: boolean
}

/** The screen's verdict: `flagged` when any match is not negated. */
export interface CrisisScreenResult {
  readonly flagged: boolean
  readonly matches: readonly CrisisMatch[]
}

// Words that, just before a phrase and in the same clause, deny it.
const NEGATORS = new Set(['not', 'never', 'no', 'dont', 'didnt', 'doesnt', 'wouldnt', 'wont', 'isnt', 'arent', 'wasnt', 'nor', 'neither'])
// Negator-led phrases that do NOT deny what follows ("no longer want to live" is a crisis).
const NOT_DENIALS = /\b(?:no longer|not sure|not anymore|dont know|not going to lie|not gonna lie|not even|never felt so|cant stop|not stop)\s*$/u
const NEGATION_WINDOW = 3
// Clause edges end a negation's reach: "I'm not sad, I want to die".
const CLAUSE_EDGE = /[.!?;,:]|\bbut\b|\band\b|\bthough\b|\byet\b/gu

/**
 * A conservative, high-recall phrase screen for crisis messages: the second line behind the
 * classifier, so a crisis the classifier misses still never reaches a model.
 *
 * @example
 * screenForCrisis('I want to end my life').flagged              // true
 * screenForCrisis("I'm dying to know my tarot card").flagged    // false
 * screenForCrisis("I'm not suicidal, just tired").flagged       // false (negated)
 */
/** How far before a crisis phrase a negation is looked for. */
const NEGATION_LOOKBACK_CHARACTERS = 300

export function screenForCrisis(message: string, patterns: readonly CrisisPattern[] = CRISIS_PATTERNS): CrisisScreenResult {
  const text = normalizeText(message).replace(/\s+/gu, ' ').trim()
  const matches: CrisisMatch[] = []
  for (const { category, pattern } of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
    for (const found of text.matchAll(global)) {
      // Only the words just before a match can negate it; a bounded window keeps long messages linear.
      matches.push({ category, phrase: found[0].trim(), negated: isNegated(text.slice(Math.max(0, found.index - NEGATION_LOOKBACK_CHARACTERS), found.index)) })
    }
  }
  return { flagged: matches.some((match) => !match.negated), matches }
}

export function isNegated(before: string): boolean {
  const edges = [...before.matchAll(CLAUSE_EDGE)]
  const lastEdge = edges.at(-1)
  const clause = lastEdge === undefined ? before : before.slice((lastEdge.index ?? 0) + lastEdge[0].length)
  if (NOT_DENIALS.test(clause)) return false
  const words = clause.match(/[\p{L}\p{N}]+/gu) ?? []
  return words.slice(-NEGATION_WINDOW).some((word) => NEGATORS.has(word))
}
