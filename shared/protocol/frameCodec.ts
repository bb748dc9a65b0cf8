import type { z } from 'zod'
import { InvalidMessageError } from './errors.ts'
import { formatZodIssues } from '../util/formatZodIssues.ts'

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** Serializes one protocol frame (a JSON object) for a length-prefixed stream. */
export function encodeFrame(frame: object): Uint8Array {
  return encoder.encode(JSON.stringify(frame))
}

/**
 * Parses and validates one frame. Anything that is not UTF-8 JSON matching `schema` throws
 * an `InvalidMessageError` whose details say exactly what was wrong.
 */
export function decodeFrame<Schema extends z.ZodType>(bytes: Uint8Array, schema: Schema, what: string): z.infer<Schema> {
  let json: unknown
  try {
    json = JSON.parse(decoder.decode(bytes))
  } catch (cause) {
    throw new InvalidMessageError(what, 'not UTF-8 JSON', { cause })
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new InvalidMessageError(what, formatZodIssues(parsed.error))
  return parsed.data
}
