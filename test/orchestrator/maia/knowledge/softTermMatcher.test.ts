import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { contentWords, createSoftTermMatcher } from '../../../../orchestrator/maia/knowledge/softTermMatcher.ts'
import { loadWordVectorTable, type WordVectorTable } from '../../../../orchestrator/maia/knowledge/wordVectorTable.ts'
import { WordVectorTableError } from '../../../../orchestrator/maia/knowledge/errors.ts'

// A hand-made 100-d table: "fear" and "dread" point nearly the same way, "boat" and "ship" another.
function tinyTable(): WordVectorTable {
  const words = ['fear', 'dread', 'boat', 'ship', 'river']
  const directions: number[][] = [[1, 0, 0], [0.9, Math.sqrt(1 - 0.81), 0], [0, 0, 1], [0, 0.2, Math.sqrt(1 - 0.04)], [0, 0, 0, 1]]
  const vectors = new Float32Array(words.length * 100)
  directions.forEach((direction, row) => direction.forEach((value, i) => { vectors[row * 100 + i] = value }))
  return { id: 'tiny', dimensions: 100, words, index: new Map(words.map((word, i) => [word, i])), vectors }
}

describe('createSoftTermMatcher', () => {
  const texts = ['The dread of death.', 'A ship upon the river.', 'Nothing here at all.']

  it('scores an exact word 1, a near synonym by its cosine, an unrelated passage 0', () => {
    const matcher = createSoftTermMatcher(texts, tinyTable())
    const [dread, ship, nothing] = matcher.scores('dread')
    expect(dread).toBeCloseTo(1)
    expect(ship).toBe(0)
    expect(nothing).toBe(0)
    const fear = matcher.scores('Why do we fear?')
    expect(fear[0]).toBeCloseTo(0.9, 5)
    expect(fear[1]).toBe(0)
  })

  it('counts cosines under the threshold as no match', () => {
    // "boat"·"ship" = √0.96 ≈ 0.98; "fear"·"dread" = 0.9; with threshold 0.95 only the first counts.
    const matcher = createSoftTermMatcher(texts, tinyTable(), { threshold: 0.95 })
    expect(matcher.scores('fear')[0]).toBe(0)
    expect(matcher.scores('boat')[1]).toBeCloseTo(Math.sqrt(0.96), 5)
  })

  it('weighs question words by their IDF in the library and ignores words it cannot place', () => {
    const matcher = createSoftTermMatcher(['river river', 'river boat', 'river'], tinyTable())
    // "river" is in every passage (low IDF), "ship" in none (rarest): the boat passage leads.
    const scores = matcher.scores('ship river zyzzyva')
    expect(scores[1]).toBeGreaterThan(scores[0]!)
    expect(scores[0]).toBeGreaterThan(0)
    expect(scores[0]).toBeLessThan(0.5)
    expect([...matcher.scores('zyzzyva of the')]).toEqual([0, 0, 0])
  })

  it('scores the given passages by their best sentence: the question words must meet in one sentence', () => {
    const matcher = createSoftTermMatcher(['The dread grew. A ship sailed.', 'The dread of the ship on the river.', 'Nothing.'], tinyTable())
    // Both passages hold both words (whole-passage scores equal); only the second has them in one sentence.
    const whole = matcher.scores('fear ship')
    expect(whole[0]).toBeCloseTo(whole[1]!, 6)
    const sentences = matcher.sentenceScores('fear ship', [], [0, 1, 2])
    expect(sentences).toHaveLength(3)
    expect(sentences[1]).toBeCloseTo(whole[1]!, 6)
    expect(sentences[0]).toBeLessThan(sentences[1]!)
    expect(sentences[0]).toBeGreaterThan(0.3)
    expect(sentences[2]).toBe(0)
    // Only the passages asked for, in the order asked.
    expect([...matcher.sentenceScores('fear ship', [], [2, 1])]).toEqual([sentences[2], sentences[1]])
    // The earlier turns weigh as in `scores`.
    expect(matcher.sentenceScores('fear', ['ship'], [1])[0]).toBeCloseTo(matcher.scores('fear', ['ship'])[1]!, 6)
  })

  it('gives the same scores from its cache of question words', () => {
    const matcher = createSoftTermMatcher(texts, tinyTable(), { cachedWords: 1 })
    const first = [...matcher.scores('fear boats ship')]
    expect([...matcher.scores('fear boats ship')]).toEqual(first)
  })

  it('adds the earlier turns\' other words at earlierTurnsWeight times their weight', () => {
    const matcher = createSoftTermMatcher(texts, tinyTable())
    // "dread" (passage 0, weight w) from the question; "ship" (passage 1, weight w too: both words
    // are in one passage) from an earlier turn at half weight: w·1 / 1.5w and 0.5w·1 / 1.5w.
    const [dread, ship, nothing] = matcher.scores('dread', ['a ship, and dread again'])
    expect(dread).toBeCloseTo(1 / 1.5, 5)
    expect(ship).toBeCloseTo(0.5 / 1.5, 5)
    expect(nothing).toBe(0)
    expect([...createSoftTermMatcher(texts, tinyTable(), { earlierTurnsWeight: 0 }).scores('dread', ['a ship'])]).toEqual([...matcher.scores('dread')])
  })

  it('scores the same after prepare, which computes the question words\' rows ahead of the search', () => {
    const unprepared = createSoftTermMatcher(texts, tinyTable())
    const prepared = createSoftTermMatcher(texts, tinyTable())
    prepared.prepare('Why do we fear a boat?')
    expect([...prepared.scores('Why do we fear a boat?')]).toEqual([...unprepared.scores('Why do we fear a boat?')])
  })

  it('takes every dimension of vectors whose size is not a multiple of four', () => {
    // 6-d: "fear" and "dread" differ only in the last two dimensions (cosine 0.6).
    const words = ['fear', 'dread']
    const vectors = Float32Array.from([0, 0, 0, 0, 1, 0, /* dread */ 0, 0, 0, 0, 0.6, 0.8])
    const table: WordVectorTable = { id: 'six', dimensions: 6, words, index: new Map(words.map((word, i) => [word, i])), vectors }
    expect(createSoftTermMatcher(['dread'], table).scores('fear')[0]).toBeCloseTo(0.6, 5)
  })

  it('drops stop words and single letters from the question', () => {
    expect(contentWords('Why do I fear the River’s edge?')).toEqual(['fear', "river's", 'edge'])
  })
})

