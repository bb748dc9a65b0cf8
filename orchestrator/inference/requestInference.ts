import { createInferenceStreams, type InferenceStreamDialer, type InferenceStreamLease, type InferenceStreams } from './inferenceStreams.ts'
import { decodeResponseFrame, encodeFrame } from '../../shared/protocol/index.ts'
import type { FinalFrame, InferenceRequest } from '../../shared/protocol/index.ts'
import type { SignerCache } from '../../shared/keys/index.ts'
import { assertReceiptSignature, hashInferenceOutput, hashInferencePrompt } from '../../shared/protocol/index.ts'
import { InvalidReceiptError, NodeRejectedError, NodeStreamError } from './errors.ts'

export interface NodeIdentityClaim {
  peerId: string
  ethAddress: string
  modelHash: string
  /** The chain receipts must be signed for (so one cannot be replayed on another); any when absent. */
  chainId?: number
  /**
   * The deepest queue position the node's own record (and our requests on it) make believable:
   * an `accepted` frame claiming more does not extend the wait for a first token beyond it.
   * {@link MAX_BELIEVED_QUEUE_POSITION} when absent.
   */
  believedQueuePosition?: number
}

export interface InferenceOutcome {
  text: string
  /** The node's final frame, its generated token ids (`final.tokens`, when sent) included. */
  final: FinalFrame
}

/**
 * How many more token ids than billed output tokens a final frame may carry. An honest
 * node-llama-cpp node sends exactly `outputTokens − 1` (the last sampled token ends the answer and
 * is never evaluated); the slack leaves room for backends that count differently. Beyond it the
 * frame contradicts its own bill and is refused like a receipt that does not match: otherwise a
 * node billing one token could hand the verifier 32,768 ids to evaluate. Within it, ids are passed
 * on unchecked: wrong ids (outside the vocabulary, not spelling the text, not what the approved
 * model could sample) are the verifier's to judge, and it judges them dishonest.
 */
export const TOKEN_IDS_SLACK = 8

/**
 * Sends one request to one node over `/maia/infer/1.1.0` (a stream kept between requests) or
 * `/maia/infer/1.0.0` (a stream of its own) and streams its tokens to `onToken`.
 * Resolves with the full text and the node's final frame once the receipt has been checked
 * against what was asked (request id, prompt hash), what was streamed (output hash) and who
 * the node claims to be (ETH address, model hash).
 */
export interface InferenceTimeouts {
  /** Longest wait for the first token, per request ahead in the node's queue (plus one). */
  firstTokenMs: number
  /** Longest silence between frames once tokens flow. */
  idleMs: number
}

export const DEFAULT_INFERENCE_TIMEOUTS: InferenceTimeouts = { firstTokenMs: 30_000, idleMs: 30_000 }

/**
 * The deepest queue position that extends the wait for a first token. A node claiming position
 * 1,000 held the request 8 hours (30 s per position) with no failover; a node queues 16 by
 * default. The router bounds it further by what the node's record announced
 * (`NodeIdentityClaim.believedQueuePosition`): a node announcing an empty queue and claiming
 * position 16 held each request 17 first-token deadlines.
 */
export const MAX_BELIEVED_QUEUE_POSITION = 16

/**
 * The most UTF-8 bytes one generated token may spell. Real vocabularies' longest pieces are tens
 * of bytes (runs of spaces, long words); a node streaming more than `maxTokens` times this has
 * sent text no tokenizer produces in `maxTokens` tokens, whatever its receipt bills.
 */
export const MAX_BYTES_PER_TOKEN = 1_024

