// A script split for reporting the safety screen and the intent router (issue 11, round twenty-four):
// v24 showed Latin-script crisis messages caught 97% of the time and non-Latin ones (Cyrillic, Arabic,
// Han, kana, Hangul, Indic, Greek, Thai…) 15%, so every lever is reported for both groups.
// A message is non-Latin when any character lies outside Latin (Basic to Extended-B), general
// punctuation and symbols, and emoji: one Cyrillic word in an English message makes it non-Latin.
const NON_LATIN = /[^\u0000-\u024F\u2000-\u2BFF\u{1F000}-\u{1FFFF}]/u

export type ScriptGroup = 'Latin' | 'non-Latin'

/** 'non-Latin' when the text holds a character of another script (see {@link NON_LATIN}). */
export function scriptGroup(text: string): ScriptGroup {
  return NON_LATIN.test(text) ? 'non-Latin' : 'Latin'
}
