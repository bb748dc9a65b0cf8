import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Stream } from '@libp2p/interface'
import { Wallet } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InvalidReceiptError } from '../../../orchestrator/inference/errors.ts'
import { requestInference, TOKEN_IDS_SLACK, type NodeIdentityClaim } from '../../../orchestrator/inference/requestInference.ts'
import { BaseError } from '../../../shared/errors/BaseError.ts'
import { createPeer, type MaiaPeer } from '../../../shared/p2p/createPeer.ts'
import { encodeFrame } from '../../../shared/protocol/frameCodec.ts'
import type { InferenceRequest, Receipt } from '../../../shared/protocol/inference.ts'
import { hashInferenceOutput, hashInferencePrompt, signReceipt } from '../../../shared/protocol/receipt.ts'
import { frameStream } from '../../helpers/frameStream.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import { pause, startScriptedResponder } from './support.ts'

// Attacks by a node on the orchestrator through /maia/infer: the orchestrator's requestInference
// against a real libp2p peer on loopback TCP that answers whatever each test scripts.

const MODEL_HASH = `0x${'ab'.repeat(32)}` as const
const TIMEOUTS = { firstTokenMs: 400, idleMs: 400 }
const requestWith = (id: string, maxTokens = 4): InferenceRequest => ({
  type: 'request', id: `0x${id.repeat(32)}`, messages: [{ role: 'user', content: 'hi' }], maxTokens, temperature: 0.7, topP: 1, seed: 1, stop: []
})

