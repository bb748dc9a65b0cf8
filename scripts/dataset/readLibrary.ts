import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { collectDocuments } from '../../orchestrator/maia/knowledge/index.ts'
import { DatasetInputError } from './errors.ts'

/** A library book as the dataset credits it. */
export interface LibraryBook {
  /** Path inside the library. */
  readonly file: string
  readonly title: string
  readonly author: string
  readonly translator?: string
  /** Why the text may be used (MANIFEST.tsv `why_public_domain`, `licence` or `license`). */
  readonly licence: string
  readonly curator?: string
  readonly text: string
  readonly bytes: number
}

const MANIFEST_FILE = 'MANIFEST.tsv'
const UNKNOWN_LICENCE = 'unknown (no licence column in MANIFEST.tsv)'

/**
 * The library's books one at a time, in manifest order (or file-name order without a manifest):
 * only one book's text is held at once, so a library of any size streams through the build.
 * Title, author and curator come from the knowledge context's `collectDocuments` (the same
 * metadata retrieval uses); the licence and translator columns, which it does not keep, from
 * MANIFEST.tsv directly.
 *
 * @throws {DatasetInputError} when the directory is missing or lists no text.
 */
export async function* readLibrary(directory: string, options: { onTotalBytes?: (bytes: number) => void } = {}): AsyncGenerator<LibraryBook> {
  const isDirectory = await stat(directory).then((s) => s.isDirectory(), () => false)
  if (!isDirectory) throw new DatasetInputError(directory, 'not a directory')
  const rows = await readManifestColumns(join(directory, MANIFEST_FILE))
  const files = rows === undefined ? await listTexts(directory) : rows.map((row) => row.file)
  if (files.length === 0) throw new DatasetInputError(directory, 'no .md or .txt files')
  const sizes = await Promise.all(files.map((file) => stat(join(directory, file)).then((s) => s.size, () => 0)))
  options.onTotalBytes?.(sizes.reduce((sum, size) => sum + size, 0))
  for (const [index, file] of files.entries()) {
    const [document] = await collectDocuments([join(directory, file)]).catch((cause: unknown) => { throw new DatasetInputError(join(directory, file), 'unreadable', { cause }) })
    if (document === undefined) continue
    const row = rows?.find((entry) => entry.file === file)
    const licence = row?.why_public_domain ?? row?.licence ?? row?.license ?? UNKNOWN_LICENCE
    yield {
      file,
      title: document.title,
      author: document.author,
      ...(row?.translator === undefined ? {} : { translator: row.translator }),
      licence,
      ...(document.curator === undefined ? {} : { curator: document.curator }),
      text: document.text,
      bytes: sizes[index] ?? Buffer.byteLength(document.text)
    }
  }
}

type ManifestColumns = Record<string, string | undefined> & { file: string }

async function readManifestColumns(path: string): Promise<ManifestColumns[] | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim())
  return lines.slice(1).map((line) => {
    const cells = line.split('\t')
    return Object.fromEntries(header.map((name, column) => [name, cells[column]?.trim() || undefined]))
  }).filter((row): row is ManifestColumns => typeof row.file === 'string')
}

async function listTexts(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && ['.md', '.txt'].includes(extname(entry.name).toLowerCase()) && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}
