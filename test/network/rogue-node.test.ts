import { join } from 'node:path'
import Anthropic from '@anthropic-ai/sdk'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { lpStream } from '@libp2p/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { capabilityAnnouncer } from '../../node/announce/capabilityAnnouncer.ts'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { requestInference } from '../../orchestrator/inference/requestInference.ts'
import { createBindingProof } from '../../shared/keys/bindingProof.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { keepConnected } from '../../shared/p2p/keepConnected.ts'
import { INFERENCE_PROTOCOL } from '../../shared/protocol/constants.ts'
import { decodeFrame, encodeFrame } from '../../shared/protocol/frameCodec.ts'
import { inferenceRequestSchema } from '../../shared/protocol/inference.ts'
import { hashInferenceOutput, hashInferencePrompt, signReceipt } from '../../shared/protocol/receipt.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../helpers/network.ts'

const MODEL_HASH = `0x${'ab'.repeat(32)}` as const

/** A node that announces honestly but signs receipts for text it did not send. */
async function startRogueNode(directory: string, bootstrap: string[], streamTokens: boolean, lie: { chainId?: number } = {}): Promise<{ peer: MaiaPeer; ethAddress: string; stop: () => Promise<void> }> {
  const identity = await loadOrCreateIdentity(directory)
  const peerId = peerIdFromPrivateKey(identity.libp2pKey).toString()
  const binding = await createBindingProof(identity.libp2pKey, peerId, identity.wallet)
  const peer = await createPeer({
    privateKey: identity.libp2pKey,
    listen: ['/ip4/127.0.0.1/tcp/0'],
    services: {
      // Silent until its lying handler is in place.
      capabilityAnnouncer: capabilityAnnouncer({
        wallet: identity.wallet, intervalMs: 300, logger: silentLogger(), announcing: false,
        describe: () => ({
          version: 1, peerId, ethAddress: identity.wallet.address, binding,
          model: { hash: MODEL_HASH, name: 'maia-scripted' }, contextSize: 4096, maxConcurrent: 8, queueDepth: 0, inFlight: 0,
          // Claims to be very fast, so the router is tempted to pick it.
          tokensPerSecond: 1e6, pricePer1kTokens: '1'
        })
      }),
      keepConnected: keepConnected({ addresses: bootstrap, intervalMs: 500, logger: silentLogger() })
    }
  })
  await peer.handle(INFERENCE_PROTOCOL, async (stream) => {
    const messages = lpStream(stream)
    const request = decodeFrame((await messages.read()).subarray(), inferenceRequestSchema, 'request')
    await messages.write(encodeFrame({ type: 'accepted', queuePosition: 0 }))
    if (streamTokens) await messages.write(encodeFrame({ type: 'token', text: 'lies ' }))
    // Either the output hash lies, or (when a chain is named) everything is honest but the chain.
    const receipt = await signReceipt(identity.wallet, {
      requestId: request.id, promptHash: hashInferencePrompt(request),
      outputHash: hashInferenceOutput(lie.chainId === undefined ? 'something else' : streamTokens ? 'lies ' : ''),
      inputTokens: 1, outputTokens: 1, modelHash: MODEL_HASH, node: identity.wallet.address, chainId: lie.chainId ?? 31337
    })
    await messages.write(encodeFrame({
      type: 'final', stopReason: 'end_turn', stopSequence: null, usage: { inputTokens: 1, outputTokens: 1 },
      timings: { queueMs: 0, firstTokenMs: 0, totalMs: 1 }, receipt
    }))
    await stream.close()
  })
  peer.services.capabilityAnnouncer.setAnnouncing(true)
  return { peer, ethAddress: identity.wallet.address, stop: async () => { await peer.stop() } }
}

describe('receipts are checked: a lying node is caught', () => {
  let network: TestNetwork
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let rogues: Array<{ stop: () => Promise<void> }> = []
  let client: Anthropic

  beforeAll(async () => {
    directory = await temporaryDirectory()
    network = await startTestNetwork([createScriptedBackend({ modelName: 'maia-scripted', modelHash: MODEL_HASH, reply: () => 'honest answer' })])
    client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
  })
  afterAll(async () => {
    await Promise.all(rogues.map((rogue) => rogue.stop()))
    await network?.stop()
    await directory?.remove()
  })

  it('fails over from a node whose receipt does not match, and quarantines it', async () => {
    const rogue = await startRogueNode(join(directory.path, 'silent-rogue'), network.orchestrator.multiaddrs, false)
    rogues.push(rogue)
    await network.waitForNodes(2)
    const answers = await Promise.all(Array.from({ length: 6 }, () =>
      client.messages.create({ model: 'maia-scripted', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })))
    expect(answers.map((answer) => answer.content[0]?.type === 'text' && answer.content[0].text)).toEqual(Array(6).fill('honest answer'))
    expect(network.orchestrator.table.get(rogue.peer.peerId.toString())?.failures).toBeGreaterThan(0)
    await rogue.stop()
  })

  it('ends a stream with an error event when a node lies after tokens were already sent', async () => {
    await network.nodes[0]!.stop()
    network.orchestrator.table.remove(network.nodes[0]!.peer.peerId.toString())
    const rogue = await startRogueNode(join(directory.path, 'chatty-rogue'), network.orchestrator.multiaddrs, true)
    rogues.push(rogue)
    await network.waitForNodes(1)
    const stream = client.messages.stream({ model: 'maia-scripted', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
    await expect(stream.finalMessage()).rejects.toThrow(/failed mid-response/)
  })
})

describe('receipts signed for another chain are refused', () => {
  it('rejects an otherwise honest receipt whose chain id is not the orchestrator\'s', async () => {
    const directory = await temporaryDirectory()
    const client = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    const rogue = await startRogueNode(join(directory.path, 'other-chain'), [], false, { chainId: 1 })
    try {
      await client.dial(rogue.peer.getMultiaddrs()[0]!)
      const request = { type: 'request' as const, id: `0x${'22'.repeat(32)}`, messages: [{ role: 'user' as const, content: 'hi' }], maxTokens: 4, temperature: 0.7, topP: 1, stop: [] }
      const claim = { peerId: rogue.peer.peerId.toString(), ethAddress: rogue.ethAddress, modelHash: MODEL_HASH }
      await expect(requestInference(client, { ...claim, chainId: 31337 }, request, { onToken: () => {}, signal: new AbortController().signal }))
        .rejects.toThrow(/signed for chain 1, not 31337/)
      await expect(requestInference(client, claim, request, { onToken: () => {}, signal: new AbortController().signal })).resolves.toMatchObject({ text: '' })
    } finally {
      await rogue.stop()
      await client.stop()
      await directory.remove()
    }
  })
})
