import { describe, expect, it } from 'vitest'
import { interleaveRankings } from '../../../../orchestrator/maia/knowledge/interleaveRankings.ts'

const id = (item: string): string => item

describe('interleaveRankings', () => {
  it('alternates, skipping what was picked, until the limit', () => {
    expect(interleaveRankings(['a', 'b'], ['c', 'a'], 0.5, 10, id)).toEqual(['a', 'c', 'b'])
    expect(interleaveRankings(['a', 'b', 'c'], ['x', 'y', 'z'], 0.5, 4, id)).toEqual(['a', 'x', 'b', 'y'])
  })

  it('gives the first ranking its share of the picks', () => {
    expect(interleaveRankings(['a', 'b', 'c'], ['x', 'y', 'z', 'w'], 1 / 3, 6, id)).toEqual(['a', 'x', 'y', 'b', 'z', 'w'])
    expect(interleaveRankings(['a', 'b'], ['x'], 0, 5, id)).toEqual(['x', 'a', 'b'])
    expect(interleaveRankings(['a'], ['x', 'y'], 1, 5, id)).toEqual(['a', 'x', 'y'])
  })

  it('handles empty rankings', () => {
    expect(interleaveRankings([], [], 0.5, 5, id)).toEqual([])
    expect(interleaveRankings([], ['x'], 0.5, 5, id)).toEqual(['x'])
  })
})
