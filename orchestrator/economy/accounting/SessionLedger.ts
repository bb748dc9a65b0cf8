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
}

/** Durable per-session accounting of tokens by route. */
export interface SessionLedger {
  record(sessionId: string, entry: UsageEntry): Promise<void>
  get(sessionId: string): Promise<SessionRecord | undefined>
  all(): Promise<SessionRecord[]>
}

export function emptyRouteTotals(): RouteTotals {
  return { requests: 0, inputTokens: 0, outputTokens: 0, cacheWriteTokens: 0, cacheReadTokens: 0, curatorPassages: 0 }
}
