import type { Stream } from '@libp2p/interface'
import { lpStream, type LengthPrefixedStream } from '@libp2p/utils'
import type { Uint8ArrayList } from 'uint8arraylist'
import { FrameTooLargeError } from '../../shared/protocol/errors.ts'
import { MAX_FRAME_BYTES } from '../../shared/protocol/constants.ts'

/** Bytes of varint needed for the largest frame length: more means a frame too large. */
const MAX_LENGTH_BYTES = Math.ceil(Math.log2(MAX_FRAME_BYTES + 1) / 7)

/**
 * Decodes a frame's varint length prefix, refusing one that cannot fit the frame limit as soon as
 * its bytes say so. libp2p's default decoder keeps reading while every byte has the continuation
 * bit, so a peer sending `0xff` bytes held a stream open until the read timeout; and a 4-byte
 * prefix (≥ 2^21) was reported as a malformed request rather than a frame too large.
 *
 * @throws {FrameTooLargeError} when the prefix needs more than {@link MAX_LENGTH_BYTES} bytes.
 */
export function decodeFrameLength(bytes: Uint8ArrayList | Uint8Array): number {
  let value = 0
  for (let index = 0; index < bytes.byteLength; index += 1) {
    const byte = 'get' in bytes ? bytes.get(index) : bytes[index]!
    value += (byte & 0x7f) * 2 ** (7 * index)
    if ((byte & 0x80) === 0) return value
  }
  if (bytes.byteLength >= MAX_LENGTH_BYTES) throw new FrameTooLargeError(Number.POSITIVE_INFINITY, MAX_FRAME_BYTES)
  // Not all of the prefix has arrived: lpStream reads another byte on a RangeError.
  throw new RangeError('incomplete frame length')
}

/**
 * The protocol's length-prefixed frames over a stream through libp2p's lpStream, with the frame
 * limit enforced on both the prefix and the body: an implementation independent of FrameChannel
 * (which the node and the orchestrator use), so tests talk to them as another peer would.
 */
export function frameStream(stream: Stream): LengthPrefixedStream<Stream> {
  return lpStream(stream, { maxDataLength: MAX_FRAME_BYTES, lengthDecoder: decodeFrameLength })
}
