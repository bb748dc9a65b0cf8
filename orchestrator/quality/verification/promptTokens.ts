import type { ChatHistoryItem, ChatWrapper, LlamaModel, LlamaText, Token } from 'node-llama-cpp'
import type { ChatMessage } from '../../../shared/protocol/index.ts'

/**
 * The prompt exactly as a provider node feeds it to the model, so that verifier positions line up
 * with the node's: the node's `toChatHistory` (node/backend/LlamaCppBackend.ts) followed by what
 * `LlamaChat.generateResponse` does with a history that fits the context (append an empty model
 * turn unless the history already ends with one, render it with the chat wrapper, tokenize).
 *
 * COPY of node code: node/ and orchestrator/ may share only shared/, so this lives here until the
 * node's `toChatHistory` moves to shared/ (reported as a needed change).
 */
export interface PromptTokens {
  tokens: Token[]
  /** Texts that end generation besides the request's stop sequences (e.g. ChatML's `<|im_end|>`). */
  stopTexts: string[]
  /** Single tokens that end generation (EOS, EOT, special-token triggers). */
  endTokens: Token[]
}

export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  return messages.map((message): ChatHistoryItem => {
    if (message.role === 'system') return { type: 'system', text: message.content }
    if (message.role === 'user') return { type: 'user', text: message.content }
    return { type: 'model', response: [message.content] }
  })
}

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
