import type { Connection, Stream } from '@libp2p/interface'
import type { Logger } from 'pino'
import { closeStream } from '../../shared/p2p/index.ts'
import { chunkCount } from './chunkManifest.ts'
import { PIECE_BYTES } from './constants.ts'
import type { ModelStore } from './ModelStore.ts'
import { decodeJson, encodeJson, modelRequestSchema, serverFrames, type ModelErrorCode } from './wire.ts'

/** Counts uploads in progress, in all and per peer, so a flood of requests is answered `busy` instead of queued. */
export class UploadSlots {
  readonly max: number
  readonly maxPerPeer: number
  #total = 0
  readonly #byPeer = new Map<string, number>()

  constructor(max: number, maxPerPeer: number) {
    this.max = max
    this.maxPerPeer = maxPerPeer
  }

  get inUse(): number {
    return this.#total
  }

  /** Takes a slot for `peer`, or returns undefined when none is free; the function returned gives it back (once). */
  acquire(peer: string): (() => void) | undefined {
    const mine = this.#byPeer.get(peer) ?? 0
    if (this.#total >= this.max || mine >= this.maxPerPeer) return undefined
    this.#total += 1
    this.#byPeer.set(peer, mine + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      this.#total -= 1
      const left = (this.#byPeer.get(peer) ?? 1) - 1
      if (left === 0) this.#byPeer.delete(peer)
      else this.#byPeer.set(peer, left)
    }
  }
}

export interface ModelStreamInit {
  store: ModelStore
  slots: UploadSlots
  logger: Logger
  /** How long a peer may take to send its request frame. */
  requestTimeoutMs: number
  /** How long one answer may take to send: a peer that stops reading is cut off then. */
  uploadTimeoutMs: number
  /** Whether this node serves model files to `peer` (default everyone). */
  isAllowed?: (peer: string) => boolean
  /** Hears each chunk served, for metrics and tests. */
  onChunkServed?: (event: { peer: string; index: number; bytes: number }) => void
}

/**
 * Serves one `/maia/model/1.0.0` stream: one request, one answer. Every answer that costs a disk
 * read or more than a few kilobytes takes an upload slot first, and a peer that does not read is
 * cut off after `uploadTimeoutMs`, so at most `slots.max` chunks are in memory at once.
 */
export async function serveModelStream(stream: Stream, connection: Pick<Connection, 'remotePeer'>, init: ModelStreamInit): Promise<void> {
  const frames = serverFrames(stream)
  const peer = connection.remotePeer.toString()
  let release: (() => void) | undefined
  const fail = (code: ModelErrorCode, message: string): Promise<void> => frames.write(encodeJson({ type: 'error', code, message }), { signal: AbortSignal.timeout(init.uploadTimeoutMs) })
  try {
    if (init.isAllowed?.(peer) === false) {
      await fail('not_found', 'this node serves model files only to its own network')
      return
    }
    let request
    try {
      request = decodeJson((await frames.read({ signal: AbortSignal.timeout(init.requestTimeoutMs) })).subarray(), modelRequestSchema)
    } catch {
      request = undefined
    }
    if (request === undefined) {
      await fail('bad_request', 'expected one request frame: manifest, have or chunk')
      return
    }
    // A complete file already in the store directory (fetched in an earlier run, or put there by the
    // operator) is served too, not only the files this run seeded or fetched: `find` picks it up
    // (hash-checked, its manifest cached) the first time a peer asks for it.
    const manifest = init.store.manifestOf(request.sha256) ??
      (await init.store.find(request.sha256) === undefined ? undefined : init.store.manifestOf(request.sha256))
    if (manifest === undefined) {
      await fail('not_found', 'no such model here')
      return
    }
    if (request.type === 'have') {
      const have = init.store.haveOf(request.sha256)!
      await frames.write(encodeJson({ type: 'have', chunks: have.size, bitmap: have.toBase64() }), { signal: AbortSignal.timeout(init.uploadTimeoutMs) })
      return
    }
    release = init.slots.acquire(peer)
    if (release === undefined) {
      await fail('busy', 'too many uploads; try another peer or later')
      return
    }
    const signal = AbortSignal.timeout(init.uploadTimeoutMs)
    if (request.type === 'manifest') {
      await frames.write(encodeJson({ type: 'manifest', manifest: { fileSha256: manifest.fileSha256, size: manifest.size, chunkSize: manifest.chunkSize } }), { signal })
      await frames.write(manifest.chunkHashes, { signal })
      return
    }
    const bytes = request.index < chunkCount(manifest) ? await init.store.readChunk(request.sha256, request.index) : undefined
    if (bytes === undefined) {
      await fail('not_found', 'chunk not held here')
      return
    }
    await frames.write(encodeJson({ type: 'chunk', index: request.index, length: bytes.byteLength }), { signal })
    for (let offset = 0; offset < bytes.byteLength; offset += PIECE_BYTES) {
      // Each piece waits for the peer to drain the last; one that stops reading runs into `signal`.
      await frames.write(bytes.subarray(offset, Math.min(offset + PIECE_BYTES, bytes.byteLength)), { signal })
    }
    init.onChunkServed?.({ peer, index: request.index, bytes: bytes.byteLength })
  } catch (error) {
    init.logger.debug({ peer, err: error }, 'model upload ended early')
    stream.abort(error instanceof Error ? error : new Error(String(error)))
  } finally {
    release?.()
    await closeStream(stream)
  }
}
