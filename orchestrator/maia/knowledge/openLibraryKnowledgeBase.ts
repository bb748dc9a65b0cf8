import { createHash } from 'node:crypto'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../../../shared/util/index.ts'
import type { IngestProgress, KnowledgeBase } from './KnowledgeBase.ts'
import { collectDocuments } from './collectDocuments.ts'
import { INDEX_METADATA_FILE } from './indexMetadata.ts'
import { openKnowledgeBase, type OpenKnowledgeBaseOptions } from './openKnowledgeBase.ts'
import { SEARCH_SNAPSHOT_FILE } from './searchSnapshot.ts'

/** Beside an index built from a library: which library, and its fingerprint when indexed. */
export const LIBRARY_RECORD_FILE = 'maia-library.json'
const libraryRecordSchema = z.object({ directory: z.string(), fingerprint: z.string() })

export interface OpenLibraryKnowledgeBaseOptions extends OpenKnowledgeBaseOptions {
  /** The library directory (with its MANIFEST.tsv) the index must hold. */
  library: string
  /** Curator credited for the library's files that name none in the manifest (an ETH address). */
  curator?: string
  onProgress?: (progress: IngestProgress) => void
  signal?: AbortSignal
}

/**
 * Opens the index in `directory`, building it from `library` first when it is empty, and
 * rebuilding it when it was built here from a library whose files changed since, or from another
 * library than the one now configured (an index filled with `maia knowledge ingest` is left alone).
 *
 * @example
 * const { knowledgeBase, built } = await openLibraryKnowledgeBase({ directory, library: await resolveLibraryDirectory(), tokenCounter })
 */
export async function openLibraryKnowledgeBase(options: OpenLibraryKnowledgeBaseOptions): Promise<{ knowledgeBase: KnowledgeBase; built: boolean }> {
  const library = resolve(options.library)
  // The curator is part of what was indexed: crediting someone else means re-indexing.
  const fingerprint = `${await fingerprintLibrary(library)}:${options.curator ?? ''}`
  const record = await readLibraryRecord(options.directory)
  if (record !== undefined && (record.directory !== library || record.fingerprint !== fingerprint)) {
    // Built here from a library that has since changed (or another library is configured now):
    // every file removed is one this module wrote, so the index is ours to rebuild.
    await rm(join(options.directory, 'chunks.lance'), { recursive: true, force: true })
    await rm(join(options.directory, INDEX_METADATA_FILE), { force: true })
    await rm(join(options.directory, SEARCH_SNAPSHOT_FILE), { force: true })
  }
  const knowledgeBase = await openKnowledgeBase(options)
  if ((await knowledgeBase.stats()).chunks > 0) return { knowledgeBase, built: false }
  try {
    const documents = await collectDocuments([library], options.curator === undefined ? {} : { curator: options.curator })
    await knowledgeBase.ingest(documents, { ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }), ...(options.signal === undefined ? {} : { signal: options.signal }) })
    await writeFileAtomic(join(options.directory, LIBRARY_RECORD_FILE), `${JSON.stringify({ directory: library, fingerprint }, null, 2)}\n`, 0o644)
  } catch (error) {
    await knowledgeBase.close()
    throw error
  }
  return { knowledgeBase, built: true }
}

/** Names, sizes and modification times of the library's files: cheap, and changes when a book does. */
async function fingerprintLibrary(library: string): Promise<string> {
  const hash = createHash('sha256')
  const entries = await readdir(library, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort()
  for (const file of files) {
    const stats = await stat(file)
    hash.update(`${file.slice(library.length)}\0${stats.size}\0${Math.round(stats.mtimeMs)}\n`)
  }
  return hash.digest('hex')
}

async function readLibraryRecord(directory: string): Promise<z.infer<typeof libraryRecordSchema> | undefined> {
  try {
    return libraryRecordSchema.parse(JSON.parse(await readFile(join(directory, LIBRARY_RECORD_FILE), 'utf8')))
  } catch {
    return undefined
  }
}
