import type { Stream } from '@libp2p/interface'
import { lpStream, type LengthPrefixedStream } from '@libp2p/utils'
import { z } from 'zod'
import { sha256HexSchema, manifestHeaderSchema } from './chunkManifest.ts'
import { MAX_CHUNKS, MAX_REQUEST_FRAME_BYTES, MAX_RESPONSE_FRAME_BYTES, PIECE_BYTES } from './constants.ts'

/** What a peer may ask: a file's manifest, which of its chunks the server holds, or one chunk. */
export const modelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('manifest'), sha256: sha256HexSchema }).strict(),
  z.object({ type: z.literal('have'), sha256: sha256HexSchema }).strict(),
  z.object({ type: z.literal('chunk'), sha256: sha256HexSchema, index: z.number().int().min(0).max(MAX_CHUNKS - 1) }).strict()
])
export type ModelRequest = z.infer<typeof modelRequestSchema>

export const modelErrorCodeSchema = z.enum(['not_found', 'busy', 'bad_request'])
export type ModelErrorCode = z.infer<typeof modelErrorCodeSchema>

/**
 * The first frame of every answer. A `manifest` header is followed by one binary frame of chunk
 * hashes; a `chunk` header by `length` bytes in frames of at most {@link PIECE_BYTES}.
 */
export const modelResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('manifest'), manifest: manifestHeaderSchema }).strict(),
  z.object({ type: z.literal('have'), chunks: z.number().int().min(1).max(MAX_CHUNKS), bitmap: z.string().max(Math.ceil(MAX_CHUNKS / 8 / 3) * 4 + 4) }).strict(),
  z.object({ type: z.literal('chunk'), index: z.number().int().min(0), length: z.number().int().min(1) }).strict(),
  z.object({ type: z.literal('error'), code: modelErrorCodeSchema, message: z.string().max(500) }).strict()
])
export type ModelResponse = z.infer<typeof modelResponseSchema>

/** The server reads one tiny request frame, and buffers no more than that from a peer. */
export function serverFrames(stream: Stream): LengthPrefixedStream<Stream> {
  return lpStream(stream, { maxDataLength: MAX_REQUEST_FRAME_BYTES, maxBufferSize: 64 * 1024 })
}

/** The client accepts frames up to a manifest's hashes; chunk pieces are far smaller. */
export function clientFrames(stream: Stream): LengthPrefixedStream<Stream> {
  return lpStream(stream, { maxDataLength: Math.max(MAX_RESPONSE_FRAME_BYTES, PIECE_BYTES), maxBufferSize: MAX_RESPONSE_FRAME_BYTES + 1024 * 1024 })
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export function encodeJson(frame: ModelRequest | ModelResponse): Uint8Array {
  return encoder.encode(JSON.stringify(frame))
}

/** Parses one JSON frame against `schema`; undefined when it is not valid (the caller says why to whom). */
export function decodeJson<Schema extends z.ZodType>(bytes: Uint8Array, schema: Schema): z.infer<Schema> | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(decoder.decode(bytes)))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
