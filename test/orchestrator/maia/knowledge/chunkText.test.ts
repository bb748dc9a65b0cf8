import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunkText } from '../../../../orchestrator/maia/knowledge/chunkText.ts'
import { splitSentences } from '../../../../orchestrator/maia/knowledge/splitSentences.ts'
import { createEstimatedTokenCounter } from '../../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import type { TokenCounter } from '../../../../orchestrator/maia/tokens/TokenCounter.ts'

const counter = createEstimatedTokenCounter()
/** One token per word: makes sizes easy to reason about. */
const wordCounter: TokenCounter = { id: 'words', count: (text) => text.split(/\s+/).filter(Boolean).length }

const sentence = (index: number): string => `Sentence number ${index} says something about the soul and its journey.`
const book = Array.from({ length: 12 }, (_, paragraph) => Array.from({ length: 5 }, (_, line) => sentence(paragraph * 5 + line)).join(' ')).join('\n\n')

describe('splitSentences', () => {
  it('splits paragraphs and sentences, keeping offsets, and respects abbreviations and initials', () => {
    const text = 'Dr. Freud met C. G. Jung in 1907. They talked for hours!\n\nThen, "Why?" asked Mrs. Jung. I do not know, said I. The end'
    const spans = splitSentences(text)
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Dr. Freud met C. G. Jung in 1907.', 'They talked for hours!', 'Then, "Why?" asked Mrs. Jung.', 'I do not know, said I.', 'The end'
    ])
    expect(spans.map((span) => span.paragraphStart)).toEqual([true, false, true, false, false])
  })

  it('does not break at a line wrap inside a sentence', () => {
    const text = 'A man was\nperfect and upright. And he\nfeared God.'
    expect(splitSentences(text).map((span) => text.slice(span.start, span.end))).toEqual(['A man was\nperfect and upright.', 'And he\nfeared God.'])
  })
})

describe('chunkText', () => {
  const chunks = chunkText(book, wordCounter, { targetTokens: 40, overlapTokens: 12 })

  it('keeps every chunk within the target and records exact positions', () => {
    expect(chunks.length).toBeGreaterThan(5)
    chunks.forEach((chunk, index) => {
      expect(chunk.ordinal).toBe(index)
      expect(chunk.tokens).toBeLessThanOrEqual(40)
      expect(chunk.tokens).toBe(wordCounter.count(chunk.text))
      expect(book.slice(chunk.start, chunk.end)).toBe(chunk.text)
    })
  })

  it('cuts at sentence boundaries and repeats the previous chunk\'s last sentence as overlap', () => {
    for (const chunk of chunks) {
      expect(chunk.text).toMatch(/^Sentence number \d+/)
      expect(chunk.text).toMatch(/journey\.$/)
    }
    for (let index = 1; index < chunks.length; index += 1) {
      const previous = chunks[index - 1]!
      const current = chunks[index]!
      expect(current.start).toBeGreaterThan(previous.start)
      // 12 tokens allow one 11-word sentence of overlap.
      expect(current.start).toBeLessThan(previous.end)
      expect(wordCounter.count(book.slice(current.start, previous.end))).toBeLessThanOrEqual(12)
    }
  })

  it('ends a well-filled chunk at a paragraph break rather than cutting the next paragraph', () => {
    // Paragraphs of two 11-token sentences: three sentences would fit in 36 tokens, but the third
    // would start a paragraph that cannot end in this chunk.
    const shortParagraphs = Array.from({ length: 10 }, (_, paragraph) => `${sentence(paragraph * 2)} ${sentence(paragraph * 2 + 1)}`).join('\n\n')
    const paragraphEnds = new Set([...shortParagraphs.matchAll(/journey\.(?=\n\n|$)/g)].map((match) => match.index + 'journey.'.length))
    for (const chunk of chunkText(shortParagraphs, wordCounter, { targetTokens: 36, overlapTokens: 0 })) {
      expect(paragraphEnds.has(chunk.end)).toBe(true)
      expect(chunk.tokens).toBe(22)
    }
  })

  it('cuts a sentence longer than the target at word boundaries', () => {
    const long = `${Array.from({ length: 300 }, (_, index) => `word${index}`).join(' ')}.`
    const pieces = chunkText(long, wordCounter, { targetTokens: 50, overlapTokens: 0 })
    expect(pieces.length).toBe(6)
    for (const piece of pieces) {
      expect(piece.tokens).toBeLessThanOrEqual(50)
      expect(piece.text).toMatch(/^word\d+/)
    }
  })

  it('covers the whole text, within budget, for any text (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/)
    const sentenceArbitrary = fc.tuple(fc.array(word, { minLength: 1, maxLength: 30 }), fc.constantFrom('.', '!', '?')).map(([words, end]) => `${words.join(' ')}${end}`)
    const paragraph = fc.array(sentenceArbitrary, { minLength: 1, maxLength: 8 }).map((sentences) => sentences.join(' '))
    const text = fc.array(paragraph, { minLength: 1, maxLength: 10 }).map((paragraphs) => paragraphs.join('\n\n'))
    fc.assert(fc.property(text, fc.integer({ min: 8, max: 80 }), (source, target) => {
      const overlap = Math.floor(target / 4)
      const result = chunkText(source, counter, { targetTokens: target, overlapTokens: overlap })
      let covered = 0
      for (const chunk of result) {
        expect(source.slice(chunk.start, chunk.end)).toBe(chunk.text)
        expect(chunk.tokens).toBeLessThanOrEqual(target)
        expect(chunk.start).toBeLessThanOrEqual(covered === 0 ? chunk.start : covered + 2)
        covered = Math.max(covered, chunk.end)
      }
      expect(covered).toBe(source.trimEnd().length)
    }), { numRuns: 150 })
  })

  it('rejects an overlap as large as the chunk', () => {
    expect(() => chunkText(book, counter, { targetTokens: 10, overlapTokens: 10 })).toThrow(RangeError)
  })
})