export async function requestInference(
  peer: InferenceStreamDialer,
  node: NodeIdentityClaim,
  request: InferenceRequest,
  options: {
    /** Each token frame's text and how many tokens it says it gathers (bounded by its bytes). */
    onToken: (text: string, tokens: number) => void
    signal: AbortSignal
    timeouts?: InferenceTimeouts
    /** How receipt signatures are checked (createSignatureChecker: ~0.08 ms natively); ethers' verifyTypedData (~2-4 ms) when absent. */
    signers?: SignerCache
    /** Where the stream comes from and goes back to (createInferenceStreams): one new stream per request when absent. */
    streams?: InferenceStreams
    /**
     * How long the node may gather tokens into one frame (sent where the node serves
     * `/maia/infer/1.2.0`): for a caller that shows nothing until the reply is whole. The
     * node's own interval (first token at once, then every 10 ms) when absent.
     */
    frameIntervalMs?: number
  }
): Promise<InferenceOutcome> {
  const streams = options.streams ?? createInferenceStreams(peer, { reuse: false })
  const timeouts = options.timeouts ?? DEFAULT_INFERENCE_TIMEOUTS
  // A node that accepts and then stalls must not hold the request forever: its own deadline
  // aborts the attempt, and before the first token that lets the router fail over.
  const attempt = new AbortController()
  const signal = AbortSignal.any([options.signal, attempt.signal])
  // One timer per request: a deadline of the same length as the last is moved by `refresh()`
  // (no new timer per token frame); only a different length (a queue position, the first token)
  // replaces it.
  let timer: NodeJS.Timeout | undefined
  let timerMs = 0
  let deadlineReason = ''
  const arm = (ms: number, reason: string): void => {
    deadlineReason = reason
    if (timer !== undefined && ms === timerMs) {
      timer.refresh()
      return
    }
    clearTimeout(timer)
    timerMs = ms
    // A node that let its deadline pass had its chance: counted as answered, so never taken for back-pressure.
    timer = setTimeout(() => attempt.abort(new NodeStreamError(node.peerId, deadlineReason, { answered: true })), ms)
  }
  arm(timeouts.firstTokenMs, 'no first token in time')
  try {
    // A kept stream that the node closed just as this request went out (its idle limit, 60 s, is
    // twice the orchestrator's) fails before any answer, as a dead node does: the router fails
    // over as for any such failure. Sending it again to the same node was tried and dropped: a
    // node that had just died was asked twice.
    const lease = await acquireStream(streams, node.peerId, signal)
    return await exchange(streams, lease, node, request, options, { signal, attempt, arm, timeouts })
  } finally {
    clearTimeout(timer)
  }
}

async function acquireStream(streams: InferenceStreams, peerId: string, signal: AbortSignal): Promise<InferenceStreamLease> {
  try {
    return await streams.acquire(peerId, { signal })
  } catch (cause) {
    throw new NodeStreamError(peerId, 'dial failed', { cause })
  }
}

