import { closeStream } from '../../shared/p2p/index.ts'
import type { Connection, Stream } from '@libp2p/interface'
import type { Wallet } from 'ethers'
import type { Logger } from 'pino'
import { DEFAULT_SESSION_IDLE_MS, MAX_FRAME_BYTES } from '../../shared/protocol/index.ts'
import { decodeInferenceRequest, encodeFrame } from '../../shared/protocol/index.ts'
import { FrameChannel, isFrameTooLarge } from '../../shared/protocol/index.ts'
import { type ErrorFrame, type InferenceRequest, type FinalFrame, type InferenceErrorCode, type ResponseFrame } from '../../shared/protocol/index.ts'
import { hashInferenceOutput, hashInferencePrompt, signReceipt } from '../../shared/protocol/index.ts'
import type { InferenceBackend } from '../backend/InferenceBackend.ts'
import { QueueFullError, type RequestQueue } from './RequestQueue.ts'
import type { ThroughputMeter } from './ThroughputMeter.ts'

/** What serving one inference stream needs; {@link inferenceServer} passes its init through. */
export interface InferenceStreamInit {
  backend: () => InferenceBackend
  /** False while the node must not serve (unstaked, stale model): requests get `model_unavailable`. */
  isServing?: () => boolean
  queue: RequestQueue
  wallet: Wallet
  chainId: number
  throughput: ThroughputMeter
  logger: Logger
  now: () => number
  /** How long a client may take to send its request frame. */
  requestTimeoutMs?: number
  /** How long a `/maia/infer/1.1.0` stream waits for its next request before it is closed (DEFAULT_SESSION_IDLE_MS). */
  sessionIdleMs?: number
  /** Whether this peer may request inference (an orchestrator the node serves); default: anyone. */
  isAuthorized?: (peerId: string) => boolean
  /** How long tokens after the first are gathered into one frame (0: only while a frame is being written). */
  tokenCoalesceMs?: number
  /** Hears each request served or refused, for metrics. */
  observer?: InferenceServerObserver
}

/** What the server reports of each request; neither method may throw. */
export interface InferenceServerObserver {
  /** Answered with a receipt: its output tokens, first token (from arrival) and generation time (from the first token). */
  served(event: { outputTokens: number; firstTokenMs: number | null; generationMs: number }): void
  /** Answered with an error frame (a client going away gets none, and is not counted). */
  refused(code: InferenceErrorCode): void
}

/** Tokens after the first are sent at most every 10 ms: far below what a reader notices. */
export const DEFAULT_TOKEN_COALESCE_MS = 10

/**
 * Serves one `/maia/infer/1.0.0` stream: read one request, stream tokens, finish with a
 * signed receipt. With `sequential` (`/maia/infer/1.1.0`) the stream then waits for the next
 * request, up to `sessionIdleMs`, and so on: one request at a time, the same frames. Malformed or
 * oversized frames get an error frame and the stream is closed (every error frame ends the
 * stream); nothing a client sends can take the node down. When the client goes away, generation stops.
 * With `acceptedOnlyWhenQueued` (`/maia/infer/1.3.0`) no request hears `accepted` at position 0.
 */
