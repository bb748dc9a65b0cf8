import { describe, expect, it } from 'vitest'
import type { StoredChunk } from '../../../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { chunkNeighbours } from '../../../../orchestrator/maia/knowledge/chunkNeighbours.ts'
import { FUSION_CANDIDATE_DEPTH, FUSION_FEATURES, FUSION_SOFT_CANDIDATE_DEPTH, FUSION_LEXICAL_DEPTH, rankByLearnedFusion, type FusionWeights } from '../../../../orchestrator/maia/knowledge/learnedFusion.ts'
import { LEARNED_FUSION_SENTENCE_WEIGHTS, LEARNED_FUSION_SOFT_WEIGHTS, LEARNED_FUSION_WEIGHTS } from '../../../../orchestrator/maia/knowledge/learnedFusionWeights.ts'

function chunk(source: string, ordinal: number, text = `${source} passage ${ordinal}`): StoredChunk {
  return { id: `${source}#${ordinal}`, source, title: source, author: 'x', text, tokens: 10, ordinal, start: 0, end: 1, topics: [], curator: null }
}
const zero = Object.fromEntries(FUSION_FEATURES.map((name) => [name, 0])) as Record<(typeof FUSION_FEATURES)[number], number>
const only = (weights: Partial<FusionWeights>): FusionWeights => ({ ...zero, ...weights })