describe('ATTACK inference streams: a node answering the orchestrator with hostile frames', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let orchestrator: MaiaPeer
  let responder: Awaited<ReturnType<typeof startScriptedResponder>>
  let claim: NodeIdentityClaim

  const finalFrame = (receipt: Receipt, outputTokens: number) => ({
    type: 'final', stopReason: 'max_tokens', stopSequence: null, usage: { inputTokens: receipt.inputTokens, outputTokens },
    timings: { queueMs: 0, firstTokenMs: 0, totalMs: 1 }, receipt
  })
  const honestReceipt = (signer: Wallet, request: InferenceRequest, text: string, node = responder.wallet.address) => signReceipt(signer, {
    requestId: request.id as `0x${string}`, promptHash: hashInferencePrompt(request), outputHash: hashInferenceOutput(text),
    inputTokens: 2, outputTokens: request.maxTokens, modelHash: MODEL_HASH, node: node as `0x${string}`, chainId: 31337
  })
  const ask = async (request: InferenceRequest, onToken: (text: string, tokens: number) => void = () => {}, callerMs = 6_000) => {
    const started = performance.now()
    const outcome = await requestInference(orchestrator, claim, request, { onToken, signal: AbortSignal.timeout(callerMs), timeouts: TIMEOUTS })
      .then((result) => result, (error: unknown) => error)
    return { outcome, elapsedMs: performance.now() - started }
  }

  beforeAll(async () => {
    directory = await temporaryDirectory()
    responder = await startScriptedResponder(directory.path)
    orchestrator = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
    await orchestrator.dial(responder.peer.getMultiaddrs()[0]!)
    claim = { peerId: responder.peer.peerId.toString(), ethAddress: responder.wallet.address, modelHash: MODEL_HASH, chainId: 31337 }
  })
  afterAll(async () => {
    await orchestrator?.stop()
    await responder?.stop()
    await directory?.remove()
  })

  // A node streams text frames forever and never sends `final`: every frame re-arms the idle
  // deadline, so nothing but the caller's own patience ends the request, and the orchestrator
  // forwards (and buffers) every token. An honest node never sends more token frames than
  // max_tokens (each non-empty frame carries at least one token).
  it('HOLE ends a request whose node streams tokens past max_tokens without a final frame', async () => {
    responder.setScript(async (stream: Stream) => {
      const frames = frameStream(stream)
      await frames.read()
      while (stream.status === 'open') {
        await frames.write(encodeFrame({ type: 'token', text: 'flood ' }))
        await pause(10)
      }
    })
    const request = requestWith('41', 4)
    let tokens = 0
    const { outcome, elapsedMs } = await ask(request, (_text, count) => { tokens += count })
    const summary = `${String(outcome)} after ${elapsedMs.toFixed(0)} ms, ${tokens} tokens forwarded for max_tokens ${request.maxTokens}`
    // Secure: refused by the orchestrator itself (a typed error, not the caller's timeout) once the
    // node exceeds what it may send, and nothing beyond max_tokens (+ slack) reaches the caller.
    expect(tokens, summary).toBeLessThanOrEqual(request.maxTokens + TOKEN_IDS_SLACK)
    expect(elapsedMs, summary).toBeLessThan(3_000)
    expect(outcome, summary).toBeInstanceOf(BaseError)
    expect((outcome as Error).name, summary).not.toBe('TimeoutError')
  }, 15_000)

  // The same node, bounded in frames but not in bytes: one token frame carrying ~1 MiB of text for
  // a request of max_tokens 4, signed for honestly (outputTokens 4). No tokenizer spends 256 KiB a token.
  it('HOLE refuses an answer whose text is far longer than max_tokens tokens can spell', async () => {
    const request = requestWith('42', 4)
    const text = 'x'.repeat(1_000_000)
    const receipt = await honestReceipt(responder.wallet, request, text)
    responder.setScript(async (stream: Stream) => {
      const frames = frameStream(stream)
      await frames.read()
      await frames.write(encodeFrame({ type: 'token', text, tokens: 1 }))
      await frames.write(encodeFrame(finalFrame(receipt, request.maxTokens)))
      await stream.close()
    })
    let bytes = 0
    const { outcome } = await ask(request, (chunk) => { bytes += Buffer.byteLength(chunk) })
    // Secure: refused (e.g. more than max_tokens × 1 KiB of text), before it is forwarded to the caller.
    expect(outcome, `${bytes} bytes forwarded for max_tokens 4`).toBeInstanceOf(InvalidReceiptError)
  }, 15_000)

  it('defended: refuses a replay of a valid, signed final frame from an earlier request with the same prompt', async () => {
    const earlier = requestWith('43')
    const replayed = finalFrame(await honestReceipt(responder.wallet, earlier, 'ok'), earlier.maxTokens)
    responder.setScript(async (stream: Stream) => {
      const frames = frameStream(stream)
      await frames.read()
      await frames.write(encodeFrame({ type: 'token', text: 'ok' }))
      await frames.write(encodeFrame(replayed))
      await stream.close()
    })
    const { outcome } = await ask(requestWith('44'))
    expect(outcome).toBeInstanceOf(InvalidReceiptError)
    expect(String(outcome)).toMatch(/request id differs/)
  })

  it('defended: refuses a receipt for the right text signed by another key than the announced node', async () => {
    const request = requestWith('45')
    const stranger = new Wallet(Wallet.createRandom().privateKey)
    // Claims the announced node's address but is signed by the stranger: the signature does not verify.
    const forged = await honestReceipt(stranger, request, 'ok', responder.wallet.address)
    // Signed honestly by the stranger for itself: the address is not the announced one.
    const foreign = await honestReceipt(stranger, request, 'ok', stranger.address)
    for (const [receipt, reason] of [[forged, /signature does not verify/], [foreign, /signed for another address/]] as const) {
      responder.setScript(async (stream: Stream) => {
        const frames = frameStream(stream)
        await frames.read()
        await frames.write(encodeFrame({ type: 'token', text: 'ok' }))
        await frames.write(encodeFrame(finalFrame(receipt, request.maxTokens)))
        await stream.close()
      })
      const { outcome } = await ask(request)
      expect(outcome).toBeInstanceOf(InvalidReceiptError)
      expect(String(outcome)).toMatch(reason)
    }
  })

  it('defended: refuses garbage tokens followed by a valid signature over other text, and a bill above max_tokens', async () => {
    const request = requestWith('46', 4)
    const overBilled = await signReceipt(responder.wallet, {
      requestId: request.id as `0x${string}`, promptHash: hashInferencePrompt(request), outputHash: hashInferenceOutput('garbage'),
      inputTokens: 2, outputTokens: 5, modelHash: MODEL_HASH, node: responder.wallet.address as `0x${string}`, chainId: 31337
    })
    const otherText = await honestReceipt(responder.wallet, request, 'a proper answer')
    for (const [receipt, outputTokens, reason] of [[otherText, 4, /output hash differs/], [overBilled, 5, /more output tokens than the request allowed/]] as const) {
      responder.setScript(async (stream: Stream) => {
        const frames = frameStream(stream)
        await frames.read()
        await frames.write(encodeFrame({ type: 'token', text: 'garbage' }))
        await frames.write(encodeFrame(finalFrame(receipt, outputTokens)))
        await stream.close()
      })
      const { outcome } = await ask(request)
      expect(outcome).toBeInstanceOf(InvalidReceiptError)
      expect(String(outcome)).toMatch(reason)
    }
  })

  it('defended: a node that accepts and then never sends a final frame is given up within its first-token deadline', async () => {
    responder.setScript(async (stream: Stream) => {
      const frames = frameStream(stream)
      await frames.read()
      await frames.write(encodeFrame({ type: 'accepted', queuePosition: 0 }))
      while (stream.status === 'open') await pause(50)
    })
    const { outcome, elapsedMs } = await ask(requestWith('47'))
    expect(outcome).toBeInstanceOf(BaseError)
    expect((outcome as Error).name).not.toBe('TimeoutError')
    expect(elapsedMs).toBeLessThan(TIMEOUTS.firstTokenMs * 2 + 1_000)
  })
})
