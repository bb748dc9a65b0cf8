import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestInference, type NodeIdentityClaim } from '../../orchestrator/inference/requestInference.ts'
import { BaseError } from '../../shared/errors/BaseError.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { createPeer, type MaiaPeer } from '../../shared/p2p/createPeer.ts'
import { INFERENCE_PROTOCOL } from '../../shared/protocol/constants.ts'
import { encodeFrame } from '../../shared/protocol/frameCodec.ts'
import { frameStream } from '../helpers/frameStream.ts'
import type { InferenceRequest } from '../../shared/protocol/inference.ts'
import { hashInferenceOutput, hashInferencePrompt, signReceipt } from '../../shared/protocol/receipt.ts'
import { TOKEN_IDS_SLACK } from '../../orchestrator/inference/requestInference.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { fuzzRuns, fuzzTimeout } from './fuzzRuns.ts'

// Issue 12 §5, the other side of the frames boundary: whatever a node answers (bytes, frames in
// any order, a stream left open), the orchestrator's request settles with one of its own typed
// errors (or a checked answer) within its timeouts: a node cannot hang a request or throw a TypeError.

const TIMEOUTS = { firstTokenMs: 150, idleMs: 150 }
const REQUEST: InferenceRequest = { type: 'request', id: `0x${'33'.repeat(32)}`, messages: [{ role: 'user', content: 'hi' }], maxTokens: 4, temperature: 0.7, topP: 1, stop: [] }

const text = fc.string({ unit: 'binary', maxLength: 20 })
const frame = fc.oneof(
  fc.record({ type: fc.constant('accepted'), queuePosition: fc.oneof(fc.nat({ max: 16 }), fc.integer({ min: 17, max: 100_000 }), fc.nat(), fc.double(), fc.constant(-1)) }),
  fc.record({ type: fc.constant('token'), text }),
  fc.record({ type: fc.constant('error'), code: fc.oneof(fc.constantFrom('bad_request', 'frame_too_large', 'busy', 'internal', 'model_unavailable', 'unauthorized'), text), message: text }),
  fc.record({
    type: fc.constant('final'), stopReason: fc.constantFrom('end_turn', 'max_tokens', 'stop_sequence'), stopSequence: fc.constant(null),
    usage: fc.record({ inputTokens: fc.nat(), outputTokens: fc.nat() }),
    timings: fc.record({ queueMs: fc.nat(), firstTokenMs: fc.nat(), totalMs: fc.nat() }),
    receipt: fc.jsonValue({ maxDepth: 2 })
  }),
  fc.jsonValue({ maxDepth: 2 })
)
type Chunk = { framed: Uint8Array } | { raw: Uint8Array }
/** What a rogue or broken node sends back, and whether it then closes or leaves the stream open. */
interface Script { chunks: Chunk[]; close: boolean; /** Send the chunks again and again, this far apart, until the orchestrator gives up. */ dripMs?: number }
const describeChunk = (chunk: Chunk): string => 'raw' in chunk ? `raw ${chunk.raw.byteLength} bytes` : new TextDecoder().decode(chunk.framed)

