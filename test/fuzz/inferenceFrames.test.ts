import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Stream } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { startProviderNode, type ProviderNode } from '../../node/startProviderNode.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { INFERENCE_PROTOCOL, MAX_FRAME_BYTES } from '../../shared/protocol/constants.ts'
import { decodeFrame, encodeFrame } from '../../shared/protocol/frameCodec.ts'
import { frameStream } from '../helpers/frameStream.ts'
import { responseFrameSchema, type ResponseFrame } from '../../shared/protocol/inference.ts'
import { assertReceiptSignature } from '../../shared/protocol/receipt.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { fuzzRuns, fuzzTimeout } from './fuzzRuns.ts'

// Issue 12 §5: whatever an authorised peer sends on /maia/infer/1.0.0 (bytes, length prefixes,
// JSON), the node answers with an error frame or a valid answer, closes the stream, and lives on.

const VALID = { type: 'request', id: `0x${'11'.repeat(32)}`, messages: [{ role: 'user', content: 'hello there' }], maxTokens: 4 }

/** A varint as libp2p's length prefix writes it. */
function varint(value: number): Uint8Array {
  const bytes: number[] = []
  let rest = value
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80)
    rest = Math.floor(rest / 0x80)
  }
  bytes.push(rest)
  return Uint8Array.from(bytes)
}
const framed = (body: Uint8Array): Uint8Array => { const prefix = varint(body.byteLength); const all = new Uint8Array(prefix.byteLength + body.byteLength); all.set(prefix); all.set(body, prefix.byteLength); return all }

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', '\u0000', '\ud800', '<|im_end|>'))
const number = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double(), fc.constantFrom(0, 2 ** 32, 2 ** 53, 32_768, 32_769))
/** Requests around the valid ones: each field usually valid, sometimes anything. */
const plausibleRequest = fc.record({
  type: fc.oneof({ weight: 6, arbitrary: fc.constant('request') }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
  id: fc.oneof({ weight: 6, arbitrary: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => `0x${Buffer.from(bytes).toString('hex')}`) }, { weight: 1, arbitrary: text }),
  messages: fc.oneof(
    { weight: 6, arbitrary: fc.array(fc.record({ role: fc.constantFrom('system', 'user', 'assistant'), content: text }), { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }
  ),
  maxTokens: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 8 }) }, { weight: 1, arbitrary: number }),
  temperature: fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), number),
  topP: fc.oneof(fc.double({ min: 0.01, max: 1, noNaN: true }), number),
  seed: fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), number),
  stop: fc.oneof(fc.array(text.filter((value) => value.length > 0), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 }))
}, { requiredKeys: ['type', 'id', 'messages', 'maxTokens'] })

/** What a client can put on the stream before (maybe) closing its end. */
const payload = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ what: 'raw bytes', bytes })),
  fc.tuple(fc.oneof(fc.nat({ max: 400 }), fc.nat(), fc.constant(MAX_FRAME_BYTES), fc.constant(MAX_FRAME_BYTES + 1)), fc.uint8Array({ maxLength: 200 }))
    .map(([length, body]) => ({ what: `prefix ${length} + ${body.byteLength} bytes`, bytes: Uint8Array.from([...varint(length), ...body]) })),
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({ what: 'framed JSON', bytes: framed(new TextEncoder().encode(JSON.stringify(value) ?? 'null')) })),
  plausibleRequest.map((request) => ({ what: 'framed request', bytes: framed(encodeFrame(request)) })),
  fc.tuple(fc.constantFrom(...Object.keys(VALID), 'extra', '__proto__'), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })).map(([field, value]) => {
    const request: Record<string, unknown> = { ...VALID }
    if (value === undefined) delete request[field]
    else Object.defineProperty(request, field, { value, enumerable: true, writable: true, configurable: true })
    return { what: `valid with ${field} mutated`, bytes: framed(encodeFrame(request)) }
  }),
  // A valid request, then trailing garbage the node must not read as a second request.
  fc.uint8Array({ minLength: 1, maxLength: 50 }).map((tail) => ({ what: 'valid + trailing bytes', bytes: Uint8Array.from([...framed(encodeFrame(VALID)), ...tail]) }))
)

