import { mkdir, open, readFile, stat, statfs, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../../shared/util/index.ts'
import { ChunkBitmap } from './ChunkBitmap.ts'
import { buildChunkManifest, chunkCount, chunkLength, manifestHeaderSchema, readFully, type ChunkManifest, type Sha256Hex } from './chunkManifest.ts'
import { DEFAULT_CHUNK_BYTES } from './constants.ts'
import { ModelHashMismatchError } from './errors.ts'
import { PartialModelFile } from './PartialModelFile.ts'

const manifestCacheSchema = z.object({ size: z.number(), mtimeMs: z.number(), manifest: manifestHeaderSchema, chunkHashes: z.string() }).strict()

type Entry =
  | { kind: 'complete'; path: string; manifest: ChunkManifest; have: ChunkBitmap; handle?: Promise<FileHandle> }
  | { kind: 'partial'; file: PartialModelFile }

export interface ModelStoreInit {
  /** Where fetched models, partial downloads and manifest caches live (`--models-dir`). */
  directory: string
  /** Chunk size of the manifests this node builds for files it serves (default 8 MiB). */
  chunkSize?: number
}

/**
 * The node's model files by SHA-256: complete ones (in the store or added from elsewhere, such
 * as the node's own `--model`) and downloads in progress, whose held chunks are served too.
 * Complete files are `<directory>/<sha256 hex>.gguf`.
 */
export class ModelStore {
  readonly directory: string
  readonly chunkSize: number
  readonly #entries = new Map<Sha256Hex, Entry>()

  constructor(init: ModelStoreInit) {
    this.directory = init.directory
    this.chunkSize = init.chunkSize ?? DEFAULT_CHUNK_BYTES
  }

  /** Where the complete file of `sha256` lives once fetched. */
  pathOf(sha256: Sha256Hex): string {
    return join(this.directory, `${sha256.slice(2)}.gguf`)
  }

  partialPathOf(sha256: Sha256Hex): string {
    return `${this.pathOf(sha256)}.part`
  }

  /** The path of a complete file held for `sha256`: one served already, or one fetched before (its manifest built now). */
  async find(sha256: Sha256Hex): Promise<string | undefined> {
    const entry = this.#entries.get(sha256)
    if (entry?.kind === 'complete') return entry.path
    const path = this.pathOf(sha256)
    if (!(await stat(path).then((info) => info.isFile(), () => false))) return undefined
    // Stored only after its SHA-256 matched; its manifest comes from the cache (same size and mtime) or one more read.
    try {
      await this.add(path, { sha256 })
      return path
    } catch {
      return undefined
    }
  }

  /**
   * Serves a complete file from where it is: reads it once for its manifest (cached beside the
   * store's files, keyed by size and modification time, so a restart does not read it again).
   *
   * @throws {ModelHashMismatchError} when `sha256` is given and the file has another hash.
   */
  async add(path: string, options: { sha256?: Sha256Hex; signal?: AbortSignal; onProgress?: (bytes: number, total: number) => void } = {}): Promise<ChunkManifest> {
    const info = await stat(path)
    const cached = options.sha256 === undefined ? undefined : await this.#readManifestCache(options.sha256, info)
    const manifest = cached ?? await buildChunkManifest(path, { chunkSize: this.chunkSize, ...(options.signal === undefined ? {} : { signal: options.signal }), ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) })
    if (options.sha256 !== undefined && manifest.fileSha256 !== options.sha256) throw new ModelHashMismatchError(options.sha256, manifest.fileSha256, path)
    if (cached === undefined) await this.#writeManifestCache(manifest, info)
    this.#setComplete(manifest, path)
    return manifest
  }

  /** The manifest this node serves for `sha256`: a complete file's, or the one a download in progress follows. */
  manifestOf(sha256: Sha256Hex): ChunkManifest | undefined {
    const entry = this.#entries.get(sha256)
    return entry === undefined ? undefined : entry.kind === 'complete' ? entry.manifest : entry.file.manifest
  }

  haveOf(sha256: Sha256Hex): ChunkBitmap | undefined {
    const entry = this.#entries.get(sha256)
    return entry === undefined ? undefined : entry.kind === 'complete' ? entry.have : entry.file.have
  }

  /** A held chunk's bytes, or undefined when this node does not hold it. */
  async readChunk(sha256: Sha256Hex, index: number): Promise<Uint8Array | undefined> {
    const entry = this.#entries.get(sha256)
    if (entry === undefined) return undefined
    if (entry.kind === 'partial') return entry.file.readChunk(index)
    if (index < 0 || index >= chunkCount(entry.manifest)) return undefined
    entry.handle ??= open(entry.path, 'r')
    const length = chunkLength(entry.manifest, index)
    const buffer = Buffer.allocUnsafe(length)
    await readFully(await entry.handle, buffer, length, index * entry.manifest.chunkSize)
    return buffer
  }

  /**
   * Whether the disk can hold `manifest`'s file: its size, less what a download of it already
   * holds on disk (a sparse `.part` holds only the chunks written), against the free space. A
   * manifest is a peer's claim until the whole file's hash checks: one announcing terabytes must
   * not get a file reserved, nor chunks fetched, that fill the disk before the hash can fail.
   */
  async roomFor(manifest: ChunkManifest): Promise<{ fits: boolean; neededBytes: number; freeBytes: number }> {
    await mkdir(this.directory, { recursive: true })
    const filesystem = await statfs(this.directory)
    const freeBytes = Number(filesystem.bavail) * Number(filesystem.bsize)
    const held = await stat(this.partialPathOf(manifest.fileSha256)).then((info) => info.blocks * 512, () => 0)
    const neededBytes = Math.max(0, manifest.size - held)
    return { fits: neededBytes <= freeBytes, neededBytes, freeBytes }
  }

  /** Bytes free to this user on the disk under the models folder. */
  async freeBytes(): Promise<number> {
    await mkdir(this.directory, { recursive: true })
    const filesystem = await statfs(this.directory)
    return Number(filesystem.bavail) * Number(filesystem.bsize)
  }

  /** Opens (or resumes) the download of `manifest`'s file; its chunks are served as they arrive. */
  async openPartial(manifest: ChunkManifest): Promise<PartialModelFile> {
    await mkdir(this.directory, { recursive: true })
    const existing = this.#entries.get(manifest.fileSha256)
    if (existing?.kind === 'partial') {
      await existing.file.rebase(manifest)
      return existing.file
    }
    const file = await PartialModelFile.open(this.partialPathOf(manifest.fileSha256), manifest)
    this.#entries.set(manifest.fileSha256, { kind: 'partial', file })
    return file
  }

  /** Moves a verified download into place and serves it as complete. */
  async complete(file: PartialModelFile): Promise<string> {
    const manifest = file.manifest
    const path = this.pathOf(manifest.fileSha256)
    await file.finish(path)
    await this.#writeManifestCache(manifest, await stat(path))
    this.#setComplete(manifest, path)
    return path
  }

  /** Stops serving a download (it stays on disk to resume). */
  async release(file: PartialModelFile): Promise<void> {
    const entry = this.#entries.get(file.manifest.fileSha256)
    if (entry?.kind === 'partial' && entry.file === file) this.#entries.delete(file.manifest.fileSha256)
    await file.close()
  }

  async close(): Promise<void> {
    const entries = [...this.#entries.values()]
    this.#entries.clear()
    await Promise.allSettled(entries.map(async (entry) => entry.kind === 'partial' ? entry.file.close() : (await entry.handle)?.close()))
  }

  #setComplete(manifest: ChunkManifest, path: string): void {
    const previous = this.#entries.get(manifest.fileSha256)
    if (previous?.kind === 'complete' && previous.path === path) return
    if (previous?.kind === 'complete') void previous.handle?.then((handle) => handle.close(), () => {})
    const have = new ChunkBitmap(chunkCount(manifest))
    for (let index = 0; index < have.size; index += 1) have.set(index)
    this.#entries.set(manifest.fileSha256, { kind: 'complete', path, manifest, have })
  }

  #cachePath(sha256: Sha256Hex): string {
    return join(this.directory, `${sha256.slice(2)}.manifest.json`)
  }

  async #readManifestCache(sha256: Sha256Hex, info: { size: number; mtimeMs: number }): Promise<ChunkManifest | undefined> {
    try {
      const cache = manifestCacheSchema.parse(JSON.parse(await readFile(this.#cachePath(sha256), 'utf8')))
      if (cache.size !== info.size || cache.mtimeMs !== info.mtimeMs || cache.manifest.fileSha256 !== sha256 || cache.manifest.chunkSize !== this.chunkSize) return undefined
      const manifest: ChunkManifest = { ...cache.manifest, chunkHashes: Buffer.from(cache.chunkHashes, 'base64') }
      return manifest.chunkHashes.byteLength === chunkCount(manifest) * 32 ? manifest : undefined
    } catch {
      return undefined
    }
  }

  async #writeManifestCache(manifest: ChunkManifest, info: { size: number; mtimeMs: number }): Promise<void> {
    await writeFileAtomic(this.#cachePath(manifest.fileSha256), JSON.stringify({
      size: info.size,
      mtimeMs: info.mtimeMs,
      manifest: { fileSha256: manifest.fileSha256, size: manifest.size, chunkSize: manifest.chunkSize },
      chunkHashes: Buffer.from(manifest.chunkHashes).toString('base64')
    }), 0o644)
  }
}
