import { languageGroup } from './languageGroup.ts'

/**
 * Which script group a message is in, for the safety screen's operating point (issue 11, round
 * twenty-six) and for reporting every lever by script (round twenty-four: v24 showed Latin-script
 * crises caught 97% of the time and non-Latin ones — Cyrillic, Arabic, Han, kana, Hangul, Indic,
 * Greek, Thai… — 15%). A message is non-Latin when any character lies outside Latin (Basic to
 * Extended-B), general punctuation and symbols, and emoji: one Cyrillic word in an English message,
 * or Vietnamese and Yoruba letters from Latin Extended Additional, make it non-Latin.
 */
const NON_LATIN = /[^\u0000-\u024F\u2000-\u2BFF\u{1F000}-\u{1FFFF}]/u

export type ScriptGroup = 'Latin' | 'non-Latin'

/** 'non-Latin' when the text holds a character of another script (see {@link NON_LATIN}). */
export function scriptGroup(text: string): ScriptGroup {
  return NON_LATIN.test(text) ? 'non-Latin' : 'Latin'
}

/**
 * The fused threshold a message is held to (round twenty-six): the model's `nonLatinThreshold` for a
 * message in a non-Latin script when it has one; since round forty-seven its `notEnglishThreshold` for a
 * Latin-script message that is not in English (languageGroup.ts) when it has one; else its `threshold`.
 * The screen and the grouped fold (bench/router/safetyGroupFold.ts) both ask here.
 */
export function fusedThresholdFor(meta: ThresholdMeta, message: string): number {
  return fusedThresholdForLanguage(meta, messageLanguage(message))
}

/** The thresholds {@link fusedThresholdFor} chooses between. */
type ThresholdMeta = { readonly threshold: number; readonly nonLatinThreshold?: number | undefined; readonly notEnglishThreshold?: number | undefined }

/** Where a message stands for the sentence screen, whose encoder was trained on English: English, another Latin-script language, or another script. */
export type MessageLanguage = 'English' | 'other Latin' | 'non-Latin'

/** {@link scriptGroup}, then for a Latin-script message {@link languageGroup}: read once, for the threshold and the rule floor alike. */
export function messageLanguage(message: string): MessageLanguage {
  if (scriptGroup(message) === 'non-Latin') return 'non-Latin'
  return languageGroup(message) === 'English' ? 'English' : 'other Latin'
}

/** {@link fusedThresholdFor} for a message whose {@link messageLanguage} is already known. */
export function fusedThresholdForLanguage(meta: ThresholdMeta, language: MessageLanguage): number {
  if (language === 'non-Latin') return meta.nonLatinThreshold ?? meta.threshold
  return meta.notEnglishThreshold !== undefined && language === 'other Latin' ? meta.notEnglishThreshold : meta.threshold
}
