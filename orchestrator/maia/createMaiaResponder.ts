import { createHash } from 'node:crypto'
import type { Logger } from 'pino'
import type { ChatMessage } from '../../shared/protocol/index.ts'
import type { Route, SessionLedger } from '../economy/index.ts'
import type { ChatGenerationRequest, ChatGenerationResult } from '../inference/index.ts'
import { ClaudeUnavailableError, type ClaudeGenerator } from './createClaudeGenerator.ts'
import { EmptyConversationError } from './errors.ts'
import type { SearchOptions, SearchResult } from './knowledge/index.ts'
import type { UserMemory } from './memory/index.ts'
import type { NetworkInference } from '../inference/index.ts'
import { NoNodesAvailableError } from '../inference/index.ts'
import { assemblePrompt, fitBudgets, flattenForNetwork, type PromptBudgets } from './prompt/assemblePrompt.ts'
import type { ServedModel } from '../inference/index.ts'
import type { TokenCounter } from './tokens/index.ts'
import { CAREFUL_MODE_FOOTER, CAREFUL_MODE_FRAMING } from './intent/index.ts'
import { screenConversation } from './intent/index.ts'
import { createCarefulSessions } from './createCarefulSessions.ts'

/** What templates may be filled with: the user's state as memory knows it and a retrieved quote. */
export interface TemplateContext {
  userName?: string
  state?: { element?: 'fire' | 'water' | 'earth' | 'air' | 'aether'; mood?: string; lastTopic?: string }
  quote?: { text: string; title: string; author: string }
}

export interface MaiaResponderComponents {
  /** The whole router (safety screen included); `kind` names the safety reply an escalation needs. */
  classify: (message: string) => { intent: string; kind?: string }
  /** The routing policy, already told whether Claude is available. */
  routeFor: (intent: string) => Route
  renderTemplate: (intent: string, context: TemplateContext) => string
  /** The fixed reply for a safety kind (the crisis reply when the kind is unknown). */
  renderSafety: (kind?: string) => string
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
  /**
   * Pays curators for library passages that reached the user outside the network route (a
   * template's quote, a Claude prompt), where no node's receipt carries them; returns the charge.
   */
  creditPassages?: (use: PassageUse) => Promise<bigint>
  logger: Logger
}

/** Library passages that reached a user in an answer the orchestrator gave itself. */
export interface PassageUse {
  route: 'template' | 'claude'
  sessionId: string
  payment?: { digest: string; payer: string }
  curators: CuratorCredit[]
  /** Tokens of the passages' text that reached the user. */
  passageTokens: number
}

/** A curator and how many of their passages an answer used. */
export interface CuratorCredit {
  account: string
  passages: number
}

export interface MaiaRequestContext {
  userId?: string
  sessionId?: string
}

/** How much of the newest user message routing and retrieval read. */
const QUESTION_CHARACTERS = 8_000
/** Budget for the one quote a template reply carries. */
const QUOTE_BUDGET_TOKENS = 160
/** Tokens kept free for the chat template's own markup when a prompt must fit a node's context. */
const CONTEXT_MARGIN_TOKENS = 96

/** Library passages an answer used: whose they are, and how many tokens of them reached the user. */
interface UsedPassages {
  curators: CuratorCredit[]
  tokens: number
}
const NO_PASSAGES: UsedPassages = { curators: [], tokens: 0 }
const passageCount = (curators: readonly CuratorCredit[]): number => curators.reduce((sum, curator) => sum + curator.passages, 0)

/** Put in place of a user turn that tried to manipulate MAIA, so no model ever reads it. */
export const WITHHELD_TURN = '[message withheld by MAIA’s safety screen]'

