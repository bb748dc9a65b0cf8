import { addedSessionsWithoutAnthropicByPhase } from './phaseReport.ts'
import { emptyIntentTotals, emptyRouteTotals, ROUTES, sessionCount, sovereignSessionCount, type Route, type RouteTotals, type SessionRecord } from './SessionLedger.ts'

/**
 * The rollup a session's figures go to once the ledger stops keeping it one by one: the UTC day it
 * started (what the dashboard's history orders sessions by), with sessions recorded before intents
 * were kept apart, as the phase report leaves those out.
 *
 * @example
 * rollupKey({ ...session, startedAt: Date.UTC(2026, 0, 2, 13) }) // '2026-01-02'
 */
export function rollupKey(session: SessionRecord): string {
  const day = new Date(session.startedAt).toISOString().slice(0, 10)
  return session.byIntent === undefined ? `${day}/without-intents` : day
}

/**
 * Adds one session to a rollup (a new one when `rollup` is undefined) and returns it: every total
 * summed, and what reports count per session (sessions, sovereign sessions, the phase report's
 * chance of no request reaching Anthropic) kept as counts, so every report figure is the same as
 * with the session itself. The rest of a session rolled up before (`continues`) adds its totals
 * and only what it changes of that session's counts. Changes `rollup` in place.
 *
 * @example
 * const day = addToRollup(undefined, evicted, rollupKey(evicted))
 * buildCostReport([day], prices).sessions // 1
 */
export function addToRollup(rollup: SessionRecord | undefined, session: SessionRecord, key: string): SessionRecord {
  const sum = rollup ?? {
    sessionId: `rollup:${key}`, startedAt: session.startedAt, updatedAt: session.updatedAt, requests: 0, sovereign: true, claudeFallbacks: 0,
    byRoute: Object.fromEntries(ROUTES.map((route) => [route, emptyRouteTotals()])) as Record<Route, RouteTotals>,
    ...(session.byIntent === undefined ? {} : { byIntent: {} }),
    rollup: { sessions: 0, sovereignSessions: 0, sessionsWithoutAnthropic: {} }
  }
  const counts = sum.rollup ?? { sessions: 0, sovereignSessions: 0, sessionsWithoutAnthropic: {} }
  sum.startedAt = Math.min(sum.startedAt, session.startedAt)
  sum.updatedAt = Math.max(sum.updatedAt, session.updatedAt)
  sum.requests += session.requests
  sum.claudeFallbacks += session.claudeFallbacks
  for (const route of ROUTES) addRouteTotals(sum.byRoute[route], session.byRoute[route])
  if (sum.byIntent !== undefined) {
    for (const [intent, totals] of Object.entries(session.byIntent ?? {})) {
      const into = sum.byIntent[intent] ??= emptyIntentTotals()
      into.requests += totals.requests
      for (const [route, onRoute] of Object.entries(totals.byRoute) as Array<[Route, NonNullable<(typeof totals.byRoute)[Route]>]>) {
        const target = into.byRoute[route] ??= { requests: 0, promptTokens: 0, outputTokens: 0, passageTokens: 0 }
        target.requests += onRoute.requests
        target.promptTokens += onRoute.promptTokens
        target.outputTokens += onRoute.outputTokens
        target.passageTokens += onRoute.passageTokens
      }
    }
  }
  // The rest of a rolled-up session adds no session and at most takes back what its part counted.
  // It starts when that part did (the ledger's marker keeps the start), so it lands in the rollup
  // that counts that part and no count goes below zero; `max` absorbs the rounding of the chances.
  counts.sessions += sessionCount(session)
  counts.sovereignSessions = Math.max(0, counts.sovereignSessions + sovereignSessionCount(session))
  for (const [phase, chance] of Object.entries(addedSessionsWithoutAnthropicByPhase(session))) {
    counts.sessionsWithoutAnthropic[phase] = Math.max(0, (counts.sessionsWithoutAnthropic[phase] ?? 0) + chance)
  }
  sum.rollup = counts
  sum.sovereign = counts.sovereignSessions === counts.sessions
  return sum
}

function addRouteTotals(into: RouteTotals, totals: RouteTotals): void {
  into.requests += totals.requests
  into.inputTokens += totals.inputTokens
  into.outputTokens += totals.outputTokens
  into.cacheWriteTokens += totals.cacheWriteTokens
  into.cacheReadTokens += totals.cacheReadTokens
  into.curatorPassages = (into.curatorPassages ?? 0) + (totals.curatorPassages ?? 0)
}
