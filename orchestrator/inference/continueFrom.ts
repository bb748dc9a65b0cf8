import type { ChatMessage, Usage } from '../../shared/protocol/index.ts'

/** What one node contributed to an answer: its text, and its signed usage when it finished. */
export interface AnswerSegment {
  peerId: string
  text: string
  /** Tokens streamed, as the node's token frames count them (each frame at least one, at most its bytes). */
  tokens: number
  /** The node's own usage from its verified receipt; absent for a node that died mid-answer. */
  usage?: Usage
}

/**
 * The conversation to send the next node when a node died after streaming `partial`: the same
 * prompt with the partial answer as a trailing assistant message, which nodes continue as a
 * prefill (node-llama-cpp's `LlamaChat` continues a last model turn and returns only the new
 * text). A conversation that already ended with an assistant prefill has the partial appended.
 */
export function continueFrom(messages: readonly ChatMessage[], partial: string): ChatMessage[] {
  const last = messages.at(-1)
  if (last?.role === 'assistant') return [...messages.slice(0, -1), { role: 'assistant', content: last.content + partial }]
  return [...messages, { role: 'assistant', content: partial }]
}

/**
 * The usage reported for an answer several nodes wrote: the sum of each node's part. A node
 * that finished counts its signed usage (the next node's input includes the earlier partial
 * answer, which it really processed); one that died counts the tokens it streamed as output
 * and no input, since it signed nothing and is paid nothing.
 */
export function sumUsage(segments: readonly AnswerSegment[]): Usage {
  return segments.reduce<Usage>((sum, segment) => ({
    inputTokens: sum.inputTokens + (segment.usage?.inputTokens ?? 0),
    outputTokens: sum.outputTokens + (segment.usage?.outputTokens ?? segment.tokens)
  }), { inputTokens: 0, outputTokens: 0 })
}
