import { multiaddr } from '@multiformats/multiaddr'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { lpStream } from '@libp2p/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { startProviderNode, type ProviderNode } from '../../node/startProviderNode.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { INFERENCE_FRAMING_PROTOCOL, INFERENCE_QUEUED_ACCEPT_PROTOCOL, INFERENCE_SESSION_PROTOCOL } from '../../shared/protocol/constants.ts'
import { decodeFrame, encodeFrame } from '../../shared/protocol/frameCodec.ts'
import { responseFrameSchema, type ResponseFrame } from '../../shared/protocol/inference.ts'
import { temporaryDirectory } from '../helpers/network.ts'

const request = (id: number, extra: object = {}): object => ({
  type: 'request', id: `0x${id.toString(16).padStart(64, '0')}`, messages: [{ role: 'user', content: 'hello there' }], maxTokens: 4, ...extra
})

// `/maia/infer/1.2.0`: a request that names its frame interval hears `accepted` only when it waits
// in line; `/maia/infer/1.3.0`: every request does.
describe('the accepted frame on /maia/infer/1.2.0 and 1.3.0', () => {
  let node: ProviderNode
  let client: MaiaPeer
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>

  beforeAll(async () => {
    directory = await temporaryDirectory()
    client = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
    node = await startProviderNode({
      identity: await loadOrCreateIdentity(directory.path), logger: silentLogger(), maxConcurrent: 1, maxQueued: 1,
      authorizedPeers: [client.peerId.toString()],
      backend: createScriptedBackend({ reply: () => 'a b c d e f', tokensPerSecond: 40 })
    })
  })
  afterAll(async () => {
    await client?.stop()
    await node?.stop()
    await directory?.remove()
  })

  const ask = async (protocol: string, body: object): Promise<ResponseFrame[]> => {
    const stream = await client.dialProtocol(multiaddr(node.multiaddrs[0]!), protocol)
    const messages = lpStream(stream)
    await messages.write(encodeFrame(body))
    const frames: ResponseFrame[] = []
    for (;;) {
      const frame = decodeFrame((await messages.read()).subarray(), responseFrameSchema, 'response')
      frames.push(frame)
      if (frame.type === 'final' || frame.type === 'error') break
    }
    await stream.close()
    return frames
  }

  it('sends no accepted frame to a request with a frame interval that starts at once', async () => {
    const frames = await ask(INFERENCE_FRAMING_PROTOCOL, request(1, { frameIntervalMs: 500 }))
    expect(frames.map((frame) => frame.type)).toEqual(['token', 'final'])
    expect(frames[0]).toMatchObject({ type: 'token', text: 'a b c d ' })
  })

  it('still tells a request with a frame interval where it waits when it is queued', async () => {
    const [first, second] = await Promise.all([ask(INFERENCE_FRAMING_PROTOCOL, request(2, { frameIntervalMs: 500 })), ask(INFERENCE_FRAMING_PROTOCOL, request(3, { frameIntervalMs: 500 }))])
    const frames = [first!, second!]
    const queued = frames.find((answer) => answer[0]!.type === 'accepted')
    expect(queued?.[0]).toEqual({ type: 'accepted', queuePosition: 1 })
    expect(frames.filter((answer) => answer[0]!.type === 'token')).toHaveLength(1)
    for (const answer of frames) expect(answer.at(-1)!.type).toBe('final')
  })

  it('on 1.3.0 a streamed request that starts at once hears no accepted frame: its first token comes first, at once', async () => {
    const frames = await ask(INFERENCE_QUEUED_ACCEPT_PROTOCOL, request(6))
    expect(frames[0]).toMatchObject({ type: 'token', text: 'a ' })
    expect(frames.map((frame) => frame.type)).not.toContain('accepted')
    expect(frames.at(-1)!.type).toBe('final')
  })

  it('on 1.3.0 a streamed request still hears where it waits when it is queued', async () => {
    const answers = await Promise.all([ask(INFERENCE_QUEUED_ACCEPT_PROTOCOL, request(7)), ask(INFERENCE_QUEUED_ACCEPT_PROTOCOL, request(8))])
    const queued = answers.find((answer) => answer[0]!.type === 'accepted')
    expect(queued?.[0]).toEqual({ type: 'accepted', queuePosition: 1 })
    expect(answers.filter((answer) => answer[0]!.type === 'token')).toHaveLength(1)
    for (const answer of answers) expect(answer.at(-1)!.type).toBe('final')
  })

  it('keeps the accepted frame for requests without a frame interval on 1.2.0 and 1.1.0, at position 0 too', async () => {
    const framing = await ask(INFERENCE_FRAMING_PROTOCOL, request(4))
    const session = await ask(INFERENCE_SESSION_PROTOCOL, request(5))
    for (const frames of [framing, session]) expect(frames[0]).toEqual({ type: 'accepted', queuePosition: 0 })
  })
})
