import type { AbortOptions, PeerId, Stream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { closeStream } from '../../shared/p2p/index.ts'
import { ChunkBitmap } from './ChunkBitmap.ts'
import { chunkLength, chunkMatches, parseManifest, type ChunkManifest, type Sha256Hex } from './chunkManifest.ts'
import { MODEL_PROTOCOL } from './constants.ts'
import { ChunkHashMismatchError, NotHeldError, PeerBusyError, PeerProtocolError, PeerStalledError } from './errors.ts'
import { clientFrames, decodeJson, encodeJson, modelResponseSchema, type ModelRequest, type ModelResponse } from './wire.ts'

/** A peer to fetch from: its id (connected, or known to the peer store) or an address. */
export type PeerTarget = PeerId | Multiaddr

/** The part of libp2p's connection manager a download uses. */
export interface StreamOpener {
  openStream(peer: PeerTarget, protocol: string, options?: AbortOptions): Promise<Stream>
}

/** Sends one request and reads the answer's first frame, turning `error` answers into typed errors. */
async function ask<T extends ModelResponse['type']>(opener: StreamOpener, peer: PeerTarget, request: ModelRequest, expected: T, signal: AbortSignal): Promise<{ stream: Stream; frames: ReturnType<typeof clientFrames>; answer: Extract<ModelResponse, { type: T }> }> {
  const name = peer.toString()
  let stream: Stream
  try {
    stream = await opener.openStream(peer, MODEL_PROTOCOL, { signal })
  } catch (cause) {
    signal.throwIfAborted()
    throw new PeerProtocolError(name, 'could not open a model stream', { cause })
  }
  const frames = clientFrames(stream)
  try {
    await frames.write(encodeJson(request), { signal })
    const answer = decodeJson((await frames.read({ signal })).subarray(), modelResponseSchema)
    if (answer === undefined) throw new PeerProtocolError(name, 'malformed answer')
    if (answer.type === 'error') {
      if (answer.code === 'busy') throw new PeerBusyError(name)
      if (answer.code === 'not_found') throw new NotHeldError(name, request.type === 'chunk' ? `chunk ${request.index}` : request.type)
      throw new PeerProtocolError(name, answer.message, { code: answer.code })
    }
    if (answer.type !== expected) throw new PeerProtocolError(name, `expected a ${expected} answer, got ${answer.type}`)
    return { stream, frames, answer: answer as Extract<ModelResponse, { type: T }> }
  } catch (error) {
    stream.abort(error instanceof Error ? error : new Error(String(error)))
    if (signal.aborted) throw signal.reason
    if (error instanceof PeerProtocolError || error instanceof PeerBusyError || error instanceof NotHeldError) throw error
    throw new PeerProtocolError(name, 'stream failed', { cause: error })
  }
}

/** A peer's manifest of `sha256`, checked for shape (not for truth: see fetchModel). */
export async function requestManifest(opener: StreamOpener, peer: PeerTarget, sha256: Sha256Hex, options: { signal: AbortSignal }): Promise<ChunkManifest> {
  const { stream, frames, answer } = await ask(opener, peer, { type: 'manifest', sha256 }, 'manifest', options.signal)
  try {
    const hashes = (await frames.read({ signal: options.signal })).subarray()
    return parseManifest(answer.manifest, hashes, sha256)
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason
    throw error instanceof PeerProtocolError ? error : new PeerProtocolError(peer.toString(), 'bad manifest', { cause: error })
  } finally {
    await closeStream(stream)
  }
}

/** Which chunks of `manifest`'s file the peer holds now. */
export async function requestHave(opener: StreamOpener, peer: PeerTarget, manifest: ChunkManifest, options: { signal: AbortSignal }): Promise<ChunkBitmap> {
  const { stream, answer } = await ask(opener, peer, { type: 'have', sha256: manifest.fileSha256 }, 'have', options.signal)
  await closeStream(stream)
  const bitmap = ChunkBitmap.fromBase64(answer.chunks, answer.bitmap)
  // A peer following another manifest of this file (another chunk size) holds nothing we can use.
  return answer.chunks === Math.ceil(manifest.size / manifest.chunkSize) ? bitmap : new ChunkBitmap(Math.ceil(manifest.size / manifest.chunkSize))
}

/**
 * One chunk from a peer, checked against the manifest. A peer that sends no piece for `stallMs`
 * gets {@link PeerStalledError}; one whose bytes do not hash right, {@link ChunkHashMismatchError}.
 */
export async function requestChunk(opener: StreamOpener, peer: PeerTarget, manifest: ChunkManifest, index: number, options: { signal: AbortSignal; stallMs: number; onBytes?: (bytes: number) => void }): Promise<Uint8Array> {
  const name = peer.toString()
  const stall = new AbortController()
  let stallTimer = setTimeout(() => stall.abort(new PeerStalledError(name, options.stallMs)), options.stallMs)
  const signal = AbortSignal.any([options.signal, stall.signal])
  try {
    const { stream, frames, answer } = await ask(opener, peer, { type: 'chunk', sha256: manifest.fileSha256, index }, 'chunk', signal)
    try {
      const length = chunkLength(manifest, index)
      if (answer.index !== index || answer.length !== length) throw new PeerProtocolError(name, 'chunk header does not match the request', { code: 'bad_header' })
      const bytes = Buffer.allocUnsafe(length)
      let received = 0
      while (received < length) {
        const piece = await frames.read({ signal })
        if (received + piece.byteLength > length) throw new PeerProtocolError(name, 'more bytes than the chunk holds', { code: 'overflow' })
        bytes.set(piece.subarray(), received)
        received += piece.byteLength
        options.onBytes?.(piece.byteLength)
        clearTimeout(stallTimer)
        stallTimer = setTimeout(() => stall.abort(new PeerStalledError(name, options.stallMs)), options.stallMs)
      }
      if (!chunkMatches(manifest, index, bytes)) throw new ChunkHashMismatchError(index, name)
      return bytes
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error(String(error)))
      if (stall.signal.aborted) throw stall.signal.reason
      if (options.signal.aborted) throw options.signal.reason
      throw error instanceof ChunkHashMismatchError || error instanceof PeerProtocolError ? error : new PeerProtocolError(name, 'chunk stream failed', { cause: error })
    } finally {
      await closeStream(stream)
    }
  } catch (error) {
    if (stall.signal.aborted && !options.signal.aborted) throw stall.signal.reason
    throw error
  } finally {
    clearTimeout(stallTimer)
  }
}
