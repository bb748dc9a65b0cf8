import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino, type Logger } from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Embedder } from '../../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { buildPassageVectors } from '../../../../orchestrator/maia/knowledge/buildPassageVectors.ts'
import { collectDocuments } from '../../../../orchestrator/maia/knowledge/collectDocuments.ts'
import type { StoredChunk } from '../../../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { createDenseRetriever } from '../../../../orchestrator/maia/knowledge/createDenseRetriever.ts'
import { createQueryVectorCache } from '../../../../orchestrator/maia/knowledge/createQueryVectorCache.ts'
import { SAMPLE_LIBRARY_DIRECTORY } from '../../../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { normalize } from '../../../../orchestrator/maia/knowledge/embedders/normalize.ts'
import { reciprocalRankFusion } from '../../../../orchestrator/maia/knowledge/reciprocalRankFusion.ts'
import { openKnowledgeBase } from '../../../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { passageWindows } from '../../../../orchestrator/maia/knowledge/passageWindows.ts'
import { PASSAGE_VECTORS_FILE, SENTENCE_VECTORS_FILE, passageTextHash, readPassageVectors, writePassageVectors } from '../../../../orchestrator/maia/knowledge/passageVectorCache.ts'
import { sentenceUnitsOf } from '../../../../orchestrator/maia/knowledge/sentenceUnits.ts'
import { silentLogger } from '../../../../shared/log/index.ts'
import { createEstimatedTokenCounter } from '../../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'

const tokenCounter = createEstimatedTokenCounter()
const chunking = { targetTokens: 60, overlapTokens: 15 }

/**
 * A stand-in for the sentence encoder that knows one "concept": texts about dreams, and the made-up
 * word `oneirics`, which appears in no book, point one way; everything else another. So a question
 * that shares no word with the dream essay can only reach it through the dense ranking.
 */
function conceptEncoder(id = 'test:concept'): Embedder & { encoded: string[] } {
  const encoded: string[] = []
  return {
    id,
    dimensions: 4,
    encoded,
    async embed(texts) {
      encoded.push(...texts)
      return texts.map((text) => normalize(Float32Array.from(/dream|oneirics/i.test(text) ? [1, 0, 0, 0.1] : [0, 1, 0, 0.1])))
    },
    async dispose() {}
  }
}

function chunk(id: string, author: string): StoredChunk {
  return { id, source: `${id}.md`, title: id, author, text: id, tokens: 1, ordinal: 0, start: 0, end: 1, topics: [], curator: null }
}

