import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Message } from '@libp2p/gossipsub'
import { multiaddr } from '@multiformats/multiaddr'
import Anthropic from '@anthropic-ai/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { createPeer, type MaiaPeer } from '../../../shared/p2p/createPeer.ts'
import { PEER_SCORE_THRESHOLDS } from '../../../shared/p2p/peerScoring.ts'
import { CAPABILITY_TOPIC } from '../../../shared/protocol/constants.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../../helpers/network.ts'
import { pause } from './support.ts'

// Attacks on the capability topic by a peer that joins the gossip mesh on loopback: it relays
// other nodes' signed records as its own (to keep a departed node "alive" as a black hole, or to
// pass as that node), and floods the topic with oversized and invalid messages.

const RECORD_MAX_AGE_MS = 2_000

describe('ATTACK the capability topic from a gossip peer', () => {
  let network: TestNetwork
  let attacker: MaiaPeer
  const captured: Uint8Array[] = []
  // The exported GossipSub interface leaves the score out; the service object has it (as gossip-colocation.test.ts reads it).
  const score = (peerId: string): number => (network.orchestrator.peer.services.pubsub as unknown as { getScore(peerId: string): number }).getScore(peerId)

  beforeAll(async () => {
    network = await startTestNetwork([
      createScriptedBackend({ modelName: 'gossip-target', reply: () => 'still here' }),
      createScriptedBackend({ modelName: 'gossip-target', reply: () => 'still here' })
    ], { recordMaxAgeMs: RECORD_MAX_AGE_MS, heartbeatIntervalMs: 300 })
    await network.waitForNodes(2)
    attacker = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    attacker.services.pubsub.subscribe(CAPABILITY_TOPIC)
    attacker.services.pubsub.addEventListener('message', (event: CustomEvent<Message>) => {
      if (event.detail.topic === CAPABILITY_TOPIC) captured.push(event.detail.data)
    })
    const targets = [network.orchestrator.peer, ...network.nodes.map((node) => node.peer)]
      .map((peer) => multiaddr(`${peer.getMultiaddrs()[0]!.toString().split('/p2p/')[0]}/p2p/${peer.peerId.toString()}`))
    await Promise.all(targets.map((target) => attacker.dial(target).catch(() => undefined)))
    // Let the mesh form and the attacker hear some heartbeats.
    const deadline = Date.now() + 10_000
    while (captured.length < 4 && Date.now() < deadline) await pause(100)
  }, 60_000)
  afterAll(async () => {
    await attacker?.stop()
    await network?.stop()
  })

  it('defended: relaying a departed node\'s signed records as one\'s own neither keeps it routable nor admits the relayer', async () => {
    expect(captured.length, 'the attacker heard the nodes\' records').toBeGreaterThan(0)
    const victim = network.nodes[0]!
    const victimId = victim.peer.peerId.toString()
    await victim.stop()
    // Keep replaying the freshest captured records (signed by their nodes, still within their age).
    const replay = setInterval(() => {
      for (const data of captured.slice(-4)) void attacker.services.pubsub.publish(CAPABILITY_TOPIC, data).catch(() => undefined)
    }, 100)
    try {
      const deadline = Date.now() + RECORD_MAX_AGE_MS + 2_500
      while (network.orchestrator.table.get(victimId) !== undefined && Date.now() < deadline) await pause(100)
    } finally {
      clearInterval(replay)
    }
    expect(network.orchestrator.table.get(victimId), 'the departed node expired on time').toBeUndefined()
    expect(network.orchestrator.table.get(attacker.peerId.toString())).toBeUndefined()
    expect(score(attacker.peerId.toString()), 'relaying others\' records is penalised').toBeLessThan(0)
  }, 15_000)

  it('defended: a flood of oversized and invalid messages is dropped, the flooder sinks below the graylist, and the network keeps serving', async () => {
    const garbage = [
      new Uint8Array(900 * 1024).fill(0x7b),
      new TextEncoder().encode(JSON.stringify({ version: 1, peerId: attacker.peerId.toString(), tokensPerSecond: 1e308 })),
      new TextEncoder().encode('{"version":1,'.repeat(50_000))
    ]
    for (let round = 0; round < 30; round += 1) {
      for (const data of garbage) await attacker.services.pubsub.publish(CAPABILITY_TOPIC, data).catch(() => undefined)
    }
    await pause(500)
    expect(network.orchestrator.table.get(attacker.peerId.toString())).toBeUndefined()
    expect(score(attacker.peerId.toString())).toBeLessThan(PEER_SCORE_THRESHOLDS.graylistThreshold!)
    const survivor = network.nodes[1]!
    expect(network.orchestrator.table.routable().map((entry) => entry.record.peerId)).toContain(survivor.peer.peerId.toString())
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    const answer = await client.messages.create({ model: 'gossip-target', max_tokens: 8, messages: [{ role: 'user', content: 'still there?' }] })
    expect(answer.content[0]?.type === 'text' ? answer.content[0].text : '').toBe('still here')
  }, 20_000)
})
