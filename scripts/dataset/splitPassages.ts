/** Passage sizes in words. */
export interface PassageSizes {
  readonly minWords: number
  readonly maxWords: number
}

/** 60–220 words: a paragraph or two, about the size of a retrieved knowledge chunk (~200 tokens). */
export const DEFAULT_PASSAGE_SIZES: PassageSizes = { minWords: 60, maxWords: 220 }

/** A passage of a book, in reading order. */
export interface Passage {
  readonly ordinal: number
  readonly text: string
  readonly words: number
}

/**
 * Cuts a book into passages of whole paragraphs (blank-line separated; hard-wrapped lines joined),
 * joining short paragraphs up to `maxWords` and cutting a long one at sentence ends. Markdown
 * headings and KJV verse numbers ("1:2 ") are dropped; a passage that stays under `minWords` or is
 * mostly not letters (tables of contents, page furniture) is skipped. Each passage is one source
 * unit of the dataset: its examples never straddle splits.
 *
 * @example
 * [...splitPassages(book)].length
 */
export function* splitPassages(text: string, sizes: PassageSizes = DEFAULT_PASSAGE_SIZES): Generator<Passage> {
  let ordinal = 0
  let pending: string[] = []
  let pendingWords = 0
  const flush = function* (): Generator<Passage> {
    const joined = pending.join('\n\n')
    const words = pendingWords
    pending = []
    pendingWords = 0
    if (words >= sizes.minWords && letterShare(joined) >= 0.7) yield { ordinal: ordinal++, text: joined, words }
  }
  for (const paragraph of paragraphs(text)) {
    for (const piece of cutLong(paragraph, sizes.maxWords)) {
      const words = countWords(piece)
      if (pendingWords > 0 && pendingWords + words > sizes.maxWords) yield* flush()
      pending.push(piece)
      pendingWords += words
      if (pendingWords >= sizes.minWords * 2) yield* flush()
    }
  }
  if (pendingWords > 0) yield* flush()
}

function* paragraphs(text: string): Generator<string> {
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const trimmed = block.trim()
    if (trimmed === '' || /^#{1,6}\s/.test(trimmed)) continue
    const joined = trimmed.split(/\r?\n/).map((line) => line.trim()).join(' ').replace(/^\d+:\d+\s+/, '').replace(/\s+/g, ' ')
    if (joined !== '') yield joined
  }
}

function cutLong(paragraph: string, maxWords: number): string[] {
  if (countWords(paragraph) <= maxWords) return [paragraph]
  const sentences = paragraph.match(/[^.!?;]+[.!?;]+["'’”)]*\s*|[^.!?;]+$/g) ?? [paragraph]
  const pieces: string[] = []
  let current = ''
  for (const sentence of sentences) {
    if (current !== '' && countWords(current + sentence) > maxWords) {
      pieces.push(current.trim())
      current = ''
    }
    current += sentence
  }
  if (current.trim() !== '') pieces.push(current.trim())
  return pieces
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function letterShare(text: string): number {
  const visible = text.replace(/\s+/g, '')
  if (visible.length === 0) return 0
  return (visible.match(/\p{L}/gu)?.length ?? 0) / visible.length
}
