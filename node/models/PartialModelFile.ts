import { createHash } from 'node:crypto'
import { open, rename, rm, readFile, type FileHandle } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomic } from '../../shared/util/index.ts'
import { ChunkBitmap } from './ChunkBitmap.ts'
import { chunkCount, chunkHash, chunkLength, manifestHeaderSchema, manifestId, readFully, type ChunkManifest, type Sha256Hex } from './chunkManifest.ts'

/** What survives a crash beside the partial file: the manifest it follows and which chunks are written and synced. */
const resumeStateSchema = z.object({
  version: z.literal(1),
  manifest: manifestHeaderSchema,
  chunkHashes: z.string(),
  have: z.string()
}).strict()

/** The outcome of reading a finished file once: its SHA-256, and chunks whose bytes do not match the manifest. */
export interface VerifyResult {
  sha256: Sha256Hex
  corruptChunks: number[]
}

/**
 * A model file being downloaded: `<name>.part` (sparse, full size) and `<name>.part.json` (the
 * manifest and the bitmap of chunks held). A chunk is marked held only after its bytes were
 * synced to disk, so the state never claims a chunk a crash lost; the bitmap is written
 * atomically (temp + rename), coalesced so a fast download does not sync once per chunk.
 */
export class PartialModelFile {
  readonly path: string
  readonly statePath: string
  #manifest: ChunkManifest
  #have: ChunkBitmap
  readonly #handle: FileHandle
  #persisting: Promise<void> = Promise.resolve()
  #dirty = false
  #closed = false

  private constructor(path: string, manifest: ChunkManifest, have: ChunkBitmap, handle: FileHandle) {
    this.path = path
    this.statePath = `${path}.json`
    this.#manifest = manifest
    this.#have = have
    this.#handle = handle
  }

  /**
   * Opens (or creates) the partial file for `manifest`. Chunks a previous run held are kept when
   * the saved manifest gives them the same hash; the rest are fetched again.
   */
  static async open(path: string, manifest: ChunkManifest): Promise<PartialModelFile> {
    let saved = await readResumeState(`${path}.json`)
    const have = new ChunkBitmap(chunkCount(manifest))
    let handle: FileHandle
    try {
      handle = await open(path, saved === undefined ? 'w+' : 'r+')
    } catch {
      // The state survived but the data did not: nothing it marks can be trusted.
      saved = undefined
      handle = await open(path, 'w+')
    }
    await handle.truncate(manifest.size)
    const file = new PartialModelFile(path, manifest, have, handle)
    if (saved !== undefined) file.#adopt(saved.manifest, saved.have)
    await file.persist()
    return file
  }

  get manifest(): ChunkManifest {
    return this.#manifest
  }

  get have(): ChunkBitmap {
    return this.#have
  }

  async writeChunk(index: number, bytes: Uint8Array): Promise<void> {
    let written = 0
    while (written < bytes.byteLength) {
      const { bytesWritten } = await this.#handle.write(bytes, written, bytes.byteLength - written, index * this.#manifest.chunkSize + written)
      written += bytesWritten
    }
    this.#have.set(index)
    this.#dirty = true
    void this.persist()
  }

  /** A held chunk's bytes (what the node serves to others while it downloads), or undefined. */
  async readChunk(index: number): Promise<Uint8Array | undefined> {
    if (!this.#have.has(index) || this.#closed) return undefined
    const length = chunkLength(this.#manifest, index)
    const buffer = Buffer.allocUnsafe(length)
    await readFully(this.#handle, buffer, length, index * this.#manifest.chunkSize)
    return buffer
  }

  /** Syncs the data, then records which chunks are held. Calls while one runs fold into one more run. */
  persist(): Promise<void> {
    this.#dirty = true
    this.#persisting = this.#persisting.then(async () => {
      if (!this.#dirty || this.#closed) return
      this.#dirty = false
      const have = this.#have.toBase64()
      await this.#handle.datasync()
      await writeFileAtomic(this.statePath, JSON.stringify({
        version: 1,
        manifest: { fileSha256: this.#manifest.fileSha256, size: this.#manifest.size, chunkSize: this.#manifest.chunkSize },
        chunkHashes: Buffer.from(this.#manifest.chunkHashes).toString('base64'),
        have
      }))
    })
    return this.#persisting
  }

  /** Switches to another manifest of the same file, keeping every held chunk it hashes the same. */
  async rebase(manifest: ChunkManifest): Promise<void> {
    if (manifestId(manifest) === manifestId(this.#manifest)) return
    const previous = { manifest: this.#manifest, have: this.#have }
    this.#manifest = manifest
    this.#have = new ChunkBitmap(chunkCount(manifest))
    await this.#handle.truncate(manifest.size)
    this.#adopt(previous.manifest, previous.have)
    await this.persist()
  }

  /** Forgets chunks (found corrupt on disk); they will be fetched again. */
  async drop(indexes: readonly number[]): Promise<void> {
    for (const index of indexes) this.#have.clear(index)
    await this.persist()
  }

  /** Reads the whole file once: its SHA-256, and each chunk checked against the manifest. */
  async verify(options: { signal?: AbortSignal; onProgress?: (bytes: number, total: number) => void } = {}): Promise<VerifyResult> {
    const manifest = this.#manifest
    const fileHash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(manifest.chunkSize)
    const corruptChunks: number[] = []
    for (let index = 0; index < chunkCount(manifest); index += 1) {
      options.signal?.throwIfAborted()
      const length = chunkLength(manifest, index)
      await readFully(this.#handle, buffer, length, index * manifest.chunkSize)
      const bytes = buffer.subarray(0, length)
      fileHash.update(bytes)
      if (!createHash('sha256').update(bytes).digest().equals(chunkHash(manifest, index))) corruptChunks.push(index)
      options.onProgress?.(index * manifest.chunkSize + length, manifest.size)
    }
    return { sha256: `0x${fileHash.digest('hex')}`, corruptChunks }
  }

  /** Moves the verified file to `target` in one rename (no reader ever sees a torn model) and removes the state. */
  async finish(target: string): Promise<void> {
    await this.persist()
    await this.close()
    await rename(this.path, target)
    await rm(this.statePath, { force: true })
  }

  async close(): Promise<void> {
    if (this.#closed) return
    await this.#persisting.catch(() => {})
    this.#closed = true
    await this.#handle.close()
  }

  /** Marks the chunks `saved` held whose hash the current manifest shares. */
  #adopt(saved: ChunkManifest, savedHave: ChunkBitmap): void {
    if (saved.chunkSize !== this.#manifest.chunkSize) return
    const count = Math.min(chunkCount(saved), chunkCount(this.#manifest))
    for (let index = 0; index < count; index += 1) {
      if (savedHave.has(index) && chunkLength(saved, index) === chunkLength(this.#manifest, index) && Buffer.from(chunkHash(saved, index)).equals(chunkHash(this.#manifest, index))) this.#have.set(index)
    }
  }
}

async function readResumeState(path: string): Promise<{ manifest: ChunkManifest; have: ChunkBitmap } | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }
  try {
    const state = resumeStateSchema.parse(JSON.parse(text))
    const manifest: ChunkManifest = { ...state.manifest, chunkHashes: Buffer.from(state.chunkHashes, 'base64') }
    if (manifest.chunkHashes.byteLength !== chunkCount(manifest) * 32) return undefined
    return { manifest, have: ChunkBitmap.fromBase64(chunkCount(manifest), state.have) }
  } catch {
    // A state file we cannot read is a fresh start, not a failure: the chunks are fetched again.
    return undefined
  }
}
