import { createHash } from 'node:crypto'
import type { ChatMessage } from '../../shared/protocol/index.ts'
import type { Route } from '../economy/index.ts'
import type { ChatGenerationOptions, ChatGenerationRequest, ChatGenerationResult } from '../inference/index.ts'
import { ClaudeUnavailableError, type ClaudeGenerator } from './createClaudeGenerator.ts'
import { EmptyConversationError } from './errors.ts'
import { AllNodesFailedError, nodeTimingsOf, NoNodesAvailableError } from '../inference/index.ts'
import { fitBudgets, flattenForNetwork } from './prompt/assemblePrompt.ts'
import { CAREFUL_MODE_FOOTER, CAREFUL_MODE_FRAMING } from './intent/index.ts'
import { createTurnVerdictCache, screenConversation } from './intent/index.ts'
import { createScreeningLine } from './createScreeningLine.ts'
import { createCarefulSessions } from './createCarefulSessions.ts'
import type { CuratorCredit, MaiaRequestContext, MaiaResponderComponents, PassageUse, TemplateContext } from './MaiaResponder.ts'
import { buildPrompt, NO_PASSAGES, passageCount, templateContext, type UsedPassages } from './promptMaterials.ts'

export type { CuratorCredit, MaiaRequestContext, MaiaResponderComponents, PassageUse, TemplateContext }

/** What templates may be filled with: the user's state as memory knows it and a retrieved quote. */
const QUESTION_CHARACTERS = 8_000
/** Tokens kept free for the chat template's own markup when a prompt must fit a node's context. */
const CONTEXT_MARGIN_TOKENS = 96


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
 * tried to manipulate MAIA are withheld from any model, as are earlier turns the screen had no
 * time to read (screenConversation.ts: its work per request is bounded).
 */
