import { randomUUID } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { memory } from '@libp2p/memory'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capabilityAnnouncer, type CapabilityAnnouncer } from '../../node/announce/capabilityAnnouncer.ts'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { inferenceServer, type InferenceServer } from '../../node/inference/inferenceServer.ts'
import { createRequestQueue } from '../../node/inference/RequestQueue.ts'
import { ThroughputMeter } from '../../node/inference/ThroughputMeter.ts'
import { capabilityDirectory, type CapabilityDirectory } from '../../orchestrator/inference/capabilityDirectory.ts'
import { requestInference } from '../../orchestrator/inference/requestInference.ts'
import { createBindingProof } from '../../shared/keys/bindingProof.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { keepConnected, type KeepConnected } from '../../shared/p2p/keepConnected.ts'
import { INFERENCE_PROTOCOL } from '../../shared/protocol/constants.ts'
import { manualClock } from '../helpers/manualClock.ts'
import { temporaryDirectory } from '../helpers/network.ts'


const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const MODEL_HASH = `0x${'ab'.repeat(32)}` as const
const HEARTBEAT_MS = 1_000
const MAX_AGE_MS = 4_000

// The node's and the orchestrator's libp2p services on two peers joined by the memory transport:
// gossip and an inference stream with no TCP socket, and timers that run only on the test's clock.
describe('the inference server, capability announcer and capability directory as libp2p services', () => {
  const clock = manualClock()
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let orchestrator: MaiaPeer<{ capabilityDirectory: CapabilityDirectory }>
  let node: MaiaPeer<{ inferenceServer: InferenceServer; capabilityAnnouncer: CapabilityAnnouncer; keepConnected: KeepConnected }>
  let ethAddress: string

  beforeAll(async () => {
    directory = await temporaryDirectory()
    const logger = silentLogger()
    orchestrator = await createPeer({
      privateKey: await generateKeyPair('Ed25519'),
      listen: [`/memory/${randomUUID()}`],
      transports: [memory()],
      services: { capabilityDirectory: capabilityDirectory({ logger, maxAgeMs: MAX_AGE_MS, clock }) }
    })
    const identity = await loadOrCreateIdentity(directory.path)
    ethAddress = identity.wallet.address
    const peerId = peerIdFromPrivateKey(identity.libp2pKey).toString()
    const binding = await createBindingProof(identity.libp2pKey, peerId, identity.wallet)
    const backend = createScriptedBackend({ modelName: 'over-memory', modelHash: MODEL_HASH, reply: () => 'no sockets here' })
    const queue = createRequestQueue({ maxConcurrent: 1, maxQueued: 1 })
    node = await createPeer({
      privateKey: identity.libp2pKey,
      listen: [`/memory/${randomUUID()}`],
      transports: [memory()],
      services: {
        inferenceServer: inferenceServer({ backend: () => backend, queue, wallet: identity.wallet, chainId: 31337, throughput: new ThroughputMeter({}), logger, now: clock.now }),
        capabilityAnnouncer: capabilityAnnouncer({
          wallet: identity.wallet, logger, clock, intervalMs: HEARTBEAT_MS,
          describe: () => ({
            version: 1, peerId, ethAddress: identity.wallet.address, binding, model: { hash: MODEL_HASH, name: 'over-memory' },
            contextSize: 2048, maxConcurrent: 1, queueDepth: queue.queued, inFlight: queue.inFlight, tokensPerSecond: 10, pricePer1kTokens: '1'
          })
        }),
        keepConnected: keepConnected({ addresses: orchestrator.getMultiaddrs().map(String), intervalMs: 5_000, logger, clock })
      }
    })
  })
  afterAll(async () => {
    await node?.stop()
    await orchestrator?.stop()
    await directory?.remove()
  })

  it('learns the node from its heartbeats, which beat on the injected clock', async () => {
    const table = orchestrator.services.capabilityDirectory.table
    const nodeId = node.peerId.toString()
    // The first record goes out as the peer starts, before any mesh: heartbeats follow the clock.
    for (let beat = 0; beat < 50 && table.get(nodeId) === undefined; beat += 1) {
      clock.advance(HEARTBEAT_MS)
      await pause(100)
    }
    expect(table.get(nodeId)?.record).toMatchObject({ ethAddress, model: { name: 'over-memory' } })
    // Stamped by the test's clock, which is far from the wall clock's time.
    expect(table.get(nodeId)!.record.timestamp).toBeGreaterThan(1_700_000_000_000)
    expect(table.get(nodeId)!.record.timestamp).toBeLessThanOrEqual(clock.now())
    expect(node.getConnections().map((connection) => connection.remoteAddr.toString())).toEqual([expect.stringMatching(/^\/memory\//)])
  })

  it('serves an inference stream with a checked receipt over the memory transport', async () => {
    expect(node.getProtocols()).toContain(INFERENCE_PROTOCOL)
    const request = { type: 'request' as const, id: `0x${'33'.repeat(32)}`, messages: [{ role: 'user' as const, content: 'hi' }], maxTokens: 8, temperature: 0.7, topP: 1, stop: [] }
    const tokens: string[] = []
    const outcome = await requestInference(orchestrator, { peerId: node.peerId.toString(), ethAddress, modelHash: MODEL_HASH, chainId: 31337 }, request, { onToken: (text) => tokens.push(text), signal: AbortSignal.timeout(10_000) })
    expect(outcome.text).toBe('no sockets here')
    expect(tokens.join('')).toBe('no sockets here')
    expect(outcome.final.receipt.node).toBe(ethAddress)
  })

  it('stops heartbeats when told to, after which the directory lets the node expire', async () => {
    const table = orchestrator.services.capabilityDirectory.table
    const nodeId = node.peerId.toString()
    node.services.capabilityAnnouncer.setAnnouncing(false)
    const lastHeard = table.get(nodeId)!.record.timestamp
    clock.advance(HEARTBEAT_MS)
    await pause(200)
    expect(table.get(nodeId)?.record.timestamp).toBe(lastHeard)
    clock.advance(MAX_AGE_MS + HEARTBEAT_MS)
    expect(table.get(nodeId)).toBeUndefined()
  })

  it('unregisters the protocol and clears every timer when the peers stop', async () => {
    // The announcer's heartbeat is off already; the directory's expiry sweep and the node's redial remain.
    expect(clock.intervals).toBe(2)
    await node.stop()
    expect(node.services.inferenceServer.isStarted()).toBe(false)
    expect(node.getProtocols()).not.toContain(INFERENCE_PROTOCOL)
    await orchestrator.stop()
    expect(clock.intervals).toBe(0)
  })
})
