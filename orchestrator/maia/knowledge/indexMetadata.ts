import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../../../shared/util/index.ts'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { KnowledgeStoreError } from './errors.ts'

export const INDEX_METADATA_FILE = 'maia-knowledge.json'
/** Bumped when the stored layout or chunking changes meaning; an older index is rebuilt. */
export const INDEX_FORMAT_VERSION = 1

/**
 * What an index was built with, beside the LanceDB table: the chunker's tokenizer and sizes,
 * and the embedder (or none).
 */
export const indexMetadataSchema = z.object({
  formatVersion: z.number().int(),
  tokenizer: z.string(),
  chunking: z.object({ targetTokens: z.number().int().positive(), overlapTokens: z.number().int().nonnegative() }),
  embedder: z.object({ id: z.string(), dimensions: z.number().int().positive() }).nullable(),
  /** Changes on every ingest: what the saved search snapshot is keyed by (absent in indexes built before it). */
  generation: z.string().optional()
})
export type IndexMetadata = z.infer<typeof indexMetadataSchema>

export async function readIndexMetadata(directory: string): Promise<IndexMetadata | undefined> {
  const path = join(directory, INDEX_METADATA_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new KnowledgeStoreError('read metadata', directory, { cause })
  }
  const parsed = indexMetadataSchema.safeParse(json)
  if (!parsed.success) throw new KnowledgeStoreError('read metadata', directory, { cause: new Error(formatZodIssues(parsed.error)) })
  return parsed.data
}

export async function writeIndexMetadata(directory: string, metadata: IndexMetadata): Promise<void> {
  await writeFileAtomic(join(directory, INDEX_METADATA_FILE), `${JSON.stringify(metadata, null, 2)}\n`, 0o644)
}
