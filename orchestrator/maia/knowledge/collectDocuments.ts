import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import type { SourceDocument } from './KnowledgeBase.ts'
import { NoDocumentsError, SourceNotFoundError } from './errors.ts'
import { MANIFEST_FILE, readManifest, type ManifestRow } from './readManifest.ts'

export const INGESTIBLE_EXTENSIONS = ['.txt', '.md'] as const

export interface CollectDocumentsOptions {
  /** Added to every document's topics. */
  topics?: readonly string[]
  /** Curator for documents whose manifest row names none. */
  curator?: string
  /** Overrides for every document (meant for a single file). */
  title?: string
  author?: string
}

/**
 * Expands files and directories into documents with metadata. A directory with a MANIFEST.tsv
 * contributes the files its manifest lists (title, author, topics, curator from the row); one
 * without contributes every .txt/.md file below it except README.md, titled after the file name.
 * A file named directly takes its metadata from a MANIFEST.tsv beside it when that lists it.
 * `source` is the path relative to the directory given (the file name for a file given).
 *
 * @example
 * const documents = await collectDocuments(['../shared/library'])
 */
export async function collectDocuments(paths: readonly string[], options: CollectDocumentsOptions = {}): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = []
  for (const path of paths) {
    const absolute = resolve(path)
    const stats = await stat(absolute).catch((cause: unknown) => { throw new SourceNotFoundError(path, { cause }) })
    if (stats.isDirectory()) {
      const manifest = await manifestIn(absolute)
      const files = manifest === undefined ? await listIngestible(absolute) : manifest.map((row) => join(absolute, row.file))
      for (const file of files) documents.push(await readDocument(file, relative(absolute, file), manifest, options))
    } else {
      if (!isIngestible(absolute)) continue
      documents.push(await readDocument(absolute, basename(absolute), await manifestIn(dirname(absolute)), options))
    }
  }
  if (documents.length === 0) throw new NoDocumentsError(paths)
  return documents
}

async function readDocument(file: string, source: string, manifest: readonly ManifestRow[] | undefined, options: CollectDocumentsOptions): Promise<SourceDocument> {
  const text = await readFile(file, 'utf8').catch((cause: unknown) => { throw new SourceNotFoundError(file, { cause }) })
  const row = manifest?.find((entry) => entry.file === source || entry.file === basename(file))
  const curator = row?.curator ?? options.curator
  return {
    source: source.split('\\').join('/'),
    title: options.title ?? row?.title ?? titleFromFileName(file),
    author: options.author ?? row?.author ?? 'Unknown',
    text,
    topics: [...new Set([...(row?.topics ?? []), ...(options.topics ?? [])])],
    ...(curator === undefined ? {} : { curator })
  }
}

async function manifestIn(directory: string): Promise<ManifestRow[] | undefined> {
  const path = join(directory, MANIFEST_FILE)
  const exists = await stat(path).then((stats) => stats.isFile(), () => false)
  return exists ? readManifest(path) : undefined
}

async function listIngestible(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && isIngestible(entry.name) && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

function isIngestible(file: string): boolean {
  return (INGESTIBLE_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase())
}

/** `plato-phaedo.md` → `Plato Phaedo`. */
function titleFromFileName(file: string): string {
  return basename(file, extname(file)).split(/[-_\s]+/).filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ')
}
