import { describe, expect, it } from 'vitest'
import type { StoredChunk } from '../../../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { chunkNeighbours } from '../../../../orchestrator/maia/knowledge/chunkNeighbours.ts'
import { FUSION_FEATURES, rankByLearnedFusion, type FusionWeights } from '../../../../orchestrator/maia/knowledge/learnedFusion.ts'
import { LEARNED_FUSION_WEIGHTS } from '../../../../orchestrator/maia/knowledge/learnedFusionWeights.ts'

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

  it('stores a finite weight for every feature', () => {
    expect(Object.keys(LEARNED_FUSION_WEIGHTS).sort()).toEqual([...FUSION_FEATURES].sort())
    expect(Object.values(LEARNED_FUSION_WEIGHTS).every(Number.isFinite)).toBe(true)
  })
})
