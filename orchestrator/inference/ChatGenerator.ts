import type { ChatMessage, StopReason, Usage } from '../../shared/protocol/index.ts'

/** One chat completion request as the API layer hands it on, dialect-neutral. */
export interface ChatGenerationRequest {
  model: string
  messages: ChatMessage[]
  maxTokens: number
  temperature?: number
  topP?: number
  seed?: number
  stop: string[]
  /** Whose memory to use: `x-maia-user`, Anthropic `metadata.user_id` or OpenAI `user`. */
  userId?: string
  /** Which session to account the request to: `x-maia-session`; a new session when absent. */
  sessionId?: string
  /** The `x-maia-voucher` header value paying for the session, as the caller sent it. */
  voucher?: string
  /** Id (hash) of the caller's API key: a voucher's session is bound to the key that opened it. */
  apiKeyId?: string
  /** Set by the payment gate once the voucher is verified: what to charge, and who pays. */
  payment?: { digest: string; payer: string }
}

export interface ChatGenerationResult {
  /** The served model's name, reported back as the response's `model`. */
  model: string
  text: string
  stopReason: StopReason
  stopSequence: string | null
  usage: Usage
  /** The MAIA route that answered (template, network, claude, safety), for metrics; absent: the network. */
  route?: string
  /**
   * The answering node's own clock (from the request's arrival there), when a node answered: a
   * whole reply's tokens arrive gathered, so its first token and rate are read from these.
   */
  nodeTimings?: { firstTokenMs: number | null; totalMs: number }
}

export interface ChatGenerationOptions {
  onToken: (text: string) => void
  signal: AbortSignal
  /**
   * The caller shows nothing until the reply is whole (a non-streamed API call): tokens may come
   * in a few large batches, which spares each hop a frame, a decryption and a parse per 10 ms.
   */
  wholeReply?: boolean
}

/** What answers the API: the network today; templates and Claude join behind it later. */
export interface ChatGenerator {
  generate(request: ChatGenerationRequest, options: ChatGenerationOptions): Promise<ChatGenerationResult>
  listModels(): Array<{ id: string; createdAt: number }>
  /** The served model's name a request for `requested` will be answered by. */
  modelNameFor(requested: string): string
}
