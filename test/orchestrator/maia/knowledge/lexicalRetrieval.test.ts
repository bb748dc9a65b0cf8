import { describe, expect, it } from 'vitest'
import { addRelatedTerms } from '../../../../orchestrator/maia/knowledge/addRelatedTerms.ts'
import { analyzeText } from '../../../../orchestrator/maia/knowledge/analyzeText.ts'
import type { StoredChunk } from '../../../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { createLexicalIndex, toWeightedQuery } from '../../../../orchestrator/maia/knowledge/createLexicalIndex.ts'
import { createLexicalRetriever, type LexicalRetrievalOptions } from '../../../../orchestrator/maia/knowledge/createLexicalRetriever.ts'
import { expandQuery, normalizeWeights } from '../../../../orchestrator/maia/knowledge/expandQuery.ts'
import { stemWord } from '../../../../orchestrator/maia/knowledge/stemWord.ts'
import { toConversationQuery } from '../../../../orchestrator/maia/knowledge/toConversationQuery.ts'
import { toRelatedStems } from '../../../../orchestrator/maia/knowledge/toRelatedStems.ts'

const query = (text: string) => toWeightedQuery(analyzeText(text))

describe('stemWord (Porter)', () => {
  it('stems as the reference algorithm does', () => {
    const cases: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', cats: 'cat', agreed: 'agre', plastered: 'plaster', motoring: 'motor', hopping: 'hop',
      falling: 'fall', filing: 'file', happy: 'happi', relational: 'relat', conditional: 'condit', triplicate: 'triplic',
      hopeful: 'hope', goodness: 'good', adjustment: 'adjust', adoption: 'adopt', generalization: 'gener', dreaming: 'dream'
    }
    for (const [word, stem] of Object.entries(cases)) expect(stemWord(word), word).toBe(stem)
  })
})

describe('analyzeText', () => {
  it('drops function words, archaic fillers and negations, and stems the rest', () => {
    expect(analyzeText('Why do I keep dreaming of falling?')).toEqual(['keep', 'dream', 'fall'])
    expect(analyzeText('Thou shalt not fear the terror by night')).toEqual(['fear', 'terror', 'night'])
    // "won't" is not the word "wont"; "soul's" is "soul".
    expect(analyzeText("I won't lose my soul's peace")).toEqual(['lose', 'soul', 'peac'])
    expect(analyzeText('Ψυχή and psyché')).toEqual(['ψυχη', 'psych'])
  })

  it('reads archaic forms as modern ones, in passages and questions alike', () => {
    expect(analyzeText('He that loveth silver shall not be satisfied')).toEqual(analyzeText('He who loves silver is not satisfied'))
    expect(analyzeText('Thou knowest my sitting down; the Lord seeth')).toEqual(['know', 'sit', 'lord', 'see'])
    // "art" is a verb after "thou" only; elsewhere the noun stays.
    expect(analyzeText('thou art the art of love')).toEqual(['art', 'love'])
    expect(analyzeText('the greatest of these', { archaic: false })).toEqual(analyzeText('the greatest of these'))
    expect(analyzeText('he runneth', { archaic: false })).toEqual(['runneth'])
  })
})

describe('createLexicalIndex (BM25)', () => {
  const index = createLexicalIndex(['the soul is immortal and the soul is divine', 'the body is mortal', 'dreams of the night', 'nothing here at all'])

  it('ranks by BM25, rarer and repeated terms counting more, and honours term weights', () => {
    expect(index.search(query('immortal soul'), 10).map((hit) => hit.index)).toEqual([0])
    expect(index.search(query('mortal night'), 10).map((hit) => hit.index).sort()).toEqual([1, 2])
    const weighted = index.search(new Map([['mortal', 1], ['night', 3]]), 10)
    expect(weighted[0]!.index).toBe(2)
    expect(index.search(query('zzzz'), 10)).toEqual([])
  })

  it('exposes what expansion needs', () => {
    expect(index.size).toBe(4)
    expect(index.documentFrequency('soul')).toBe(1)
    expect(index.termCounts(0).get('soul')).toBe(2)
    expect(index.idf('soul')).toBeCloseTo(Math.log(1 + 3.5 / 1.5))
    expect(index.idf('the')).toBe(index.idf('zzzz'))
    expect([...index.terms()]).toContain('dream')
  })
})

describe('expandQuery (pseudo-relevance feedback)', () => {
  const index = createLexicalIndex([
    'fear of dying: the philosopher practises death and is not afraid to depart',
    'the philosopher welcomes death, for the soul departs to the gods',
    'the soul departs the body at death and goes to the gods',
    'bread and wine at the feast', 'the market sells bread', 'wine and song', 'ships at sea'
  ])

  it('adds the vocabulary of the best passages, keeping the question most of the weight', () => {
    const expanded = expandQuery(index, query('afraid of dying'), { feedbackPassages: 1, expansionTerms: 8, originalWeight: 0.6, maxDocumentShare: 0.5 })
    expect(expanded.get('afraid')).toBeGreaterThan(0.3 - 1e-9)
    expect([...expanded.keys()]).toEqual(expect.arrayContaining(['philosoph', 'depart']))
    expect([...expanded.values()].reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1)
    // The added terms now reach a passage that shares no word with the question.
    expect(index.search(query('afraid of dying'), 10).map((hit) => hit.index)).not.toContain(2)
    expect(index.search(expanded, 10).map((hit) => hit.index)).toContain(2)
  })

  it('returns the question alone when nothing matches or nothing is to be added', () => {
    expect(expandQuery(index, query('zzzz'), { feedbackPassages: 3, expansionTerms: 5, originalWeight: 0.6, maxDocumentShare: 0.5 })).toEqual(new Map([['zzzz', 1]]))
    expect(expandQuery(index, query('bread'), { feedbackPassages: 3, expansionTerms: 0, originalWeight: 0.6, maxDocumentShare: 0.5 })).toEqual(new Map([['bread', 1]]))
    expect(normalizeWeights(new Map())).toEqual(new Map())
  })
})