describe('rankByLearnedFusion', () => {
  const chunks = [chunk('a.md', 0), chunk('a.md', 1), chunk('a.md', 2), chunk('b.md', 0), chunk('b.md', 1)]
  const neighbours = chunkNeighbours(chunks)
  const dense = Float64Array.from([0.1, 0.9, 0.2, 0.5, 0.3])

  it('follows the lexical ranking when only its vote counts, and the dense scores when only they count', () => {
    const lexical = [4, 0, 3]
    expect(rankByLearnedFusion({ chunks, lexical, dense, neighbours, weights: only({ lexicalVote: 1 }), limit: 3 }).map((c) => c.id)).toEqual(['b.md#1', 'a.md#0', 'b.md#0'])
    expect(rankByLearnedFusion({ chunks, lexical, dense, neighbours, weights: only({ denseZ: 1 }), limit: 2 }).map((c) => c.id)).toEqual(['a.md#1', 'b.md#0'])
  })

  it('lifts a passage whose neighbour scores well', () => {
    const ranked = rankByLearnedFusion({ chunks, lexical: [], dense, neighbours, weights: only({ neighbourDenseZ: 1 }), limit: 5 }).map((c) => c.id)
    // a.md#0 and a.md#2 both sit beside a.md#1 (the best dense score); ties keep candidate order.
    expect(ranked.slice(0, 2).sort()).toEqual(['a.md#0', 'a.md#2'])
  })

  it('leaves out chunks the filter removed (dense score -Infinity) unless the lexical ranking brought them', () => {
    const filtered = Float64Array.from([0.1, -Infinity, 0.2, -Infinity, -Infinity])
    expect(rankByLearnedFusion({ chunks, lexical: [2], dense: filtered, neighbours, weights: LEARNED_FUSION_WEIGHTS, limit: 5 }).map((c) => c.id).sort()).toEqual(['a.md#0', 'a.md#2'])
  })

  it('falls back to the lexical ranking when no chunk has a dense score', () => {
    const none = new Float64Array(chunks.length).fill(-Infinity)
    expect(rankByLearnedFusion({ chunks, lexical: [3, 1], dense: none, neighbours, weights: LEARNED_FUSION_WEIGHTS, limit: 5 }).map((c) => c.id)).toEqual(['b.md#0', 'a.md#1'])
  })

  it('ranks by the soft term match when only it counts, and ignores soft weights without soft scores', () => {
    const soft = Float64Array.from([0, 0.2, 0.1, 0.9, 0])
    expect(rankByLearnedFusion({ chunks, lexical: [], dense, neighbours, soft, weights: only({ softZ: 1 }), limit: 2 }).map((c) => c.id)).toEqual(['b.md#0', 'a.md#1'])
    expect(rankByLearnedFusion({ chunks, lexical: [], dense, neighbours, soft, weights: only({ softVote: 1 }), limit: 1 }).map((c) => c.id)).toEqual(['b.md#0'])
    // b.md#1 sits beside b.md#0, the best soft match.
    expect(rankByLearnedFusion({ chunks, lexical: [], dense, neighbours, soft, weights: only({ neighbourSoftZ: 1 }), limit: 1 }).map((c) => c.id)).toEqual(['b.md#1'])
    const withoutSoft = rankByLearnedFusion({ chunks, lexical: [4, 0], dense, neighbours, weights: LEARNED_FUSION_SOFT_WEIGHTS, limit: 5 }).map((c) => c.id)
    const zeroed = rankByLearnedFusion({ chunks, lexical: [4, 0], dense, neighbours, weights: { ...LEARNED_FUSION_SOFT_WEIGHTS, softZ: 0, softVote: 0, neighbourSoftZ: 0 }, limit: 5 }).map((c) => c.id)
    expect(withoutSoft).toEqual(zeroed)
  })

  it('takes the soft ranking\'s first passages as candidates too, beyond the lexical and dense depths', () => {
    const many = Array.from({ length: FUSION_CANDIDATE_DEPTH + 50 }, (_, index) => chunk('c.md', index))
    // The last passage has the lowest dense score and no lexical place, but the best soft match.
    const dense = Float64Array.from(many, (_, index) => 1 - index / many.length)
    const soft = Float64Array.from(many, (_, index) => (index === many.length - 1 ? 1 : 0))
    const ranked = rankByLearnedFusion({ chunks: many, lexical: [], dense, neighbours: chunkNeighbours(many), soft, weights: only({ softZ: 1 }), limit: 1 })
    expect(ranked.map((c) => c.id)).toEqual([`c.md#${many.length - 1}`])
    const withoutSoft = rankByLearnedFusion({ chunks: many, lexical: [], dense, neighbours: chunkNeighbours(many), weights: only({ denseZ: -1 }), limit: FUSION_CANDIDATE_DEPTH + 50 })
    expect(withoutSoft).toHaveLength(FUSION_CANDIDATE_DEPTH)
  })

  it('ranks by the candidates\' sentence-level soft match when only it counts, asking for the candidates only', () => {
    const soft = Float64Array.from([0, 0.2, 0.1, 0.9, 0])
    const asked: number[][] = []
    const sentenceSoft = (candidates: readonly number[]): Float64Array => { asked.push([...candidates]); return Float64Array.from(candidates, (i) => (i === 2 ? 1 : 0.1)) }
    for (const weights of [only({ sentenceSoft: 1 }), only({ sentenceSoftCandidateZ: 1 })]) {
      expect(rankByLearnedFusion({ chunks, lexical: [], dense, neighbours, soft, sentenceSoft, weights, limit: 1 }).map((c) => c.id)).toEqual(['a.md#2'])
    }
    expect(asked.at(-1)!.sort()).toEqual([0, 1, 2, 3, 4])
  })

  it('ranks by the candidates\' best sentence cosine when only it counts, asking for the candidates only', () => {
    const asked: number[][] = []
    const sentenceDense = (candidates: readonly number[]): Float64Array => { asked.push([...candidates]); return Float64Array.from(candidates, (i) => (i === 4 ? 0.8 : 0.2)) }
    for (const weights of [only({ sentenceDense: 1 }), only({ sentenceDenseCandidateZ: 1 })]) {
      expect(rankByLearnedFusion({ chunks, lexical: [], dense, neighbours, sentenceDense, weights, limit: 1 }).map((c) => c.id)).toEqual(['b.md#1'])
    }
    expect(asked.at(-1)!.sort()).toEqual([0, 1, 2, 3, 4])
    // Without sentence scores its weights count nothing.
    const without = rankByLearnedFusion({ chunks, lexical: [4, 0], dense, neighbours, weights: LEARNED_FUSION_SENTENCE_WEIGHTS, limit: 5 }).map((c) => c.id)
    expect(without).toEqual(rankByLearnedFusion({ chunks, lexical: [4, 0], dense, neighbours, weights: { ...LEARNED_FUSION_SENTENCE_WEIGHTS, sentenceDense: 0, sentenceDenseCandidateZ: 0 }, limit: 5 }).map((c) => c.id))
  })

  it('reads a small book deeper: its size and, for small books, its dense and soft places', () => {
    const library = [...Array.from({ length: 60 }, (_, index) => chunk('big.md', index)), chunk('small.md', 0), chunk('small.md', 1)]
    const flat = new Float64Array(library.length).fill(0.5)
    const input = { chunks: library, lexical: [], dense: flat, neighbours: chunkNeighbours(library), limit: 1 }
    expect(rankByLearnedFusion({ ...input, weights: only({ bookSize: -1 }) })[0]!.source).toBe('small.md')
    // The big book comes first in the dense order (ties by lower index): its place leads, but weighs
    // 20/60 of itself for a big book, under the small book's second place (1/2).
    expect(rankByLearnedFusion({ ...input, weights: only({ bookDensePlace: 1 }) })[0]!.source).toBe('big.md')
    expect(rankByLearnedFusion({ ...input, weights: only({ bookDensePlaceXsmall: 1 }) })[0]!.source).toBe('small.md')
    const soft = Float64Array.from(library, (c) => (c.source === 'small.md' ? 0.9 : 0.1))
    expect(rankByLearnedFusion({ ...input, soft, weights: only({ bookSoftPlaceXsmall: 1 }) })[0]!.source).toBe('small.md')
  })

  it('stores a finite weight for every feature, round six\'s set without the soft signals', () => {
    for (const weights of [LEARNED_FUSION_WEIGHTS, LEARNED_FUSION_SOFT_WEIGHTS, LEARNED_FUSION_SENTENCE_WEIGHTS]) {
      expect(Object.keys(weights).sort()).toEqual([...FUSION_FEATURES].sort())
      expect(Object.values(weights).every(Number.isFinite)).toBe(true)
    }
    expect([LEARNED_FUSION_WEIGHTS.softZ, LEARNED_FUSION_WEIGHTS.softVote, LEARNED_FUSION_WEIGHTS.neighbourSoftZ]).toEqual([0, 0, 0])
    // Round ten-b's sentence signals weigh only in the weights trained with them.
    for (const weights of [LEARNED_FUSION_WEIGHTS, LEARNED_FUSION_SOFT_WEIGHTS]) expect([weights.sentenceDense, weights.sentenceDenseCandidateZ]).toEqual([0, 0])
  })
})

