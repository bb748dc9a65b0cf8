import type { Logger } from 'pino'
import type { Route, SessionLedger } from '../economy/index.ts'
import type { NetworkInference, ServedModel } from '../inference/index.ts'
import type { ClaudeGenerator } from './createClaudeGenerator.ts'
import type { ScreeningLine } from './createScreeningLine.ts'
import type { EarlierTurnDeadlines } from './intent/index.ts'
import type { SearchOptions, SearchResult } from './knowledge/index.ts'
import type { UserMemory } from './memory/index.ts'
import type { PromptBudgets } from './prompt/assemblePrompt.ts'
import type { TokenCounter } from './tokens/index.ts'

export interface TemplateContext {
  userName?: string
  state?: { element?: 'fire' | 'water' | 'earth' | 'air' | 'aether'; mood?: string; lastTopic?: string }
  quote?: { text: string; title: string; author: string }
}

export interface MaiaResponderComponents {
  /** The whole router (safety screen included); `kind` names the safety reply an escalation needs. */
  /** `signal` (when given) says the caller has gone: the turn's remaining encodings may stop. */
  classify: (message: string, signal?: AbortSignal) => { intent: string; kind?: string } | Promise<{ intent: string; kind?: string }>
  /**
   * The quick screen (rules OR n-grams, synchronous) for earlier turns beyond the full screen's
   * budget per request (`FULLY_SCREENED_CHARACTERS`, `EARLIER_TURN_DEADLINES`); every earlier
   * turn gets `classify` when absent.
   */
  classifyQuickly?: (message: string) => { intent: string; kind?: string }
  /** The light screen (the n-gram model alone) for earlier turns the quick screen has no time or room for; absent, they go unscreened and withheld. */
  classifyLightly?: (message: string) => { intent: string; kind?: string }
  /** Each API key's line to the safety screen (default `createScreeningLine()`: one of a key's requests screened at a time, 192 waiting). */
  screeningLine?: ScreeningLine
  /** Until when each screen of earlier turns may start, ms into the request's screen (default `EARLIER_TURN_DEADLINES`). */
  earlierTurnDeadlines?: EarlierTurnDeadlines
  /** The routing policy, already told whether Claude is available. */
  routeFor: (intent: string) => Route
  renderTemplate: (intent: string, context: TemplateContext) => string
  /** The fixed reply for a safety kind (the crisis reply when the kind is unknown). */
  renderSafety: (kind?: string) => string
  knowledge?: {
    search(question: string, options: SearchOptions): Promise<SearchResult>
    /** Starts encoding the question's dense vector early (while the turn is screened). */
    prepareQuery?(question: string, options?: { earlierTurns?: readonly string[] }): Promise<void>
  }
  memory: UserMemory
  ledger: SessionLedger
  network: NetworkInference
  /** Present when a Claude key is configured. */
  claude?: ClaudeGenerator
  /**
   * When no node can answer a network-routed turn (none eligible — e.g. every node quarantined —
   * or every one tried failed) before the user saw a word, Claude answers it (needs `claude`).
   * Off by default: sovereignty first, and an error the app can retry.
   */
  escalateToClaude?: boolean
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
  /** Tokens of those passages that reached the user: what the curator is paid by (absent: by passages). */
  tokens?: number
}

export interface MaiaRequestContext {
  userId?: string
  sessionId?: string
  /**
   * The caller's API key id: a session derived from the conversation (no session header) is the
   * caller's own, so another application replaying the same opening message never joins it.
   */
  apiKeyId?: string
}

/** How much of the newest user message routing and retrieval read. */