describe('loadWordVectorTable', () => {
  const directories: string[] = []
  afterAll(async () => { for (const directory of directories) await rm(directory, { recursive: true, force: true }) })

  it('cuts the commonest plain words from a wink-embeddings file, unit length, and caches them', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-word-vectors-'))
    directories.push(directory)
    const vector = (first: number): number[] => [first, ...new Array(99).fill(0), Math.abs(first), 0]
    const source = join(directory, 'vectors.json')
    await writeFile(source, JSON.stringify({ precision: 8, l2NormIndex: 100, wordIndex: 101, size: 4, dimensions: 100, words: ['the', ',', ']', 'sea', 'ship'], vectors: { the: vector(2), ',': vector(1), ']': vector(1), sea: vector(-3), ship: vector(5) } }))
    const table = await loadWordVectorTable({ source, cacheDirectory: join(directory, 'cache'), size: 2 })
    expect(table.words).toEqual(['the', 'sea'])
    expect(table.vectors[0]).toBeCloseTo(1)
    expect(table.vectors[100]).toBeCloseTo(-1)
    await rm(source)
    // Another size is another table: with the source gone it cannot be built.
    await expect(loadWordVectorTable({ source, cacheDirectory: join(directory, 'cache'), size: 3 })).rejects.toBeInstanceOf(WordVectorTableError)
  })

  it('rejects a file that is not in wink-embeddings layout', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-word-vectors-'))
    directories.push(directory)
    await writeFile(join(directory, 'bad.json'), '{"hello": 1}')
    await expect(loadWordVectorTable({ source: join(directory, 'bad.json'), cacheDirectory: directory })).rejects.toBeInstanceOf(WordVectorTableError)
  })
})