/** One request over one lent stream: send it, read the answer to its final frame, give the stream back. */
async function exchange(
  streams: InferenceStreams,
  lease: InferenceStreamLease,
  node: NodeIdentityClaim,
  request: InferenceRequest,
  options: { onToken: (text: string, tokens: number) => void; signal: AbortSignal; signers?: SignerCache; frameIntervalMs?: number },
  attempt: { signal: AbortSignal; attempt: AbortController; arm: (ms: number, reason: string) => void; timeouts: InferenceTimeouts }
): Promise<InferenceOutcome> {
  const { signal, arm, timeouts } = attempt
  const { stream, channel } = lease
  const onAbort = (): void => stream.abort(new Error('request aborted'))
  signal.addEventListener('abort', onAbort, { once: true })
  // Whether any frame came back: a stream refused before that may be a full node pushing back.
  let answered = false
  let finished = false
  let text = ''
  let accepted = false
  // What the node has streamed so far, checked against what the request allows before each frame
  // is passed on: a node that streams past `maxTokens` (with no final frame, re-arming the idle
  // deadline forever) or spells more text than `maxTokens` tokens can is refused, not forwarded.
  let streamedTokens = 0
  let streamedBytes = 0
  const deadlinePassed = (): boolean => attempt.attempt.signal.aborted && !options.signal.aborted
  try {
    try {
      if (signal.aborted) throw signal.reason
      // How the reply travels, not what was asked: the prompt hash and the receipt leave the interval out.
      const framed = lease.framing && options.frameIntervalMs !== undefined ? { ...request, frameIntervalMs: options.frameIntervalMs } : request
      await channel.write(encodeFrame(framed))
    } catch (cause) {
      if (deadlinePassed()) throw attempt.attempt.signal.reason
      throw new NodeStreamError(node.peerId, 'request could not be sent', { cause })
    }
    for (;;) {
      let bytes
      try {
        bytes = await channel.read()
      } catch (cause) {
        if (deadlinePassed()) throw attempt.attempt.signal.reason
        throw new NodeStreamError(node.peerId, 'stream ended without a final frame', { cause, answered })
      }
      if (bytes === null) {
        if (deadlinePassed()) throw attempt.attempt.signal.reason
        throw new NodeStreamError(node.peerId, 'stream ended without a final frame', { answered })
      }
      answered = true
      const frame = decodeResponseFrame(bytes)
      // Only progress re-arms a deadline: the one `accepted` frame a node sends (repeated ones, or
      // one after tokens, would let a node hold the request forever) and tokens with text.
      if (frame.type === 'accepted') {
        if (!accepted && text === '') {
          const believed = Math.min(frame.queuePosition, MAX_BELIEVED_QUEUE_POSITION, node.believedQueuePosition ?? MAX_BELIEVED_QUEUE_POSITION)
          arm(timeouts.firstTokenMs * (believed + 1), 'no first token in time')
        }
        accepted = true
        continue
      }
      if (frame.type === 'token') {
        if (frame.text === '') continue
        const bytes = Buffer.byteLength(frame.text, 'utf8')
        // Every token spends at least a byte of text: a count above that is not believed.
        const tokens = Math.min(frame.tokens ?? 1, bytes)
        streamedTokens += tokens
        streamedBytes += bytes
        if (streamedTokens > request.maxTokens + TOKEN_IDS_SLACK) throw new InvalidReceiptError(node.peerId, 'streamed more tokens than the request allowed')
        if (streamedBytes > request.maxTokens * MAX_BYTES_PER_TOKEN) throw new InvalidReceiptError(node.peerId, 'streamed more text than the request\'s tokens can spell')
        arm(timeouts.idleMs, 'stalled between tokens')
        text += frame.text
        options.onToken(frame.text, tokens)
        continue
      }
      if (frame.type === 'error') throw new NodeRejectedError(node.peerId, frame.code, frame.message)
      assertFinalFrame(frame, node, request, text, options.signers)
      finished = true
      return { text, final: frame }
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    await streams.release(lease, finished)
  }
}

function assertFinalFrame(frame: FinalFrame, node: NodeIdentityClaim, request: InferenceRequest, text: string, signers: SignerCache | undefined): void {
  const { receipt } = frame
  const mismatch = (reason: string): never => { throw new InvalidReceiptError(node.peerId, reason) }
  if (receipt.requestId !== request.id) mismatch('request id differs')
  if (receipt.promptHash !== hashInferencePrompt(request)) mismatch('prompt hash differs')
  if (receipt.outputHash !== hashInferenceOutput(text, frame.tokens)) mismatch('output hash differs from streamed text and token ids')
  if (receipt.node.toLowerCase() !== node.ethAddress.toLowerCase()) mismatch('signed for another address')
  if (receipt.modelHash !== node.modelHash) mismatch('model hash differs from announced')
  if (receipt.inputTokens !== frame.usage.inputTokens || receipt.outputTokens !== frame.usage.outputTokens) mismatch('usage differs')
  if (receipt.outputTokens > request.maxTokens) mismatch('more output tokens than the request allowed')
  if (frame.tokens !== undefined && frame.tokens.length > receipt.outputTokens + TOKEN_IDS_SLACK) mismatch('more token ids than output tokens billed')
  if (node.chainId !== undefined && receipt.chainId !== node.chainId) mismatch(`signed for chain ${receipt.chainId}, not ${node.chainId}`)
  try {
    assertReceiptSignature(receipt, { signers })
  } catch {
    mismatch('signature does not verify')
  }
}
