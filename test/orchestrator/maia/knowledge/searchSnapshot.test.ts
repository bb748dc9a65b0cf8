import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { readIndexMetadata } from '../../../../orchestrator/maia/knowledge/indexMetadata.ts'
import { openKnowledgeBase } from '../../../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { readSearchSnapshot, SEARCH_SNAPSHOT_FILE, writeSearchSnapshot } from '../../../../orchestrator/maia/knowledge/searchSnapshot.ts'
import { createEstimatedTokenCounter } from '../../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'

const tokenCounter = createEstimatedTokenCounter()
const chunking = { targetTokens: 40, overlapTokens: 0 }
const book = (source: string, text: string): SourceDocument => ({ source, title: source, author: 'Tester', text })
const SOUL = book('soul.md', 'The soul is immortal and does not perish with the body. It returns to the place it came from.')
const RIVER = book('river.md', 'No one steps in the same river twice, for it is not the same river and he is not the same man.')
// The in-memory search only; WordNet's table plays no part in what is tested here.
const lexical = { relatedWeight: 0 }

describe('the saved search snapshot', () => {
  let directory: string
  beforeEach(async () => { directory = await mkdtemp(join(tmpdir(), 'maia-snapshot-')) })
  afterEach(async () => { await rm(directory, { recursive: true, force: true }) })

  it('is written for the index generation once the search index is built, and changes with every ingest', async () => {
    const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    await knowledgeBase.ingest([SOUL])
    await knowledgeBase.search('immortal soul', { budgetTokens: 100 })
    const first = (await readIndexMetadata(directory))!.generation!
    expect((await readSearchSnapshot(directory, first))?.chunks.map((chunk) => chunk.source)).toEqual(['soul.md'])

    await knowledgeBase.ingest([RIVER])
    const { chunks } = await knowledgeBase.search('same river twice', { budgetTokens: 100 })
    expect(chunks[0]?.source).toBe('river.md')
    const second = (await readIndexMetadata(directory))!.generation!
    expect(second).not.toBe(first)
    await knowledgeBase.close()
    expect(await readSearchSnapshot(directory, first)).toBeUndefined()
    expect((await readSearchSnapshot(directory, second))?.chunks.map((chunk) => chunk.source).sort()).toEqual(['river.md', 'soul.md'])
  })

  it('is what a reopened index searches, without reading the chunk table again', async () => {
    const writer = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    await writer.ingest([SOUL])
    await writer.search('soul', { budgetTokens: 100 })
    await writer.close()
    // Tamper with the snapshot of the current generation: a reopened index must search it.
    const generation = (await readIndexMetadata(directory))!.generation!
    const snapshot = (await readSearchSnapshot(directory, generation))!
    const altered = { chunks: snapshot.chunks.map((chunk) => ({ ...chunk, text: 'A zebra crossed the savanna.' })), terms: snapshot.chunks.map(() => ['zebra']) }
    await writeSearchSnapshot(directory, generation, altered)

    const reader = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    expect((await reader.search('zebra', { budgetTokens: 100 })).chunks[0]?.text).toBe('A zebra crossed the savanna.')
    await reader.close()
  })

  it('is ignored when it belongs to another generation or is unreadable, and then rebuilt', async () => {
    const writer = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    await writer.ingest([SOUL])
    await writer.close()
    const generation = (await readIndexMetadata(directory))!.generation!
    await writeSearchSnapshot(directory, 'another-generation', { chunks: [], terms: [] })
    expect(await readSearchSnapshot(directory, generation)).toBeUndefined()

    const reader = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    expect((await reader.search('immortal soul', { budgetTokens: 100 })).chunks[0]?.source).toBe('soul.md')
    await reader.close()
    expect((await readSearchSnapshot(directory, generation))?.chunks).toHaveLength(1)

    await rm(join(directory, SEARCH_SNAPSHOT_FILE))
    await writeFile(join(directory, SEARCH_SNAPSHOT_FILE), '{not json')
    const again = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    expect((await again.search('immortal soul', { budgetTokens: 100 })).chunks[0]?.source).toBe('soul.md')
    await again.close()
    expect(JSON.parse(await readFile(join(directory, SEARCH_SNAPSHOT_FILE), 'utf8'))).toMatchObject({ generation })
  })

  it('gives an index built before snapshots existed a generation on its first search', async () => {
    const writer = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    await writer.ingest([SOUL])
    await writer.close()
    const metadataPath = join(directory, 'maia-knowledge.json')
    const { generation: _generation, ...older } = JSON.parse(await readFile(metadataPath, 'utf8')) as Record<string, unknown>
    await writeFile(metadataPath, JSON.stringify(older))
    await rm(join(directory, SEARCH_SNAPSHOT_FILE), { force: true })

    const reader = await openKnowledgeBase({ directory, tokenCounter, chunking, lexical })
    expect((await reader.search('immortal soul', { budgetTokens: 100 })).chunks[0]?.source).toBe('soul.md')
    await reader.close()
    const generation = (await readIndexMetadata(directory))?.generation
    expect(generation).toEqual(expect.any(String))
    expect(await stat(join(directory, SEARCH_SNAPSHOT_FILE)).then(() => true)).toBe(true)
    expect(await readSearchSnapshot(directory, generation!)).toBeDefined()
  })
})
