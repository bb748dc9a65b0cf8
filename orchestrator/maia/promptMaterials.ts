import type { Logger } from 'pino'
import type { ChatMessage } from '../../shared/protocol/index.ts'
import type { CuratorCredit, MaiaRequestContext, MaiaResponderComponents, TemplateContext } from './MaiaResponder.ts'
import { screenPassageTextRemembered } from './knowledge/index.ts'
import { assemblePrompt, type PromptBudgets } from './prompt/assemblePrompt.ts'

/** Budget for the one quote a template reply carries. */
const QUOTE_BUDGET_TOKENS = 160

/** Library passages an answer used: whose they are, and how many tokens of them reached the user. */
export interface UsedPassages {
  curators: CuratorCredit[]
  tokens: number
}
export const NO_PASSAGES: UsedPassages = { curators: [], tokens: 0 }
export const passageCount = (curators: readonly CuratorCredit[]): number => curators.reduce((sum, curator) => sum + curator.passages, 0)

/**
 * Retrieval and memory enrich a prompt; when either fails the answer goes on without it
 * (logged) rather than failing the user's request.
 */
export async function buildPrompt(components: MaiaResponderComponents, conversation: ChatMessage[], question: string, earlierTurns: readonly string[], context: MaiaRequestContext, sessionId: string, budgets: PromptBudgets, signal: AbortSignal, log: Logger) {
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
  const quotable = withoutFlagged(wisdom.chunks, log)
  const prompt = assemblePrompt({ identity: components.identity, wisdom: quotable, memory, conversation, budgets, counter: components.counter })
  const used = prompt.passages.map((passage) => ({ ...passage, tokens: components.counter.count(passage.text) }))
  return { prompt, passages: { curators: curatorCredits(used), tokens: used.reduce((sum, passage) => sum + passage.tokens, 0) } }
}

/**
 * The passages the library screen lets through. Ingest withholds flagged paragraphs; this second
 * look covers an index built before the screen (or by another version), on the way to a user.
 */
function withoutFlagged<T extends { text: string; source?: string }>(chunks: readonly T[], log: Logger): T[] {
  return chunks.filter((chunk) => {
    const flags = screenPassageTextRemembered(chunk.text)
    if (flags.length > 0) log.warn({ source: chunk.source, reasons: flags.map((flag) => flag.reason) }, 'library passage withheld by the library screen')
    return flags.length === 0
  })
}

/**
 * One credit per curator: how many of their passages reached the user and how many tokens those
 * passages took. Curators are paid by the tokens (a book cut into many tiny passages earns no more
 * than its share of the text); the count is kept for the ledger and for older records.
 */
function curatorCredits(chunks: ReadonlyArray<{ curator?: string; tokens: number }>): CuratorCredit[] {
  const credits = new Map<string, CuratorCredit>()
  for (const chunk of chunks) {
    if (chunk.curator === undefined) continue
    const credit = credits.get(chunk.curator) ?? { account: chunk.curator, passages: 0, tokens: 0 }
    credits.set(chunk.curator, { ...credit, passages: credit.passages + 1, tokens: (credit.tokens ?? 0) + chunk.tokens })
  }
  return [...credits.values()]
}

export async function templateContext(components: MaiaResponderComponents, userId: string | undefined, question: string, earlierTurns: readonly string[], signal: AbortSignal, log: Logger): Promise<{ context: TemplateContext; passages: UsedPassages }> {
  const context: TemplateContext = {}
  let passages: UsedPassages = NO_PASSAGES
  if (components.knowledge !== undefined) {
    const found = await components.knowledge.search(question, { budgetTokens: QUOTE_BUDGET_TOKENS * 4, signal, earlierTurns }).catch((error: unknown) => {
      log.warn({ err: error }, 'knowledge search failed; template without a quote')
      return undefined
    })
    // A template's quote reaches the user word for word, with no model to judge it: only a passage
    // the library screen passes (its quote and its title) is quoted.
    const chunk = withoutFlagged(found?.chunks ?? [], log).find((candidate) => screenPassageTextRemembered(`${candidate.title}\n${candidate.author}`).length === 0)
    if (chunk !== undefined) {
      context.quote = { text: quoteFrom(chunk.text), title: chunk.title, author: chunk.author }
      const tokens = components.counter.count(context.quote.text)
      passages = { curators: curatorCredits([{ ...chunk, tokens }]), tokens }
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
