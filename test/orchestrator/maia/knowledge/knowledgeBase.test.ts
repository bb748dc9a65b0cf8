import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Embedder, KnowledgeBase } from '../../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { collectDocuments } from '../../../../orchestrator/maia/knowledge/collectDocuments.ts'
import { SAMPLE_LIBRARY_DIRECTORY } from '../../../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { normalize } from '../../../../orchestrator/maia/knowledge/embedders/normalize.ts'
import { EmbedderMismatchError, InvalidSearchOptionsError } from '../../../../orchestrator/maia/knowledge/errors.ts'
import { openKnowledgeBase } from '../../../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { createEstimatedTokenCounter } from '../../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'

const tokenCounter = createEstimatedTokenCounter()
const CURATOR = '0x52908400098527886E0F7030069857D2E4169EE7'
// Small chunks so the sample library (a few KB) yields several per book, with overlaps.
const chunking = { targetTokens: 60, overlapTokens: 15 }

/** Deterministic bag-of-words hashing: enough to exercise the vector path without a model. */
function hashingEmbedder(dimensions = 32): Embedder {
  return {
    id: 'test:hashing',
    dimensions,
    async embed(texts) {
      return texts.map((text) => {
        const vector = new Float32Array(dimensions)
        for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
          let hash = 0
          for (const character of word) hash = (hash * 31 + character.charCodeAt(0)) >>> 0
          vector[hash % dimensions]! += 1
        }
        return normalize(vector)
      })
    },
    async dispose() {}
  }
}