/** The fusion as first written (comparator sorts of every index), kept to check the faster one against. */
function referenceFusion(input: Parameters<typeof rankByLearnedFusion>[0]): StoredChunk[] {
  const { chunks, dense, neighbours, weights } = input
  const VOTE_K = 60
  const n = chunks.length
  const accepted: number[] = []
  for (let i = 0; i < n; i += 1) if (dense[i]! > -Infinity) accepted.push(i)
  if (accepted.length === 0) return input.lexical.slice(0, input.limit).map((index) => chunks[index]!)
  const lexical = input.lexical.slice(0, FUSION_LEXICAL_DEPTH)
  const denseOrder = [...accepted].sort((a, b) => dense[b]! - dense[a]! || a - b)
  const lexicalVote = new Float64Array(n)
  lexical.forEach((index, rank) => { lexicalVote[index] = VOTE_K / (VOTE_K + rank + 1) })
  const denseVote = new Float64Array(n)
  denseOrder.forEach((index, rank) => { denseVote[index] = VOTE_K / (VOTE_K + rank + 1) })
  const z = (values: Float64Array): Float64Array => {
    let mean = 0
    for (const i of accepted) mean += values[i]!
    mean /= accepted.length
    let variance = 0
    for (const i of accepted) variance += (values[i]! - mean) ** 2
    const sd = Math.sqrt(variance / accepted.length) || 1
    const out = new Float64Array(values.length)
    for (const i of accepted) out[i] = (values[i]! - mean) / sd
    return out
  }
  const denseZ = z(dense)
  const bookBest = new Map<string, number[]>()
  for (const index of denseOrder) {
    const best = bookBest.get(chunks[index]!.source) ?? []
    if (best.length < 3) best.push(denseZ[index]!)
    bookBest.set(chunks[index]!.source, best)
  }
  const bookDense = new Map([...bookBest].map(([source, best]) => [source, best.reduce((a, b) => a + b, 0) / best.length]))
  const bookLexicalShare = new Map<string, number>()
  for (const index of lexical.slice(0, 50)) bookLexicalShare.set(chunks[index]!.source, (bookLexicalShare.get(chunks[index]!.source) ?? 0) + 1 / 50)
  const bookPlace = (ranking: readonly number[]): Map<string, number> => {
    const places = new Map<string, number>()
    for (const index of ranking) if (!places.has(chunks[index]!.source)) places.set(chunks[index]!.source, 1 / (1 + places.size))
    return places
  }
  const bookLexicalPlace = bookPlace(lexical)
  const bookDensePlace = bookPlace(denseOrder)
  const soft = input.soft
  const softZ = soft === undefined ? undefined : z(soft)
  const softVote = new Float64Array(n)
  const softOrder = soft === undefined ? [] : [...accepted].sort((a, b) => soft[b]! - soft[a]! || a - b)
  softOrder.forEach((index, rank) => { softVote[index] = VOTE_K / (VOTE_K + rank + 1) })
  const candidates = [...new Set([...lexical.slice(0, FUSION_CANDIDATE_DEPTH), ...denseOrder.slice(0, FUSION_CANDIDATE_DEPTH), ...softOrder.slice(0, FUSION_SOFT_CANDIDATE_DEPTH)])]
  const bookSoftPlace = bookPlace(softOrder)
  const sizes = new Map<string, number>()
  for (const c of chunks) sizes.set(c.source, (sizes.get(c.source) ?? 0) + 1)
  const sentence = input.sentenceSoft?.(candidates)
  const sentenceZ = sentence === undefined ? undefined : (() => {
    const mean = sentence.reduce((a, b) => a + b, 0) / sentence.length
    const sd = Math.sqrt(sentence.reduce((a, b) => a + (b - mean) ** 2, 0) / sentence.length) || 1
    return Float64Array.from(sentence, (value) => (value - mean) / sd)
  })()
  const sentenceDense = input.sentenceDense?.(candidates)
  const sentenceDenseZ = sentenceDense === undefined ? undefined : (() => {
    const mean = sentenceDense.reduce((a, b) => a + b, 0) / sentenceDense.length
    const sd = Math.sqrt(sentenceDense.reduce((a, b) => a + (b - mean) ** 2, 0) / sentenceDense.length) || 1
    return Float64Array.from(sentenceDense, (value) => (value - mean) / sd)
  })()
  const scored = candidates.map((i, position) => {
    const chunk = chunks[i]!
    const size = sizes.get(chunk.source)!
    const small = Math.min(1, 20 / size)
    let neighbourDense = -4
    let neighbourLexical = 0
    let neighbourSoft = -4
    for (const j of neighbours[i] ?? []) {
      if (dense[j]! > -Infinity) {
        neighbourDense = Math.max(neighbourDense, denseZ[j]!)
        if (softZ !== undefined) neighbourSoft = Math.max(neighbourSoft, softZ[j]!)
      }
      neighbourLexical = Math.max(neighbourLexical, lexicalVote[j]!)
    }
    const score = weights.lexicalVote * lexicalVote[i]! + weights.denseZ * denseZ[i]! / 4 + weights.denseVote * denseVote[i]!
      + weights.neighbourDenseZ * neighbourDense / 4 + weights.neighbourLexicalVote * neighbourLexical
      + weights.bookDenseZ * bookDense.get(chunk.source)! / 4 + weights.bookLexicalShare * (bookLexicalShare.get(chunk.source) ?? 0)
      + weights.length * chunk.text.length / 800 + weights.denseXlexical * lexicalVote[i]! * denseVote[i]!
      + weights.bookLexicalPlace * (bookLexicalPlace.get(chunk.source) ?? 0) + weights.bookDensePlace * (bookDensePlace.get(chunk.source) ?? 0)
      + weights.bias
      + (softZ === undefined ? 0 : weights.softZ * softZ[i]! / 4 + weights.softVote * softVote[i]! + weights.neighbourSoftZ * neighbourSoft / 4)
      + (sentence === undefined ? 0 : weights.sentenceSoft * sentence[position]! + weights.sentenceSoftCandidateZ * sentenceZ![position]! / 4)
      + weights.bookSize * Math.log(size) / 8 + weights.bookDensePlaceXsmall * (bookDensePlace.get(chunk.source) ?? 0) * small
      + weights.bookSoftPlaceXsmall * (bookSoftPlace.get(chunk.source) ?? 0) * small
      + (sentenceDense === undefined ? 0 : weights.sentenceDense * sentenceDense[position]! + weights.sentenceDenseCandidateZ * sentenceDenseZ![position]! / 4)
    return { i, position, score }
  })
  scored.sort((a, b) => b.score - a.score || a.position - b.position)
  return scored.slice(0, input.limit).map((entry) => chunks[entry.i]!)
}

