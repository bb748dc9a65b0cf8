import { describe, expect, it } from 'vitest'
import type { StoredChunk } from '../../../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { largestUncovered, packChunks } from '../../../../orchestrator/maia/knowledge/packChunks.ts'
import { reciprocalRankFusion } from '../../../../orchestrator/maia/knowledge/reciprocalRankFusion.ts'
import type { TokenCounter } from '../../../../orchestrator/maia/tokens/TokenCounter.ts'

const words: TokenCounter = { id: 'words', count: (text) => text.split(/\s+/).filter(Boolean).length }
// Ten sentences of five words each, one space apart: easy offsets to overlap.
const book = Array.from({ length: 10 }, (_, index) => `Sentence ${index} of the book.`).join(' ')
const sentenceStart = (index: number): number => book.indexOf(`Sentence ${index} `)
const sentenceEnd = (index: number): number => book.indexOf('.', sentenceStart(index)) + 1

function chunk(source: string, first: number, last: number, text = book): StoredChunk {
  const start = sentenceStart(first)
  const end = sentenceEnd(last)
  return { id: `${source}#${first}`, source, title: 'T', author: 'A', text: text.slice(start, end), tokens: 5 * (last - first + 1), ordinal: first, start, end, topics: [], curator: null }
}

describe('packChunks', () => {
  it('takes candidates best first while they fit, skipping ones that do not', () => {
    const { chunks, totalTokens } = packChunks([chunk('a', 0, 3), chunk('b', 0, 5), chunk('c', 0, 0)], words, { budgetTokens: 26 })
    expect(chunks.map((packed) => packed.source)).toEqual(['a', 'c'])
    expect(totalTokens).toBe(25)
    expect(chunks.reduce((sum, packed) => sum + packed.tokens, 0)).toBe(totalTokens)
  })

  it('drops exact duplicates from other sources', () => {
    const { chunks } = packChunks([chunk('a', 0, 1), chunk('copy-of-a', 0, 1)], words, { budgetTokens: 100 })
    expect(chunks.map((packed) => packed.source)).toEqual(['a'])
  })

  it('joins an overlapping neighbour into one continuous passage, without repeating the overlap', () => {
    const { chunks, totalTokens } = packChunks([chunk('a', 2, 4), chunk('a', 4, 6), chunk('a', 0, 2)], words, { budgetTokens: 100 })
    expect(chunks).toHaveLength(1)
    expect(chunks[0]!.text).toBe(book.slice(sentenceStart(0), sentenceEnd(6)))
    expect(chunks[0]!.start).toBe(sentenceStart(0))
    expect(totalTokens).toBe(35)
  })

  it('keeps only the new part of a chunk that overlaps a passage it does not continue', () => {
    // Chunk 3-7 overlaps taken 0-4 and 6-9 on both sides: its only new text is sentence 5.
    const { chunks } = packChunks([chunk('a', 0, 4), chunk('a', 6, 9), chunk('a', 3, 7)], words, { budgetTokens: 100, minNewShare: 0.1 })
    expect(chunks).toHaveLength(1)
    expect(chunks[0]!.text).toBe(book)
    expect(chunks[0]!.tokens).toBe(50)
  })

  it('drops a chunk that is almost entirely covered already', () => {
    const { chunks } = packChunks([chunk('a', 0, 8), chunk('b', 0, 0), chunk('a', 1, 9)], words, { budgetTokens: 100 })
    expect(chunks.map((packed) => [packed.source, packed.start])).toEqual([['a', 0], ['b', 0]])
  })

  it('gives a joined passage the count of its text, not the sum of its pieces', () => {
    // A token per 10 characters, rounded up: the two sentences counted apart take 3 + 3, joined 5.
    const byCharacters: TokenCounter = { id: 'characters', count: (text) => Math.ceil(text.length / 10) }
    const { chunks, totalTokens } = packChunks([chunk('a', 0, 0), chunk('a', 0, 1)], byCharacters, { budgetTokens: 1_000 })
    expect(chunks).toHaveLength(1)
    expect(chunks[0]!.text).toBe(book.slice(sentenceStart(0), sentenceEnd(1)))
    expect(chunks[0]!.tokens).toBe(5)
    expect(totalTokens).toBe(5)
  })

  it('never exceeds the budget, even when joining', () => {
    const { chunks, totalTokens } = packChunks([chunk('a', 0, 2), chunk('a', 2, 6)], words, { budgetTokens: 20 })
    expect(totalTokens).toBeLessThanOrEqual(20)
    expect(chunks).toHaveLength(1)
    expect(chunks[0]!.text).toBe(book.slice(sentenceStart(0), sentenceEnd(2)))
  })
})

describe('packChunks without recounting', () => {
  it('takes the stored count of a whole chunk when the counter is the one that sized it, and counts only new pieces and each joined passage once', () => {
    const counted: string[] = []
    const spy: TokenCounter = { id: 'words', count: (text) => { counted.push(text); return words.count(text) } }
    const { chunks, totalTokens } = packChunks([chunk('a', 0, 2), chunk('b', 0, 1), chunk('a', 2, 4)], spy, { budgetTokens: 100, storedTokensCounter: 'words' })
    expect(chunks.map((packed) => packed.source)).toEqual(['a', 'b'])
    // Only the join's new piece (sentences 3-4, after the shared sentence 2) was counted while
    // packing, and the joined passage once at the end, so that its count is its text's.
    expect(counted).toEqual([book.slice(sentenceEnd(2), sentenceEnd(4)), book.slice(sentenceStart(0), sentenceEnd(4))])
    expect(chunks[0]!.tokens).toBe(25)
    expect(totalTokens).toBe(35)
  })

  it('recounts every chunk when the counter differs from the ingest one', () => {
    const counted: string[] = []
    const spy: TokenCounter = { id: 'other', count: (text) => { counted.push(text); return words.count(text) } }
    packChunks([chunk('a', 0, 2), chunk('b', 0, 1)], spy, { budgetTokens: 100, storedTokensCounter: 'words' })
    expect(counted).toHaveLength(2)
  })
})

describe('largestUncovered', () => {
  it('finds the longest stretch no covered range touches, leftmost among equals', () => {
    expect(largestUncovered({ start: 0, end: 10 }, [])).toEqual({ start: 0, end: 10 })
    expect(largestUncovered({ start: 0, end: 10 }, [{ start: 20, end: 30 }])).toEqual({ start: 0, end: 10 })
    expect(largestUncovered({ start: 0, end: 10 }, [{ start: 6, end: 8 }, { start: 2, end: 3 }])).toEqual({ start: 3, end: 6 })
    expect(largestUncovered({ start: 0, end: 10 }, [{ start: 4, end: 6 }])).toEqual({ start: 0, end: 4 })
    expect(largestUncovered({ start: 0, end: 10 }, [{ start: -5, end: 4 }, { start: 3, end: 7 }])).toEqual({ start: 7, end: 10 })
    expect(largestUncovered({ start: 0, end: 10 }, [{ start: 0, end: 5 }, { start: 5, end: 10 }])).toBeUndefined()
  })
})

describe('reciprocalRankFusion', () => {
  it('rewards items ranked well by several retrievers, keeping first-seen order on ties', () => {
    expect(reciprocalRankFusion([['a', 'b', 'c'], ['b', 'd']], (id) => id)).toEqual(['b', 'a', 'd', 'c'])
    expect(reciprocalRankFusion([['x', 'y'], ['y', 'x']], (id) => id)).toEqual(['x', 'y'])
  })
})
