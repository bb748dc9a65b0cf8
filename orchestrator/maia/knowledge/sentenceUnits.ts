import { splitSentences } from './splitSentences.ts'

// A King James verse starts with its number ("3 He restoreth my soul: ..."); verses that end in ":"
// or ";" are no sentences to splitSentences, so a verse number splits too.
const VERSE_MARK = /\s+(?=\d{1,3} [\p{Lu}‘“"(])/gu
/** Units shorter than this join the next one: a lone "Selah." or "1." says nothing to an encoder. */
const MIN_UNIT_WORDS = 6

/** A sentence unit: the text the encoder reads, and where it lies in the passage (`[start, end)`, verse number included). */
export interface SentenceUnitSpan {
  readonly text: string
  readonly start: number
  readonly end: number
}

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
  return sentenceUnitSpansOf(text).map((unit) => unit.text)
}

/**
 * The same units as sentenceUnitsOf, each with its place in `text` (round eleven: a passage can be
 * packed as the few units around its best one). `text.slice(start, end)` is the unit's raw text, its
 * verse number kept; units that joined span all their pieces.
 *
 * @example
 * sentenceUnitSpansOf('1 In the beginning God created the heaven. 2 And the earth was without form.')
 * // [{ text: 'In the beginning God created the heaven.', start: 0, end: 42 }, { text: 'And the earth was without form.', start: 43, end: 76 }]
 */
export function sentenceUnitSpansOf(text: string): SentenceUnitSpan[] {
  const sentences = splitSentences(text)
  const raw = sentences.length === 0 ? [{ start: 0, end: text.length }] : sentences
  const pieces: SentenceUnitSpan[] = []
  for (const sentence of raw) {
    const body = text.slice(sentence.start, sentence.end)
    let at = 0
    const cut = (end: number, next: number): void => {
      const piece = body.slice(at, end)
      const cleaned = piece.replace(/^\d{1,3}\.? /, '').replace(/\s+/g, ' ').trim()
      if (cleaned.length > 0) {
        const leading = piece.length - piece.trimStart().length
        pieces.push({ text: cleaned, start: sentence.start + at + leading, end: sentence.start + at + piece.trimEnd().length })
      }
      at = next
    }
    for (const match of body.matchAll(VERSE_MARK)) cut(match.index, match.index + match[0].length)
    cut(body.length, body.length)
  }
  const units: SentenceUnitSpan[] = []
  let carry: SentenceUnitSpan | undefined
  for (const piece of pieces) {
    const joined = carry === undefined ? piece : { text: `${carry.text} ${piece.text}`, start: carry.start, end: piece.end }
    if (joined.text.split(' ').length < MIN_UNIT_WORDS) {
      carry = joined
      continue
    }
    units.push(joined)
    carry = undefined
  }
  if (carry !== undefined) {
    const last = units.pop()
    units.push(last === undefined ? carry : { text: `${last.text} ${carry.text}`, start: last.start, end: carry.end })
  }
  return units
}
