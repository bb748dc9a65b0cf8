import { LengthPrefixedDecoder } from '@libp2p/utils'

const PATCHED = Symbol.for('@maia/length-prefixed-decoder-no-throw-when-empty')

/**
 * Makes `@libp2p/utils`' `LengthPrefixedDecoder` (v7) stop asking for a frame length when it holds
 * no bytes at all, instead of learning it from a thrown `RangeError`.
 *
 * Why: `@chainsafe/libp2p-noise` cuts every incoming chunk of a connection into Noise frames with
 * it, and the decoder loops until its length decoder throws (`uint16BEDecode` throws a `RangeError`
 * with a stack trace when under 2 bytes remain), which is after every chunk, since chunks mostly
 * end on a frame boundary. On the orchestrator of `bench/routing-throughput.ts` those throws were
 * ~7% of its CPU per request. An empty buffer can never hold a length, so stopping there is what
 * the catch would have done; a partial length still goes through the decoder and its catch.
 *
 * The generator is replaced on the class's prototype, once per process (idempotent): Noise creates
 * its decoders itself. Checked against the package's behaviour in
 * test/shared/p2p/lengthPrefixedDecoder.test.ts.
 *
 * @example
 * decodeLengthPrefixesWithoutThrowing() // before the first connection
 */
export function decodeLengthPrefixesWithoutThrowing(): void {
  const prototype = LengthPrefixedDecoder.prototype as LengthPrefixedDecoder & { [PATCHED]?: true }
  if (prototype[PATCHED] === true) return
  const decode = prototype.decode
  prototype.decode = function* (this: LengthPrefixedDecoder, chunk) {
    const buffer = (this as unknown as { buffer: { byteLength: number } }).buffer
    for (const frame of decode.call(this, chunk)) {
      yield frame
      // The original loop asks the length decoder next, which throws on an empty buffer.
      if (buffer.byteLength === 0) return
    }
  }
  prototype[PATCHED] = true
}
