import { LengthPrefixedDecoder } from '@libp2p/utils'
import { Uint8ArrayList } from 'uint8arraylist'
import { describe, expect, it } from 'vitest'
import { decodeLengthPrefixesWithoutThrowing } from '../../../shared/p2p/lengthPrefixedDecoder.ts'

/** Noise's framing: a 2-byte big-endian length, then the bytes (its `encoder.js`). */
function uint16Decoder(): { decoder: LengthPrefixedDecoder; calls: { count: number; throws: number } } {
  const calls = { count: 0, throws: 0 }
  const decoder = new LengthPrefixedDecoder({
    lengthDecoder: (data) => {
      calls.count += 1
      if (data.length < 2) {
        calls.throws += 1
        throw new RangeError('Could not decode int16BE')
      }
      return data instanceof Uint8Array ? (data[0]! << 8) + data[1]! : data.getUint16(0)
    },
    encodingLength: () => 2
  })
  return { decoder, calls }
}

const frame = (...bytes: number[]): Uint8Array => Uint8Array.of(bytes.length >> 8, bytes.length & 0xff, ...bytes)
const decodeAll = (decoder: LengthPrefixedDecoder, chunk: Uint8Array | Uint8ArrayList): number[][] => [...decoder.decode(chunk)].map((list) => [...list.subarray()])

describe('LengthPrefixedDecoder without a throw per chunk', () => {
  decodeLengthPrefixesWithoutThrowing()

  it('cuts the same frames from whole, split and joined chunks', () => {
    const { decoder } = uint16Decoder()
    expect(decodeAll(decoder, frame(1, 2, 3))).toEqual([[1, 2, 3]])
    const joined = new Uint8ArrayList(frame(4), frame(5, 6), frame(7, 8, 9))
    expect(decodeAll(decoder, joined)).toEqual([[4], [5, 6], [7, 8, 9]])
    // Split inside the length, then inside the body.
    const bytes = new Uint8ArrayList(frame(10, 11, 12), frame(13)).subarray()
    expect(decodeAll(decoder, bytes.subarray(0, 1))).toEqual([])
    expect(decodeAll(decoder, bytes.subarray(1, 4))).toEqual([])
    expect(decodeAll(decoder, bytes.subarray(4, 6))).toEqual([[10, 11, 12]])
    expect(decodeAll(decoder, bytes.subarray(6))).toEqual([[13]])
  })

  it('asks for no length once a chunk is used up (the throw it saves)', () => {
    const { decoder, calls } = uint16Decoder()
    for (let index = 0; index < 10; index += 1) decodeAll(decoder, new Uint8ArrayList(frame(1), frame(2, 3)))
    expect(calls.throws).toBe(0)
    expect(calls.count).toBe(20)
  })

  it('still refuses a frame over the limit and a buffer over its bound', () => {
    const small = new LengthPrefixedDecoder({ maxDataLength: 2, lengthDecoder: (data) => data.length < 2 ? (() => { throw new RangeError('short') })() : (data instanceof Uint8Array ? (data[0]! << 8) + data[1]! : data.getUint16(0)), encodingLength: () => 2 })
    expect(() => decodeAll(small, frame(1, 2, 3))).toThrow(/Invalid message length/)
    const bounded = new LengthPrefixedDecoder({ maxBufferSize: 4 })
    expect(() => decodeAll(bounded, new Uint8Array(5))).toThrow(/Buffer length limit/)
  })

  it('is applied once however often it is called', () => {
    const decode = LengthPrefixedDecoder.prototype.decode
    decodeLengthPrefixesWithoutThrowing()
    expect(LengthPrefixedDecoder.prototype.decode).toBe(decode)
  })
})
