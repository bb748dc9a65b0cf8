import { BaseError } from '../../shared/errors/index.ts'

/** A peer's manifest is malformed or does not describe the requested file. */
export class InvalidManifestError extends BaseError {
  override name = 'InvalidManifestError'
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super('Invalid chunk manifest', { details: { reason, ...details } })
  }
}

/** A chunk's bytes do not hash to the manifest's entry: the peer that sent it is dropped. */
export class ChunkHashMismatchError extends BaseError {
  override name = 'ChunkHashMismatchError'
  constructor(index: number, peer: string) {
    super('Chunk does not match its manifest hash', { details: { index, peer } })
  }
}

/** A peer broke the protocol: an error frame, a malformed or oversized frame, or too many bytes. */
export class PeerProtocolError extends BaseError {
  override name = 'PeerProtocolError'
  constructor(peer: string, reason: string, options: { code?: string; cause?: unknown } = {}) {
    super('Peer answered outside the model protocol', { details: { peer, reason, ...(options.code === undefined ? {} : { code: options.code }) }, cause: options.cause })
  }
}

/** No peer sent a chunk for this long: the request is abandoned and the peer dropped. */
export class PeerStalledError extends BaseError {
  override name = 'PeerStalledError'
  constructor(peer: string, stallMs: number) {
    super('Peer stalled', { details: { peer, stallMs } })
  }
}

/** The assembled file's SHA-256 is not the one asked for (every chunk matched a manifest that lied). */
export class ModelHashMismatchError extends BaseError {
  override name = 'ModelHashMismatchError'
  constructor(expected: string, actual: string, source: string) {
    super('Model file does not match its SHA-256', { details: { expected, actual, source } })
  }
}

/** Neither peers nor the registry URI could supply the file. */
export class ModelUnavailableError extends BaseError {
  override name = 'ModelUnavailableError'
  constructor(sha256: string, reason: string, options: { cause?: unknown } = {}) {
    super('Model not available', { details: { sha256, reason }, cause: options.cause })
  }
}

/** The disk under the models folder cannot hold the file a manifest announces. */
export class InsufficientDiskSpaceError extends BaseError {
  override name = 'InsufficientDiskSpaceError'
  constructor(details: { sha256: string; manifest: string; neededBytes: number; freeBytes: number; directory: string }) {
    super('Not enough disk space for the model', { details })
  }
}

/** The peer is at its upload limit: try it again a little later. */
export class PeerBusyError extends BaseError {
  override name = 'PeerBusyError'
  constructor(peer: string) {
    super('Peer is busy', { details: { peer } })
  }
}

/** The peer does not hold this model or chunk (any more). */
export class NotHeldError extends BaseError {
  override name = 'NotHeldError'
  constructor(peer: string, what: string) {
    super('Peer does not hold it', { details: { peer, what } })
  }
}
