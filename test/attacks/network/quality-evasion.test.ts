import { join } from 'node:path'
import Anthropic from '@anthropic-ai/sdk'
import type { Stream } from '@libp2p/interface'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { createLevelEvidenceStore, type AnswerVerifier, type NodeSlasher } from '../../../orchestrator/quality/index.ts'
import { encodeFrame } from '../../../shared/protocol/frameCodec.ts'
import { frameStream } from '../../helpers/frameStream.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../../helpers/network.ts'
import { orchestratorAddresses, pause, startLyingAnnouncer, type AttackerNode } from './support.ts'

// Attack: quality sampling draws only from answers one node wrote from start to end
// (createNetworkInference's onServed is "never called ... for answers continued across nodes").
// A node that answers a continuation (a request whose last turn is the assistant prefill left by a
// node that died mid-answer) is paid for its part but never sampled, so it may answer garbage there.
// A colluding peer that starts answers and drops them manufactures such continuations at will.
// Secure behaviour: with sampling at 100%, the continuing node's garbage is checked and caught.

const MODEL_HASH = `0x${'ef'.repeat(32)}` as const
const GARBAGE = 'zq vlorp ktx 99 glarb'
const HONEST = 'Water teaches patience.'

const verifier: AnswerVerifier = {
  async verify({ claimedText }) {
    return claimedText.includes('vlorp')
      ? { verdict: 'dishonest', reasons: ['claimed tokens outside the approved model\'s support'], statistics: { outsideSupportShare: 0.9 } }
      : { verdict: 'honest', reasons: [], statistics: { outsideSupportShare: 0 } }
  }
}

describe('ATTACK quality-sampling evasion through mid-stream continuations', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let network: TestNetwork
  let dropper: AttackerNode | undefined
  const slashes: Array<Parameters<NodeSlasher['slash']>[0]> = []

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-attack-quality-')
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    // The liar: a node of the network that answers well, except a continuation (the last turn is an
    // assistant prefill), where it answers garbage (token ids and receipt signed honestly).
    network = await startTestNetwork([createScriptedBackend({
      modelName: 'scripted', modelHash: MODEL_HASH, syntheticTokenIds: true,
      reply: (parameters) => parameters.messages.at(-1)?.role === 'assistant' ? GARBAGE : HONEST
    })], {
      quality: {
        sampleRate: 1,
        evidence: createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) }),
        verifier,
        slasher: { async slash(input) { slashes.push(input); return { amount: 1n } } }
      }
    })
    await network.waitForNodes(1)
    // Its accomplice: announces itself very fast (so it is picked first), streams one token and drops the stream.
    dropper = await startLyingAnnouncer({
      directory: directory.path, name: 'dropper',
      bootstrap: orchestratorAddresses(network.orchestrator.multiaddrs, network.orchestrator.peer.peerId.toString()),
      backend: createScriptedBackend({ modelName: 'scripted', modelHash: MODEL_HASH }),
      claims: { contextSize: 4096, maxConcurrent: 8, queueDepth: 0, inFlight: 0, tokensPerSecond: 1e9, pricePer1kTokens: '1' },
      serve: async (stream: Stream) => {
        const frames = frameStream(stream)
        await frames.read()
        await frames.write(encodeFrame({ type: 'token', text: 'Patience ' }))
        // Long enough for the token to reach the orchestrator (an abort at once can overtake it).
        await pause(150)
        stream.abort(new Error('dropped on purpose'))
      }
    })
    await network.waitForNodes(2)
  }, 60_000)

  afterAll(async () => {
    await dropper?.stop()
    await network?.stop()
    await db?.close()
    await directory?.remove()
  })

  it('HOLE samples (and catches) a garbage answer that continued another node\'s dropped stream', async () => {
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    const texts: string[] = []
    // Until the dropper is picked first once (it is at once while routing believes its claimed speed;
    // a failure keeps it out for 500 ms, hence the pause).
    for (let turn = 0; turn < 10 && !texts.some((text) => text.startsWith('Patience ')); turn += 1) {
      const message = await client.messages.create({ model: 'scripted', max_tokens: 32, messages: [{ role: 'user', content: `What does water teach? (${turn})` }] })
      texts.push(message.content.map((block) => block.type === 'text' ? block.text : '').join(''))
      await pause(600)
    }
    // The attack happened as scripted: the dropper started, the liar continued with garbage, the user got it.
    expect(texts).toContain(`Patience ${GARBAGE}`)
    await network.orchestrator.quality!.loop.idle()
    const counters = network.orchestrator.quality!.loop.counters()
    // Secure: every paid answer a node signed for may be drawn; at rate 1 the garbage is verified and its node slashed.
    expect(slashes, `${JSON.stringify(counters)} answers: ${JSON.stringify(texts)}`).toHaveLength(1)
  }, 30_000)
})
