import type { Route } from '../../maia/intent/index.ts'

export type { Route }
export { ROUTES } from '../../maia/intent/index.ts'

/** What one answered request used, by route. */
export interface UsageEntry {
  route: Route
  intent?: string
  inputTokens: number
  outputTokens: number
  cacheWriteTokens?: number
  cacheReadTokens?: number
  /** Claude was chosen but failed, and the network answered. */
  claudeFallback?: boolean
  /** Library passages that reached the user in this answer (quoted, or in the model's prompt): each earns its curator. */
  curatorPassages?: number
  /** Tokens of those passages (the quote, or the wisdom in the model's prompt). */
  passageTokens?: number
  /**
   * The API key id of the app the session belongs to (set by its first request): the budget the
   * session counts against. Sessions recorded without one share one budget.
   */
  owner?: string
  /**
   * The session disclosed a risk (careful mode: a crisis in this or an earlier turn). A refused
   * manipulation attempt is a safety reply but not a risk: it does not make a session careful.
   */
  careful?: boolean
}

export interface RouteTotals {
  requests: number
  inputTokens: number
  outputTokens: number
  cacheWriteTokens: number
  cacheReadTokens: number
  /** Library passages credited to their curators (absent in records written before it was kept). */
  curatorPassages?: number
}

/** What one intent's requests used on one route (tokens are zero where no model answered). */
export interface IntentRouteTotals {
  requests: number
  /** Prompt tokens, cache reads and writes included. */
  promptTokens: number
  outputTokens: number
  /** Library passage tokens in the prompts (or the quotes). */
  passageTokens: number
}

/**
 * What one intent's requests used within a session, by the route that answered them: what a replay
 * under another phase's policy needs (`buildPhaseReport`).
 */
export interface IntentTotals {
  requests: number
  byRoute: Partial<Record<Route, IntentRouteTotals>>
}

export interface SessionRecord {
  sessionId: string
  startedAt: number
  updatedAt: number
  requests: number
  byRoute: Record<Route, RouteTotals>
  /** True while no request of the session has gone to Claude. */
  sovereign: boolean
  /** Requests where Claude failed and the network answered instead. */
  claudeFallbacks: number
  /** By intent (`unknown` when none was given); absent in records written before it was kept. */
  byIntent?: Record<string, IntentTotals>
  /**
   * Whether the session disclosed a risk (careful mode, kept across restarts); absent in records
   * written before it was kept, where any safety reply counted (see {@link isCarefulRecord}).
   */
  careful?: boolean
  /**
   * Present on a rollup only: this record sums sessions the ledger no longer keeps one by one
   * (each API key keeps its most recently used within a byte budget; older ones are summed by the
   * UTC day they started). Its totals are the sums of theirs; `sovereign` is whether all were.
   */
  rollup?: SessionRollup
  /**
   * Present on the rest of a session the ledger had rolled up before its user came back: what its
   * rollup already counts of it. Reports count this record as the rest of that one session, not as
   * another (see {@link sessionCount}); its totals are only what it used since it resumed, and its
   * `sovereign` and `careful` are the whole session's.
   */
  continues?: RolledUpPart
}

/** What a rollup counts of a session's part rolled up before it resumed: the per-session figures reports count. */
export interface RolledUpPart {
  /** No request of that part went to Claude. */
  sovereign: boolean
  /** By phase of the phase report: the chance that no request of that part would reach Anthropic. */
  withoutAnthropic: Record<string, number>
}

/**
 * Whether a recorded session is in careful mode: it disclosed a risk. Records written before the
 * ledger kept that say only whether a safety reply was given (a refusal too), which then counts.
 */
export function isCarefulRecord(record: SessionRecord): boolean {
  return record.careful ?? record.byRoute.safety.requests > 0
}

/** What a rollup keeps of its sessions beyond their summed totals: the figures reports count per session. */
export interface SessionRollup {
  sessions: number
  /** Sessions that never went to Claude. */
  sovereignSessions: number
  /**
   * By phase of the phase report: the expected number of these sessions in which no request would
   * reach Anthropic under that phase's policy (a per-session figure no sum of totals gives back).
   */
  sessionsWithoutAnthropic: Record<string, number>
}

/** How many sessions a record adds: one, a rollup's count, or none for the rest of a rolled-up session (its rollup counts it). */
export function sessionCount(record: SessionRecord): number {
  return record.rollup?.sessions ?? (record.continues === undefined ? 1 : 0)
}

/**
 * How many sessions that never went to Claude a record adds. The rest of a rolled-up session adds
 * -1 when it is the first to go to Claude: its rollup counted the session as sovereign so far.
 */
export function sovereignSessionCount(record: SessionRecord): number {
  if (record.rollup !== undefined) return record.rollup.sovereignSessions
  return (record.sovereign ? 1 : 0) - (record.continues?.sovereign === true ? 1 : 0)
}

/** Durable per-session accounting of tokens by route. */
export interface SessionLedger {
  record(sessionId: string, entry: UsageEntry): Promise<void>
  /**
   * The session's record, while the ledger keeps it one by one. Once it is rolled up, and while the
   * ledger keeps its marker, the record its next request continues: no requests, `continues` set,
   * the whole session's `sovereign` and `careful` (careful mode outlives the rollup). Otherwise none.
   */
  get(sessionId: string): Promise<SessionRecord | undefined>
  /** Every session kept one by one, and every rollup of sessions that are not (`rollup` set). */
  all(): Promise<SessionRecord[]>
}

export function emptyIntentTotals(): IntentTotals {
  return { requests: 0, byRoute: {} }
}

/** The intent key of requests recorded without one. */
export const UNKNOWN_INTENT = 'unknown'

export function emptyRouteTotals(): RouteTotals {
  return { requests: 0, inputTokens: 0, outputTokens: 0, cacheWriteTokens: 0, cacheReadTokens: 0, curatorPassages: 0 }
}
