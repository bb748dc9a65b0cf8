import type { z } from 'zod'

/** What a stored record's reader reports when the bytes are not the record: the key, every issue, the cause. */
export interface CorruptRecordDetails {
  key: string
  issues: string[]
  cause?: unknown
}

/**
 * A record read back from the store, checked against its schema: the store is a boundary too (a
 * crash, another version, a hand edit), so a corrupt record is a typed error naming its key and
 * every issue, never a half-typed value.
 *
 * @example
 * const usage = parseStoredJson(key, raw, usageSchema, (details) => new CorruptQuotaRecordError(details))
 */
export function parseStoredJson<T>(key: string, raw: string, schema: z.ZodType<T>, corrupt: (details: CorruptRecordDetails) => Error): T {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (cause) {
    throw corrupt({ key, issues: ['not JSON'], cause })
  }
  const result = schema.safeParse(parsed)
  if (!result.success) throw corrupt({ key, issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) })
  return result.data
}