describe('rankByLearnedFusion, against the fusion as first written', () => {
  it('ranks exactly as the comparator-sort version on random libraries, filters, ties, soft and sentence scores', () => {
    let state = 7
    const random = (): number => { state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0; return state / 4_294_967_296 }
    for (let trial = 0; trial < 40; trial += 1) {
      const books = 1 + Math.floor(random() * 8)
      const chunks = Array.from({ length: 50 + Math.floor(random() * 700) }, (_, index) => chunk(`book${index % books}.md`, Math.floor(index / books), 'x'.repeat(Math.floor(random() * 900))))
      const neighbours = chunkNeighbours(chunks)
      const coarse = trial % 2 === 0
      const dense = Float64Array.from(chunks, () => random() < 0.1 ? -Infinity : coarse ? Math.floor(random() * 6) / 6 : random())
      const soft = trial % 4 === 3 ? undefined : Float64Array.from(chunks, () => random() < 0.5 ? 0 : Math.floor(random() * 10) / 10)
      const lexical = Array.from({ length: chunks.length }, (_, index) => index).sort(() => random() - 0.5).slice(0, Math.floor(random() * chunks.length))
      // Sentence scores for the candidates asked (a function of the passage only, coarse to make ties).
      const sentenceSoft = soft === undefined || trial % 4 === 2 ? undefined : (candidates: readonly number[]) => Float64Array.from(candidates, (i) => ((i * 7919) % 13) / 13)
      // Best sentence cosines (round ten-b) on every other trial that has soft scores, coarse too.
      const sentenceDense = soft === undefined || trial % 2 === 1 ? undefined : (candidates: readonly number[]) => Float64Array.from(candidates, (i) => ((i * 104_729) % 7) / 7)
      const input = { chunks, lexical, dense, neighbours, limit: 120, ...(soft === undefined ? { weights: LEARNED_FUSION_WEIGHTS } : { soft, ...(sentenceSoft === undefined ? {} : { sentenceSoft }), ...(sentenceDense === undefined ? { weights: LEARNED_FUSION_SOFT_WEIGHTS } : { sentenceDense, weights: LEARNED_FUSION_SENTENCE_WEIGHTS }) }) }
      expect(rankByLearnedFusion(input).map((c) => c.id), `trial ${trial}`).toEqual(referenceFusion(input).map((c) => c.id))
    }
  })
})