describe('related terms', () => {
  it('keys a word table by stems of the library vocabulary, and lends a share of each term\'s weight', () => {
    const table = toRelatedStems(new Map([['dying', ['death', 'demise', 'the']], ['afraid', ['fearful', 'afraid']]]), (stem) => stem !== 'demis')
    expect(table).toEqual(new Map([['dy', ['death']], ['afraid', ['fear']]]))
    const expanded = addRelatedTerms(new Map([['dy', 1], ['afraid', 2]]), new Map([['dy', ['death', 'mortal']], ['afraid', ['fear']]]), 0.5, (term) => term !== 'mortal')
    expect(expanded).toEqual(new Map([['dy', 1], ['afraid', 2], ['death', 0.5], ['fear', 1]]))
  })
})

describe('toConversationQuery', () => {
  it('adds the earlier turns at a lower weight, the latest counting most', () => {
    expect(toConversationQuery('What about grief?', [], 0.5)).toEqual(new Map([['grief', 1]]))
    const query = toConversationQuery('What comes after?', ['my garden', 'I am afraid of dying'], 0.6)
    expect(query.get('come')).toBe(1)
    expect(query.get('afraid')).toBeCloseTo((0.6 * 2 / 3) / 2)
    expect(query.get('garden')).toBeCloseTo(0.6 / 3)
  })

  it('leans on the conversation when the message has no words of its own, and looks back only a few turns', () => {
    expect(toConversationQuery('Why?', ['the soul'], 0.5)).toEqual(new Map([['soul', 0.5]]))
    const query = toConversationQuery('and?', ['one apple', 'two pears', 'three plums', 'four figs'], 1)
    expect(query.has('appl')).toBe(false)
    expect(query.has('fig')).toBe(true)
  })
})

describe('createLexicalRetriever', () => {
  const texts = ['The soul after death goes to the gods.', 'Death is like a dreamless sleep.', 'A garden of roses and lilies.', 'Roses need water and sun.']
  const chunks: StoredChunk[] = texts.map((text, ordinal) => ({
    id: `b#${ordinal}`, source: ordinal < 2 ? 'plato.md' : 'garden.md', title: 'T', author: ordinal < 2 ? 'Plato' : 'A Gardener',
    text, tokens: 10, ordinal: ordinal < 2 ? ordinal : ordinal - 2, start: 0, end: text.length, topics: ordinal < 2 ? ['death'] : [], curator: null
  }))
  const options: LexicalRetrievalOptions = { expansion: null, earlierTurnsWeight: 0.5, relatedWeight: 0.5, neighbourWeight: 0, plainShare: 0 }
  const index = createLexicalIndex(texts)

  it('filters by author and topic as the store does', () => {
    const retriever = createLexicalRetriever(chunks, index, options)
    expect(retriever.rank('death roses', {}, 10).map((chunk) => chunk.id)).toHaveLength(4)
    expect(retriever.rank('death roses', { author: 'GARDENER' }, 10).every((chunk) => chunk.source === 'garden.md')).toBe(true)
    expect(retriever.rank('death roses', { topic: 'Death' }, 10).every((chunk) => chunk.source === 'plato.md')).toBe(true)
    expect(retriever.rank('death', { author: '%' }, 10)).toEqual([])
  })

  it('searches a follow-up with the conversation, and uses related terms and neighbours', () => {
    const retriever = createLexicalRetriever(chunks, index, options, new Map([['flower', ['rose', 'lili']]]))
    expect(retriever.rank('and what then?', {}, 10, ['what happens to the soul at death?'])[0]!.id).toBe('b#0')
    expect(retriever.rank('flowers', {}, 10)[0]!.id).toBe('b#2')
    const smoothing = createLexicalRetriever(chunks, index, { ...options, neighbourWeight: 0.5 })
    expect(smoothing.rank('lilies', {}, 10).map((chunk) => chunk.id)).toEqual(['b#2', 'b#3'])
  })

  it('interleaves the expanded ranking with plain BM25 of the asked terms', () => {
    // "flowers" alone matches nothing; its related terms find the roses, and plain BM25 adds nothing to them.
    const related = new Map([['flower', ['rose']], ['sleep', ['water']]])
    const expandedOnly = createLexicalRetriever(chunks, index, { ...options, relatedWeight: 4 }, related)
    const interleaved = createLexicalRetriever(chunks, index, { ...options, relatedWeight: 4, plainShare: 0.5 }, related)
    expect(expandedOnly.rank('sleep', {}, 10).map((chunk) => chunk.id)).toEqual(['b#3', 'b#1'])
    // The plain ranking's best (the only chunk that says "sleep") comes first, then the expanded one's.
    expect(interleaved.rank('sleep', {}, 10).map((chunk) => chunk.id)).toEqual(['b#1', 'b#3'])
    expect(interleaved.rank('flowers', {}, 10).map((chunk) => chunk.id)).toEqual(expandedOnly.rank('flowers', {}, 10).map((chunk) => chunk.id))
    expect(interleaved.rank('sleep', { author: 'gardener' }, 10).map((chunk) => chunk.id)).toEqual(['b#3'])
  })
})