/**
 * MAIA itself: classifies each user message and answers it by the cheapest route that serves it
 * well — a local template, a fixed safety response, the network's model, or Claude — with a
 * prompt built from identity, retrieved wisdom, user memory and the conversation. Every request
 * is recorded in the session ledger by route.
 *
 * Safety (issue 11): every user turn of the conversation is screened, not only the last. A turn
 * that is itself an escalation gets the fixed reply for its kind. A session in which any turn
 * disclosed a risk stays in careful mode (createCarefulSessions.ts): later turns still get their
 * usual route, but a model answers only under a safety framing, user memory is not updated,
 * and every reply (template or model) ends with emergency numbers and crisis lines. Turns that
 * tried to manipulate MAIA are withheld from any model.
 */
export function createMaiaResponder(components: MaiaResponderComponents): {
  generate(request: ChatGenerationRequest, context: MaiaRequestContext, options: { onToken: (text: string) => void; signal: AbortSignal }): Promise<ChatGenerationResult & { route: Route; intent: string }>
} {
  const log = components.logger.child({ component: 'orchestrator:maia' })
  const carefulSessions = createCarefulSessions({ ledger: components.ledger })

  return {
    async generate(request, context, { onToken, signal }) {
      const lastUser = [...request.messages].reverse().find((message) => message.role === 'user' && message.content.trim() !== '')?.content
      if (lastUser === undefined) throw new EmptyConversationError({ messages: request.messages.length })
      const sessionId = context.sessionId ?? deriveSessionId(context.userId, request.messages)
      // Routing and retrieval look at the end of a long message: what the user is asking now.
      const question: string = lastUser.length > QUESTION_CHARACTERS ? lastUser.slice(-QUESTION_CHARACTERS) : lastUser
      // The screen must see the whole turn: a crisis told at the start of a long message counts.
      const headDecision = lastUser.length > QUESTION_CHARACTERS ? components.classify(lastUser.slice(0, QUESTION_CHARACTERS)) : undefined
      const { intent, kind } = headDecision?.intent === 'safety_escalation' ? headDecision : components.classify(question)
      const route = components.routeFor(intent)
      const userTurns = request.messages.filter((message) => message.role === 'user').map((message) => message.content)
      const lastIndex = userTurns.lastIndexOf(lastUser)
      const earlier = screenConversation(userTurns.slice(0, lastIndex), components.classify)
      if (earlier.riskKind !== undefined || (route === 'safety' && kind !== 'manipulation')) carefulSessions.mark(sessionId, 'risk')
      else if (route === 'safety' || earlier.manipulationTurns.length > 0) carefulSessions.mark(sessionId, 'manipulation')
      const careful = route !== 'safety' && (earlier.riskKind !== undefined || await carefulSessions.isCareful(sessionId))
      if (context.userId !== undefined && route !== 'safety' && !careful) {
        await components.memory.observe(context.userId, sessionId, question).catch((error: unknown) => log.warn({ err: error }, 'could not update user memory'))
      }
      log.info({ sessionId, intent, route, ...(kind === undefined ? {} : { kind }), ...(careful ? { careful } : {}) }, 'routed')
      const withheld = new Set(earlier.manipulationTurns)
      let userIndex = -1
      const conversation = request.messages.map((message) => {
        if (message.role !== 'user') return message
        userIndex += 1
        return withheld.has(userIndex) ? { ...message, content: WITHHELD_TURN } : message
      })
      const identity = careful ? `${CAREFUL_MODE_FRAMING}\n\n${components.identity}` : components.identity
      const promptComponents = { ...components, identity }
      const footer = careful ? `\n\n${CAREFUL_MODE_FOOTER}` : ''
      // Retrieval reads the conversation too (a follow-up rarely names its topic), never a turn
      // that tried to manipulate MAIA.
      const earlierTurns = userTurns.slice(0, lastIndex).filter((_turn, index) => !withheld.has(index))
      const creditPassages = async (local: 'template' | 'claude', passages: UsedPassages): Promise<void> => {
        if (components.creditPassages === undefined || passages.curators.length === 0) return
        // The answer is already the user's: a session that cannot pay the curation fee is logged, not failed.
        await components.creditPassages({
          route: local, sessionId, curators: passages.curators, passageTokens: passages.tokens,
          ...(request.payment === undefined ? {} : { payment: { digest: request.payment.digest, payer: request.payment.payer } })
        }).catch((error: unknown) => log.warn({ sessionId, route: local, err: error instanceof Error ? error.message : String(error) }, 'curators not credited for this answer'))
      }

      if (route === 'safety' || route === 'template') {
        const template = route === 'template' ? await templateContext(components, context.userId, question, earlierTurns, signal, log) : undefined
        const text = template === undefined ? components.renderSafety(kind) : components.renderTemplate(intent, template.context) + footer
        onToken(text)
        const outputTokens = components.counter.count(text)
        const passages = template === undefined ? NO_PASSAGES : template.passages
        await creditPassages('template', passages)
        await components.ledger.record(sessionId, { route, intent, inputTokens: 0, outputTokens, curatorPassages: passageCount(passages.curators) })
        return { model: 'maia', text, stopReason: 'end_turn', stopSequence: null, usage: { inputTokens: 0, outputTokens }, route, intent }
      }

      if (route === 'claude' && components.claude !== undefined) {
        let delivered = false
        try {
          const { prompt, passages } = await buildPrompt(promptComponents, conversation, question, earlierTurns, context, sessionId, components.budgets, signal, log)
          const result = await components.claude.generate(
            { system: prompt.system, messages: prompt.messages, maxTokens: request.maxTokens, temperature: request.temperature, stop: request.stop },
            { signal, onToken: (text) => { delivered = true; onToken(text) } })
          await creditPassages('claude', passages)
          await components.ledger.record(sessionId, { route: 'claude', intent, ...result.usage, curatorPassages: passageCount(passages.curators) })
          if (footer !== '') onToken(footer)
          return {
            model: 'maia', text: result.text + footer, stopReason: result.stopReason, stopSequence: result.stopSequence,
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
        // The reply may take at most half the node's context, so a large max_tokens (apps often
        // send 4096) can never squeeze the prompt (identity, wisdom, the question) out entirely.
        const maxTokens = Math.min(request.maxTokens, Math.floor(model.contextSize / 2))
        const budgets = fitBudgets(components.budgets, model.contextSize - maxTokens - CONTEXT_MARGIN_TOKENS)
        const { prompt, passages } = await buildPrompt(promptComponents, conversation, question, earlierTurns, context, sessionId, budgets, signal, log)
        const { curators } = passages
        const result = await components.network.generate({
          messages: flattenForNetwork(prompt), maxTokens, temperature: request.temperature,
          topP: request.topP, seed: request.seed, stop: request.stop, modelHash: model.hash,
          context: {
            sessionId, curators,
            ...(request.payment === undefined ? {} : { paymentDigest: request.payment.digest, payer: request.payment.payer })
          }
        }, { onToken, signal })
        await components.ledger.record(sessionId, { route: 'network', intent, claudeFallback, ...result.final.usage, curatorPassages: passageCount(curators) })
        if (footer !== '') onToken(footer)
        return { model: 'maia', text: result.text + footer, stopReason: result.final.stopReason, stopSequence: result.final.stopSequence, usage: result.final.usage, route: 'network' }
      }
    }
  }
}

/**
 * Retrieval and memory enrich a prompt; when either fails the answer goes on without it
 * (logged) rather than failing the user's request.
 */
async function buildPrompt(components: MaiaResponderComponents, conversation: ChatMessage[], question: string, earlierTurns: readonly string[], context: MaiaRequestContext, sessionId: string, budgets: PromptBudgets, signal: AbortSignal, log: Logger) {
  const { userId } = context
  const [wisdom, memory] = await Promise.all([
    components.knowledge === undefined || budgets.wisdom <= 0
      ? Promise.resolve({ chunks: [], totalTokens: 0 })
      : components.knowledge.search(question, { budgetTokens: budgets.wisdom, signal, earlierTurns }).catch((error: unknown) => {
        log.warn({ err: error }, 'knowledge search failed; answering without retrieved wisdom')
        return { chunks: [], totalTokens: 0 }
      }),
    userId === undefined
      ? Promise.resolve([])
      : components.memory.select(userId, question, budgets.memory, components.counter, sessionId).catch((error: unknown) => {
        log.warn({ err: error }, 'memory selection failed; answering without user memory')
        return []
      })
  ])
  const prompt = assemblePrompt({ identity: components.identity, wisdom: [...wisdom.chunks], memory, conversation, budgets, counter: components.counter })
  const used = wisdom.chunks.filter((chunk) => prompt.system.some((block) => block.kind === 'wisdom' && block.text.includes(chunk.text.trim())))
  return { prompt, passages: { curators: curatorCredits(used), tokens: used.reduce((sum, chunk) => sum + components.counter.count(chunk.text), 0) } }
}

/** One credit per curator, counting the passages of theirs that made it into the prompt. */
function curatorCredits(chunks: ReadonlyArray<{ curator?: string }>): CuratorCredit[] {
  const counts = new Map<string, number>()
  for (const chunk of chunks) {
    if (chunk.curator !== undefined) counts.set(chunk.curator, (counts.get(chunk.curator) ?? 0) + 1)
  }
  return [...counts].map(([account, passages]) => ({ account, passages }))
}

async function templateContext(components: MaiaResponderComponents, userId: string | undefined, question: string, earlierTurns: readonly string[], signal: AbortSignal, log: Logger): Promise<{ context: TemplateContext; passages: UsedPassages }> {
  const context: TemplateContext = {}
  let passages: UsedPassages = NO_PASSAGES
  if (components.knowledge !== undefined) {
    const found = await components.knowledge.search(question, { budgetTokens: QUOTE_BUDGET_TOKENS * 4, signal, earlierTurns }).catch((error: unknown) => {
      log.warn({ err: error }, 'knowledge search failed; template without a quote')
      return undefined
    })
    const chunk = found?.chunks[0]
    if (chunk !== undefined) {
      context.quote = { text: quoteFrom(chunk.text), title: chunk.title, author: chunk.author }
      passages = { curators: curatorCredits([chunk]), tokens: components.counter.count(context.quote.text) }
    }
  }
  if (userId !== undefined) {
    const memory = await components.memory.export(userId).catch(() => undefined)
    const facts = memory?.facts ?? []
    const name = facts.findLast((fact) => fact.kind === 'name')?.text.match(/(?:is|me|called)\s+(\S+)/i)?.[1]
    const element = facts.findLast((fact) => fact.kind === 'element')?.text.match(/(fire|water|earth|air|aether)/i)?.[1]?.toLowerCase()
    const mood = facts.findLast((fact) => fact.kind === 'feeling')?.text.replace(/^.*feeling\s+/i, '')
    const lastTopic = memory?.summaries.at(-1)?.summary.split(/(?<=[.!?])\s+/).at(-1)
    if (name !== undefined) context.userName = name
    const state: NonNullable<TemplateContext['state']> = {}
    if (element !== undefined) state.element = element as NonNullable<TemplateContext['state']>['element']
    if (mood !== undefined) state.mood = mood
    if (lastTopic !== undefined) state.lastTopic = lastTopic
    if (Object.keys(state).length > 0) context.state = state
  }
  return { context, passages }
}

/**
 * A session id stable across the turns of one conversation when the caller sends none: apps
 * resend the whole conversation each turn, so its first user message (with the user) names it.
 */
function deriveSessionId(userId: string | undefined, messages: ChatMessage[]): string {
  const first = messages.find((message) => message.role === 'user')?.content ?? ''
  return `sess_${createHash('sha256').update(`${userId ?? ''}\n${first}`).digest('hex').slice(0, 24)}`
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
