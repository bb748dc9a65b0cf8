import { multiaddr } from '@multiformats/multiaddr'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { startProviderNode, type ProviderNode } from '../../node/startProviderNode.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { INFERENCE_PROTOCOL } from '../../shared/protocol/constants.ts'
import { decodeFrame, encodeFrame } from '../../shared/protocol/frameCodec.ts'
import { frameStream } from '../helpers/frameStream.ts'
import { responseFrameSchema, type ResponseFrame } from '../../shared/protocol/inference.ts'
import { temporaryDirectory } from '../helpers/network.ts'

const request = (maxTokens: number) => ({ type: 'request', id: `0x${'22'.repeat(32)}`, messages: [{ role: 'user', content: 'hello' }], maxTokens })

/** Sends one request on a new stream and reads every frame back; a reset stream reads as 'reset'. */
async function ask(client: MaiaPeer, node: ProviderNode, maxTokens: number): Promise<ResponseFrame[] | 'reset'> {
  let stream
  try {
    stream = await client.dialProtocol(multiaddr(node.multiaddrs[0]!), INFERENCE_PROTOCOL)
  } catch {
    return 'reset'
  }
  const messages = frameStream(stream)
  try {
    await messages.write(encodeFrame(request(maxTokens)))
  } catch {
    return 'reset'
  }
  const frames: ResponseFrame[] = []
  for (;;) {
    try {
      frames.push(decodeFrame((await messages.read()).subarray(), responseFrameSchema, 'response'))
    } catch {
      // Close our side too, as the orchestrator does: half-open streams count against its limits.
      await stream.close().catch(() => stream.abort(new Error('done')))
      return frames.length === 0 ? 'reset' : frames
    }
  }
}

// Issue 12 (outside probe): nodes served any peer (free inference, easy queue filling); a full
// node reset streams beyond ~26 per connection, which the orchestrator took for a dead node; and
// a stream answered busy left the model's in-flight count raised, so a model switch never ended.
describe('a node serves only its orchestrators, answers busy when full, and switches models after refusals', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let node: ProviderNode
  let orchestrator: MaiaPeer
  let stranger: MaiaPeer
  let generations = 0

  beforeAll(async () => {
    directory = await temporaryDirectory()
    orchestrator = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
    stranger = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
    const slow = createScriptedBackend({ reply: () => 'a b c d e f g h', tokensPerSecond: 40 })
    node = await startProviderNode({
      identity: await loadOrCreateIdentity(directory.path),
      logger: silentLogger(),
      maxConcurrent: 1,
      maxQueued: 1,
      authorizedPeers: [orchestrator.peerId.toString()],
      backend: { ...slow, generate: async (parameters, options) => { generations += 1; return slow.generate(parameters, options) } }
    })
    // An orchestrator talks to its nodes over a connection that is already up (gossip); yamux
    // allows only 10 streams on a connection still being set up, whoever the node is.
    await orchestrator.dial(multiaddr(node.multiaddrs[0]!))
    await stranger.dial(multiaddr(node.multiaddrs[0]!))
  })
  afterAll(async () => {
    await Promise.allSettled([orchestrator?.stop(), stranger?.stop()])
    await node?.stop()
    await directory?.remove()
  })

  it('refuses a peer it does not serve, without generating anything', async () => {
    const before = generations
    expect(await ask(stranger, node, 4)).toEqual([{ type: 'error', code: 'unauthorized', message: expect.stringContaining('orchestrators') }])
    expect(generations).toBe(before)
  })

  it('answers every request beyond capacity with busy, never a reset, even 60 at once on one connection', async () => {
    const outcomes = await Promise.all(Array.from({ length: 60 }, () => ask(orchestrator, node, 4)))
    expect(outcomes.filter((outcome) => outcome === 'reset')).toEqual([])
    const finals = outcomes.filter((outcome) => outcome !== 'reset' && outcome.at(-1)?.type === 'final')
    const busy = outcomes.filter((outcome) => outcome !== 'reset' && outcome.length === 1 && outcome[0]!.type === 'error' && outcome[0]!.code === 'busy')
    expect(finals.length).toBeGreaterThanOrEqual(1)
    expect(finals.length + busy.length).toBe(60)
  })

  it('finishes a model switch after requests were turned away busy, once the running one ends', async () => {
    const running = ask(orchestrator, node, 6)
    await new Promise((resolve) => setTimeout(resolve, 30))
    const refused = await Promise.all([ask(orchestrator, node, 4), ask(orchestrator, node, 4), ask(orchestrator, node, 4)])
    expect(refused.some((outcome) => outcome !== 'reset' && outcome[0]?.type === 'error')).toBe(true)
    const next: InferenceBackend = createScriptedBackend({ modelName: 'next', modelHash: `0x${'cd'.repeat(32)}` })
    const previous = await Promise.race([node.switchBackend(next), new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000))])
    expect(previous).not.toBe('hung')
    expect(await running).not.toBe('reset')
    const after = await ask(orchestrator, node, 2)
    expect(after !== 'reset' && after.at(-1)?.type === 'final' && after.at(-1)).toMatchObject({ receipt: { modelHash: `0x${'cd'.repeat(32)}` } })
  })
})
