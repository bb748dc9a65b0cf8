import type { ChatMessage } from '../../../shared/protocol/index.ts'

export interface TokenCounting {
  count(text: string): number
}

export interface WisdomPassage {
  title: string
  author: string
  text: string
  tokens: number
}

/** Token budgets per part of the prompt. Identity is cut last, conversation keeps its latest turns. */
export interface PromptBudgets {
  identity: number
  wisdom: number
  memory: number
  conversation: number
}

export const DEFAULT_PROMPT_BUDGETS: PromptBudgets = { identity: 5_000, wisdom: 20_000, memory: 3_000, conversation: 6_000 }

export interface SystemBlock {
  /** `caller`: a system prompt the API caller sent along. */
  kind: 'identity' | 'wisdom' | 'memory' | 'caller'
  text: string
  /** Stable across turns and users (identity) or across a session (wisdom): worth caching. */
  cacheable: boolean
}

export interface AssembledPrompt {
  system: SystemBlock[]
  messages: ChatMessage[]
  tokens: { identity: number; wisdom: number; memory: number; conversation: number; total: number }
}

/**
 * Builds the prompt sent to a model: identity (always first, so providers can cache it),
 * retrieved wisdom (each passage cited), user memory, then as much of the conversation as fits,
 * newest turns kept. Every part stays within its budget.
 *
 * @example
 * const prompt = assemblePrompt({ identity, wisdom: packed.chunks, memory, conversation: messages, budgets, counter })
 */
export function assemblePrompt(input: {
  identity: string
  wisdom: WisdomPassage[]
  memory: string[]
  conversation: ChatMessage[]
  budgets: PromptBudgets
  counter: TokenCounting
}): AssembledPrompt {
  const { counter, budgets } = input
  const identity = truncateToTokens(input.identity.trim(), budgets.identity, counter)
  const wisdomText = packLines(input.wisdom.map((passage) => `[${passage.title} — ${passage.author}]\n${passage.text.trim()}`), budgets.wisdom, counter, '\n\n')
  const memoryText = packLines(input.memory, budgets.memory, counter, '\n')
  const system: SystemBlock[] = [{ kind: 'identity', text: identity, cacheable: true }]
  if (wisdomText !== '') system.push({ kind: 'wisdom', text: `Passages from the library that may help (cite title and author when you use them):\n\n${wisdomText}`, cacheable: true })
  if (memoryText !== '') system.push({ kind: 'memory', text: `What you remember about this person:\n${memoryText}`, cacheable: false })
  const callerSystem = input.conversation.filter((message) => message.role === 'system').map((message) => message.content).join('\n\n')
  // A caller's own system prompt shares the memory budget: it is per-request context like memory.
  const callerBudget = Math.max(0, budgets.memory - (memoryText === '' ? 0 : counter.count(memoryText)))
  if (callerSystem !== '' && callerBudget > 0) system.push({ kind: 'caller', text: truncateToTokens(callerSystem, callerBudget, counter), cacheable: false })
  const messages = latestTurns(input.conversation.filter((message) => message.role !== 'system'), budgets.conversation, counter)
  const tokens = {
    identity: counter.count(identity),
    wisdom: system.filter((block) => block.kind === 'wisdom').reduce((sum, block) => sum + counter.count(block.text), 0),
    memory: system.filter((block) => block.kind === 'memory' || block.kind === 'caller').reduce((sum, block) => sum + counter.count(block.text), 0),
    conversation: messages.reduce((sum, message) => sum + counter.count(message.content), 0),
    total: 0
  }
  tokens.total = tokens.identity + tokens.wisdom + tokens.memory + tokens.conversation
  return { system, messages, tokens }
}

/** Scales budgets down to fit a model's context window, keeping their proportions. */
export function fitBudgets(budgets: PromptBudgets, availableTokens: number): PromptBudgets {
  const total = budgets.identity + budgets.wisdom + budgets.memory + budgets.conversation
  if (total <= availableTokens) return budgets
  const scale = Math.max(0, availableTokens) / total
  return {
    identity: Math.floor(budgets.identity * scale),
    wisdom: Math.floor(budgets.wisdom * scale),
    memory: Math.floor(budgets.memory * scale),
    conversation: Math.floor(budgets.conversation * scale)
  }
}

/** One system message for models without structured system blocks (the network's nodes). */
export function flattenForNetwork(prompt: AssembledPrompt): ChatMessage[] {
  return [{ role: 'system', content: prompt.system.map((block) => block.text).join('\n\n') }, ...prompt.messages]
}

function packLines(lines: string[], budget: number, counter: TokenCounting, separator: string): string {
  const kept: string[] = []
  let used = 0
  for (const line of lines) {
    const tokens = counter.count(line) + counter.count(separator)
    if (used + tokens > budget) continue
    kept.push(line)
    used += tokens
  }
  return kept.join(separator)
}

function latestTurns(messages: ChatMessage[], budget: number, counter: TokenCounting): ChatMessage[] {
  const kept: ChatMessage[] = []
  let used = 0
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index]!
    const tokens = counter.count(message.content)
    if (used + tokens > budget) {
      // The newest user turn is always sent, cut to the budget if it alone is too long.
      if (kept.length === 0) kept.unshift({ ...message, content: truncateToTokens(message.content, budget, counter) })
      break
    }
    kept.unshift(message)
    used += tokens
  }
  // Models expect the conversation to start with a user turn.
  while (kept.length > 1 && kept[0]?.role !== 'user') kept.shift()
  return kept
}

/** Cuts text to at most `budget` tokens by binary search over its length. */
export function truncateToTokens(text: string, budget: number, counter: TokenCounting): string {
  if (counter.count(text) <= budget) return text
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (counter.count(text.slice(0, middle)) <= budget) low = middle
    else high = middle - 1
  }
  return text.slice(0, low)
}
