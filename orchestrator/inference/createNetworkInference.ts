import type { Logger } from 'pino'
import type { MaiaPeer } from '../../shared/p2p/index.ts'
import type { NodeEntry, NodeTable } from './NodeTable.ts'
import { selectNode } from './selectNode.ts'
import { continueFrom, sumUsage, type AnswerSegment } from './continueFrom.ts'
import type { AttemptHold, InferenceHooks, NetworkInference, NetworkObserver, ServedInference } from './NetworkInference.ts'

export type { AttemptHold, InferenceContext, InferenceHooks, NetworkGenerationParameters, NetworkGenerationResult, NetworkInference, NetworkObserver, ServedInference } from './NetworkInference.ts'
import { createAdmission, DEFAULT_ADMISSION, type AdmissionOptions } from './createAdmission.ts'
import { AllNodesFailedError, InvalidReceiptError, NoNodesAvailableError, NodeRejectedError, NodeStreamError } from './errors.ts'
import { createRandomPool, createSignatureChecker } from '../../shared/protocol/index.ts'
import { requestInference, type InferenceTimeouts } from './requestInference.ts'
import { createInferenceStreams, type InferenceStreamsInit } from './inferenceStreams.ts'

const CALLER_ERROR_CODES = new Set(['bad_request', 'frame_too_large'])

/**
 * How long nodes gather tokens for a caller that waits for the whole reply: a 50-token answer
 * travels in one or two frames instead of one per 10 ms, and a node that dies mid-answer has
 * still reported its progress (for continuing elsewhere) at most this long ago.
 */
export const WHOLE_REPLY_FRAME_INTERVAL_MS = 500

export interface NetworkInferenceComponents {
  peer: MaiaPeer
  table: NodeTable
  logger: Logger
  random?: () => number
  newRequestId?: () => `0x${string}`
  now?: () => number
  /** Nodes tried per request before giving up. */
  maxAttempts?: number
  /** Deadlines for a node's first token and for silence between tokens. */
  timeouts?: InferenceTimeouts
  hooks?: InferenceHooks
  /** The chain id receipts must be signed for. */
  chainId?: number
  /** Extra eligibility rule (stake, registry...), applied on top of freshness and model. */
  isEligible?: (entry: NodeEntry) => boolean
  /** Per-node load limits and the bounded line requests wait in while every node is full. */
  admission?: AdmissionOptions
  observer?: NetworkObserver
  /**
   * Hears each node's verified answer with its receipt, after the economy has accounted for it
   * (quality sampling draws from these). For an answer continued across nodes, the node that
   * finished it is heard with the request it was sent (the earlier part as an assistant prefill)
   * and only its own part: that is what its receipt covers, and a node that lies only on
   * continuations must be sampled too. Never called for `onlyPeer` requests. Must not throw.
   */
  onServed?: (served: ServedInference) => void
  /** Relative preference among eligible nodes (reputation), in (0, 1]; 1 for every node when absent. */
  weightOf?: (entry: NodeEntry) => number
  /** Seeds requests that carry none, so every request looks alike and sampled peers can repeat it. */
  newSeed?: () => number
  /** Streams kept open between requests to nodes serving `/maia/infer/1.1.0` (default), or `{ reuse: false }`: one stream per request. */
  streams?: InferenceStreamsInit
}


/**
 * Routes a generation to a node chosen by power of two choices, and fails over: if the node
 * fails before its first token reaches the caller, the request is retried on another node,
 * invisibly to the caller. A node that dies after streaming part of the answer is continued
 * by another from that part (sent as an assistant prefill), so the caller sees one answer;
 * each node's receipt covers only its own part. Each node
 * gets at most what it announces it can hold; when every node is full, requests wait in a
 * bounded line and are then refused with {@link NetworkFullError} (429), never by sidelining nodes.
 */
