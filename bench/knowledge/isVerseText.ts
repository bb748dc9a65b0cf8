// A verse number: one to three digits and a space before a capital or an opening quote/bracket, at the
// start or after whitespace ("3 He restoreth my soul"), as formatKjvBook and most Bible texts write it.
const VERSE_NUMBER = /(?:^|\s)\d{1,3} [\p{Lu}‘“"(]/gu
/** This many verse numbers make a passage verse text: a year or a count followed by a capital is rarer than that in prose. */
const MIN_VERSE_NUMBERS = 3

/**
 * Whether a passage is numbered verse text (scripture), where each unit is a verse that can be read
 * on its own; prose sentences lean on the ones around them (issue 11, round eleven: verse text is
 * packed as excerpts around its best verse, prose whole).
 *
 * @example
 * isVerseText('1 The LORD is my shepherd; I shall not want. 2 He maketh me ... 3 He restoreth my soul ...') // true
 */
export function isVerseText(text: string): boolean {
  let count = 0
  for (const _ of text.matchAll(VERSE_NUMBER)) {
    count += 1
    if (count >= MIN_VERSE_NUMBERS) return true
  }
  return false
}
