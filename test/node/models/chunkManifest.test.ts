import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ChunkBitmap } from '../../../node/models/ChunkBitmap.ts'
import { buildChunkManifest, chunkMatches, manifestId, parseManifest } from '../../../node/models/chunkManifest.ts'
import { MAX_CHUNKS } from '../../../node/models/constants.ts'
import { InvalidManifestError } from '../../../node/models/errors.ts'
import { PartialModelFile } from '../../../node/models/PartialModelFile.ts'
import { scratch, writeRandomFile } from './support/swarm.ts'

const CHUNK = 64 * 1024

describe('chunk manifests', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => { for (const cleanup of cleanups.splice(0)) await cleanup() })

  it('is a pure function of the file: chunk hashes, the file hash, and the last chunk shorter', async () => {
    const directory = await scratch()
    cleanups.push(directory.remove)
    const path = join(directory.path, 'm.gguf')
    const sha256 = await writeRandomFile(path, 3 * CHUNK + 10)
    const manifest = await buildChunkManifest(path, { chunkSize: CHUNK })
    expect(manifest.fileSha256).toBe(sha256)
    expect(manifest.chunkHashes.byteLength).toBe(4 * 32)
    expect(manifestId(await buildChunkManifest(path, { chunkSize: CHUNK }))).toBe(manifestId(manifest))
    expect(chunkMatches(manifest, 0, new Uint8Array(CHUNK))).toBe(false)
  })

  it('refuses a manifest for another file, with too many chunks, or the wrong number of hashes', () => {
    const sha256 = `0x${'11'.repeat(32)}` as const
    const header = { fileSha256: sha256, size: 2 * CHUNK, chunkSize: CHUNK }
    expect(parseManifest(header, new Uint8Array(64), sha256).size).toBe(2 * CHUNK)
    expect(() => parseManifest(header, new Uint8Array(64), `0x${'22'.repeat(32)}`)).toThrow(InvalidManifestError)
    expect(() => parseManifest(header, new Uint8Array(96), sha256)).toThrow(/wrong number of chunk hashes/)
    expect(() => parseManifest({ ...header, size: (MAX_CHUNKS + 1) * CHUNK }, new Uint8Array(0), sha256)).toThrow(/too many chunks/)
    expect(() => parseManifest({ ...header, chunkSize: 1000 }, new Uint8Array(64), sha256)).toThrow(/malformed header/)
    expect(() => parseManifest({ ...header, extra: 1 }, new Uint8Array(64), sha256)).toThrow(/malformed header/)
  })

  it('a bitmap ignores bits past its end, so a peer cannot claim chunks that do not exist', () => {
    const bitmap = new ChunkBitmap(10, new Uint8Array([0xff, 0xff, 0xff]))
    expect(bitmap.count).toBe(10)
    expect(bitmap.complete).toBe(true)
    expect(bitmap.has(10)).toBe(false)
    expect(ChunkBitmap.fromBase64(10, bitmap.toBase64()).count).toBe(10)
  })

  it('a partial file switched to another manifest keeps only the chunks both hash the same', async () => {
    const directory = await scratch()
    cleanups.push(directory.remove)
    const path = join(directory.path, 'm.gguf')
    await writeRandomFile(path, 4 * CHUNK)
    const manifest = await buildChunkManifest(path, { chunkSize: CHUNK })
    const file = await PartialModelFile.open(join(directory.path, 'x.part'), manifest)
    for (let index = 0; index < 4; index += 1) await file.writeChunk(index, new Uint8Array(CHUNK).fill(index))
    const other = { ...manifest, chunkHashes: Uint8Array.from(manifest.chunkHashes) }
    other.chunkHashes.set(createHash('sha256').update('different').digest(), 2 * 32)
    await file.rebase(other)
    expect([0, 1, 2, 3].map((index) => file.have.has(index))).toEqual([true, true, false, true])
    await file.close()
    // Reopened (as after a restart), the saved state says the same.
    const reopened = await PartialModelFile.open(join(directory.path, 'x.part'), other)
    expect(reopened.have.count).toBe(3)
    await reopened.close()
  })
})
