import { splitSentences } from './splitSentences.ts'

// A King James verse starts with its number ("3 He restoreth my soul: ..."); verses that end in ":"
// or ";" are no sentences to splitSentences, so a verse number splits too.
const VERSE_MARK = /\s+(?=\d{1,3} [\p{Lu}‘“"(])/u
/** Units shorter than this join the next one: a lone "Selah." or "1." says nothing to an encoder. */
const MIN_UNIT_WORDS = 6

/**
 * The sentences of a passage (for verse text: its verses), verse and section numbers dropped, each
 * a text the sentence encoder reads on its own (issue 11, round ten-b: the passage's best sentence's
 * cosine with the question finds the asked verse among a passage's seven to ten).
 *
 * @example
 * sentenceUnitsOf('1 The LORD is my shepherd; I shall not want. 2 He maketh me to lie down in green pastures: he leadeth me beside the still waters.')
 * // ['The LORD is my shepherd; I shall not want.', 'He maketh me to lie down in green pastures: he leadeth me beside the still waters.']
 */
export function sentenceUnitsOf(text: string): string[] {
  const spans = splitSentences(text)
  const pieces = (spans.length === 0 ? [text] : spans.map((span) => text.slice(span.start, span.end)))
    .flatMap((piece) => piece.split(VERSE_MARK))
    .map((piece) => piece.replace(/^\d{1,3}\.? /, '').replace(/\s+/g, ' ').trim())
    .filter((piece) => piece.length > 0)
  const units: string[] = []
  let carry = ''
  for (const piece of pieces) {
    const joined = carry === '' ? piece : `${carry} ${piece}`
    if (joined.split(' ').length < MIN_UNIT_WORDS) {
      carry = joined
      continue
    }
    units.push(joined)
    carry = ''
  }
  if (carry !== '') {
    if (units.length > 0) units[units.length - 1] += ` ${carry}`
    else units.push(carry)
  }
  return units
}
