import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { z } from 'zod'

/** Where a learned model's weights and its metadata (JSON) lie. */
export interface ModelFiles { weights: string | URL; meta: string | URL }

/** How a loader names what went wrong: its own error class, with a short reason. */
export type ModelFileFailure = (reason: 'unreadable' | 'checksum mismatch', options: { cause?: unknown; details?: Record<string, unknown> }) => Error

/**
 * Reads a learned model's weights and metadata: the metadata checked with `schema`, the weights
 * against the metadata's SHA-256, so a truncated or swapped file never loads as a model. Shapes
 * (sizes, formats) stay each loader's own check.
 */
export function readChecksummedModel<Meta extends { sha256: string }>(files: ModelFiles, schema: z.ZodType<Meta>, fail: ModelFileFailure): { bytes: Buffer; meta: Meta } {
  let bytes: Buffer
  let meta: Meta
  try {
    bytes = readFileSync(files.weights)
    meta = schema.parse(JSON.parse(readFileSync(files.meta, 'utf8')))
  } catch (cause) {
    throw fail('unreadable', { cause })
  }
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== meta.sha256) throw fail('checksum mismatch', { details: { expected: meta.sha256, actual } })
  return { bytes, meta }
}
