import type { PriceTable } from '../../../shared/config/index.ts'
import { ROUTES, sessionCount, sovereignSessionCount, type Route, type RouteTotals, type SessionRecord } from './SessionLedger.ts'

export interface SessionCost {
  sessionId: string
  requests: number
  sovereign: boolean
  costUsd: number
  tokensByRoute: Record<Route, number>
  /**
   * On a rollup's row: how many sessions it sums (`sessionId` then names the rollup). On the rest of
   * a rolled-up session: 0 (its rollup counts the session; the row is what it used since it resumed).
   */
  sessions?: number
}

export interface CostReport {
  sessions: number
  requests: number
  sovereignSessions: number
  sovereigntyPercent: number
  requestsByRoute: Record<Route, number>
  tokensByRoute: Record<Route, number>
  /** Library passages that reached users, by route: what curators are credited for. */
  curatorPassagesByRoute: Record<Route, number>
  costUsd: { total: number; perSession: number; per1000Sessions: number }
  /**
   * The same traffic with every request sent to Claude, uncached: model calls at their recorded
   * token counts, template and safety answers at the average model call's counts.
   */
  allClaudeBaselineUsd: { total: number; per1000Sessions: number }
  /** A row per session the ledger keeps, and one per rollup of those it no longer does (sessions resumed since have a row for the rest). */
  perSession: SessionCost[]
}

const million = 1_000_000

export function routeCostUsd(route: Route, totals: RouteTotals, prices: PriceTable): number {
  if (route === 'claude') {
    return (totals.inputTokens * prices.claude.inputPerMillion + totals.outputTokens * prices.claude.outputPerMillion +
      totals.cacheWriteTokens * prices.claude.cacheWritePerMillion + totals.cacheReadTokens * prices.claude.cacheReadPerMillion) / million
  }
  if (route === 'network') return ((totals.inputTokens + totals.outputTokens) * prices.network.perMillion) / million
  return 0
}

function uncachedClaudeUsd(inputTokens: number, outputTokens: number, prices: PriceTable): number {
  return (inputTokens * prices.claude.inputPerMillion + outputTokens * prices.claude.outputPerMillion) / million
}

/** Average input and output tokens of one model call (network or Claude) across all sessions. */
function averageModelCall(records: SessionRecord[]): { input: number; output: number } {
  let calls = 0
  let input = 0
  let output = 0
  for (const record of records) {
    for (const route of ['network', 'claude'] as const) {
      const totals = record.byRoute[route]
      calls += totals.requests
      input += totals.inputTokens + totals.cacheWriteTokens + totals.cacheReadTokens
      output += totals.outputTokens
    }
  }
  return calls === 0 ? { input: 0, output: 0 } : { input: input / calls, output: output / calls }
}

function claudeBaselineUsd(record: SessionRecord, prices: PriceTable, averageCall: { input: number; output: number }): number {
  let cost = 0
  for (const route of ['network', 'claude'] as const) {
    const totals = record.byRoute[route]
    cost += uncachedClaudeUsd(totals.inputTokens + totals.cacheWriteTokens + totals.cacheReadTokens, totals.outputTokens, prices)
  }
  const localAnswers = record.byRoute.template.requests + record.byRoute.safety.requests
  return cost + localAnswers * uncachedClaudeUsd(averageCall.input, averageCall.output, prices)
}

/**
 * The cost and sovereignty table, computed from recorded sessions: what the traffic cost by
 * route, per session and per 1,000 sessions, which share of sessions never touched Claude, and
 * what the same traffic would have cost sent entirely to Claude.
 */
export function buildCostReport(records: SessionRecord[], prices: PriceTable): CostReport {
  const zero = (): Record<Route, number> => ({ template: 0, safety: 0, network: 0, claude: 0 })
  const requestsByRoute = zero()
  const tokensByRoute = zero()
  const curatorPassagesByRoute = zero()
  let total = 0
  let baseline = 0
  const averageCall = averageModelCall(records)
  const perSession = records.map((record): SessionCost => {
    const sessionTokens = zero()
    let costUsd = 0
    for (const route of ROUTES) {
      const totals = record.byRoute[route]
      requestsByRoute[route] += totals.requests
      curatorPassagesByRoute[route] += totals.curatorPassages ?? 0
      const tokens = totals.inputTokens + totals.outputTokens + totals.cacheWriteTokens + totals.cacheReadTokens
      tokensByRoute[route] += tokens
      sessionTokens[route] = tokens
      costUsd += routeCostUsd(route, totals, prices)
    }
    total += costUsd
    baseline += claudeBaselineUsd(record, prices, averageCall)
    return {
      sessionId: record.sessionId, requests: record.requests, sovereign: record.sovereign, costUsd, tokensByRoute: sessionTokens,
      ...(record.rollup === undefined && record.continues === undefined ? {} : { sessions: sessionCount(record) })
    }
  })
  // A rollup stands for many sessions, the rest of a rolled-up session for none (its rollup counts
  // it); every other figure is a sum of totals, the same either way.
  const sessions = records.reduce((sum, record) => sum + sessionCount(record), 0)
  const sovereignSessions = records.reduce((sum, record) => sum + sovereignSessionCount(record), 0)
  return {
    sessions,
    requests: records.reduce((sum, record) => sum + record.requests, 0),
    sovereignSessions,
    sovereigntyPercent: sessions === 0 ? 0 : (sovereignSessions / sessions) * 100,
    requestsByRoute,
    tokensByRoute,
    curatorPassagesByRoute,
    costUsd: { total, perSession: sessions === 0 ? 0 : total / sessions, per1000Sessions: sessions === 0 ? 0 : (total / sessions) * 1000 },
    allClaudeBaselineUsd: { total: baseline, per1000Sessions: sessions === 0 ? 0 : (baseline / sessions) * 1000 },
    perSession
  }
}

/** The table `maia report` prints. */
export function formatCostReport(report: CostReport): string {
  const usd = (value: number): string => `$${value.toFixed(value < 1 ? 4 : 2)}`
  const lines = [
    `Sessions: ${report.sessions} (${report.requests} requests)`,
    '',
    'Route      requests     tokens',
    ...ROUTES.map((route) =>
      `${route.padEnd(9)} ${String(report.requestsByRoute[route]).padStart(9)} ${String(report.tokensByRoute[route]).padStart(10)}`),
    '',
    `Cost per session:          ${usd(report.costUsd.perSession)}`,
    `Cost per 1,000 sessions:   ${usd(report.costUsd.per1000Sessions)}`,
    `All-Claude baseline / 1k:  ${usd(report.allClaudeBaselineUsd.per1000Sessions)}`,
    `Sovereignty:               ${report.sovereigntyPercent.toFixed(1)}% of sessions never called Claude (${report.sovereignSessions}/${report.sessions})`
  ]
  return lines.join('\n')
}