export function createMaiaResponder(components: MaiaResponderComponents): {
  generate(request: ChatGenerationRequest, context: MaiaRequestContext, options: ChatGenerationOptions): Promise<ChatGenerationResult & { route: Route; intent: string }>
} {
  const log = components.logger.child({ component: 'orchestrator:maia' })
  const carefulSessions = createCarefulSessions({ ledger: components.ledger })
  // Each request resends the conversation: its earlier turns were screened when each was the last.
  const screenedTurns = createTurnVerdictCache()
  const screeningLine = components.screeningLine ?? createScreeningLine()

  return {
    async generate(request, context, { onToken, signal, wholeReply = false }) {
      const lastUser = [...request.messages].reverse().find((message) => message.role === 'user' && message.content.trim() !== '')?.content
      if (lastUser === undefined) throw new EmptyConversationError({ messages: request.messages.length })
      const sessionId = context.sessionId ?? deriveSessionId(context, request.messages)
      // Routing and retrieval look at the end of a long message: what the user is asking now.
      const question: string = lastUser.length > QUESTION_CHARACTERS ? lastUser.slice(-QUESTION_CHARACTERS) : lastUser
      const userTurns = request.messages.filter((message) => message.role === 'user').map((message) => message.content)
      const lastIndex = userTurns.lastIndexOf(lastUser)
      // One key's requests are screened a few at a time (createScreeningLine.ts): the screen runs before any admission line.
      const leaveScreen = await screeningLine.enter(context.apiKeyId ?? '', signal)
      const { lastDecision, earlier } = await (async () => {
        // The question's vector for dense retrieval is encoded (in the encoder's own thread) while
        // the turns are screened; a turn the screen withholds later only makes this a wasted guess.
        void components.knowledge?.prepareQuery?.(question, { earlierTurns: userTurns.slice(0, lastIndex) }).catch(() => undefined)
        // The screen's deadlines for earlier turns count from here: the last turn's screen spends them too.
        const screenStartedAt = performance.now()
        // The screen must see the whole turn: a crisis told at the start of a long message counts.
        // Its screen stops too once the client has gone (the signal reaches each window's encoding).
        const headDecision = lastUser.length > QUESTION_CHARACTERS ? await components.classify(lastUser.slice(0, QUESTION_CHARACTERS), signal) : undefined
        const lastDecision = headDecision?.intent === 'safety_escalation' ? headDecision : await components.classify(question, signal)
        // Whole-turn verdicts only: a long turn was read as a head and a tail, not as one.
        if (headDecision === undefined) screenedTurns.set(lastUser, lastDecision)
        const earlier = await screenConversation(userTurns.slice(0, lastIndex), components.classify, {
          cache: screenedTurns, signal, startedAt: screenStartedAt,
          ...(components.earlierTurnDeadlines === undefined ? {} : { deadlines: components.earlierTurnDeadlines }),
          ...(components.classifyQuickly === undefined ? {} : { classifyQuickly: components.classifyQuickly }),
          ...(components.classifyLightly === undefined ? {} : { classifyLightly: components.classifyLightly })
        })
        return { lastDecision, earlier }
      })().finally(leaveScreen)
      const { intent, kind } = lastDecision
      const route = components.routeFor(intent)
      if (earlier.unscreenedTurns !== undefined) log.warn({ sessionId, unscreenedTurns: earlier.unscreenedTurns.length, earlierTurns: lastIndex }, 'earlier turns not screened within the request\'s bounds: withheld from any model')
      if (earlier.riskKind !== undefined || (route === 'safety' && kind !== 'manipulation')) carefulSessions.mark(sessionId, 'risk')
      else if (route === 'safety' || earlier.manipulationTurns.length > 0) carefulSessions.mark(sessionId, 'manipulation')
      const careful = route !== 'safety' && (earlier.riskKind !== undefined || await carefulSessions.isCareful(sessionId))
      // What the ledger keeps so careful mode outlives this process (and its budget): a risk, not a refusal.
      const riskDisclosed = careful || earlier.riskKind !== undefined || (route === 'safety' && kind !== 'manipulation')
      if (context.userId !== undefined && route !== 'safety' && !careful) {
        await components.memory.observe(context.userId, sessionId, question, context.apiKeyId).catch((error: unknown) => log.warn({ err: error }, 'could not update user memory'))
      }
      log.info({ sessionId, intent, route, ...(kind === undefined ? {} : { kind }), ...(careful ? { careful } : {}) }, 'routed')
      // Never sent to a model: a turn that tried to manipulate MAIA, and a turn no screen read.
      const withheld = new Set([...earlier.manipulationTurns, ...(earlier.unscreenedTurns ?? [])])
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
      // Curators are paid on every route a passage reaches the user by (issue 11): a node's receipt
      // carries them on the network route; on the local routes the orchestrator records the credit.
      // The ledger counts the passages credited, so accounting and the epoch's earnings agree: a
      // paid session that cannot pay the curation fee (the answer is already the user's: logged,
      // not failed) counts none.
      const creditPassages = async (local: 'template' | 'claude', passages: UsedPassages): Promise<number> => {
        const count = passageCount(passages.curators)
        if (components.creditPassages === undefined || count === 0) return count
        try {
          await components.creditPassages({
            route: local, sessionId, curators: passages.curators, passageTokens: passages.tokens,
            ...(request.payment === undefined ? {} : { payment: { digest: request.payment.digest, payer: request.payment.payer } })
          })
          return count
        } catch (error) {
          log.warn({ sessionId, route: local, err: error instanceof Error ? error.message : String(error) }, 'curators not credited for this answer')
          return 0
        }
      }

      if (route === 'safety' || route === 'template') {
        const template = route === 'template' ? await templateContext(components, context.userId, question, earlierTurns, signal, log) : undefined
        const text = template === undefined ? components.renderSafety(kind) : components.renderTemplate(intent, template.context) + footer
        onToken(text)
        const outputTokens = components.counter.count(text)
        const passages = template === undefined ? NO_PASSAGES : template.passages
        const credited = await creditPassages('template', passages)
        await components.ledger.record(sessionId, { route, intent, inputTokens: 0, outputTokens, curatorPassages: credited, passageTokens: passages.tokens, owner: context.apiKeyId, careful: riskDisclosed })
        return { model: 'maia', text, stopReason: 'end_turn', stopSequence: null, usage: { inputTokens: 0, outputTokens }, route, intent }
      }

      if (route === 'claude' && components.claude !== undefined) {
        let delivered = false
        try {
          return await answerFromClaude(components.claude, () => { delivered = true })
        } catch (error) {
          // Claude failing is the network's cue, as long as the user has not seen Claude's words yet.
          if (!(error instanceof ClaudeUnavailableError) || delivered) throw error
          log.warn({ sessionId, err: error.message }, 'Claude failed; answering from the network')
          return { ...await answerFromNetwork(true), intent }
        }
      }
      const claude = components.claude
      if (components.escalateToClaude !== true || claude === undefined) return { ...await answerFromNetwork(false), intent }
      // Escalation (configured): no node can answer — none eligible, every one failed — and the
      // user has seen nothing yet, so Claude answers instead of an error.
      let streamed = false
      try {
        return { ...await answerFromNetwork(false, (text) => { streamed = true; onToken(text) }), intent }
      } catch (error) {
        if (streamed || !(error instanceof NoNodesAvailableError || error instanceof AllNodesFailedError)) throw error
        log.warn({ sessionId, err: error.message }, 'no node could answer; escalating to Claude')
        return await answerFromClaude(claude, () => {})
      }

      async function answerFromClaude(generator: ClaudeGenerator, onDelivered: () => void): Promise<ChatGenerationResult & { route: Route; intent: string }> {
        const { prompt, passages } = await buildPrompt(promptComponents, conversation, question, earlierTurns, context, sessionId, components.budgets, signal, log)
        const result = await generator.generate(
          { system: prompt.system, messages: prompt.messages, maxTokens: request.maxTokens, temperature: request.temperature, stop: request.stop },
          { signal, onToken: (text) => { onDelivered(); onToken(text) } })
        const credited = await creditPassages('claude', passages)
        await components.ledger.record(sessionId, { route: 'claude', intent, ...result.usage, curatorPassages: credited, passageTokens: passages.tokens, owner: context.apiKeyId, careful: riskDisclosed })
        if (footer !== '') onToken(footer)
        return {
          model: 'maia', text: result.text + footer, stopReason: result.stopReason, stopSequence: result.stopSequence,
          usage: { inputTokens: result.usage.inputTokens + result.usage.cacheReadTokens + result.usage.cacheWriteTokens, outputTokens: result.usage.outputTokens },
          route: 'claude', intent
        }
      }

      async function answerFromNetwork(claudeFallback: boolean, emit: (text: string) => void = onToken): Promise<ChatGenerationResult & { route: Route }> {
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
            ...(request.apiKeyId === undefined ? {} : { caller: request.apiKeyId }),
            ...(request.payment === undefined ? {} : { paymentDigest: request.payment.digest, payer: request.payment.payer })
          }
        }, { onToken: emit, signal, wholeReply })
        await components.ledger.record(sessionId, { route: 'network', intent, claudeFallback, ...result.final.usage, curatorPassages: passageCount(curators), passageTokens: passages.tokens, owner: context.apiKeyId, careful: riskDisclosed })
        if (footer !== '') emit(footer)
        return {
          model: 'maia', text: result.text + footer, stopReason: result.final.stopReason, stopSequence: result.final.stopSequence, usage: result.final.usage, route: 'network',
          ...nodeTimingsOf(result.final)
        }
      }
    }
  }
}

/**
 * A session id stable across the turns of one conversation when the caller sends none: apps
 * resend the whole conversation each turn, so its first user message (with the user) names it.
 */
function deriveSessionId(context: MaiaRequestContext, messages: ChatMessage[]): string {
  const first = messages.find((message) => message.role === 'user')?.content ?? ''
  // The key id keeps two applications' identical conversations apart: without it, one replaying
  // another's opening message joined that session and saw its careful mode (a crisis told there).
  return `sess_${createHash('sha256').update(`${context.apiKeyId ?? ''}\n${context.userId ?? ''}\n${first}`).digest('hex').slice(0, 24)}`
}
