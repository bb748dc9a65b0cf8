import type { AbortOptions, Stream, StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'
import { BaseError } from '../errors/BaseError.ts'
import { MAX_FRAME_BYTES } from './constants.ts'
import { FrameTooLargeError } from './errors.ts'

/** Bytes of varint needed for the largest frame length: more means a frame too large. */
const MAX_LENGTH_BYTES = Math.ceil(Math.log2(MAX_FRAME_BYTES + 1) / 7)

/** The stream ended in the middle of a frame. */
export class TruncatedFrameError extends BaseError {
  override name = 'TruncatedFrameError'
  constructor(unreadBytes: number) {
    super('Stream ended in the middle of a frame', { details: { unreadBytes } })
  }
}

/** A second read was started while one was pending: frames are read one at a time. */
export class ConcurrentReadError extends BaseError {
  override name = 'ConcurrentReadError'
  constructor() {
    super('A frame read is already pending')
  }
}

interface PendingRead {
  resolve(frame: Uint8Array | null): void
  reject(error: unknown): void
}

/**
 * The protocol's length-prefixed frames (a varint length, then the bytes) over a libp2p stream,
 * read as the stream's `message` events arrive.
 *
 * Why not `lpStream`: it reads the length prefix one byte at a time, each byte a promise, a signal
 * race and a `Uint8ArrayList`, and learns that a prefix is incomplete by catching a thrown
 * `RangeError`; on the orchestrator, which reads every frame of every answer, that was ~5% of its
 * CPU per request. Here frames are cut out of what arrived in one pass, and a read costs at most
 * one promise. The frame limit holds on the prefix and the body, and the bytes
 * held unread are bounded ({@link FrameChannel.maxUnreadBytes}): a peer that sends faster than
 * frames are read has its stream aborted rather than filling memory.
 *
 * It also tells how many bytes arrived and were not read ({@link FrameChannel.unreadBytes}): a
 * stream that carries one request after another is reused only when nothing arrived after the
 * last frame of the answer before.
 */
export class FrameChannel {
  readonly stream: Stream
  readonly maxFrameBytes: number
  readonly maxUnreadBytes: number
  /** Whether a frame over the limit aborts the stream (default), or leaves it to the owner (who may still answer with an error frame). */
  readonly abortStreamOnFailure: boolean
  readonly #buffer = new Uint8ArrayList()
  readonly #frames: Uint8Array[] = []
  #unreadBytes = 0
  #ended = false
  #failure: unknown
  #pending: PendingRead | undefined

  constructor(stream: Stream, options: { maxFrameBytes?: number; maxUnreadBytes?: number; abortStreamOnFailure?: boolean } = {}) {
    this.stream = stream
    this.maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES
    this.maxUnreadBytes = options.maxUnreadBytes ?? 4 * this.maxFrameBytes
    this.abortStreamOnFailure = options.abortStreamOnFailure ?? true
    stream.addEventListener('message', this.#onMessage)
    stream.addEventListener('remoteCloseWrite', this.#onRemoteCloseWrite)
    stream.addEventListener('close', this.#onClose)
  }

  /** Bytes received and not read yet: whole frames waiting and the start of one. */
  get unreadBytes(): number {
    return this.#unreadBytes
  }

  /** Whether the stream failed (reset, aborted, a frame over the limit): no frame will come. */
  get failed(): boolean {
    return this.#failure !== undefined
  }

  /**
   * The next frame, or `null` once the far side closed its end after a whole frame.
   *
   * @throws {FrameTooLargeError} when a frame (or its length prefix) exceeds the limit.
   * @throws {TruncatedFrameError} when the stream ended inside a frame.
   * @throws the stream's own error when it was reset or aborted.
   * @throws the signal's reason when `signal` aborts first (the frame, when it comes, waits for the next read).
   */
  read(options: AbortOptions = {}): Promise<Uint8Array | null> {
    const frame = this.#frames.shift()
    if (frame !== undefined) {
      this.#unreadBytes -= frame.byteLength
      return Promise.resolve(frame)
    }
    if (this.#failure !== undefined) return Promise.reject(this.#failure)
    if (this.#ended) return this.#buffer.byteLength === 0 ? Promise.resolve(null) : Promise.reject(new TruncatedFrameError(this.#buffer.byteLength))
    if (this.#pending !== undefined) return Promise.reject(new ConcurrentReadError())
    const { signal } = options
    if (signal === undefined) return new Promise((resolve, reject) => { this.#pending = { resolve, reject } })
    if (signal.aborted) return Promise.reject(signal.reason)
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        if (this.#pending !== pending) return
        this.#pending = undefined
        reject(signal.reason)
      }
      const pending: PendingRead = {
        resolve: (frame) => { signal.removeEventListener('abort', onAbort); resolve(frame) },
        reject: (error) => { signal.removeEventListener('abort', onAbort); reject(error) }
      }
      signal.addEventListener('abort', onAbort, { once: true })
      this.#pending = pending
    })
  }

  /** Sends one frame; resolves at once unless the stream asks to wait for its buffer to drain. */
  write(frame: Uint8Array, options?: AbortOptions): Promise<void> {
    if (this.stream.send(new Uint8ArrayList(encodeLength(frame.byteLength), frame))) return Promise.resolve()
    return this.stream.onDrain(options)
  }

  /** Stops listening to the stream (which stays as it is). */
  dispose(): void {
    this.stream.removeEventListener('message', this.#onMessage)
    this.stream.removeEventListener('remoteCloseWrite', this.#onRemoteCloseWrite)
    this.stream.removeEventListener('close', this.#onClose)
  }

  readonly #onMessage = (event: StreamMessageEvent): void => {
    if (this.#failure !== undefined) return
    this.#buffer.append(event.data)
    this.#unreadBytes += event.data.byteLength
    if (this.#unreadBytes > this.maxUnreadBytes) {
      this.#fail(new FrameTooLargeError(this.#unreadBytes, this.maxUnreadBytes))
      return
    }
    for (;;) {
      const available = this.#buffer.byteLength
      let length = 0
      let prefixBytes = 0
      let complete = false
      while (prefixBytes < available && prefixBytes < MAX_LENGTH_BYTES) {
        const byte = this.#buffer.get(prefixBytes)
        length += (byte & 0x7f) * 2 ** (7 * prefixBytes)
        prefixBytes += 1
        if ((byte & 0x80) === 0) {
          complete = true
          break
        }
      }
      if (!complete) {
        if (prefixBytes >= MAX_LENGTH_BYTES) this.#fail(new FrameTooLargeError(Number.POSITIVE_INFINITY, this.maxFrameBytes))
        return
      }
      if (length > this.maxFrameBytes) {
        this.#fail(new FrameTooLargeError(length, this.maxFrameBytes))
        return
      }
      if (available < prefixBytes + length) return
      const frame = this.#buffer.subarray(prefixBytes, prefixBytes + length)
      this.#buffer.consume(prefixBytes + length)
      this.#unreadBytes -= prefixBytes
      this.#deliver(frame)
    }
  }

  #deliver(frame: Uint8Array): void {
    const pending = this.#pending
    if (pending === undefined) {
      this.#frames.push(frame)
      return
    }
    this.#pending = undefined
    this.#unreadBytes -= frame.byteLength
    pending.resolve(frame)
  }

  readonly #onRemoteCloseWrite = (): void => {
    this.#ended = true
    const pending = this.#pending
    if (pending === undefined || this.#frames.length > 0) return
    this.#pending = undefined
    if (this.#buffer.byteLength === 0) pending.resolve(null)
    else pending.reject(new TruncatedFrameError(this.#buffer.byteLength))
  }

  readonly #onClose = (event: StreamCloseEvent): void => {
    if (event.error !== undefined) {
      this.#failure ??= event.error
      const pending = this.#pending
      this.#pending = undefined
      pending?.reject(event.error)
      return
    }
    this.#onRemoteCloseWrite()
  }

  #fail(error: Error): void {
    this.#failure = error
    this.#buffer.consume(this.#buffer.byteLength)
    const pending = this.#pending
    this.#pending = undefined
    pending?.reject(error)
    if (this.abortStreamOnFailure) this.stream.abort(error)
  }
}

/** A frame length as the varint `lpStream` reads (7 bits a byte, lowest first). */
function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length)
  if (length < 0x4000) return Uint8Array.of((length & 0x7f) | 0x80, length >>> 7)
  const bytes: number[] = []
  let rest = length
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80)
    rest = Math.floor(rest / 128)
  }
  bytes.push(rest)
  return Uint8Array.from(bytes)
}

/** Whether a read failed because a frame (or its length prefix) exceeds the limit. */
export function isFrameTooLarge(error: unknown): boolean {
  return error instanceof FrameTooLargeError
}
