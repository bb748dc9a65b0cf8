import { randomBytes } from 'node:crypto'
import type { Logger } from 'pino'
import type { MaiaPeer } from '../../shared/p2p/createPeer.ts'
import type { ChatMessage, FinalFrame } from '../../shared/protocol/inference.ts'
import type { NodeEntry, NodeTable } from '../routing/NodeTable.ts'
import { selectNode } from '../routing/selectNode.ts'
import { AllNodesFailedError, NoNodesAvailableError, NodeRejectedError } from './errors.ts'
import { requestInference, type InferenceTimeouts } from './requestInference.ts'

const CALLER_ERROR_CODES = new Set(['bad_request', 'frame_too_large'])

export interface NetworkGenerationParameters {
  messages: ChatMessage[]
  maxTokens: number
  temperature?: number
  topP?: number
  seed?: number
  stop?: string[]
  /** Only nodes serving this model hash are eligible. */
  modelHash: string
  /** Who the inference is for and how it is paid: opaque here, read by the hooks. */
  context?: InferenceContext
}

export interface InferenceContext {
  sessionId?: string
  /** The paid session (voucher digest) to charge, and who pays. */
  paymentDigest?: string
  payer?: string
  /** Curators of the library passages in the prompt, credited per passage. */
  curators?: Array<{ account: string; passages: number }>
}

/** What `beforeAttempt` holds for one attempt (a budget reservation); released unless the attempt succeeds. */
export interface AttemptHold {
  /** Frees what the attempt held; called on failure, abort or when accounting the answer fails. Idempotent. */
  release(): void
}

/** Economy hooks around each routed inference (payments, receipts); the router itself stays unaware. */
export interface InferenceHooks {
  /**
   * Called for the chosen node before it is dialed; throwing refuses the request (e.g. 402). What it
   * returns is released if the attempt fails or is aborted, and handed to `afterSuccess` otherwise.
   */
  beforeAttempt?(entry: NodeEntry, parameters: NetworkGenerationParameters): Promise<AttemptHold | undefined>
  /** Called once a node's final frame and receipt have been verified; settles the attempt's hold. */
  afterSuccess?(entry: NodeEntry, parameters: NetworkGenerationParameters, outcome: { text: string; final: FinalFrame }, hold: AttemptHold | undefined): Promise<void>
}

export interface NetworkGenerationResult {
  text: string
  final: FinalFrame
  peerId: string
  /** Nodes tried before the one that answered. */
  failedAttempts: Array<{ peerId: string; error: string }>
}

export interface NetworkInference {
  generate(parameters: NetworkGenerationParameters, options: { onToken: (text: string) => void; signal: AbortSignal }): Promise<NetworkGenerationResult>
}

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
}

/**
 * Routes a generation to a node chosen by power of two choices, and fails over: if the node
 * fails before its first token reaches the caller, the request is retried on another node,
 * invisibly to the caller. After the first token, a failure is the caller's to see.
 */
export function createNetworkInference(components: NetworkInferenceComponents): NetworkInference {
  const random = components.random ?? Math.random
  const now = components.now ?? Date.now
  const newRequestId = components.newRequestId ?? ((): `0x${string}` => `0x${randomBytes(32).toString('hex')}`)
  const maxAttempts = components.maxAttempts ?? 3
  const log = components.logger.child({ component: 'orchestrator:router' })

  return {
    async generate(parameters, { onToken, signal }) {
      const failedAttempts: Array<{ peerId: string; error: string }> = []
      const tried = new Set<string>()
      for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
        const candidates = components.table.routable((entry) =>
          !tried.has(entry.record.peerId) &&
          entry.record.model.hash === parameters.modelHash &&
          (components.isEligible?.(entry) ?? true))
        const chosen = selectNode(candidates, random)
        if (chosen === undefined) break
        const peerId = chosen.record.peerId
        tried.add(peerId)
        const request = {
          type: 'request' as const,
          id: newRequestId(),
          messages: parameters.messages,
          maxTokens: parameters.maxTokens,
          temperature: parameters.temperature ?? 0.7,
          topP: parameters.topP ?? 1,
          seed: parameters.seed,
          stop: parameters.stop ?? []
        }
        const hold = await components.hooks?.beforeAttempt?.(chosen, parameters)
        let delivered = false
        const sentAt = now()
        let firstTokenMs: number | null = null
        chosen.outstanding += 1
        let outcome: Awaited<ReturnType<typeof requestInference>> | undefined
        try {
          outcome = await requestInference(components.peer, {
            peerId, ethAddress: chosen.record.ethAddress, modelHash: chosen.record.model.hash, chainId: components.chainId
          }, request, {
            signal,
            timeouts: components.timeouts,
            onToken: (text) => {
              if (!delivered) firstTokenMs = now() - sentAt
              delivered = true
              onToken(text)
            }
          })
          components.table.recordSuccess(peerId, firstTokenMs)
        } catch (error) {
          // Whatever the attempt held (its budget reservation) goes back: a failed attempt costs nothing.
          hold?.release()
          if (signal.aborted) throw error
          // The node refused what we sent it: the request's fault, not the node's, and no other node
          // would take it either. Retrying would only quarantine healthy nodes.
          if (error instanceof NodeRejectedError && CALLER_ERROR_CODES.has(error.code)) throw error
          const busy = error instanceof NodeRejectedError && error.code === 'busy'
          if (!busy) components.table.recordFailure(peerId)
          const message = error instanceof Error ? error.message : String(error)
          log.warn({ peerId, err: message, delivered }, 'node failed')
          if (delivered) throw error
          failedAttempts.push({ peerId, error: message })
        } finally {
          chosen.outstanding -= 1
        }
        if (outcome === undefined) continue
        // Outside the try: a failure to account for an answer is not the node's failure.
        try {
          await components.hooks?.afterSuccess?.(chosen, parameters, outcome, hold)
        } finally {
          hold?.release()
        }
        return { text: outcome.text, final: outcome.final, peerId, failedAttempts }
      }
      if (failedAttempts.length === 0) throw new NoNodesAvailableError({ modelHash: parameters.modelHash })
      throw new AllNodesFailedError(failedAttempts)
    }
  }
}
