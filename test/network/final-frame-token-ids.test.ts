import { generateKeyPair } from '@libp2p/crypto/keys'
import { lpStream } from '@libp2p/utils'
import { Wallet } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { requestInference, TOKEN_IDS_SLACK } from '../../orchestrator/inference/requestInference.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import {
  decodeFrame, encodeFrame, finalFrameSchema, hashInferenceOutput, hashInferencePrompt, inferenceRequestSchema, INFERENCE_PROTOCOL,
  MAX_FRAME_BYTES, MAX_OUTPUT_TOKENS, MAX_TOKEN_ID, responseFrameSchema, signReceipt, type FinalFrame, type InferenceRequest
} from '../../shared/protocol/index.ts'
import { startTestNetwork, type TestNetwork } from '../helpers/network.ts'

const MODEL_HASH = `0x${'ab'.repeat(32)}` as const

describe('the final frame carries the generated token ids', () => {
  const receipt = {
    requestId: `0x${'11'.repeat(32)}`, promptHash: `0x${'22'.repeat(32)}`, outputHash: `0x${'33'.repeat(32)}`, inputTokens: 100_000, outputTokens: MAX_OUTPUT_TOKENS,
    modelHash: MODEL_HASH, node: `0x${'44'.repeat(20)}`, chainId: 31337, signature: `0x${'55'.repeat(64)}1b`
  }
  const final = (tokens?: unknown): object => ({
    type: 'final', stopReason: 'stop_sequence', stopSequence: 'x'.repeat(200), usage: { inputTokens: 100_000, outputTokens: MAX_OUTPUT_TOKENS },
    timings: { queueMs: 1e12, firstTokenMs: 1e12, totalMs: 1e12 }, receipt, ...(tokens === undefined ? {} : { tokens })
  })

  it('fits one frame even at the longest answer with the largest ids', () => {
    const largest = final(Array.from({ length: MAX_OUTPUT_TOKENS }, () => MAX_TOKEN_ID))
    const realistic = final(Array.from({ length: MAX_OUTPUT_TOKENS }, () => 262_143))
    const bytes = encodeFrame(largest).byteLength
    console.info(`final frame with ${MAX_OUTPUT_TOKENS} ids: ${bytes} bytes at id ${MAX_TOKEN_ID}, ${encodeFrame(realistic).byteLength} bytes at id 262143 (limit ${MAX_FRAME_BYTES})`)
    expect(bytes).toBeLessThan(MAX_FRAME_BYTES / 2)
    expect(decodeFrame(encodeFrame(largest), responseFrameSchema, 'final')).toEqual(largest)
  })

  it('accepts frames without ids (older nodes, backends that cannot tell) and refuses malformed ids', () => {
    expect(finalFrameSchema.safeParse(final()).success).toBe(true)
    expect(finalFrameSchema.safeParse(final([])).success).toBe(true)
    for (const bad of [[-1], [1.5], ['7'], [MAX_TOKEN_ID + 1], Array.from({ length: MAX_OUTPUT_TOKENS + 1 }, () => 1), 'ids', null]) {
      expect(finalFrameSchema.safeParse(final(bad)).success, JSON.stringify(bad).slice(0, 40)).toBe(false)
    }
  })
})

describe('the node puts its backend\'s ids into the final frame; the orchestrator passes them on', () => {
  let network: TestNetwork
  const IDS = [5, 17, 300, 2, 0]
  beforeAll(async () => {
    const scripted = createScriptedBackend({ modelName: 'maia-scripted', modelHash: MODEL_HASH, reply: () => 'one two three four five six' })
    // A backend that knows its ids (the scripted one does not send any).
    const withIds: InferenceBackend = { ...scripted, generate: async (parameters, options) => ({ ...await scripted.generate(parameters, options), tokens: IDS }) }
    network = await startTestNetwork([withIds, createScriptedBackend({ modelName: 'maia-scripted', modelHash: MODEL_HASH })], { transport: 'memory' })
    await network.waitForNodes(2)
  })
  afterAll(async () => { await network?.stop() })

  const ask = (peerId: string): ReturnType<typeof requestInference> => {
    const entry = network.orchestrator.table.get(peerId)!
    const request: InferenceRequest = { type: 'request', id: `0x${'77'.repeat(32)}`, messages: [{ role: 'user', content: 'hi' }], maxTokens: 16, temperature: 0.7, topP: 1, stop: [] }
    return requestInference(network.orchestrator.peer, { peerId, ethAddress: entry.record.ethAddress, modelHash: entry.record.model.hash }, request, { onToken: () => {}, signal: AbortSignal.timeout(10_000) })
  }

  it('sends the ids with the final frame', async () => {
    const outcome = await ask(network.nodes[0]!.peer.peerId.toString())
    expect(outcome.text).toBe('one two three four five six')
    expect(outcome.final.tokens).toEqual(IDS)
  })

  it('sends none when the backend has none', async () => {
    const outcome = await ask(network.nodes[1]!.peer.peerId.toString())
    expect(outcome.final).not.toHaveProperty('tokens')
  })
})

describe('the orchestrator bounds the ids by the bill, and leaves judging them to the verifier', () => {
  let client: MaiaPeer
  let rogue: MaiaPeer
  const wallet = Wallet.createRandom()
  let ids: number[] = []
  const OUTPUT_TOKENS = 4

  beforeAll(async () => {
    rogue = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    await rogue.handle(INFERENCE_PROTOCOL, async (stream) => {
      const messages = lpStream(stream)
      const request = decodeFrame((await messages.read()).subarray(), inferenceRequestSchema, 'request')
      await messages.write(encodeFrame({ type: 'token', text: 'abcd' }))
      const receipt = await signReceipt(wallet, {
        requestId: request.id, promptHash: hashInferencePrompt(request), outputHash: hashInferenceOutput('abcd', ids),
        inputTokens: 3, outputTokens: OUTPUT_TOKENS, modelHash: MODEL_HASH, node: wallet.address, chainId: 31337
      })
      const final: FinalFrame = { type: 'final', stopReason: 'max_tokens', stopSequence: null, usage: { inputTokens: 3, outputTokens: OUTPUT_TOKENS }, timings: { queueMs: 0, firstTokenMs: 0, totalMs: 1 }, receipt, tokens: ids }
      await messages.write(encodeFrame(final))
      await stream.close()
    })
    client = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    await client.dial(rogue.getMultiaddrs()[0]!)
  })
  afterAll(async () => {
    await client?.stop()
    await rogue?.stop()
  })

  const ask = (): ReturnType<typeof requestInference> => requestInference(client, { peerId: rogue.peerId.toString(), ethAddress: wallet.address, modelHash: MODEL_HASH }, {
    type: 'request', id: `0x${'66'.repeat(32)}`, messages: [{ role: 'user', content: 'hi' }], maxTokens: 8, temperature: 0.7, topP: 1, stop: []
  }, { onToken: () => {}, signal: AbortSignal.timeout(10_000) })

  it('passes on ids that are wrong but within the bill\'s slack (the verifier judges them)', async () => {
    ids = Array.from({ length: OUTPUT_TOKENS + TOKEN_IDS_SLACK }, (_, index) => 1_000_000 + index)
    expect((await ask()).final.tokens).toEqual(ids)
  })

  it('refuses a final frame with more ids than the bill allows', async () => {
    ids = Array.from({ length: OUTPUT_TOKENS + TOKEN_IDS_SLACK + 1 }, () => 1)
    await expect(ask()).rejects.toThrow(/more token ids than output tokens billed/)
  })
})
