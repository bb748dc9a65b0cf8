import type { ChatHistoryItem, ChatWrapper, LlamaModel, LlamaText, Token } from 'node-llama-cpp'
import type { ChatMessage } from '../protocol/index.ts'

/**
 * How a conversation becomes the prompt a model evaluates: ONE copy, used by the provider node
 * (node/backend/LlamaCppBackend.ts hands `toChatHistory(messages)` to `LlamaChat.generateResponse`)
 * and by the orchestrator's verifier (orchestrator/quality/verification/, which rebuilds the prompt
 * tokens with `buildPromptTokens` and checks the node's answer position by position). A
 * difference between the two would shift every verified position and make honest nodes look
 * dishonest, so neither side keeps its own version.
 */
export interface PromptTokens {
  tokens: Token[]
  /** Texts that end generation besides the request's stop sequences (e.g. ChatML's `<|im_end|>`). */
  stopTexts: string[]
  /** Single tokens that end generation (EOS, EOT, special-token triggers). */
  endTokens: Token[]
}

/**
 * The protocol's messages as node-llama-cpp's chat history. A trailing assistant message is a
 * prefill: the model continues it (the orchestrator resumes an answer a dead node left half-written).
 */
export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  return messages.map((message): ChatHistoryItem => {
    if (message.role === 'system') return { type: 'system', text: message.content }
    if (message.role === 'user') return { type: 'user', text: message.content }
    return { type: 'model', response: [message.content] }
  })
}

/**
 * The prompt tokens exactly as `LlamaChat.generateResponse(toChatHistory(messages))` evaluates
 * them for a history that fits the context: append an empty model turn unless the history already
 * ends with one (a prefill), render with the chat wrapper, tokenize. Also the wrapper's stop
 * triggers, so that an answer's ending can be judged.
 */
export function buildPromptTokens(model: LlamaModel, chatWrapper: ChatWrapper, messages: readonly ChatMessage[]): PromptTokens {
  const history = toChatHistory(messages)
  if (history.at(-1)?.type !== 'model') history.push({ type: 'model', response: [] })
  const { contextText, stopGenerationTriggers } = chatWrapper.generateContextState({ chatHistory: history })
  const endTokens = new Set<Token>()
  const stopTexts: string[] = []
  for (const trigger of stopGenerationTriggers) collectTrigger(model, trigger, endTokens, stopTexts)
  for (const token of [model.tokens.eos, model.tokens.eot]) if (token !== null) endTokens.add(token)
  return { tokens: contextText.tokenize(model.tokenizer), stopTexts, endTokens: [...endTokens] }
}

/** A trigger that is one token ends generation when sampled; a plain-text one behaves like a stop sequence. */
function collectTrigger(model: LlamaModel, trigger: LlamaText, endTokens: Set<Token>, stopTexts: string[]): void {
  const tokens = trigger.tokenize(model.tokenizer, 'trimLeadingSpace')
  const isPlainText = trigger.values.every((value) => typeof value === 'string')
  if (isPlainText) {
    const text = trigger.values.join('')
    if (text.length > 0) stopTexts.push(text)
    return
  }
  const [token] = tokens
  if (tokens.length === 1 && token !== undefined) endTokens.add(token)
}