const answer: fc.Arbitrary<Script> = fc.record({
  chunks: fc.array(fc.oneof(
    { weight: 4, arbitrary: frame.map((value): Chunk => ({ framed: encodeFrame(value as object) })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((raw): Chunk => ({ raw })) }
  ), { maxLength: 6 }),
  close: fc.boolean()
})

describe('fuzzing what a node answers the orchestrator', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let orchestrator: MaiaPeer
  let rogue: MaiaPeer
  let claim: NodeIdentityClaim
  let wallet: Awaited<ReturnType<typeof loadOrCreateIdentity>>['wallet']
  // What the rogue answers next: properties run one exchange at a time.
  let script: Script = { chunks: [], close: true }

  beforeAll(async () => {
    directory = await temporaryDirectory()
    const identity = await loadOrCreateIdentity(join(directory.path, 'rogue'))
    wallet = identity.wallet
    rogue = await createPeer({ privateKey: identity.libp2pKey, listen: ['/ip4/127.0.0.1/tcp/0'] })
    orchestrator = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
    await rogue.handle(INFERENCE_PROTOCOL, async (stream) => {
      const messages = frameStream(stream)
      const { chunks, close, dripMs } = script
      try {
        await messages.read()
        do {
          for (const chunk of chunks) {
            if ('framed' in chunk) await messages.write(chunk.framed)
            else stream.send(chunk.raw)
          }
          if (dripMs !== undefined) await new Promise((resolve) => setTimeout(resolve, dripMs))
        } while (dripMs !== undefined && stream.status === 'open')
        if (close) await stream.close()
      } catch {
        // The orchestrator gave up on the stream: that is its right.
      }
    }, { maxInboundStreams: 1_000 })
    await orchestrator.dial(rogue.getMultiaddrs()[0]!)
    claim = { peerId: rogue.peerId.toString(), ethAddress: identity.wallet.address, modelHash: `0x${'ab'.repeat(32)}` }
  })
  afterAll(async () => {
    await orchestrator?.stop()
    await rogue?.stop()
    await directory?.remove()
  })

  it('does not wait past a bounded queue for a node that says it queued the request far back', async () => {
    script = { chunks: [{ framed: encodeFrame({ type: 'accepted', queuePosition: 1_000 }) }], close: false }
    const started = performance.now()
    const outcome = await requestInference(orchestrator, claim, REQUEST, { onToken: () => {}, signal: AbortSignal.timeout(10_000), timeouts: TIMEOUTS }).then(() => 'resolved', (error: unknown) => error)
    expect(outcome).toBeInstanceOf(BaseError)
    expect(performance.now() - started).toBeLessThan(TIMEOUTS.firstTokenMs * 17 + 1_000)
  }, 15_000)

  // A node that keeps the stream "alive" without ever answering: repeated `accepted` frames, or
  // token frames with no text, each reset the orchestrator's timer and held the request forever.
  it.each([
    ['repeated accepted frames', { type: 'accepted', queuePosition: 0 }],
    ['empty token frames', { type: 'token', text: '' }]
  ])('gives up on a node that drips %s instead of answering', async (_name, drip) => {
    script = { chunks: [{ framed: encodeFrame(drip) }], close: false, dripMs: 50 }
    const started = performance.now()
    const outcome = await requestInference(orchestrator, claim, REQUEST, { onToken: () => {}, signal: AbortSignal.timeout(10_000), timeouts: TIMEOUTS }).then(() => 'resolved', (error: unknown) => error)
    expect(outcome).toBeInstanceOf(BaseError)
    expect((outcome as BaseError).name).not.toBe('TimeoutError')
    expect(performance.now() - started).toBeLessThan(TIMEOUTS.firstTokenMs * 2 + 1_000)
  }, 15_000)

  it('settles with a typed error within its timeouts, whatever the node sends', async () => {
    await fc.assert(fc.asyncProperty(answer, async (next) => {
      script = next
      const started = performance.now()
      const outcome = await requestInference(orchestrator, claim, REQUEST, { onToken: () => {}, signal: AbortSignal.timeout(10_000), timeouts: TIMEOUTS })
        .then(() => 'resolved' as const, (error: unknown) => error)
      const elapsedMs = performance.now() - started
      const context = `${JSON.stringify(next.chunks.map(describeChunk)).slice(0, 400)} close: ${next.close} → ${String(outcome)} after ${elapsedMs.toFixed(0)} ms`
      // No receipt a rogue can make up is valid, so every answer is refused, and by a typed error.
      expect(outcome, context).toBeInstanceOf(BaseError)
      // Bounded by the node's announced queue (at most 16 ahead, the node's default) and the idle
      // timeout per frame, whatever the frames say: never the 10 s of the caller's own signal.
      expect(elapsedMs, context).toBeLessThan(TIMEOUTS.firstTokenMs * 17 + TIMEOUTS.idleMs * 6 + 1_000)
    }), { numRuns: fuzzRuns(150) })
  }, fuzzTimeout(60_000))

  // The final frame's token ids are anything a node likes (it signs them with the text): behind a valid receipt the
  // orchestrator either passes on a well-formed list within the bill's slack (for the verifier to
  // judge) or refuses the frame with a typed error. It never hands on anything else, nor throws.
  it('passes on well-formed token ids behind a valid receipt and refuses any others, with a typed error', async () => {
    const OUTPUT_TOKENS = 3
    // The node signs what it sends: the text and, when they are a list of ids, the ids.
    const receiptFor = (tokens: unknown) => signReceipt(wallet, {
      requestId: REQUEST.id, promptHash: hashInferencePrompt(REQUEST),
      outputHash: hashInferenceOutput('ok', Array.isArray(tokens) && tokens.every((id) => typeof id === 'number') ? tokens as number[] : undefined),
      inputTokens: 2, outputTokens: OUTPUT_TOKENS, modelHash: claim.modelHash as `0x${string}`, node: wallet.address, chainId: 31337
    })
    const ids = fc.oneof(
      fc.array(fc.nat({ max: 2 ** 31 - 1 }), { maxLength: OUTPUT_TOKENS + TOKEN_IDS_SLACK + 4 }),
      fc.array(fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 3 }), fc.constant(null), fc.constant(2 ** 53)), { maxLength: 6 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant(undefined)
    )
    const wellFormed = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.length <= OUTPUT_TOKENS + TOKEN_IDS_SLACK &&
      value.every((id) => Number.isInteger(id) && id >= 0 && id <= 2 ** 31 - 1))
    await fc.assert(fc.asyncProperty(ids, async (tokens) => {
      const receipt = await receiptFor(tokens)
      const final = {
        type: 'final', stopReason: 'max_tokens', stopSequence: null, usage: { inputTokens: 2, outputTokens: OUTPUT_TOKENS },
        timings: { queueMs: 0, firstTokenMs: 0, totalMs: 1 }, receipt, ...(tokens === undefined ? {} : { tokens })
      }
      script = { chunks: [{ framed: encodeFrame({ type: 'token', text: 'ok' }) }, { framed: encodeFrame(final) }], close: true }
      const outcome = await requestInference(orchestrator, claim, REQUEST, { onToken: () => {}, signal: AbortSignal.timeout(10_000), timeouts: TIMEOUTS })
        .then((result) => result, (error: unknown) => error)
      const context = `${JSON.stringify(tokens)?.slice(0, 200)} → ${String(outcome)}`
      if (wellFormed(tokens)) {
        expect(outcome, context).not.toBeInstanceOf(Error)
        expect((outcome as Awaited<ReturnType<typeof requestInference>>).final.tokens, context).toEqual(tokens === undefined ? undefined : JSON.parse(JSON.stringify(tokens)))
      } else {
        expect(outcome, context).toBeInstanceOf(BaseError)
      }
    }), { numRuns: fuzzRuns(100) })
  }, fuzzTimeout(60_000))
})
