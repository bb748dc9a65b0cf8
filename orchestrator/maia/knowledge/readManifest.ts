import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { InvalidManifestError } from './errors.ts'
import { curatorSchema, topicListSchema } from './metadataSchemas.ts'

/** The manifest's file name inside a library directory. */
export const MANIFEST_FILE = 'MANIFEST.tsv'

/**
 * One row of a library's MANIFEST.tsv. `file`, `title` and `author` are required; `topics`
 * (comma-separated) and `curator` (an ETH address) are optional; other columns (translator,
 * year, provenance...) are kept by the file but not needed here.
 */
export const manifestRowSchema = z.object({
  file: z.string().min(1).refine((file) => !file.includes('..') && !file.startsWith('/'), 'must be a path inside the library'),
  title: z.string().min(1),
  author: z.string().min(1),
  topics: topicListSchema.optional(),
  curator: curatorSchema.optional()
})
export type ManifestRow = z.infer<typeof manifestRowSchema>

/**
 * Reads a tab-separated manifest with a header row.
 *
 * @example
 * const rows = await readManifest('../shared/library/MANIFEST.tsv') // [{ file: 'plato-apology.md', title: 'Apology ...', author: 'Plato' }, ...]
 */
export async function readManifest(path: string): Promise<ManifestRow[]> {
  const lines = (await readFile(path, 'utf8')).split(/\r?\n/).filter((line) => line.trim() !== '')
  const header = lines[0]?.split('\t').map((name) => name.trim())
  if (header === undefined) throw new InvalidManifestError(path, 'empty file')
  return lines.slice(1).map((line, index) => {
    const cells = line.split('\t')
    const raw = Object.fromEntries(header.map((name, column) => [name, cells[column]?.trim() || undefined]))
    const parsed = manifestRowSchema.safeParse(raw)
    if (!parsed.success) throw new InvalidManifestError(path, `row ${index + 2}: ${formatZodIssues(parsed.error)}`)
    return parsed.data
  })
}
