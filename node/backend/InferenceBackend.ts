import type { ChatMessage, StopReason, Usage } from '../../shared/protocol/index.ts'

export interface GenerationParameters {
  messages: ChatMessage[]
  maxTokens: number
  temperature: number
  topP: number
  seed?: number
  stop: string[]
}

export interface GenerationResult {
  text: string
  usage: Usage
  stopReason: StopReason
  stopSequence: string | null
  /**
   * The token ids the model evaluated into its context after the prompt, in order: every sampled
   * token but the last one (that one ended the answer and was never decoded), so
   * `usage.outputTokens` = `tokens.length + 1`. The orchestrator's verifier checks them position by
   * position against the approved model (orchestrator/quality/verification/README.md). Absent when
   * a backend cannot tell (the scripted backend), or when they would not be exact (a context shift).
   */
  tokens?: number[]
}

export interface GenerateOptions {
  /** Each chunk of reply text, as soon as it is final (a chat wrapper may hold tokens back). */
  onText: (text: string) => void
  /**
   * Called with the count of tokens the model generated, before they are detokenized or held
   * back; optional, for measurements (a backend may not call it).
   */
  onToken?: (count: number) => void
  signal: AbortSignal
}

/** Something that turns a conversation into text: node-llama-cpp in production, a script in unit tests. */
export interface InferenceBackend {
  readonly modelName: string
  /** SHA-256 of the model file: the model's identity on the network. */
  readonly modelHash: `0x${string}`
  readonly contextSize: number
  /**
   * Generates a reply, calling `onText` for each chunk as it is produced. Rejects with an
   * `AbortError` (or resolves early) once `signal` aborts.
   */
  generate(parameters: GenerationParameters, options: GenerateOptions): Promise<GenerationResult>
  dispose(): Promise<void>
}
