import { describe, expect, it } from 'vitest'
import type { StoredChunk } from '../../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { excerptPassage } from '../../../bench/knowledge/excerptPassage.ts'
import { isVerseText } from '../../../bench/knowledge/isVerseText.ts'
import { sentenceUnitSpansOf } from '../../../orchestrator/maia/knowledge/sentenceUnits.ts'
import { createEstimatedTokenCounter } from '../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'

const counter = createEstimatedTokenCounter()
const book = 'Psalm\n\n1 The LORD is my shepherd; I shall not want. 2 He maketh me to lie down in green pastures: he leadeth me beside the still waters. 3 He restoreth my soul: he leadeth me in the paths of righteousness for his name\'s sake. 4 Yea, though I walk through the valley of the shadow of death, I will fear no evil: for thou art with me.'
const start = book.indexOf('1 The')
const text = book.slice(start)
const chunk: StoredChunk = { id: 'psalm#0', source: 'psalm.txt', title: 'Psalm', author: 'David', text, tokens: counter.count(text), ordinal: 0, start, end: book.length, topics: [], curator: null }
const units = sentenceUnitSpansOf(text).map((unit) => ({ ...unit, tokens: counter.count(text.slice(unit.start, unit.end)) }))

describe('excerptPassage', () => {
  it('keeps the best unit and grows towards the better neighbour while it fits, as a slice of the same source', () => {
    const excerpt = excerptPassage(chunk, units, [0.1, 0.3, 0.9, 0.5], units[2]!.tokens + units[3]!.tokens + 2)
    expect(excerpt.text).toBe(text.slice(units[2]!.start, units[3]!.end))
    expect(book.slice(excerpt.start, excerpt.end)).toBe(excerpt.text)
    expect(excerpt.tokens).toBe(units[2]!.tokens + units[3]!.tokens + 1)
    expect(excerpt.tokens).toBeGreaterThanOrEqual(counter.count(excerpt.text))
    expect(excerpt.id).toBe(chunk.id)
  })

  it('keeps a best unit longer than the budget whole, and a passage that fits as it is', () => {
    const excerpt = excerptPassage(chunk, units, [0, 0, 0, 1], 3)
    expect(excerpt.text).toBe(text.slice(units[3]!.start, units[3]!.end))
    expect(excerptPassage(chunk, units, [0, 0, 0, 1], chunk.tokens)).toBe(chunk)
    expect(excerptPassage(chunk, [], [], 3)).toBe(chunk)
  })
})

describe('isVerseText', () => {
  it('tells numbered verses from prose', () => {
    expect(isVerseText(text)).toBe(true)
    expect(isVerseText('In 1899 Freud wrote of dreams. 2. The second book. He said 3 Things were so.')).toBe(false)
  })
})
