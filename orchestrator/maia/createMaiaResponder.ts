import { randomBytes } from 'node:crypto'
import type { Logger } from 'pino'
import type { ChatMessage } from '../../shared/protocol/inference.ts'
import type { Route, SessionLedger } from '../accounting/SessionLedger.ts'
import { ApiError } from '../api/ApiError.ts'
import type { ChatGenerationRequest, ChatGenerationResult } from '../api/ChatGenerator.ts'
import { ClaudeUnavailableError, type ClaudeGenerator } from '../claude/createClaudeGenerator.ts'
import type { SearchOptions, SearchResult } from '../knowledge/KnowledgeBase.ts'
import type { UserMemory } from '../memory/UserMemory.ts'
import type { NetworkInference } from '../network/createNetworkInference.ts'
import { NoNodesAvailableError } from '../network/errors.ts'
import { assemblePrompt, fitBudgets, flattenForNetwork, type PromptBudgets } from '../prompt/assemblePrompt.ts'
import type { ServedModel } from '../routing/resolveModel.ts'
import type { TokenCounter } from '../tokens/TokenCounter.ts'

/** What templates may be filled with: the user's state as memory knows it and a retrieved quote. */
export interface TemplateContext {
  userName?: string
  state?: { element?: 'fire' | 'water' | 'earth' | 'air' | 'aether'; mood?: string; lastTopic?: string }
  quote?: { text: string; title: string; author: string }
}

export interface MaiaResponderComponents {
  classify: (message: string) => { intent: string }
  /** The routing policy, already told whether Claude is available. */
  routeFor: (intent: string) => Route
  renderTemplate: (intent: string, context: TemplateContext) => string
  renderSafety: () => string
  knowledge?: { search(question: string, options: SearchOptions): Promise<SearchResult> }
  memory: UserMemory
  ledger: SessionLedger
  network: NetworkInference
  /** Present when a Claude key is configured. */
  claude?: ClaudeGenerator
  counter: TokenCounter
  identity: string
  budgets: PromptBudgets
  /** The network model prompts are built for (its context window bounds the prompt). */
  networkModel: () => ServedModel | undefined
  logger: Logger
  newSessionId?: () => string
}

export interface MaiaRequestContext {
  userId?: string
  sessionId?: string
}

/** Budget for the one quote a template reply carries. */
const QUOTE_BUDGET_TOKENS = 160
/** Tokens kept free for the chat template's own markup when a prompt must fit a node's context. */
const CONTEXT_MARGIN_TOKENS = 96

/**
 * MAIA itself: classifies each user message and answers it by the cheapest route that serves it
 * well — a local template, a fixed safety response, the network's model, or Claude — with a
 * prompt built from identity, retrieved wisdom, user memory and the conversation. Every request
 * is recorded in the session ledger by route.
 */