describe('knowledge base on the sample library', () => {
  let directory: string
  let knowledgeBase: KnowledgeBase

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maia-kb-'))
    knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking })
    const documents = await collectDocuments([SAMPLE_LIBRARY_DIRECTORY], { curator: CURATOR })
    const progress: number[] = []
    const report = await knowledgeBase.ingest(documents, { onProgress: (update) => progress.push(update.documents) })
    expect(report.documents).toBe(4)
    expect(report.chunks).toBeGreaterThan(8)
    expect(progress).toEqual([1, 2, 3, 4])
  })
  afterAll(async () => {
    await knowledgeBase.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('finds the passage that answers a question, cited with its metadata', async () => {
    const { chunks, totalTokens } = await knowledgeBase.search('What should I do with a recurring dream?', { budgetTokens: 200 })
    expect(chunks[0]).toMatchObject({ source: 'on-dreams.md', title: 'On Dreams', author: 'MAIA Network contributors', curator: CURATOR })
    expect(chunks[0]!.text).toMatch(/recurring dream/i)
    expect(chunks[0]!.topics).toContain('dreams')
    expect(totalTokens).toBeLessThanOrEqual(200)
    expect(chunks.reduce((sum, chunk) => sum + chunk.tokens, 0)).toBe(totalTokens)
  })

  it('packs within the budget with no passage overlapping another', async () => {
    for (const budgetTokens of [50, 150, 400, 5_000]) {
      const { chunks, totalTokens } = await knowledgeBase.search('soul death grief dream time', { budgetTokens })
      expect(totalTokens).toBeLessThanOrEqual(budgetTokens)
      for (const [index, chunk] of chunks.entries()) {
        expect(chunk.tokens).toBe(tokenCounter.count(chunk.text))
        for (const other of chunks.slice(index + 1)) {
          if (other.source === chunk.source) expect(other.start >= chunk.end || other.end <= chunk.start).toBe(true)
          expect(other.text).not.toBe(chunk.text)
        }
      }
    }
  })

  it('filters by author (case-insensitive substring) and by topic', async () => {
    const byAuthor = await knowledgeBase.search('soul', { budgetTokens: 5_000, author: 'hebrew' })
    expect(byAuthor.chunks.length).toBeGreaterThan(0)
    expect(new Set(byAuthor.chunks.map((chunk) => chunk.author))).toEqual(new Set(['Anonymous (Hebrew Bible)']))
    const byTopic = await knowledgeBase.search('walk alone', { budgetTokens: 5_000, topic: 'Grief' })
    expect(byTopic.chunks.length).toBeGreaterThan(0)
    for (const chunk of byTopic.chunks) expect(chunk.topics).toContain('grief')
    // Filter text is data, never SQL.
    expect((await knowledgeBase.search('soul', { budgetTokens: 5_000, author: "x' OR '1'='1" })).chunks).toEqual([])
    expect((await knowledgeBase.search('soul', { budgetTokens: 5_000, author: '%' })).chunks).toEqual([])
  })

  it('returns nothing for a question with no matching words, and rejects a bad budget', async () => {
    expect(await knowledgeBase.search('zzzz qqqq', { budgetTokens: 1_000 })).toEqual({ chunks: [], totalTokens: 0 })
    await expect(knowledgeBase.search('soul', { budgetTokens: 0 })).rejects.toBeInstanceOf(InvalidSearchOptionsError)
  })

  it('replaces a re-ingested source instead of duplicating it', async () => {
    const before = await knowledgeBase.stats()
    await knowledgeBase.ingest(await collectDocuments([join(SAMPLE_LIBRARY_DIRECTORY, 'on-grief.md')]))
    const after = await knowledgeBase.stats()
    expect(after.chunks).toBe(before.chunks)
    expect(after.sources).toEqual(['elements-check-in.md', 'kjv-seasons-and-shepherd.txt', 'on-dreams.md', 'on-grief.md'])
    // Re-ingested without a curator flag: the new chunks carry none.
    const { chunks } = await knowledgeBase.search('grief love', { budgetTokens: 100, topic: 'grief' })
    expect(chunks[0]!.curator).toBeUndefined()
  })

  it('searches a follow-up with the user\'s earlier turns, and keeps the plain BM25 retrieval for comparison', async () => {
    // "What should I write down?" alone says nothing of dreams; the conversation does.
    const followUp = await knowledgeBase.search('What should I write down first?', { budgetTokens: 60, earlierTurns: ['I keep having the same recurring dream'] })
    expect(followUp.chunks[0]!.source).toBe('on-dreams.md')
    await expect(knowledgeBase.search('soul', { budgetTokens: 100, earlierTurns: [42] as unknown as string[] })).rejects.toBeInstanceOf(InvalidSearchOptionsError)
    const bm25 = await openKnowledgeBase({ directory, tokenCounter, retrieval: 'bm25' })
    try {
      const { chunks } = await bm25.search('What should I do with a recurring dream?', { budgetTokens: 200 })
      expect(chunks[0]!.source).toBe('on-dreams.md')
    } finally {
      await bm25.close()
    }
  })

  it('honours an abort signal', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(knowledgeBase.search('soul', { budgetTokens: 100, signal: controller.signal })).rejects.toThrow()
  })
})

describe('knowledge base with dense vectors', () => {
  it('fuses vector and BM25 results, and refuses to mix embedders in one index', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-kb-vectors-'))
    try {
      const embedder = hashingEmbedder()
      const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, embedder })
      await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
      expect((await knowledgeBase.stats()).vectors).toBe(true)
      const { chunks } = await knowledgeBase.search('fire water earth air', { budgetTokens: 300, author: 'contributors' })
      expect(chunks[0]!.source).toBe('elements-check-in.md')
      // Words BM25 cannot match still have nearest neighbours by vector.
      expect((await knowledgeBase.search('zzzz qqqq', { budgetTokens: 300 })).chunks.length).toBeGreaterThan(0)
      await knowledgeBase.close()

      const withoutVectors = await openKnowledgeBase({ directory, tokenCounter })
      await expect(withoutVectors.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))).rejects.toBeInstanceOf(EmbedderMismatchError)
      // Searching without the embedder still works: BM25 only.
      expect((await withoutVectors.search('shepherd', { budgetTokens: 300 })).chunks[0]!.source).toBe('kjv-seasons-and-shepherd.txt')
      await withoutVectors.close()
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
