import type { ChatMessage } from '../../shared/protocol/index.ts'
import type { TokenCounter } from '../maia/tokens/index.ts'

/**
 * Tokens a chat template may add around the messages (BOS, headers, a default system preamble).
 * Generous on purpose: an honest node must never exceed a bound.
 */
export const TEMPLATE_ALLOWANCE_TOKENS = 64
/** Tokens a template may add per message (role header, separators, end of turn). */
export const PER_MESSAGE_TOKENS = 8
/** Output tokens that decode to no text (end of generation, a control token). */
export const SILENT_OUTPUT_TOKENS = 4
/** Slack over the orchestrator's own tokenizer count (tokenizing whole messages vs. the template). */
export const TOKENIZER_TOLERANCE = 0.1

/** The orchestrator's tokenizer, and the model (GGUF SHA-256) it is exact for. */
export interface UsageTokenizer {
  counter: TokenCounter
  /** Lowercase 0x hex; the tokenizer bounds only nodes announcing this model. */
  modelHash: string
}

/** The most tokens an inference can honestly have used; a node's receipt above either is a lie. */
export interface UsageBounds {
  inputTokens: number
  outputTokens: number
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/**
 * Upper bounds of an inference's usage from what the orchestrator itself sent and received, never
 * from the node. Every text tokenizer used by GGUF models (BPE or SentencePiece with byte fallback)
 * spends at least one byte of text per token, so UTF-8 bytes bound the count for any model; with the
 * served model's own tokenizer the bound is its count plus a tolerance. Output is also bounded by
 * the request's `maxTokens`. Input includes the output once more, because a llama.cpp node meters
 * each generated token again when it evaluates it for the next step.
 *
 * @example
 * usageBounds({ messages: [{ role: 'user', content: 'hi' }], text: 'hello', maxTokens: 16, modelHash })
 * // { inputTokens: 2 + 8 + 64 + 9, outputTokens: 9 }
 */
export function usageBounds(input: {
  messages: readonly ChatMessage[]
  /** The text the orchestrator received; absent before dispatch (the worst case is used). */
  text?: string
  maxTokens: number
  /** The model the serving node announced. */
  modelHash: string
  tokenizer?: UsageTokenizer | undefined
}): UsageBounds {
  const exact = input.tokenizer !== undefined && input.tokenizer.modelHash.toLowerCase() === input.modelHash.toLowerCase() ? input.tokenizer.counter : undefined
  const countText = (text: string): number => exact === undefined ? bytes(text) : Math.min(bytes(text), Math.ceil(exact.count(text) * (1 + TOKENIZER_TOLERANCE)))
  const outputTokens = input.text === undefined
    ? input.maxTokens
    : Math.min(input.maxTokens, countText(input.text) + SILENT_OUTPUT_TOKENS)
  const prompt = input.messages.reduce((sum, message) => sum + countText(message.content) + PER_MESSAGE_TOKENS, TEMPLATE_ALLOWANCE_TOKENS)
  return { inputTokens: prompt + outputTokens, outputTokens }
}
