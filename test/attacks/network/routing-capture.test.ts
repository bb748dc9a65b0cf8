import Anthropic from '@anthropic-ai/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import type { NodeEntry } from '../../../orchestrator/inference/NodeTable.ts'
import { selectNode } from '../../../orchestrator/inference/selectNode.ts'
import { seededRandom } from '../../../shared/util/seededRandom.ts'
import type { CapabilityRecord } from '../../../shared/protocol/capability.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../../helpers/network.ts'
import { startLyingAnnouncer, type AttackerNode } from './support.ts'

// Attack: a provider announces an absurd speed (and capacity) in its signed capability record to
// pull the network's traffic (and its pay) to itself. The record is validly signed: only the
// orchestrator's routing can refuse to believe it. Secure behaviour: an announced speed the
// orchestrator has not seen must not win every comparison against honest nodes that are as fast.

const MODEL_HASH = `0x${'cd'.repeat(32)}` as const
const MODEL_NAME = 'maia-scripted'

function entry(peerId: string, claims: Partial<CapabilityRecord>, firstTokenMs: number): NodeEntry {
  const record = {
    version: 1, peerId, ethAddress: `0x${'11'.repeat(20)}`,
    binding: { ethSignature: `0x${'22'.repeat(65)}`, peerSignature: 'x' },
    model: { hash: MODEL_HASH, name: MODEL_NAME }, contextSize: 4096, maxConcurrent: 1, queueDepth: 0, inFlight: 0,
    tokensPerSecond: 40, pricePer1kTokens: '1', timestamp: 1, signature: `0x${'33'.repeat(65)}`, ...claims
  } as CapabilityRecord
  return { record, lastSeen: 1, outstanding: 0, firstTokenMs, failures: 0, quarantinedUntil: 0 }
}

describe('ATTACK routing capture: a node announcing an absurd speed and capacity', () => {
  it('HOLE selectNode: three honest nodes at 40 tok/s keep a share of traffic against one announcing 1e9 tok/s with the same measured latency', () => {
    const honest = [entry('honest-a', {}, 120), entry('honest-b', {}, 120), entry('honest-c', {}, 120)]
    const liar = entry('liar', { tokensPerSecond: 1e9, maxConcurrent: 1_000_000 }, 120)
    const candidates = [...honest, liar]
    // Seeded, so the share is reproducible.
    const random = seededRandom(7)
    let liarWins = 0
    const picks = 4_000
    for (let index = 0; index < picks; index += 1) if (selectNode(candidates, random)?.record.peerId === 'liar') liarWins += 1
    // Power of two choices puts the liar in half of all pairs (3 of 6), and it wins every one of them.
    // Secure: an unverified claim is capped (e.g. at a small multiple of the median of the others, or
    // by this orchestrator's own measurement), so the liar's share stays near a fair 1/4, well below 1/2.
    expect(liarWins / picks, `liar won ${liarWins} of ${picks} picks`).toBeLessThan(0.4)
  })

  describe('on a real network (loopback TCP, real orchestrator, both nodes serve the same speed)', () => {
    let network: TestNetwork
    let liar: AttackerNode | undefined
    let directory: Awaited<ReturnType<typeof temporaryDirectory>>
    let client: Anthropic

    beforeAll(async () => {
      directory = await temporaryDirectory()
      network = await startTestNetwork([createScriptedBackend({ modelName: MODEL_NAME, modelHash: MODEL_HASH, tokensPerSecond: 400, reply: () => 'from honest node' })])
      client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
      await network.waitForNodes(1)
      // The honest node measures its own speed on real traffic first, as it would in production.
      for (let index = 0; index < 3; index += 1) await client.messages.create({ model: MODEL_NAME, max_tokens: 16, messages: [{ role: 'user', content: 'warm up' }] })
      const bootstrap = network.orchestrator.multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${network.orchestrator.peer.peerId.toString()}`)
      liar = await startLyingAnnouncer({
        directory: directory.path, bootstrap,
        backend: createScriptedBackend({ modelName: MODEL_NAME, modelHash: MODEL_HASH, tokensPerSecond: 400, reply: () => 'from lying node' }),
        claims: { contextSize: 4096, maxConcurrent: 1_000_000, queueDepth: 0, inFlight: 0, tokensPerSecond: 1e9, pricePer1kTokens: '1' }
      })
      await network.waitForNodes(2)
    }, 60_000)
    afterAll(async () => {
      await liar?.stop()
      await network?.stop()
      await directory?.remove()
    })

    it('HOLE the honest node keeps serving a share of 24 sequential requests once the liar joins', async () => {
      const served = { honest: 0, liar: 0 }
      for (let index = 0; index < 24; index += 1) {
        const message = await client.messages.create({ model: MODEL_NAME, max_tokens: 16, messages: [{ role: 'user', content: `question ${index}` }] })
        const text = message.content.map((block) => block.type === 'text' ? block.text : '').join('')
        if (text.includes('lying')) served.liar += 1
        else served.honest += 1
      }
      // Both nodes run at the same real speed; a fair router splits roughly evenly.
      expect(served.honest, JSON.stringify(served)).toBeGreaterThanOrEqual(4)
    }, 30_000)
  })
})
