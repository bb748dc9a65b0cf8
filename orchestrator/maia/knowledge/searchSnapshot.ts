import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../../../shared/util/index.ts'
import { ANALYZER_VERSION } from './analyzeText.ts'
import type { StoredChunk } from './createLanceChunkStore.ts'

/** Beside the index: its chunks and their analysed terms, what the in-memory search is built from. */
export const SEARCH_SNAPSHOT_FILE = 'maia-search-snapshot.json'
/** Bumped when the snapshot's layout changes; with ANALYZER_VERSION, the code version it is keyed by. */
export const SEARCH_SNAPSHOT_VERSION = 1

/** The chunks (no vectors) in reading order, and each one's index terms (analyzeText's output). */
export interface SearchSnapshot {
  readonly chunks: StoredChunk[]
  readonly terms: string[][]
}

const chunkSchema = z.object({
  id: z.string(), source: z.string(), title: z.string(), author: z.string(), text: z.string(),
  tokens: z.number(), ordinal: z.number(), start: z.number(), end: z.number(),
  topics: z.array(z.string()), curator: z.string().nullable()
})
const snapshotSchema = z.object({
  version: z.literal(SEARCH_SNAPSHOT_VERSION),
  analyzer: z.number(),
  generation: z.string(),
  chunks: z.array(chunkSchema),
  // Each chunk's terms joined by spaces (stems hold none): a third of the size of nested arrays.
  terms: z.array(z.string())
}).refine((snapshot) => snapshot.terms.length === snapshot.chunks.length, { message: 'one term list per chunk' })

/**
 * The snapshot in `directory` when it was written for this index `generation` by this code
 * (snapshot layout and analyzer versions); undefined otherwise (missing, stale or unreadable:
 * the caller rebuilds it from the chunk table).
 *
 * @example
 * const snapshot = await readSearchSnapshot(directory, metadata.generation)
 */
export async function readSearchSnapshot(directory: string, generation: string): Promise<SearchSnapshot | undefined> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(join(directory, SEARCH_SNAPSHOT_FILE), 'utf8'))
  } catch {
    return undefined
  }
  const parsed = snapshotSchema.safeParse(json)
  if (!parsed.success || parsed.data.generation !== generation || parsed.data.analyzer !== ANALYZER_VERSION) return undefined
  return { chunks: parsed.data.chunks, terms: parsed.data.terms.map((terms) => (terms === '' ? [] : terms.split(' '))) }
}

/** Saves the snapshot for index `generation` (atomically: a reader never sees half of one). */
export async function writeSearchSnapshot(directory: string, generation: string, snapshot: SearchSnapshot): Promise<void> {
  const chunks = snapshot.chunks.map(({ vector: _vector, ...chunk }) => chunk)
  const body = { version: SEARCH_SNAPSHOT_VERSION, analyzer: ANALYZER_VERSION, generation, chunks, terms: snapshot.terms.map((terms) => terms.join(' ')) }
  await writeFileAtomic(join(directory, SEARCH_SNAPSHOT_FILE), JSON.stringify(body), 0o644)
}
