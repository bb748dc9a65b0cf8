import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LearnedSafetyModelError } from '../../../../../../orchestrator/maia/intent/errors.ts'
import { DEFAULT_HASHED_FEATURE_WEIGHTS, hashedFeatures } from '../../../../../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { getShippedSafetyConcepts, loadSafetyConcepts } from '../../../../../../orchestrator/maia/intent/safety/learned/safetyConcepts.ts'

describe('the WordNet concept lexicon of the learned screen', () => {
  const concepts = getShippedSafetyConcepts()

  it('maps unseen synonyms, inflections and hyponyms to the same concept, and common words to none', () => {
    for (const word of ['acetaminophen', 'tylenol', 'pills', 'overdosed']) expect(concepts.ofWord(word), word).toContain('medication')
    for (const word of ['cleaver', 'penknife', 'razor']) expect(concepts.ofWord(word), word).toContain('blade')
    expect(concepts.ofWord('stepfather')).toContain('kin')
    expect(concepts.ofWord('dying')).toContain('death')
    expect(concepts.ofPair('pass', 'out')).toContain('emergency')
    for (const word of ['a', 'the', 'go', 'get', 'me']) expect(concepts.ofWord(word), word).toBeUndefined()
    expect(concepts.sha256).toMatch(/^[0-9a-f]{64}$/u)
  })

  it('gives two messages with different words for one concept shared concept features', () => {
    const weights = { ...DEFAULT_HASHED_FEATURE_WEIGHTS, words: 0, bigrams: 0, chars: 0, spans: 0, skips: 0, clusters: 0, clusterPairs: 0, concepts: 1 }
    const first = new Set(hashedFeatures('i swallowed the tylenol', weights, concepts).indices)
    const second = hashedFeatures('i swallowed the acetaminophen', weights, concepts)
    expect(second.indices.length).toBeGreaterThan(0)
    expect(Array.from(second.indices).filter((index) => first.has(index)).length).toBeGreaterThanOrEqual(3)
    expect(hashedFeatures('pull a card for my week', weights, concepts).indices.length).toBe(0)
  })

  it('refuses a malformed lexicon file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'maia-concepts-'))
    writeFileSync(join(folder, 'bad.json'), JSON.stringify({ format: 'other', concepts: [], words: {} }))
    expect(() => loadSafetyConcepts(join(folder, 'bad.json'))).toThrow(LearnedSafetyModelError)
  })
})