/** A logger whose messages the test can wait for. */
function recordingLogger(): { logger: Logger; messages: string[]; waitFor(message: string): Promise<void> } {
  const messages: string[] = []
  const logger: Logger = pino({ level: 'debug' }, { write: (line: string) => { messages.push((JSON.parse(line) as { msg: string }).msg) } })
  const waitFor = async (message: string): Promise<void> => {
    for (let tries = 0; tries < 500 && !messages.includes(message); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(messages).toContain(message)
  }
  return { logger, messages, waitFor }
}

describe('createDenseRetriever', () => {
  it('ranks chunks by cosine with the query and honours the author filter', () => {
    const chunks = [chunk('a', 'Plato'), chunk('b', 'Jung'), chunk('c', 'Plato')]
    const vectors = [[1, 0], [0.8, 0.6], [0, 1]].map((row) => Float32Array.from(row))
    const dense = createDenseRetriever(chunks, vectors)
    expect(dense.rank(Float32Array.from([0, 1]), {}, 3).map((c) => c.id)).toEqual(['c', 'b', 'a'])
    expect(dense.rank(Float32Array.from([0, 1]), { author: 'plato' }, 3).map((c) => c.id)).toEqual(['c', 'a'])
    expect(dense.rank(Float32Array.from([1, 0]), {}, 1).map((c) => c.id)).toEqual(['a'])
  })

  it('gives every chunk its score, -Infinity where the filter leaves it out', () => {
    const chunks = [chunk('a', 'Plato'), chunk('b', 'Jung')]
    const dense = createDenseRetriever(chunks, [[1, 0], [0.6, 0.8]].map((row) => Float32Array.from(row)))
    expect([...dense.scores(Float32Array.from([0, 1]), {})]).toEqual([0, expect.closeTo(0.8, 6)])
    expect([...dense.scores(Float32Array.from([0, 1]), { author: 'jung' })]).toEqual([-Infinity, expect.closeTo(0.8, 6)])
  })

  it('refuses vectors that do not match the chunks one for one', () => {
    expect(() => createDenseRetriever([chunk('a', 'x')], [])).toThrow(RangeError)
  })

  it('scores a chunk by its best window when each vector names its chunk', () => {
    const chunks = [chunk('a', 'Plato'), chunk('b', 'Jung')]
    // a: two windows, one far from the query and one near it; b: one window, fairly near.
    const vectors = [[0, 1], [0.99, 0.141], [0.8, 0.6]].map((row) => Float32Array.from(row))
    const dense = createDenseRetriever(chunks, vectors, [0, 0, 1])
    expect(dense.rank(Float32Array.from([1, 0]), {}, 2).map((c) => c.id)).toEqual(['a', 'b'])
    expect(dense.rank(Float32Array.from([0, 1]), { author: 'jung' }, 2).map((c) => c.id)).toEqual(['b'])
    expect(() => createDenseRetriever(chunks, vectors, [0, 2, 1])).toThrow(RangeError)
    expect(() => createDenseRetriever(chunks, vectors, [0, 1])).toThrow(RangeError)
  })
})

describe('passageWindows', () => {
  const text = Array.from({ length: 12 }, (_, index) => `Sentence number ${index} says one thing about the soul and the body.`).join(' ')

  it('cuts a passage into overlapping windows of whole sentences, or keeps it whole', () => {
    expect(passageWindows(text, tokenCounter, null)).toEqual([text])
    expect(passageWindows('A short passage.', tokenCounter, 40)).toEqual(['A short passage.'])
    const windows = passageWindows(text, tokenCounter, 40)
    expect(windows.length).toBeGreaterThan(2)
    for (const window of windows) {
      expect(tokenCounter.count(window)).toBeLessThanOrEqual(40)
      expect(text).toContain(window)
      expect(window).toMatch(/^Sentence number \d+ .*\.$/)
    }
    expect(windows[0]).toMatch(/^Sentence number 0 /)
    expect(windows.at(-1)).toMatch(/Sentence number 11 says one thing about the soul and the body\.$/)
  })
})

describe('passage vector cache', () => {
  let directory: string
  beforeEach(async () => { directory = await mkdtemp(join(tmpdir(), 'maia-vectors-')) })
  afterEach(async () => { await rm(directory, { recursive: true, force: true }) })

  it('round-trips vectors by text hash, for the encoder that made them only', async () => {
    const vectors = new Map([[passageTextHash('one'), Float32Array.from([0.6, 0.8])], [passageTextHash('two'), Float32Array.from([1, 0])]])
    await writePassageVectors(directory, 'enc:a', vectors)
    const read = await readPassageVectors(directory, 'enc:a')
    expect([...read.keys()]).toEqual([...vectors.keys()])
    expect([...read.get(passageTextHash('one'))!]).toEqual([...Float32Array.from([0.6, 0.8])])
    expect((await readPassageVectors(directory, 'enc:b')).size).toBe(0)
  })

  it('treats a missing or torn file as empty', async () => {
    expect((await readPassageVectors(directory, 'enc:a')).size).toBe(0)
    await writeFile(join(directory, PASSAGE_VECTORS_FILE), 'not a vector file')
    expect((await readPassageVectors(directory, 'enc:a')).size).toBe(0)
  })

  it('encodes only the passages it has not seen, and keeps only the current ones', async () => {
    const encoder = conceptEncoder()
    const first = [chunk('alpha', 'x'), chunk('beta', 'x')]
    await buildPassageVectors(first, { directory, encoder, logger: silentLogger() })
    expect(encoder.encoded).toEqual(['alpha', 'beta'])
    const vectors = await buildPassageVectors([chunk('beta', 'x'), chunk('gamma', 'x')], { directory, encoder, logger: silentLogger() })
    expect(encoder.encoded).toEqual(['alpha', 'beta', 'gamma'])
    expect(vectors).toHaveLength(2)
    expect([...(await readPassageVectors(directory, encoder.id)).keys()]).toEqual([passageTextHash('beta'), passageTextHash('gamma')])
  })

  it('stops when aborted', async () => {
    const abort = new AbortController()
    abort.abort()
    await expect(buildPassageVectors([chunk('alpha', 'x')], { directory, encoder: conceptEncoder(), logger: silentLogger(), signal: abort.signal })).rejects.toThrow()
  })
})

describe('query vector cache', () => {
  it('encodes a text once, and mixes in earlier turns at their weight', async () => {
    const encoder = conceptEncoder()
    const cache = createQueryVectorCache(2)
    const alone = await cache.get(encoder, 'a question', [], 0.5)
    await cache.get(encoder, 'a question', ['about a dream'], 0)
    expect(encoder.encoded).toEqual(['a question'])
    const mixed = await cache.get(encoder, 'a question', ['about a dream'], 0.5)
    expect(encoder.encoded).toEqual(['a question', 'about a dream'])
    expect(mixed[0]).toBeGreaterThan(alone[0]!)
    expect(Math.hypot(...mixed)).toBeCloseTo(1, 5)
  })

  it('asks the encoder for at most the last four earlier turns, and at most 2,000 characters of any text', async () => {
    const encoder = conceptEncoder()
    const cache = createQueryVectorCache()
    const long = `${'a'.repeat(5_000)}${'b'.repeat(5_000)}`
    await cache.get(encoder, long, Array.from({ length: 10 }, (_, index) => `turn ${index}`), 0.5)
    expect(encoder.encoded.slice(1)).toEqual(['turn 6', 'turn 7', 'turn 8', 'turn 9'])
    expect(encoder.encoded[0]!.length).toBeLessThanOrEqual(2_010)
    expect(encoder.encoded[0]!.startsWith('aaa')).toBe(true)
    expect(encoder.encoded[0]!.endsWith('bbb')).toBe(true)
  })

  it('forgets a failed encoding so the next call retries', async () => {
    let calls = 0
    const flaky: Embedder = { id: 'flaky', dimensions: 1, async embed() { calls += 1; if (calls === 1) throw new Error('busy'); return [Float32Array.from([1])] }, async dispose() {} }
    const cache = createQueryVectorCache()
    await expect(cache.get(flaky, 'q', [], 0)).rejects.toThrow('busy')
    expect([...await cache.get(flaky, 'q', [], 0)]).toEqual([1])
  })
})

describe('knowledge base with a passage encoder', () => {
  let directory: string
  beforeEach(async () => { directory = await mkdtemp(join(tmpdir(), 'maia-kb-dense-')) })
  afterEach(async () => { await rm(directory, { recursive: true, force: true }) })

  it('serves lexically while the vectors build, then fuses in the dense ranking, and reuses the cached vectors', async () => {
    const documents = await collectDocuments([SAMPLE_LIBRARY_DIRECTORY])
    const encoder = conceptEncoder()
    const { logger, waitFor } = recordingLogger()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, wordVectors: null, passageEncoder: async () => encoder })
    await knowledgeBase.ingest(documents)
    await waitFor('dense retrieval ready')
    const { chunks } = await knowledgeBase.search('Tell me about oneirics', { budgetTokens: 120 })
    expect(chunks[0]?.source).toBe('on-dreams.md')
    await knowledgeBase.close()
    const passagesEncoded = encoder.encoded.length

    // Reopened: the vectors come from the cache beside the index; only the questions are encoded.
    const again = recordingLogger()
    const reopened = await openKnowledgeBase({ directory, tokenCounter, chunking, logger: again.logger, wordVectors: null, passageEncoder: encoder })
    await again.waitFor('dense retrieval ready')
    await reopened.prepareQuery?.('Tell me about oneirics')
    expect((await reopened.search('Tell me about oneirics', { budgetTokens: 120 })).chunks[0]?.source).toBe('on-dreams.md')
    expect(encoder.encoded.slice(passagesEncoded)).toEqual(['Tell me about oneirics'])
    await reopened.close()
  })

  it('encodes each passage as its windows when windowTokens is set, and ranks a passage by its best window', async () => {
    const documents = await collectDocuments([SAMPLE_LIBRARY_DIRECTORY])
    const encoder = conceptEncoder()
    const { logger, waitFor } = recordingLogger()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, wordVectors: null, passageEncoder: encoder, dense: { windowTokens: 20 } })
    await knowledgeBase.ingest(documents)
    await waitFor('dense retrieval ready')
    expect((await knowledgeBase.search('Tell me about oneirics', { budgetTokens: 120 })).chunks[0]?.source).toBe('on-dreams.md')
    // Windows, not whole passages, were encoded: more texts than passages, each at most ~20 tokens.
    const passages = (await knowledgeBase.stats()).chunks
    expect(encoder.encoded.length).toBeGreaterThan(passages)
    expect(Math.max(...encoder.encoded.filter((text) => text !== 'Tell me about oneirics').map((text) => tokenCounter.count(text)))).toBeLessThanOrEqual(60)
    await knowledgeBase.close()
  })

  it('ranks with the learned fusion when dense.fusion is learned', async () => {
    const encoder = conceptEncoder()
    const { logger, waitFor, messages } = recordingLogger()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, wordVectors: null, passageEncoder: encoder, dense: { fusion: 'learned' } })
    await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
    await waitFor('dense retrieval ready')
    expect((await knowledgeBase.search('Tell me about oneirics', { budgetTokens: 120 })).chunks[0]?.source).toBe('on-dreams.md')
    expect((await knowledgeBase.search('What should I do with a recurring dream?', { budgetTokens: 200 })).chunks[0]?.source).toBe('on-dreams.md')
    expect(messages.filter((message) => message === 'searched')).toHaveLength(2)
    await knowledgeBase.close()
  })

  it('adds soft term matching where word vectors load: a word no passage uses finds its near synonym', async () => {
    // A two-word wink-embeddings file: the made-up "zorrow" points where "grief" does.
    const vector = (x: number, y: number): number[] => [x, y, ...new Array(98).fill(0), 1, 0]
    const source = join(directory, 'vectors.json')
    await writeFile(source, JSON.stringify({ words: ['grief', 'zorrow'], vectors: { grief: vector(1, 0), zorrow: vector(0.95, Math.sqrt(1 - 0.95 ** 2)) } }))
    const { logger, waitFor } = recordingLogger()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, passageEncoder: conceptEncoder(), wordVectors: { source, cacheDirectory: join(directory, 'word-vectors') } })
    await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
    await waitFor('dense retrieval ready')
    expect((await knowledgeBase.search('Tell me about zorrow', { budgetTokens: 60 })).chunks[0]?.source).toBe('on-grief.md')
    await knowledgeBase.close()
  })

  it('encodes the passages\' sentences after the passages, caches them beside the index, and a reopened knowledge base encodes none', async () => {
    const vector = (x: number, y: number): number[] => [x, y, ...new Array(98).fill(0), 1, 0]
    const source = join(directory, 'vectors.json')
    await writeFile(source, JSON.stringify({ words: ['grief', 'zorrow'], vectors: { grief: vector(1, 0), zorrow: vector(0.95, Math.sqrt(1 - 0.95 ** 2)) } }))
    const wordVectors = { source, cacheDirectory: join(directory, 'word-vectors') }
    const { logger, waitFor } = recordingLogger()
    const encoder = conceptEncoder()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, passageEncoder: encoder, wordVectors })
    await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
    await waitFor('dense retrieval ready')
    expect(await knowledgeBase.whenDenseReady!()).toBe(true)
    await waitFor('sentence vectors ready')
    const cached = await readPassageVectors(directory, encoder.id, SENTENCE_VECTORS_FILE)
    // Every sentence the encoder saw after the passages is cached, each one a sentence unit.
    expect(cached.size).toBeGreaterThan(0)
    expect(encoder.encoded.some((text) => cached.has(passageTextHash(text)) && sentenceUnitsOf(text).length === 1)).toBe(true)
    expect((await knowledgeBase.search('Tell me about zorrow', { budgetTokens: 60 })).chunks[0]?.source).toBe('on-grief.md')
    await knowledgeBase.close()
    const again = conceptEncoder()
    const reopened = await openKnowledgeBase({ directory, tokenCounter, chunking, logger: silentLogger(), passageEncoder: again, wordVectors })
    expect(await reopened.whenDenseReady!()).toBe(true)
    expect(again.encoded).toEqual([])
    await reopened.close()
  })

  it('reads the earlier turns in the soft term match, the same whether the question was prepared or not', async () => {
    const vector = (x: number, y: number): number[] => [x, y, ...new Array(98).fill(0), 1, 0]
    const source = join(directory, 'vectors.json')
    await writeFile(source, JSON.stringify({ words: ['grief', 'zorrow'], vectors: { grief: vector(1, 0), zorrow: vector(0.95, Math.sqrt(1 - 0.95 ** 2)) } }))
    const { logger, waitFor } = recordingLogger()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, passageEncoder: conceptEncoder(), wordVectors: { source, cacheDirectory: join(directory, 'word-vectors') } })
    await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
    await waitFor('dense retrieval ready')
    // The sentence vectors follow the passages' in the background and change the fusion's weights:
    // wait for them too, so every search below ranks with the same weights.
    expect(await knowledgeBase.whenDenseReady!()).toBe(true)
    const earlierTurns = ['I keep thinking about my zorrow']
    const placeOfGrief = (chunks: ReadonlyArray<{ source: string }>): number => {
      const place = chunks.findIndex((chunk) => chunk.source === 'on-grief.md')
      return place === -1 ? chunks.length : place
    }
    // A question whose own words place the grief passage below the first (with the sentence
    // vectors' weights, on this small sample library, 'What can I do?' already places it first).
    const alone = await knowledgeBase.search('What helps?', { budgetTokens: 400 })
    const unprepared = await knowledgeBase.search('What helps?', { budgetTokens: 400, earlierTurns })
    expect(placeOfGrief(unprepared.chunks)).toBeLessThan(placeOfGrief(alone.chunks))
    await knowledgeBase.prepareQuery!('What helps then?', { earlierTurns })
    const prepared = await knowledgeBase.search('What helps then?', { budgetTokens: 400, earlierTurns })
    const fresh = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, passageEncoder: conceptEncoder(), wordVectors: { source, cacheDirectory: join(directory, 'word-vectors') } })
    await knowledgeBase.close()
    await fresh.whenDenseReady!()
    expect((await fresh.search('What helps then?', { budgetTokens: 400, earlierTurns })).chunks.map((chunk) => chunk.id)).toEqual(prepared.chunks.map((chunk) => chunk.id))
    await fresh.close()
  })

  it('runs the learned fusion without soft term matching when the word vectors cannot load', async () => {
    const { logger, waitFor } = recordingLogger()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, passageEncoder: conceptEncoder(), wordVectors: { source: join(directory, 'missing.json'), cacheDirectory: join(directory, 'word-vectors') } })
    await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
    await waitFor('could not load the word vectors; the learned fusion goes without soft term matching')
    await waitFor('dense retrieval ready')
    expect((await knowledgeBase.search('Tell me about oneirics', { budgetTokens: 120 })).chunks[0]?.source).toBe('on-dreams.md')
    await knowledgeBase.close()
  })

  it('keeps lexical retrieval working when the encoder cannot load', async () => {
    const { logger, waitFor } = recordingLogger()
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, logger, wordVectors: null, passageEncoder: async () => { throw new Error('no weights') } })
    await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
    await waitFor('could not load the passage encoder; retrieval is lexical only')
    const { chunks } = await knowledgeBase.search('What should I do with a recurring dream?', { budgetTokens: 200 })
    expect(chunks[0]?.source).toBe('on-dreams.md')
    expect((await knowledgeBase.search('Tell me about oneirics', { budgetTokens: 200 })).chunks).toHaveLength(0)
    await knowledgeBase.close()
  })

  it('defers loading the encoder by passageEncoderDelayMs, and a close before then never loads it', async () => {
    let loads = 0
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, passageEncoderDelayMs: 60_000, wordVectors: null, passageEncoder: async () => { loads += 1; return conceptEncoder() } })
    await knowledgeBase.ingest(await collectDocuments([SAMPLE_LIBRARY_DIRECTORY]))
    expect((await knowledgeBase.search('What should I do with a recurring dream?', { budgetTokens: 200 })).chunks[0]?.source).toBe('on-dreams.md')
    await knowledgeBase.close()
    expect(loads).toBe(0)
  })
})

describe('weighted reciprocal rank fusion', () => {
  it('scales each ranking\'s votes by its weight', () => {
    expect(reciprocalRankFusion([['a', 'b'], ['b', 'a']], (id) => id)).toEqual(['a', 'b'])
    expect(reciprocalRankFusion([['a', 'b'], ['b', 'a']], (id) => id, undefined, [0.5, 1])).toEqual(['b', 'a'])
  })
})