export async function serveInferenceStream(stream: Stream, connection: Pick<Connection, 'remotePeer'>, components: InferenceStreamInit, options: { sequential?: boolean; acceptedOnlyWhenQueued?: boolean } = {}): Promise<void> {
  const log = components.logger
  // Frames cut out of what arrives in one pass (the orchestrator reads them the same way): lpStream
  // read a request's length prefix a byte at a time, each a promise, and threw a RangeError to say a
  // prefix was incomplete. A frame over the limit leaves the stream open for the error frame.
  const messages = new FrameChannel(stream, { abortStreamOnFailure: false })
  const abort = new AbortController()
  const onClose = (): void => abort.abort(new Error('client went away'))
  stream.addEventListener('close', onClose, { once: true })

  // Frames are written one after another even though tokens arrive from a synchronous callback.
  // A frame may be given as a function, built only when its turn to be written comes.
  let writing: Promise<void> = Promise.resolve()
  const send = (frame: ResponseFrame | (() => ResponseFrame)): Promise<void> => {
    writing = writing.then(() => messages.write(encodeFrame(typeof frame === 'function' ? frame() : frame), { signal: abort.signal })).catch((error: unknown) => {
      abort.abort(error)
    })
    return writing
  }
  const fail = async (code: InferenceErrorCode, message: string): Promise<void> => {
    const frame: ErrorFrame = { type: 'error', code, message }
    components.observer?.refused(code)
    await send(frame)
  }
  let flushTimer: NodeJS.Timeout | undefined

  /** Answers one request to its final frame; throws what the backend throws. */
  const serveRequest = async (request: InferenceRequest): Promise<void> => {
    // The first token leaves at once; later ones are gathered for `tokenCoalesceMs` (and while a
    // frame is being written) into one frame. Every frame costs an encryption, a mux header and a
    // write on both hops and an SSE event: one frame per token made the orchestrator's CPU per
    // request grow with the reply, while a 10 ms batch is invisible to a reader.
    // A request that names its own interval (`/maia/infer/1.2.0`: its caller shows nothing until
    // the reply is whole) gets every token gathered, the first one included.
    const coalesceMs = request.frameIntervalMs ?? components.tokenCoalesceMs ?? DEFAULT_TOKEN_COALESCE_MS
    const firstTokenAtOnce = request.frameIntervalMs === undefined
    let pendingText = ''
    let pendingTokens = 0
    let flushScheduled = false
    let sentFirstToken = false
    const enqueueFlush = (): void => {
      flushTimer = undefined
      void send(() => {
        flushScheduled = false
        const frame: ResponseFrame = pendingTokens > 1 ? { type: 'token', text: pendingText, tokens: pendingTokens } : { type: 'token', text: pendingText }
        pendingText = ''
        pendingTokens = 0
        return frame
      })
    }
    const queueToken = (text: string): void => {
      pendingText += text
      pendingTokens += 1
      if (flushScheduled) return
      flushScheduled = true
      if ((sentFirstToken || !firstTokenAtOnce) && coalesceMs > 0) {
        flushTimer = setTimeout(enqueueFlush, coalesceMs)
      } else {
        sentFirstToken = true
        enqueueFlush()
      }
    }
    /** Sends gathered tokens now: nothing may follow the final frame. */
    const flushPendingTokens = (): void => {
      if (flushTimer === undefined) return
      clearTimeout(flushTimer)
      enqueueFlush()
    }

    const receivedAt = components.now()
    let startedAt = receivedAt
    let firstTokenAt: number | null = null
    // The backend is taken when the request starts, not when it arrives: a model switch while it
    // waited in line must not hand it a model that is being disposed.
    let backend: InferenceBackend | undefined
    const result = await components.queue.run(async () => {
      startedAt = components.now()
      backend = components.backend()
      return backend.generate(request, {
        signal: abort.signal,
        onText: (text) => {
          if (text.length === 0) return
          firstTokenAt ??= components.now()
          queueToken(text)
        }
      })
    }, {
      signal: abort.signal,
      // `accepted` at position 0 tells a caller nothing its own first-token deadline does not: a
      // request that names its frame interval (1.2.0) hears it only when it waits in line. For a
      // non-streamed call that is one frame, one wake-up and one parse fewer on the orchestrator.
      // On 1.3.0 the same holds for every request.
      onQueued: (queuePosition) => { if (queuePosition > 0 || (request.frameIntervalMs === undefined && options.acceptedOnlyWhenQueued !== true)) void send({ type: 'accepted', queuePosition }) }
    })

    const finishedAt = components.now()
    components.throughput.record(result.usage.outputTokens, finishedAt - (firstTokenAt ?? startedAt))
    const receipt = await signReceipt(components.wallet, {
      requestId: request.id,
      promptHash: hashInferencePrompt(request),
      outputHash: hashInferenceOutput(result.text, result.tokens),
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
      modelHash: backend!.modelHash,
      node: components.wallet.address,
      chainId: components.chainId
    })
    const final: FinalFrame = {
      type: 'final',
      stopReason: result.stopReason,
      stopSequence: result.stopSequence,
      usage: result.usage,
      timings: {
        queueMs: startedAt - receivedAt,
        firstTokenMs: firstTokenAt === null ? null : firstTokenAt - receivedAt,
        totalMs: finishedAt - receivedAt
      },
      receipt,
      // The ids the model generated, for the orchestrator's verifier. The receipt signs the text,
      // not the ids: the verifier holds the node to ids that spell exactly the signed text.
      ...(result.tokens === undefined ? {} : { tokens: result.tokens })
    }
    flushPendingTokens()
    await send(final)
    components.observer?.served({ outputTokens: result.usage.outputTokens, firstTokenMs: final.timings.firstTokenMs, generationMs: finishedAt - (firstTokenAt ?? startedAt) })
    log.info({ requestId: request.id, usage: result.usage, totalMs: final.timings.totalMs }, 'request served')
  }

  try {
    // Both refusals come before the first request is read: they cost the node nothing but one frame.
    const remotePeer = connection.remotePeer.toString()
    if (components.isAuthorized?.(remotePeer) === false) {
      log.warn({ remotePeer }, 'inference refused: peer is not an orchestrator this node serves')
      await fail('unauthorized', 'this node serves only the orchestrators it is configured for')
      return
    }
    for (let served = 0; ; served += 1) {
      const first = served === 0
      if (first && components.queue.full) {
        await fail('busy', 'Node is at capacity')
        return
      }
      let requestBytes: Uint8Array
      try {
        const waitMs = first ? components.requestTimeoutMs ?? 10_000 : components.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS
        const frame = await messages.read({ signal: AbortSignal.any([abort.signal, AbortSignal.timeout(waitMs)]) })
        // The client closed its end after a whole frame: between requests that simply ends the stream.
        if (frame === null) {
          if (!first) return
          await fail('bad_request', 'no complete request frame received')
          return
        }
        requestBytes = frame
      } catch (error) {
        // Between requests, a client that closes its end, goes away or stays silent past the idle
        // limit simply ends the stream.
        if (!first && !isFrameTooLarge(error) && (abort.signal.aborted || stream.remoteWriteStatus !== 'writable' || isTimeout(error))) return
        const tooLarge = isFrameTooLarge(error)
        log.debug({ err: error }, 'could not read request frame')
        await fail(tooLarge ? 'frame_too_large' : 'bad_request', tooLarge ? `request frame exceeds ${MAX_FRAME_BYTES} bytes` : 'no complete request frame received')
        return
      }
      let request
      try {
        request = decodeInferenceRequest(requestBytes)
      } catch (error) {
        await fail('bad_request', error instanceof Error ? error.message : 'invalid request')
        return
      }
      // A later request on a kept stream arrives whenever the client sends it: checked on arrival.
      if (!first && components.queue.full) {
        await fail('busy', 'Node is at capacity')
        return
      }
      if (components.isServing?.() === false) {
        await fail('model_unavailable', 'this node is not serving now (not staked, or not on the active model)')
        return
      }
      await serveRequest(request)
      await writing
      if (options.sequential !== true || abort.signal.aborted) return
    }
  } catch (error) {
    if (abort.signal.aborted) {
      log.info({ reason: String(abort.signal.reason) }, 'request aborted')
    } else if (error instanceof QueueFullError) {
      await fail('busy', error.shortMessage)
    } else {
      log.error({ err: error }, 'inference failed')
      await fail('internal', 'inference failed')
    }
  } finally {
    clearTimeout(flushTimer)
    messages.dispose()
    stream.removeEventListener('close', onClose)
    await writing
    await closeStream(stream)
  }
}

/** Whether a read ended because its time ran out (AbortSignal.timeout's reason). */
function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError'
}