export function createMaiaResponder(components: MaiaResponderComponents): {
  generate(request: ChatGenerationRequest, context: MaiaRequestContext, options: { onToken: (text: string) => void; signal: AbortSignal }): Promise<ChatGenerationResult & { route: Route; intent: string }>
} {
  const log = components.logger.child({ component: 'orchestrator:maia' })
  const newSessionId = components.newSessionId ?? ((): string => `sess_${randomBytes(12).toString('hex')}`)

  return {
    async generate(request, context, { onToken, signal }) {
      const sessionId = context.sessionId ?? newSessionId()
      const lastUser = [...request.messages].reverse().find((message) => message.role === 'user' && message.content.trim() !== '')?.content
      if (lastUser === undefined) throw new ApiError('invalid_request_error', 'messages: MAIA needs at least one non-empty user message', { param: 'messages' })
      const question: string = lastUser
      const { intent } = components.classify(lastUser)
      const route = components.routeFor(intent)
      if (context.userId !== undefined && route !== 'safety') await components.memory.observe(context.userId, sessionId, lastUser)
      log.info({ sessionId, intent, route }, 'routed')

      if (route === 'safety' || route === 'template') {
        const text = route === 'safety'
          ? components.renderSafety()
          : components.renderTemplate(intent, await templateContext(components, context.userId, lastUser, signal))
        onToken(text)
        const outputTokens = components.counter.count(text)
        await components.ledger.record(sessionId, { route, intent, inputTokens: 0, outputTokens })
        return { model: 'maia', text, stopReason: 'end_turn', stopSequence: null, usage: { inputTokens: 0, outputTokens }, route, intent }
      }

      if (route === 'claude' && components.claude !== undefined) {
        let delivered = false
        try {
          const prompt = await buildPrompt(components, request.messages, lastUser, context.userId, components.budgets, signal)
          const result = await components.claude.generate(
            { system: prompt.system, messages: prompt.messages, maxTokens: request.maxTokens, temperature: request.temperature, stop: request.stop },
            { signal, onToken: (text) => { delivered = true; onToken(text) } })
          await components.ledger.record(sessionId, { route: 'claude', intent, ...result.usage })
          return {
            model: 'maia', text: result.text, stopReason: result.stopReason, stopSequence: result.stopSequence,
            usage: { inputTokens: result.usage.inputTokens + result.usage.cacheReadTokens + result.usage.cacheWriteTokens, outputTokens: result.usage.outputTokens },
            route: 'claude', intent
          }
        } catch (error) {
          // Claude failing is the network's cue, as long as the user has not seen Claude's words yet.
          if (!(error instanceof ClaudeUnavailableError) || delivered) throw error
          log.warn({ sessionId, err: error.message }, 'Claude failed; answering from the network')
          return { ...await answerFromNetwork(true), intent }
        }
      }
      return { ...await answerFromNetwork(false), intent }

      async function answerFromNetwork(claudeFallback: boolean): Promise<ChatGenerationResult & { route: Route }> {
        const model = components.networkModel()
        if (model === undefined) throw new NoNodesAvailableError({ model: 'maia' })
        const budgets = fitBudgets(components.budgets, model.contextSize - request.maxTokens - CONTEXT_MARGIN_TOKENS)
        const prompt = await buildPrompt(components, request.messages, question, context.userId, budgets, signal)
        const result = await components.network.generate({
          messages: flattenForNetwork(prompt), maxTokens: request.maxTokens, temperature: request.temperature,
          topP: request.topP, seed: request.seed, stop: request.stop, modelHash: model.hash
        }, { onToken, signal })
        await components.ledger.record(sessionId, { route: 'network', intent, claudeFallback, ...result.final.usage })
        return { model: 'maia', text: result.text, stopReason: result.final.stopReason, stopSequence: result.final.stopSequence, usage: result.final.usage, route: 'network' }
      }
    }
  }
}

async function buildPrompt(components: MaiaResponderComponents, conversation: ChatMessage[], question: string, userId: string | undefined, budgets: PromptBudgets, signal: AbortSignal) {
  const [wisdom, memory] = await Promise.all([
    components.knowledge === undefined || budgets.wisdom <= 0
      ? Promise.resolve({ chunks: [], totalTokens: 0 })
      : components.knowledge.search(question, { budgetTokens: budgets.wisdom, signal }),
    userId === undefined ? Promise.resolve([]) : components.memory.select(userId, question, budgets.memory, components.counter)
  ])
  return assemblePrompt({ identity: components.identity, wisdom: [...wisdom.chunks], memory, conversation, budgets, counter: components.counter })
}

async function templateContext(components: MaiaResponderComponents, userId: string | undefined, question: string, signal: AbortSignal): Promise<TemplateContext> {
  const context: TemplateContext = {}
  if (components.knowledge !== undefined) {
    const found = await components.knowledge.search(question, { budgetTokens: QUOTE_BUDGET_TOKENS * 4, signal })
    const chunk = found.chunks[0]
    if (chunk !== undefined) context.quote = { text: quoteFrom(chunk.text), title: chunk.title, author: chunk.author }
  }
  if (userId !== undefined) {
    const memory = await components.memory.export(userId)
    const name = memory.facts.findLast((fact) => fact.kind === 'name')?.text.match(/(?:is|me|called)\s+(\S+)/i)?.[1]
    const element = memory.facts.findLast((fact) => fact.kind === 'element')?.text.match(/(fire|water|earth|air|aether)/i)?.[1]?.toLowerCase()
    if (name !== undefined) context.userName = name
    if (element !== undefined) context.state = { element: element as NonNullable<TemplateContext['state']>['element'] }
  }
  return context
}

/** A quotable excerpt: the first one or two sentences of a passage, at most ~300 characters. */
function quoteFrom(text: string): string {
  const sentences = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?;])\s+/)
  let quote = ''
  for (const sentence of sentences) {
    if (quote.length > 0 && quote.length + sentence.length > 300) break
    quote = quote === '' ? sentence : `${quote} ${sentence}`
    if (quote.length > 120) break
  }
  return quote.length > 300 ? `${quote.slice(0, 297)}...` : quote
}
