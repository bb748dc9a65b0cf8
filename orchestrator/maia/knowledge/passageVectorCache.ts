import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../../../shared/util/index.ts'

/** Beside the index: passage vectors from the sentence encoder, so they are computed once per text. */
export const PASSAGE_VECTORS_FILE = 'maia-passage-vectors.bin'
/** Beside the index: the vectors of the passages' sentences (sentenceUnits.ts), in the same layout. */
export const SENTENCE_VECTORS_FILE = 'maia-sentence-vectors.bin'
/** Bumped when the file's layout changes; an older file is ignored (and rewritten). */
export const PASSAGE_VECTORS_VERSION = 1

const headerSchema = z.object({
  version: z.literal(PASSAGE_VECTORS_VERSION),
  encoder: z.string(),
  dimensions: z.number().int().positive(),
  /** The content hash of each row's text (passageTextHash), in the order of the rows. */
  hashes: z.array(z.string())
})

/** A passage's key in the cache: its text alone, so a re-ingest reuses the vectors of every unchanged chunk. */
export function passageTextHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16)
}

/**
 * The cached vectors made by `encoder` in `directory`, by text hash; empty when there are none (or
 * they came from another encoder or an older layout, or the file is unreadable: a cache only).
 *
 * Layout: a 4-byte little-endian header length, the JSON header, then the rows as float32.
 */
export async function readPassageVectors(directory: string, encoder: string, file: string = PASSAGE_VECTORS_FILE): Promise<Map<string, Float32Array>> {
  const vectors = new Map<string, Float32Array>()
  let bytes: Buffer
  try {
    bytes = await readFile(join(directory, file))
  } catch {
    return vectors
  }
  try {
    const headerLength = bytes.readUInt32LE(0)
    const parsed = headerSchema.safeParse(JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')))
    if (!parsed.success || parsed.data.encoder !== encoder) return vectors
    const { dimensions, hashes } = parsed.data
    const body = bytes.subarray(4 + headerLength)
    if (body.byteLength !== hashes.length * dimensions * 4) return vectors
    // Copied out row by row: the body need not be 4-byte aligned in the file's buffer.
    hashes.forEach((hash, row) => {
      const vector = new Float32Array(dimensions)
      for (let d = 0; d < dimensions; d += 1) vector[d] = body.readFloatLE((row * dimensions + d) * 4)
      vectors.set(hash, vector)
    })
  } catch {
    vectors.clear()
  }
  return vectors
}

/** Saves `vectors` (by text hash) made by `encoder`, atomically (`file`: PASSAGE_VECTORS_FILE unless told). */
export async function writePassageVectors(directory: string, encoder: string, vectors: ReadonlyMap<string, Float32Array>, file: string = PASSAGE_VECTORS_FILE): Promise<void> {
  const hashes = [...vectors.keys()]
  const dimensions = vectors.values().next().value?.length ?? 1
  const header = Buffer.from(JSON.stringify({ version: PASSAGE_VECTORS_VERSION, encoder, dimensions, hashes }), 'utf8')
  const body = Buffer.alloc(hashes.length * dimensions * 4)
  hashes.forEach((hash, row) => {
    const vector = vectors.get(hash)!
    for (let d = 0; d < dimensions; d += 1) body.writeFloatLE(vector[d]!, (row * dimensions + d) * 4)
  })
  const length = Buffer.alloc(4)
  length.writeUInt32LE(header.byteLength, 0)
  await writeFileAtomic(join(directory, file), Buffer.concat([length, header, body]), 0o644)
}
