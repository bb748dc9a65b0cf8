import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { z } from 'zod'
import { MAX_CHUNK_BYTES, MAX_CHUNKS, MAX_MODEL_BYTES, MIN_CHUNK_BYTES } from './constants.ts'
import { InvalidManifestError } from './errors.ts'

/** A SHA-256 as the chain writes it: `0x` and 64 lowercase hex digits. */
export type Sha256Hex = `0x${string}`
export const sha256HexSchema = z.string().regex(/^0x[0-9a-f]{64}$/, 'a 0x-prefixed lowercase SHA-256').transform((value) => value as Sha256Hex)

/**
 * How a model file is cut for transfer: fixed-size chunks, each with its SHA-256, and the
 * SHA-256 of the whole file (the on-chain `ggufSha256`). It is a pure function of the file and
 * the chunk size, so every honest peer serves the same manifest, byte for byte.
 */
export interface ChunkManifest {
  readonly fileSha256: Sha256Hex
  readonly size: number
  readonly chunkSize: number
  /** The chunks' SHA-256 digests, 32 bytes each, in order. */
  readonly chunkHashes: Uint8Array
}

/** The manifest's header as it travels (the hashes follow as one binary frame). */
export const manifestHeaderSchema = z.object({
  fileSha256: sha256HexSchema,
  size: z.number().int().min(1).max(MAX_MODEL_BYTES),
  chunkSize: z.number().int().min(MIN_CHUNK_BYTES).max(MAX_CHUNK_BYTES).multipleOf(64)
}).strict()

export function chunkCount(manifest: Pick<ChunkManifest, 'size' | 'chunkSize'>): number {
  return Math.ceil(manifest.size / manifest.chunkSize)
}

/** Bytes in chunk `index`: the chunk size, except for the last chunk. */
export function chunkLength(manifest: Pick<ChunkManifest, 'size' | 'chunkSize'>, index: number): number {
  return Math.min(manifest.chunkSize, manifest.size - index * manifest.chunkSize)
}

export function chunkHash(manifest: ChunkManifest, index: number): Uint8Array {
  return manifest.chunkHashes.subarray(index * 32, index * 32 + 32)
}

/** Whether `bytes` are chunk `index` of the file the manifest describes. */
export function chunkMatches(manifest: ChunkManifest, index: number, bytes: Uint8Array): boolean {
  return bytes.byteLength === chunkLength(manifest, index) && Buffer.from(createHash('sha256').update(bytes).digest()).equals(chunkHash(manifest, index))
}

/** The manifest's own identity: peers that serve the same id vouch for the same chunk list. */
export function manifestId(manifest: ChunkManifest): Sha256Hex {
  return `0x${createHash('sha256').update(JSON.stringify({ fileSha256: manifest.fileSha256, size: manifest.size, chunkSize: manifest.chunkSize })).update(manifest.chunkHashes).digest('hex')}`
}

/**
 * Checks a manifest received from a peer: well formed, for the file asked for, with one hash
 * per chunk. It cannot prove the hashes are right: only the whole file's SHA-256 can.
 *
 * @throws {InvalidManifestError}
 */
export function parseManifest(header: unknown, chunkHashes: Uint8Array, expectedSha256: Sha256Hex): ChunkManifest {
  const parsed = manifestHeaderSchema.safeParse(header)
  if (!parsed.success) throw new InvalidManifestError('malformed header', { issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) })
  const { fileSha256, size, chunkSize } = parsed.data
  if (fileSha256 !== expectedSha256) throw new InvalidManifestError('describes another file', { expected: expectedSha256, got: fileSha256 })
  const count = Math.ceil(size / chunkSize)
  if (count > MAX_CHUNKS) throw new InvalidManifestError('too many chunks', { count, max: MAX_CHUNKS })
  if (chunkHashes.byteLength !== count * 32) throw new InvalidManifestError('wrong number of chunk hashes', { expected: count, got: chunkHashes.byteLength / 32 })
  return { fileSha256, size, chunkSize, chunkHashes: Uint8Array.from(chunkHashes) }
}

export interface BuildChunkManifestOptions {
  chunkSize: number
  signal?: AbortSignal
  onProgress?: (hashedBytes: number, totalBytes: number) => void
}

/**
 * Reads a model file once and returns its manifest: every chunk's SHA-256 and the file's.
 *
 * @example
 * const manifest = await buildChunkManifest('./models/maia.gguf', { chunkSize: 8 * 1024 * 1024 })
 */
export async function buildChunkManifest(path: string, options: BuildChunkManifestOptions): Promise<ChunkManifest> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size === 0) throw new InvalidManifestError('empty file', { path })
    const count = Math.ceil(size / options.chunkSize)
    if (count > MAX_CHUNKS) throw new InvalidManifestError('too many chunks', { path, count, max: MAX_CHUNKS })
    const fileHash = createHash('sha256')
    const chunkHashes = new Uint8Array(count * 32)
    const buffer = Buffer.allocUnsafe(options.chunkSize)
    for (let index = 0; index < count; index += 1) {
      options.signal?.throwIfAborted()
      const length = chunkLength({ size, chunkSize: options.chunkSize }, index)
      await readFully(handle, buffer, length, index * options.chunkSize)
      const bytes = buffer.subarray(0, length)
      fileHash.update(bytes)
      chunkHashes.set(createHash('sha256').update(bytes).digest(), index * 32)
      options.onProgress?.(index * options.chunkSize + length, size)
    }
    return { fileSha256: `0x${fileHash.digest('hex')}`, size, chunkSize: options.chunkSize, chunkHashes }
  } finally {
    await handle.close()
  }
}

/** Reads exactly `length` bytes at `position` (a short read is retried until the bytes are there). */
export async function readFully(handle: import('node:fs/promises').FileHandle, buffer: Uint8Array, length: number, position: number): Promise<void> {
  let offset = 0
  while (offset < length) {
    const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset)
    if (bytesRead === 0) throw new InvalidManifestError('file shorter than expected', { expected: length, got: offset })
    offset += bytesRead
  }
}
