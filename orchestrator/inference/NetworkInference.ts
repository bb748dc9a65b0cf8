/** The network router's interface: what it takes, what it returns, and the hooks around each attempt (implementation: createNetworkInference.ts). */
import type { ChatMessage, FinalFrame, InferenceRequest, Usage } from '../../shared/protocol/index.ts'
import type { AnswerSegment } from './continueFrom.ts'
import type { NodeEntry } from './NodeTable.ts'

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
  /**
   * Only this node may answer (quality sampling asks named peers the same prompt): no failover to
   * another node, and the answer is not itself offered for sampling. The request on the wire is
   * the same as any other.
   */
  onlyPeer?: string
}

export interface InferenceContext {
  sessionId?: string
  /** Whose request this is (the API key id): one caller may hold only its share of the waiting line. */
  caller?: string
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

/** Hears what the router does, for metrics; every method optional, none may throw. */
export interface NetworkObserver {
  /** A node failed a request and another is tried: `resumed` when it had streamed part of the answer. */
  failover?(event: { peerId: string; resumed: boolean }): void
  /** A node's final frame and receipt checked out. */
  receiptVerified?(peerId: string): void
  /** A node's receipt was refused; `reason` is one of {@link InvalidReceiptError}'s fixed phrases. */
  receiptRefused?(event: { peerId: string; reason: string }): void
}

export interface NetworkGenerationResult {
  /** The whole answer, as the caller saw it streamed (across nodes when one died mid-answer). */
  text: string
  /**
   * The last node's final frame; when several nodes wrote the answer its `usage` is their sum
   * (as `usage` below) while its receipt stays the last node's own. Each part is in `segments`.
   */
  final: FinalFrame
  /** Usage of the whole answer: the sum over `segments`. */
  usage: Usage
  /** Who wrote which part of the answer, in order. */
  segments: AnswerSegment[]
  /** The node that finished the answer. */
  peerId: string
  /** Nodes tried before the one that answered. */
  failedAttempts: Array<{ peerId: string; error: string }>
}

export interface NetworkInference {
  /** `wholeReply`: the caller shows nothing until the end, so nodes may gather tokens into a few frames. */
  generate(parameters: NetworkGenerationParameters, options: { onToken: (text: string) => void; signal: AbortSignal; wholeReply?: boolean }): Promise<NetworkGenerationResult>
}

/** One node's whole answer, as sent, streamed and signed. */
export interface ServedInference {
  entry: NodeEntry
  request: InferenceRequest
  text: string
  final: FinalFrame
  /** Whether it travelled as a whole reply (a frame interval asked for): a sampled re-ask of it must travel the same way. */
  wholeReply: boolean
  /** Whose request it was (`context.caller`, the API key id): what quality sampling keeps of it is bounded per caller. */
  caller?: string
}
