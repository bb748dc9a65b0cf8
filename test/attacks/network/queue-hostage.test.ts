import Anthropic from '@anthropic-ai/sdk'
import type { Stream } from '@libp2p/interface'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { encodeFrame } from '../../../shared/protocol/frameCodec.ts'
import { frameStream } from '../../helpers/frameStream.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../../helpers/network.ts'
import { orchestratorAddresses, pause, startLyingAnnouncer, type AttackerNode } from './support.ts'

// Attack: hold users' requests hostage. The orchestrator believes a node's `accepted` queue position
// up to 16 (MAX_BELIEVED_QUEUE_POSITION), waiting 17 × the first-token deadline (8.5 minutes at the
// default 30 s) before failing over. The cap was justified by "this orchestrator keeps at most a
// node's announced slots plus as many waiting on it", but the slots are the node's own claim: a
// node announcing maxConcurrent 1,000,000, an empty queue and a huge speed is picked for every
// request and answers each with `accepted` at position 16, then silence.
// Secure behaviour: a queue position is not believed beyond what the node's own record and this
// orchestrator's outstanding requests allow (here: empty queue, one request → position 0), so the
// request fails over to the honest node within about one first-token deadline.

const FIRST_TOKEN_MS = 300
const MODEL_HASH = `0x${'ab'.repeat(32)}` as const

describe('ATTACK requests held hostage by a fake deep queue', () => {
  let network: TestNetwork
  let hostage: AttackerNode | undefined
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>

  beforeAll(async () => {
    directory = await temporaryDirectory()
    network = await startTestNetwork([createScriptedBackend({ modelName: 'scripted', modelHash: MODEL_HASH, reply: () => 'honest answer' })], {
      inferenceTimeouts: { firstTokenMs: FIRST_TOKEN_MS, idleMs: FIRST_TOKEN_MS }
    })
    await network.waitForNodes(1)
    hostage = await startLyingAnnouncer({
      directory: directory.path, name: 'hostage',
      bootstrap: orchestratorAddresses(network.orchestrator.multiaddrs, network.orchestrator.peer.peerId.toString()),
      backend: createScriptedBackend({ modelName: 'scripted', modelHash: MODEL_HASH }),
      claims: { contextSize: 4096, maxConcurrent: 1_000_000, queueDepth: 0, inFlight: 0, tokensPerSecond: 1e9, pricePer1kTokens: '1' },
      serve: async (stream: Stream) => {
        const frames = frameStream(stream)
        await frames.read()
        await frames.write(encodeFrame({ type: 'accepted', queuePosition: 16 }))
        while (stream.status === 'open') await pause(50)
      }
    })
    await network.waitForNodes(2)
  }, 60_000)
  afterAll(async () => {
    await hostage?.stop()
    await network?.stop()
    await directory?.remove()
  })

  it('HOLE fails over from a node claiming position 16 in a queue it announced empty within ~one first-token deadline', async () => {
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    const started = performance.now()
    const message = await client.messages.create({ model: 'scripted', max_tokens: 8, messages: [{ role: 'user', content: 'hello' }] })
    const elapsedMs = performance.now() - started
    expect(message.content[0]?.type === 'text' ? message.content[0].text : '').toBe('honest answer')
    // Now: ~17 × 300 ms = 5.1 s (8.5 min at the defaults). Secure: about one deadline plus the honest answer.
    expect(elapsedMs).toBeLessThan(FIRST_TOKEN_MS * 3 + 500)
  }, 20_000)
})
