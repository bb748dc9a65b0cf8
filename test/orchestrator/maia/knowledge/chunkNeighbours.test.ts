import { describe, expect, it } from 'vitest'
import { chunkNeighbours } from '../../../../orchestrator/maia/knowledge/chunkNeighbours.ts'
import type { StoredChunk } from '../../../../orchestrator/maia/knowledge/createLanceChunkStore.ts'

function chunk(source: string, ordinal: number): StoredChunk {
  return { id: `${source}#${ordinal}`, source, title: source, author: 'x', text: `${source} passage ${ordinal}`, tokens: 10, ordinal, start: 0, end: 1, topics: [], curator: null }
}

describe('chunkNeighbours', () => {
  it('links chunks of the same source whose ordinals differ by one, the previous first', () => {
    expect(chunkNeighbours([chunk('a.md', 0), chunk('a.md', 1), chunk('b.md', 2), chunk('a.md', 3)])).toEqual([[1], [0], [], []])
    expect(chunkNeighbours([chunk('a.md', 0), chunk('a.md', 1), chunk('a.md', 2)])).toEqual([[1], [0, 2], [1]])
  })
})