const TERMINAL = new Set(['final', 'error'])

describe('fuzzing the inference protocol from an authorised peer', () => {
  let node: ProviderNode
  let client: MaiaPeer
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>

  beforeAll(async () => {
    directory = await temporaryDirectory()
    client = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
    node = await startProviderNode({
      identity: await loadOrCreateIdentity(directory.path),
      logger: silentLogger(),
      backend: createScriptedBackend({ modelName: 'maia-scripted' }),
      maxConcurrent: 2,
      maxQueued: 2,
      // An incomplete frame left open is answered after this: short, so a property run stays fast.
      requestTimeoutMs: 300,
      authorizedPeers: [client.peerId.toString()]
    })
  })
  afterAll(async () => {
    await client?.stop()
    await node?.stop()
    await directory?.remove()
  })

  /** Sends `bytes`, maybe closes our end, and reads every frame until the node closes (within a deadline). */
  const exchange = async (bytes: Uint8Array, closeWrite: boolean): Promise<ResponseFrame[]> => {
    const stream: Stream = await client.dialProtocol(multiaddr(node.multiaddrs[0]!), INFERENCE_PROTOCOL)
    const messages = frameStream(stream)
    if (bytes.byteLength > 0) stream.send(bytes)
    if (closeWrite) void stream.close().catch(() => {})
    const frames: ResponseFrame[] = []
    const deadline = AbortSignal.timeout(3_000)
    try {
      for (;;) {
        let raw
        try {
          raw = await messages.read({ signal: deadline })
        } catch (error) {
          // The node closed its end: the exchange is over. Anything else (the deadline) is a failure.
          if (error instanceof Error && error.name === 'UnexpectedEOFError') return frames
          throw error
        }
        // A frame the node sends must itself be valid: decodeFrame throws otherwise.
        frames.push(decodeFrame(raw.subarray(), responseFrameSchema, 'response'))
      }
    } finally {
      stream.abort(new Error('exchange over'))
    }
  }

  it('answers anything with one error frame or a complete, signed answer, and closes the stream', async () => {
    const seen = new Map<string, number>()
    await fc.assert(fc.asyncProperty(payload, fc.boolean(), async ({ what, bytes }, closeWrite) => {
      const frames = await exchange(bytes, closeWrite)
      const context = `${what} (close: ${closeWrite}): ${JSON.stringify(frames).slice(0, 300)}`
      expect(frames.length, context).toBeGreaterThan(0)
      const last = frames.at(-1)!
      expect(TERMINAL.has(last.type), context).toBe(true)
      expect(frames.slice(0, -1).every((frame) => !TERMINAL.has(frame.type)), context).toBe(true)
      seen.set(last.type === 'error' ? last.code : 'final', (seen.get(last.type === 'error' ? last.code : 'final') ?? 0) + 1)
      if (last.type === 'error') {
        expect(['bad_request', 'frame_too_large', 'busy'], context).toContain(last.code)
        expect(last.message, context).toMatch(/\S/)
      } else if (last.type === 'final') {
        expect(frames[0]?.type, context).toBe('accepted')
        expect(() => assertReceiptSignature(last.receipt), context).not.toThrow()
      }
    }), { numRuns: fuzzRuns(250) })
    // Both the refusals and the answers were exercised.
    expect(seen.get('final') ?? 0, JSON.stringify([...seen])).toBeGreaterThan(5)
    expect(seen.get('bad_request') ?? 0, JSON.stringify([...seen])).toBeGreaterThan(5)
  }, fuzzTimeout(60_000))

  it('is alive and serving afterwards', async () => {
    const frames = await exchange(framed(encodeFrame(VALID)), false)
    expect(frames[0]).toEqual({ type: 'accepted', queuePosition: 0 })
    expect(frames.at(-1)?.type).toBe('final')
  })
})