export function createNetworkInference(components: NetworkInferenceComponents): NetworkInference {
  const random = components.random ?? Math.random
  const now = components.now ?? Date.now
  const randomValues = createRandomPool()
  const newRequestId = components.newRequestId ?? ((): `0x${string}` => `0x${randomValues.hex(32)}`)
  const newSeed = components.newSeed ?? ((): number => randomValues.uint32())
  const maxAttempts = components.maxAttempts ?? 3
  const log = components.logger.child({ component: 'orchestrator:router' })
  // A receipt's signature is checked on the path, natively (~0.08 ms; see createSignatureChecker).
  const signers = createSignatureChecker()
  // One stream per request cost a protocol negotiation, a peer-store write and the stream's
  // opening and closing frames; streams to 1.1.0 nodes now carry one request after another.
  const streams = createInferenceStreams(components.peer, { now, ...components.streams })

  const admission = createAdmission({ ...components.admission, now })
  const busyHoldMs = components.admission?.recheckMs ?? DEFAULT_ADMISSION.recheckMs * 2
  const maxWaitMs = components.admission?.maxWaitMs ?? DEFAULT_ADMISSION.maxWaitMs

  return {
    async generate(parameters, { onToken, signal, wholeReply = false }) {
      const failedAttempts: Array<{ peerId: string; error: string }> = []
      const tried = new Set<string>()
      // Waiting for room (nodes answering busy included) is bounded by one deadline per request.
      let deadline = now() + maxWaitMs
      // What earlier nodes streamed before dying; the next node continues from it.
      const segments: AnswerSegment[] = []
      const streamed = (): string => segments.map((segment) => segment.text).join('')
      // Every request carries a seed: sampled peers repeat it exactly, and no field tells them apart.
      const seed = parameters.seed ?? newSeed()
      // Whose request it is travels with a served answer: quality sampling bounds what it keeps per caller.
      const caller = parameters.context?.caller === undefined ? {} : { caller: parameters.context.caller }
      let attemptParameters = parameters
      // A node that died mid-answer made progress and is never tried again: it does not use up
      // the retries meant for nodes failing before their first token.
      while (failedAttempts.length - segments.length < maxAttempts) {
        const chosen = await admission.acquire(() => components.table.routable((entry) =>
          !tried.has(entry.record.peerId) &&
          (parameters.onlyPeer === undefined || entry.record.peerId === parameters.onlyPeer) &&
          entry.record.model.hash === parameters.modelHash &&
          (components.isEligible?.(entry) ?? true)), (open) => selectNode(open, random, components.weightOf), {
          signal, deadline, ...(parameters.context?.caller === undefined ? {} : { owner: parameters.context.caller })
        })
        if (chosen === undefined) break
        const peerId = chosen.record.peerId
        const request = {
          type: 'request' as const,
          id: newRequestId(),
          messages: attemptParameters.messages,
          maxTokens: attemptParameters.maxTokens,
          temperature: parameters.temperature ?? 0.7,
          topP: parameters.topP ?? 1,
          seed,
          stop: parameters.stop ?? []
        }
        let hold: AttemptHold | undefined
        try {
          // A sampled peer's answer is the orchestrator's own check, not user traffic: nothing to
          // reserve or charge, and its receipt goes into the evidence, not the rewards.
          if (parameters.onlyPeer === undefined) hold = await components.hooks?.beforeAttempt?.(chosen, attemptParameters)
        } catch (error) {
          // A refusal of the request (e.g. 402) is not the node's doing: just give its slot back.
          admission.release(chosen)
          throw error
        }
        let delivered = false
        const segment: AnswerSegment = { peerId, text: '', tokens: 0 }
        const sentAt = now()
        let firstTokenMs: number | null = null
        let outcome: Awaited<ReturnType<typeof requestInference>> | undefined
        let backPressure = false
        try {
          outcome = await requestInference(components.peer, {
            peerId, ethAddress: chosen.record.ethAddress, modelHash: chosen.record.model.hash, chainId: components.chainId,
            believedQueuePosition: believedQueuePosition(chosen)
          }, request, {
            signal,
            timeouts: components.timeouts,
            signers,
            streams,
            ...(wholeReply ? { frameIntervalMs: WHOLE_REPLY_FRAME_INTERVAL_MS } : {}),
            onToken: (text, tokens) => {
              if (!delivered) firstTokenMs = now() - sentAt
              delivered = true
              segment.text += text
              segment.tokens += tokens
              onToken(text)
            }
          })
          // Speed as seen from here: tokens after the first over the time since it arrived.
          const firstTokenAt = firstTokenMs === null ? undefined : sentAt + firstTokenMs
          components.table.recordSuccess(peerId, firstTokenMs, firstTokenAt === undefined ? undefined : { tokens: segment.tokens - 1, ms: now() - firstTokenAt })
          components.observer?.receiptVerified?.(peerId)
        } catch (error) {
          if (error instanceof InvalidReceiptError) components.observer?.receiptRefused?.({ peerId, reason: String(error.details.reason) })
          // Whatever the attempt held (its budget reservation) goes back: a failed attempt costs nothing.
          hold?.release()
          if (signal.aborted) throw error
          // The node refused what we sent it: the request's fault, not the node's, and no other node
          // would take it either. Retrying would only quarantine healthy nodes.
          if (error instanceof NodeRejectedError && CALLER_ERROR_CODES.has(error.code)) throw error
          backPressure = isBackPressure(error, chosen)
          if (!backPressure) {
            components.table.recordFailure(peerId)
            tried.add(peerId)
            const message = error instanceof Error ? error.message : String(error)
            log.warn({ peerId, err: message, delivered }, 'node failed')
            // Only a node that died or broke down is continued from; one whose receipt lied about
            // what it streamed is not (its text is suspect), and the caller sees the error.
            if (delivered && !isBreakdown(error)) throw error
            failedAttempts.push({ peerId, error: message })
            components.observer?.failover?.({ peerId, resumed: delivered })
            if (delivered) {
              // Died mid-answer: the next node continues the same answer from what was streamed.
              segments.push(segment)
              attemptParameters = {
                ...parameters,
                messages: continueFrom(parameters.messages, streamed()),
                maxTokens: Math.max(1, parameters.maxTokens - segments.reduce((sum, part) => sum + part.tokens, 0))
              }
              deadline = now() + maxWaitMs
              log.info({ peerId, streamedCharacters: streamed().length }, 'continuing the answer on another node')
            }
          }
        } finally {
          admission.release(chosen)
        }
        if (backPressure) {
          // Full, not broken: hold the node back briefly and wait for room (here or elsewhere).
          components.table.recordBusy(peerId, busyHoldMs)
          log.debug({ peerId }, 'node busy; waiting for room')
          continue
        }
        components.table.recordSlotFreed(peerId)
        if (outcome === undefined) continue
        // Outside the try: a failure to account for an answer is not the node's failure.
        try {
          if (parameters.onlyPeer === undefined) await components.hooks?.afterSuccess?.(chosen, attemptParameters, outcome, hold)
        } finally {
          hold?.release()
        }
        if (segments.length === 0) {
          if (parameters.onlyPeer === undefined) components.onServed?.({ entry: chosen, request, text: outcome.text, final: outcome.final, wholeReply, ...caller })
          return { text: outcome.text, final: outcome.final, usage: outcome.final.usage, peerId, failedAttempts, segments: [{ ...segment, usage: outcome.final.usage }] }
        }
        // The node that finished the answer is judged on its own part, for the request it was sent.
        if (parameters.onlyPeer === undefined) components.onServed?.({ entry: chosen, request, text: outcome.text, final: outcome.final, wholeReply, ...caller })
        const parts = [...segments, { ...segment, usage: outcome.final.usage }]
        const usage = sumUsage(parts)
        // The last node's token ids cover only its own part of the combined answer: not passed on.
        const { tokens: _ownPartOnly, ...last } = outcome.final
        return { text: streamed() + outcome.text, final: { ...last, usage }, usage, peerId, failedAttempts, segments: parts }
      }
      // A node died mid-answer and no other could continue it: the caller has seen tokens already.
      if (segments.length > 0) throw new AllNodesFailedError(failedAttempts)
      if (failedAttempts.length === 0) throw new NoNodesAvailableError({ modelHash: parameters.modelHash })
      throw new AllNodesFailedError(failedAttempts)
    }
  }
}

