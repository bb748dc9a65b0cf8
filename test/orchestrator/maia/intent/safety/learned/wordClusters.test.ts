import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LearnedSafetyModelError } from '../../../../../../orchestrator/maia/intent/errors.ts'
import { DEFAULT_HASHED_FEATURE_WEIGHTS, hashedFeatures } from '../../../../../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { decodeWordClusters, encodeWordClusters, getShippedWordClusters, loadWordClusters } from '../../../../../../orchestrator/maia/intent/safety/learned/wordClusters.ts'

const CLUSTERS_ONLY = { ...DEFAULT_HASHED_FEATURE_WEIGHTS, words: 0, bigrams: 0, chars: 0, spans: 0, skips: 0, concepts: 0, clusters: 1, clusterPairs: 1 }

describe('word clusters of the learned screen', () => {
  it('round-trips through the compact file, byte-identical whatever the input order', () => {
    const words = [{ word: 'pills', fine: 3, coarse: 1 }, { word: 'tablets', fine: 3, coarse: 1 }, { word: 'tarot', fine: 0, coarse: 0 }]
    const bytes = encodeWordClusters(words)
    expect(encodeWordClusters([...words].reverse()).equals(bytes)).toBe(true)
    const clusters = decodeWordClusters(bytes)
    expect(clusters.wordCount).toBe(3)
    expect(clusters.fineCount).toBe(4)
    expect(clusters.coarseCount).toBe(2)
    expect(clusters.fineOf('tablets')).toBe(3)
    expect(clusters.coarseOf('tarot')).toBe(0)
    expect(clusters.fineOf('unknown')).toBeUndefined()
    expect(clusters.sha256).toMatch(/^[0-9a-f]{64}$/u)
  })

  it('refuses a file that is not a cluster table', () => {
    const folder = mkdtempSync(join(tmpdir(), 'maia-clusters-'))
    writeFileSync(join(folder, 'bad.bin'), 'not deflated')
    expect(() => loadWordClusters(join(folder, 'bad.bin'))).toThrow(LearnedSafetyModelError)
    expect(() => loadWordClusters(join(folder, 'missing.bin'))).toThrow(LearnedSafetyModelError)
  })

  it('puts near-synonyms of the shipped table in one cluster, and unrelated words apart', () => {
    const clusters = getShippedWordClusters()
    expect(clusters.wordCount).toBeGreaterThan(40_000)
    expect(clusters.fineOf('pills')).toBe(clusters.fineOf('tablets'))
    expect(clusters.fineOf('knife')).toBe(clusters.fineOf('blade'))
    expect(clusters.fineOf('pills')).not.toBe(clusters.fineOf('tarot'))
    // Contractions as the tokeniser writes them (apostrophes dropped) have a cluster too.
    for (const contraction of ['dont', 'im', 'cant']) expect(clusters.fineOf(contraction), contraction).toBeDefined()
  })

  it('gives two messages with different words of one cluster shared features; unknown words fire none', () => {
    const clusters = getShippedWordClusters()
    const unigrams = { ...CLUSTERS_ONLY, clusterPairs: 0 }
    const first = new Set(hashedFeatures('i swallowed all the pills', unigrams, undefined, clusters).indices)
    expect(Array.from(hashedFeatures('i swallowed all the tablets', unigrams, undefined, clusters).indices).every((index) => first.has(index))).toBe(true)
    // With pairs, only the pairs that name the changed word itself ("the" + "tablets") differ.
    const withPairs = new Set(hashedFeatures('i swallowed all the pills', CLUSTERS_ONLY, undefined, clusters).indices)
    const second = hashedFeatures('i swallowed all the tablets', CLUSTERS_ONLY, undefined, clusters)
    expect(Array.from(second.indices).filter((index) => !withPairs.has(index)).length).toBe(1)
    expect(hashedFeatures('zxqv qwzx', CLUSTERS_ONLY, undefined, clusters).indices.length).toBe(0)
    // A negated word's clusters are features apart from the asserted word's.
    const denied = hashedFeatures('i never swallowed pills', CLUSTERS_ONLY, undefined, clusters)
    const asserted = new Set(hashedFeatures('i swallowed pills', CLUSTERS_ONLY, undefined, clusters).indices)
    expect(Array.from(denied.indices).some((index) => !asserted.has(index))).toBe(true)
  })
})
