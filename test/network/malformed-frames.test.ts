import { multiaddr } from '@multiformats/multiaddr'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { lpStream } from '@libp2p/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { startProviderNode, type ProviderNode } from '../../node/startProviderNode.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { INFERENCE_PROTOCOL, MAX_FRAME_BYTES } from '../../shared/protocol/constants.ts'
import { decodeFrame, encodeFrame } from '../../shared/protocol/frameCodec.ts'
import { responseFrameSchema, type ResponseFrame } from '../../shared/protocol/inference.ts'
import { assertReceiptSignature } from '../../shared/protocol/receipt.ts'
import { temporaryDirectory } from '../helpers/network.ts'

const validRequest = {
  type: 'request',
  id: `0x${'11'.repeat(32)}`,
  messages: [{ role: 'user', content: 'hello there' }],
  maxTokens: 4
}

describe('the inference protocol survives malformed input', () => {
  let node: ProviderNode
  let client: MaiaPeer
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  const aborted: boolean[] = []

  beforeAll(async () => {
    directory = await temporaryDirectory()
    // The test's client stands in for an orchestrator: nodes serve only the peers they are told to.
    client = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
    const slow = createScriptedBackend({ reply: () => 'a b c d e f g h i j k l m n o p', tokensPerSecond: 20 })
    node = await startProviderNode({
      identity: await loadOrCreateIdentity(directory.path),
      logger: silentLogger(),
      maxConcurrent: 1,
      maxQueued: 0,
      requestTimeoutMs: 1_000,
      authorizedPeers: [client.peerId.toString()],
      backend: {
        ...slow,
        generate: async (parameters, options) => {
          try {
            return await slow.generate(parameters, options)
          } finally {
            aborted.push(options.signal.aborted)
          }
        }
      }
    })
  })
  afterAll(async () => {
    await client?.stop()
    await node?.stop()
    await directory?.remove()
  })

  const open = async () => {
    const stream = await client.dialProtocol(multiaddr(node.multiaddrs[0]!), INFERENCE_PROTOCOL)
    return { stream, messages: lpStream(stream, { maxDataLength: MAX_FRAME_BYTES }) }
  }
  const readAll = async (messages: Awaited<ReturnType<typeof open>>['messages']): Promise<ResponseFrame[]> => {
    const frames: ResponseFrame[] = []
    for (;;) {
      try {
        frames.push(decodeFrame((await messages.read()).subarray(), responseFrameSchema, 'response'))
      } catch {
        return frames
      }
    }
  }

  it('answers an oversized frame with frame_too_large and closes', async () => {
    const { messages } = await open()
    await messages.write(new Uint8Array(MAX_FRAME_BYTES + 1))
    expect(await readAll(messages)).toEqual([{ type: 'error', code: 'frame_too_large', message: expect.stringContaining('exceeds') }])
  })

  it('answers bytes that are not JSON with bad_request', async () => {
    const { messages } = await open()
    await messages.write(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]))
    expect(await readAll(messages)).toEqual([{ type: 'error', code: 'bad_request', message: expect.stringContaining('not UTF-8 JSON') }])
  })

  it('answers a request that breaks the schema with bad_request naming the field', async () => {
    const { messages } = await open()
    await messages.write(encodeFrame({ ...validRequest, temperature: 9, extra: true }))
    const frames = await readAll(messages)
    expect(frames).toHaveLength(1)
    expect(frames[0]).toMatchObject({ type: 'error', code: 'bad_request' })
    expect(frames[0]?.type === 'error' && frames[0].message).toMatch(/temperature/)
  })

  // Issue 12 (outside probe): 11 × 0xff used to hold the stream until the request timeout and then
  // get bad_request; a prefix that cannot fit the frame limit is refused as soon as it says so.
  it('answers a length prefix that never completes with frame_too_large at once, not after the request timeout', async () => {
    const { stream, messages } = await open()
    const started = performance.now()
    stream.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))
    expect(await readAll(messages)).toEqual([{ type: 'error', code: 'frame_too_large', message: expect.stringContaining('exceeds') }])
    expect(performance.now() - started).toBeLessThan(500) // the node's request timeout is 1,000 ms
  })

  it('answers a length prefix of 2^21 or more with frame_too_large, not bad_request', async () => {
    const { stream, messages } = await open()
    stream.send(new Uint8Array([0x80, 0x80, 0x80, 0x01])) // varint 2^21
    expect(await readAll(messages)).toEqual([{ type: 'error', code: 'frame_too_large', message: expect.stringContaining('exceeds') }])
  })

  it('still waits for a prefix that is merely slow, and answers bad_request after the request timeout', async () => {
    const { stream, messages } = await open()
    stream.send(new Uint8Array([0x80]))
    expect(await readAll(messages)).toEqual([{ type: 'error', code: 'bad_request', message: 'no complete request frame received' }])
  })

  it('still serves a valid request afterwards, with a verifiable receipt', async () => {
    const { messages } = await open()
    await messages.write(encodeFrame(validRequest))
    const frames = await readAll(messages)
    expect(frames[0]).toEqual({ type: 'accepted', queuePosition: 0 })
    expect(frames.filter((frame) => frame.type === 'token').map((frame) => frame.type === 'token' && frame.text).join('')).toBe('a b c d ')
    const final = frames.at(-1)
    expect(final?.type).toBe('final')
    if (final?.type !== 'final') return
    expect(final.stopReason).toBe('max_tokens')
    expect(() => assertReceiptSignature(final.receipt)).not.toThrow()
    expect(() => assertReceiptSignature({ ...final.receipt, outputTokens: final.receipt.outputTokens + 1 })).toThrow(/Invalid signature on receipt/)
  })

  it('turns away a request beyond capacity with busy', async () => {
    const first = await open()
    await first.messages.write(encodeFrame({ ...validRequest, maxTokens: 10 }))
    await first.messages.read() // accepted: the only slot is taken
    const second = await open()
    await second.messages.write(encodeFrame(validRequest))
    expect(await readAll(second.messages)).toEqual([{ type: 'error', code: 'busy', message: 'Node is at capacity' }])
    await readAll(first.messages)
  })

  it('stops generating when the client goes away', async () => {
    aborted.length = 0
    const { stream, messages } = await open()
    await messages.write(encodeFrame({ ...validRequest, maxTokens: 16 }))
    await messages.read() // accepted
    await messages.read() // first token
    stream.abort(new Error('client crashed'))
    await expect.poll(() => aborted, { timeout: 5_000 }).toEqual([true])
  })
})