/**
 * A node that says it is full, or whose stream is refused before it answered anything while it
 * runs all it announced, is pushing back: that is load, never a failure to quarantine it for.
 */
function isBackPressure(error: unknown, entry: NodeEntry): boolean {
  if (error instanceof NodeRejectedError) return error.code === 'busy'
  if (!(error instanceof NodeStreamError) || error.answered || !refusedByReset(error)) return false
  const { maxConcurrent, inFlight } = entry.record
  return entry.outstanding > maxConcurrent || inFlight >= maxConcurrent
}

/**
 * A full node refuses a stream by resetting it. A node that cannot be reached at all (its process
 * killed: the dial is refused, the connection closed) is not busy, however loaded it last said it was.
 */
function refusedByReset(error: NodeStreamError): boolean {
  for (let cause: unknown = error.cause; cause instanceof Error; cause = cause.cause) {
    if (cause.name === 'StreamResetError') return true
  }
  return false
}

/** The node went away or broke down mid-answer (as opposed to answering something invalid). */
function isBreakdown(error: unknown): boolean {
  return error instanceof NodeStreamError || (error instanceof NodeRejectedError && error.code === 'internal')
}

/**
 * How deep in the node's queue a new request of ours can believably land: what its last record
 * said was waiting, as much again plus two for what other orchestrators sent since that record
 * (seconds old; a busy queue grows faster), and our own other requests on it. A node announcing an
 * empty queue that then claims position 16 is waited for 3 first-token deadlines, not 17.
 */
function believedQueuePosition(entry: NodeEntry): number {
  return 2 * entry.record.queueDepth + 2 + Math.max(0, entry.outstanding - 1)
}
