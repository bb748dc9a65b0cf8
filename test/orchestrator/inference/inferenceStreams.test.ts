import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Stream } from '@libp2p/interface'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { inferenceServer } from '../../../node/inference/inferenceServer.ts'
import { createRequestQueue } from '../../../node/inference/RequestQueue.ts'
import { ThroughputMeter } from '../../../node/inference/ThroughputMeter.ts'
import { createInferenceStreams, type InferenceStreams } from '../../../orchestrator/inference/inferenceStreams.ts'
import { requestInference, type NodeIdentityClaim } from '../../../orchestrator/inference/requestInference.ts'
import { NodeStreamError } from '../../../orchestrator/inference/errors.ts'
import { loadOrCreateIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../../shared/p2p/createPeer.ts'
import { INFERENCE_FRAMING_PROTOCOL, INFERENCE_PROTOCOL, INFERENCE_QUEUED_ACCEPT_PROTOCOL, INFERENCE_SESSION_PROTOCOL } from '../../../shared/protocol/constants.ts'
import { decodeFrame, encodeFrame } from '../../../shared/protocol/frameCodec.ts'
import { FrameChannel } from '../../../shared/protocol/frameChannel.ts'
import { inferenceRequestSchema, type InferenceRequest } from '../../../shared/protocol/inference.ts'
import { hashInferenceOutput, hashInferencePrompt, signReceipt } from '../../../shared/protocol/receipt.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

const MODEL_HASH = `0x${'ab'.repeat(32)}` as const
let counter = 0
const newRequest = (content = 'hi'): InferenceRequest => ({
  type: 'request', id: `0x${(++counter).toString(16).padStart(64, '0')}`, messages: [{ role: 'user', content }], maxTokens: 16, temperature: 0, topP: 1, seed: 1, stop: []
})
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

interface TestNode { peer: MaiaPeer; claim: NodeIdentityClaim; wallet: Awaited<ReturnType<typeof loadOrCreateIdentity>>['wallet'] }

/** Answers like an honest node (token frames, a signed final frame), for handlers written by hand. */
async function answer(node: TestNode, channel: FrameChannel, request: InferenceRequest, text: string): Promise<void> {
  await channel.write(encodeFrame({ type: 'token', text }))
  const receipt = await signReceipt(node.wallet, {
    requestId: request.id, promptHash: hashInferencePrompt(request), outputHash: hashInferenceOutput(text),
    inputTokens: 1, outputTokens: 1, modelHash: MODEL_HASH, node: node.wallet.address, chainId: 31337
  })
  await channel.write(encodeFrame({ type: 'final', stopReason: 'end_turn', stopSequence: null, usage: { inputTokens: 1, outputTokens: 1 }, timings: { queueMs: 0, firstTokenMs: 0, totalMs: 1 }, receipt }))
}

const readRequest = async (channel: FrameChannel): Promise<InferenceRequest | null> => {
  const bytes = await channel.read()
  return bytes === null ? null : decodeFrame(bytes, inferenceRequestSchema, 'request')
}

describe('inference streams kept between requests (/maia/infer/1.1.0)', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let orchestrator: MaiaPeer
  const nodes: TestNode[] = []
  let streams: InferenceStreams

  const startNode = async (name: string, services: boolean, options: { sessionIdleMs?: number; reply?: string; tokensPerSecond?: number } = {}): Promise<TestNode> => {
    const identity = await loadOrCreateIdentity(`${directory.path}/${name}`)
    const backend = createScriptedBackend({ modelName: 'streams', modelHash: MODEL_HASH, reply: () => options.reply ?? 'kept streams answer', tokensPerSecond: options.tokensPerSecond })
    const server = inferenceServer({ backend: () => backend, queue: createRequestQueue({ maxConcurrent: 8, maxQueued: 8 }), wallet: identity.wallet, chainId: 31337, throughput: new ThroughputMeter({}), logger: silentLogger(), now: Date.now, sessionIdleMs: options.sessionIdleMs })
    const listen = ['/ip4/127.0.0.1/tcp/0']
    const peer: MaiaPeer = services ? await createPeer({ privateKey: identity.libp2pKey, listen, services: { inferenceServer: server } }) : await createPeer({ privateKey: identity.libp2pKey, listen })
    await orchestrator.dial(peer.getMultiaddrs()[0]!)
    const node = { peer, wallet: identity.wallet, claim: { peerId: peer.peerId.toString(), ethAddress: identity.wallet.address, modelHash: MODEL_HASH, chainId: 31337 } }
    nodes.push(node)
    return node
  }
  const ask = (node: TestNode, request = newRequest(), signal = new AbortController().signal, timeouts?: { firstTokenMs: number; idleMs: number }): Promise<string> =>
    requestInference(orchestrator, node.claim, request, { signal, streams, onToken: () => {}, ...(timeouts === undefined ? {} : { timeouts }) }).then((outcome) => outcome.text)
  const openStreams = (node: TestNode, protocol: string): Stream[] => node.peer.getConnections().flatMap((connection) => connection.streams.filter((stream) => stream.protocol === protocol && stream.status === 'open'))

  beforeAll(async () => {
    directory = await temporaryDirectory()
    orchestrator = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
  })
  afterEach(() => streams?.close())
  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.peer.stop()))
    await orchestrator?.stop()
    await directory?.remove()
  })

  it('carries one request after another on a single stream, each receipt checked', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('honest', true)
    for (let round = 0; round < 5; round += 1) {
      expect(await ask(node)).toBe('kept streams answer')
      expect(streams.idleCount(node.claim.peerId)).toBe(1)
    }
    // The newest version both serve: 1.3.0 (1.2.0's frames, `accepted` only when queued).
    expect(openStreams(node, INFERENCE_QUEUED_ACCEPT_PROTOCOL)).toHaveLength(1)
    expect(openStreams(node, INFERENCE_FRAMING_PROTOCOL)).toHaveLength(0)
    expect(openStreams(node, INFERENCE_SESSION_PROTOCOL)).toHaveLength(0)
    expect(openStreams(node, INFERENCE_PROTOCOL)).toHaveLength(0)
  })

  it('a request asking for a frame interval gets its tokens gathered into one frame; without, the first token leaves at once', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('framing', true, { tokensPerSecond: 200, reply: 'one two three four five six' })
    const frames = async (frameIntervalMs?: number): Promise<string[]> => {
      const texts: string[] = []
      const outcome = await requestInference(orchestrator, node.claim, newRequest(), { signal: new AbortController().signal, streams, onToken: (text) => texts.push(text), ...(frameIntervalMs === undefined ? {} : { frameIntervalMs }) })
      expect(outcome.text).toBe('one two three four five six')
      return texts
    }
    expect(await frames(500)).toEqual(['one two three four five six'])
    expect((await frames()).length).toBeGreaterThan(1)
  })

  it('keeps streams with a node that serves 1.1.0 but not 1.2.0, and never sends it the frame interval it would refuse', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('no-framing', false)
    const seen: Array<InferenceRequest | null> = []
    await node.peer.handle(INFERENCE_SESSION_PROTOCOL, async (stream) => {
      const channel = new FrameChannel(stream)
      for (;;) {
        const bytes = await channel.read()
        if (bytes === null) return
        // What a 1.1.0 node does: a strict schema without the field.
        const request = decodeFrame(bytes, inferenceRequestSchema.omit({ frameIntervalMs: true }).strict(), 'request') as InferenceRequest
        seen.push(request)
        await answer(node, channel, request, 'older node answer')
      }
    })
    for (let round = 0; round < 2; round += 1) {
      const outcome = await requestInference(orchestrator, node.claim, newRequest(), { signal: new AbortController().signal, streams, onToken: () => {}, frameIntervalMs: 500 })
      expect(outcome.text).toBe('older node answer')
    }
    expect(seen).toHaveLength(2)
    expect(streams.idleCount(node.claim.peerId)).toBe(1)
    expect(openStreams(node, INFERENCE_SESSION_PROTOCOL)).toHaveLength(1)
  })

  it('keeps using 1.2.0 with a node that does not serve 1.3.0 yet, frame interval included', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('framing-only', true, { tokensPerSecond: 200, reply: 'one two three four five six' })
    await node.peer.unhandle(INFERENCE_QUEUED_ACCEPT_PROTOCOL)
    const texts: string[] = []
    const outcome = await requestInference(orchestrator, node.claim, newRequest(), { signal: new AbortController().signal, streams, onToken: (text) => texts.push(text), frameIntervalMs: 500 })
    expect(outcome.text).toBe('one two three four five six')
    expect(texts).toEqual(['one two three four five six'])
    expect(await ask(node)).toBe('one two three four five six')
    expect(openStreams(node, INFERENCE_FRAMING_PROTOCOL)).toHaveLength(1)
    expect(openStreams(node, INFERENCE_QUEUED_ACCEPT_PROTOCOL)).toHaveLength(0)
  })

  it('falls back to a stream per request with a node that serves only /maia/infer/1.0.0', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('legacy', true)
    await node.peer.unhandle(INFERENCE_SESSION_PROTOCOL)
    await node.peer.unhandle(INFERENCE_FRAMING_PROTOCOL)
    await node.peer.unhandle(INFERENCE_QUEUED_ACCEPT_PROTOCOL)
    for (let round = 0; round < 3; round += 1) expect(await ask(node)).toBe('kept streams answer')
    expect(streams.idleCount(node.claim.peerId)).toBe(0)
  })

  it('keeps no more idle streams per node than allowed', async () => {
    streams = createInferenceStreams(orchestrator, { maxIdlePerPeer: 2 })
    const node = await startNode('bounded', true, { tokensPerSecond: 50, reply: 'a b c' })
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask(node)))
    expect(answers).toEqual(Array(6).fill('a b c'))
    expect(streams.idleCount(node.claim.peerId)).toBe(2)
    await expect.poll(() => openStreams(node, INFERENCE_QUEUED_ACCEPT_PROTOCOL).length).toBe(2)
  })

  it('a node closing an idle stream costs nothing: the next request takes a new one', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('impatient', true, { sessionIdleMs: 100 })
    expect(await ask(node)).toBe('kept streams answer')
    await pause(400)
    expect(await ask(node)).toBe('kept streams answer')
  })

  it('a kept stream that breaks before answering fails only its request, as a dead node would (the router fails over)', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('flaky', false)
    let streamsOpened = 0
    await node.peer.handle(INFERENCE_SESSION_PROTOCOL, async (stream) => {
      streamsOpened += 1
      const channel = new FrameChannel(stream)
      const first = await readRequest(channel)
      await answer(node, channel, first!, 'first')
      // The next request on this stream meets a reset, as when a node drops an idle stream just as it is used.
      await readRequest(channel)
      stream.abort(new Error('dropped'))
    })
    expect(await ask(node)).toBe('first')
    await expect(ask(node)).rejects.toBeInstanceOf(NodeStreamError)
    expect(streams.idleCount(node.claim.peerId)).toBe(0)
    expect(await ask(node)).toBe('first')
    expect(streamsOpened).toBe(2)
  })

  // Attacks by a node on the streams it shares with the orchestrator.
  it('frames a node sends after its final frame never reach the next request: that stream is dropped', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('injector', false)
    const served: string[] = []
    await node.peer.handle(INFERENCE_SESSION_PROTOCOL, async (stream) => {
      const channel = new FrameChannel(stream)
      let onThisStream = 0
      for (;;) {
        const request = await readRequest(channel)
        if (request === null) return
        served.push(request.id)
        onThisStream += 1
        await answer(node, channel, request, `answer ${onThisStream}`)
        // Injected ahead of the next request: text for it, and a final frame it did not earn.
        await channel.write(encodeFrame({ type: 'token', text: 'INJECTED' }))
      }
    })
    const first = await ask(node)
    await pause(100)
    const second = await ask(node)
    expect(first).toBe('answer 1')
    // The second request went on a new stream (a reused one would say "answer 2"), nothing injected.
    expect(second).toBe('answer 1')
    expect(second).not.toContain('INJECTED')
    expect(served).toHaveLength(2)
  })

  it('a node that stalls one request does not stall the others to it: each has its own stream and window', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('staller', false)
    await node.peer.handle(INFERENCE_SESSION_PROTOCOL, async (stream) => {
      const channel = new FrameChannel(stream)
      for (;;) {
        const request = await readRequest(channel)
        if (request === null) return
        // The first message "stall" is never answered; it floods a full window's worth of nothing instead.
        if (request.messages[0]!.content === 'stall') {
          await channel.write(encodeFrame({ type: 'accepted', queuePosition: 0 }))
          return await new Promise(() => {})
        }
        await answer(node, channel, request, 'not stalled')
      }
    })
    const stalled = ask(node, newRequest('stall'), new AbortController().signal, { firstTokenMs: 1_500, idleMs: 1_500 })
    stalled.catch(() => {})
    const started = Date.now()
    const others = await Promise.all(Array.from({ length: 4 }, () => ask(node)))
    expect(others).toEqual(Array(4).fill('not stalled'))
    expect(Date.now() - started).toBeLessThan(1_000)
    await expect(stalled).rejects.toBeInstanceOf(NodeStreamError)
    // The stalled stream is not kept for anyone else.
    expect(streams.idleCount(node.claim.peerId)).toBeLessThanOrEqual(4)
    for (let round = 0; round < 4; round += 1) expect(await ask(node)).toBe('not stalled')
  })

  it('the orchestrator opens only the streams its own requests need: a node cannot make it hold more', async () => {
    streams = createInferenceStreams(orchestrator, { maxIdlePerPeer: 3 })
    const node = await startNode('opener', false)
    await node.peer.handle(INFERENCE_SESSION_PROTOCOL, async (stream) => {
      const channel = new FrameChannel(stream)
      for (;;) {
        const request = await readRequest(channel)
        if (request === null) return
        await answer(node, channel, request, 'ok')
      }
    })
    // The node opening streams of its own toward the orchestrator finds no handler there.
    await expect(node.peer.dialProtocol(orchestrator.peerId, INFERENCE_SESSION_PROTOCOL)).rejects.toThrow()
    // Six at once: yamux resets inbound streams beyond 10 not yet acknowledged (its maxEarlyStreams).
    await Promise.all(Array.from({ length: 6 }, () => ask(node)))
    expect(streams.idleCount(node.claim.peerId)).toBe(3)
  })

  it('an aborted request resets its stream, which is never lent again', async () => {
    streams = createInferenceStreams(orchestrator)
    const node = await startNode('aborted', true, { tokensPerSecond: 20, reply: 'one two three four five six' })
    const abort = new AbortController()
    const pending = ask(node, newRequest(), abort.signal)
    await pause(150)
    abort.abort(new Error('caller left'))
    await expect(pending).rejects.toThrow()
    expect(streams.idleCount(node.claim.peerId)).toBe(0)
    expect(await ask(node)).toBe('one two three four five six')
  })
})
