/** A span of the source text: [start, end) character offsets, trimmed of surrounding whitespace. */
export interface TextSpan {
  readonly start: number
  readonly end: number
  /** True for the first span of a paragraph: a preferred place to start a chunk. */
  readonly paragraphStart: boolean
}

// Words that end with a period without ending a sentence (titles, Latin abbreviations, initials).
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'rev', 'vol', 'vols', 'ch', 'chap', 'cf', 'viz', 'etc', 'e.g', 'i.e', 'ibid', 'op', 'cit', 'p', 'pp', 'no', 'ed', 'trans', 'fig', 'vs', 'sc', 'cic', 'orat'])

// A sentence ends at . ! or ? (plus closing quotes/brackets) followed by whitespace and
// something that can open a sentence. `\n` alone is not a boundary: books wrap lines.
const BOUNDARY = /[.!?]+['"’”)\]_*]*\s+(?=['"‘“(\[_*]*[\p{Lu}\d])/gu

/** Splits `text` into paragraphs (blank-line separated), each into sentences, keeping offsets. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = []
  for (const paragraph of paragraphs(text)) {
    let sentenceStart = paragraph.start
    let first = true
    const body = text.slice(paragraph.start, paragraph.end)
    for (const match of body.matchAll(BOUNDARY)) {
      const punctuationAt = paragraph.start + match.index
      if (isAbbreviation(text, sentenceStart, punctuationAt)) continue
      const end = paragraph.start + match.index + match[0].trimEnd().length
      spans.push({ start: sentenceStart, end, paragraphStart: first })
      first = false
      sentenceStart = paragraph.start + match.index + match[0].length
    }
    if (sentenceStart < paragraph.end) spans.push({ start: sentenceStart, end: paragraph.end, paragraphStart: first })
  }
  return spans
}

function* paragraphs(text: string): Generator<{ start: number; end: number }> {
  const separator = /\n[ \t]*\n\s*/g
  let start = 0
  for (const match of text.matchAll(separator)) {
    yield* trimmed(text, start, match.index)
    start = match.index + match[0].length
  }
  yield* trimmed(text, start, text.length)
}

function* trimmed(text: string, start: number, end: number): Generator<{ start: number; end: number }> {
  while (start < end && /\s/.test(text[start]!)) start += 1
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1
  if (end > start) yield { start, end }
}

/** Whether the word before the period at `punctuationAt` is an abbreviation or an initial ("C. G. Jung"). */
function isAbbreviation(text: string, sentenceStart: number, punctuationAt: number): boolean {
  if (text[punctuationAt] !== '.') return false
  const before = text.slice(Math.max(sentenceStart, punctuationAt - 12), punctuationAt)
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]
  if (word === undefined) return false
  // A lone capital is an initial, except the pronoun "I" that often ends a sentence.
  if (word.length === 1 && word !== 'I' && /\p{Lu}/u.test(word)) return true
  return ABBREVIATIONS.has(word.toLowerCase())
}
