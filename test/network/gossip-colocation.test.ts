import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import Anthropic from '@anthropic-ai/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { PEER_SCORE_THRESHOLDS, TRUSTED_PEER_SCORE } from '../../shared/p2p/peerScoring.ts'
import { CAPABILITY_TOPIC } from '../../shared/protocol/constants.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'

// The outside probe's attack: idle libp2p peers that merely connect and subscribe from the
// nodes' IP address. gossipsub's default IP-colocation penalty (-5 × (peers on the IP - 10)²)
// then pushed every peer on 127.0.0.1 — the real nodes too — under the graylist threshold, so
// the orchestrator dropped their heartbeats, its table emptied and every request got 529.
const IDLE_PEERS = 20

describe('idle peers on the nodes\' IP address cannot knock the nodes out of gossip', () => {
  let network: TestNetwork
  const intruders: MaiaPeer[] = []

  beforeAll(async () => {
    network = await startTestNetwork([createScriptedBackend({ modelName: 'flood-test' }), createScriptedBackend({ modelName: 'flood-test' })], { recordMaxAgeMs: 2_000, heartbeatIntervalMs: 300 })
    await network.waitForNodes(2)
    const targets = [network.orchestrator.peer, ...network.nodes.map((node) => node.peer)]
      .map((peer) => multiaddr(`${peer.getMultiaddrs()[0]!.toString().split('/p2p/')[0]}/p2p/${peer.peerId.toString()}`))
    for (let index = 0; index < IDLE_PEERS; index += 1) {
      const intruder = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
      intruder.services.pubsub.subscribe(CAPABILITY_TOPIC)
      await Promise.all(targets.map((target) => intruder.dial(target).catch(() => undefined)))
      intruders.push(intruder)
    }
  }, 60_000)
  afterAll(async () => {
    await Promise.allSettled(intruders.map((intruder) => intruder.stop()))
    await network?.stop()
  })

  it('keeps both nodes routable and serving for longer than a record lives', async () => {
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    const deadline = Date.now() + 6_000
    let fewest = Number.POSITIVE_INFINITY
    while (Date.now() < deadline) {
      fewest = Math.min(fewest, network.orchestrator.table.routable().length)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(fewest).toBe(2)
    // The colocation penalty still applies, to the peers nobody vouched for.
    const score = (peerId: string): number => (network.orchestrator.peer.services.pubsub as unknown as { getScore(peerId: string): number }).getScore(peerId)
    for (const node of network.nodes) expect(score(node.peer.peerId.toString())).toBeGreaterThanOrEqual(TRUSTED_PEER_SCORE)
    for (const intruder of intruders) expect(score(intruder.peerId.toString())).toBeLessThan(PEER_SCORE_THRESHOLDS.graylistThreshold!)
    const answer = await client.messages.create({ model: 'flood-test', max_tokens: 8, messages: [{ role: 'user', content: 'still there?' }] })
    expect(answer.usage.output_tokens).toBeGreaterThan(0)
  })
})
