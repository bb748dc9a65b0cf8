import { buildCostReport, type SessionLedger } from '../economy/index.ts'
import type { PriceTable } from '../../shared/config/index.ts'

type SessionRecord = Awaited<ReturnType<SessionLedger['all']>>[number]

/** The cost table as it stood at one moment: every session started up to `at`. */
export interface ReportHistoryPoint {
  /** Wall-clock ms: the end of the bucket. */
  at: number
  sessions: number
  sovereigntyPercent: number
  costPer1000Sessions: number
  allClaudePer1000Sessions: number
}

export interface ReportHistory {
  points: ReportHistoryPoint[]
  /** Claude's prompt cache: tokens read and written, and what reading them saved over full-price input. */
  cache: { readTokens: number; writeTokens: number; savingsUsd: number }
}

/**
 * The cost report over time, for the dashboard's chart: sessions split into at most `buckets`
 * equal spans of start time, and the report of everything up to the end of each span (cumulative,
 * as the table the seed compares with is an average over all sessions). A ledger rollup (a day's
 * sessions no longer kept one by one) counts at its earliest session's start.
 *
 * @example
 * const { points } = buildReportHistory(await ledger.all(), priceTable, { buckets: 24 })
 */
export function buildReportHistory(records: readonly SessionRecord[], prices: PriceTable, options: { buckets?: number } = {}): ReportHistory {
  const sorted = [...records].sort((a, b) => a.startedAt - b.startedAt)
  const buckets = Math.max(1, Math.floor(options.buckets ?? 24))
  const points: ReportHistoryPoint[] = []
  const first = sorted[0]
  const last = sorted.at(-1)
  if (first !== undefined && last !== undefined) {
    const span = Math.max(1, last.startedAt - first.startedAt)
    const ends = buckets === 1 || span === 1 ? [last.startedAt] : Array.from({ length: buckets }, (_, index) => first.startedAt + Math.ceil((span * (index + 1)) / buckets))
    let included = 0
    let reported = 0
    for (const end of ends) {
      while (included < sorted.length && sorted[included]!.startedAt <= end) included += 1
      // Records, not sessions: a ledger rollup is one record for many sessions.
      if (included === reported) continue
      reported = included
      const report = buildCostReport(sorted.slice(0, included), prices)
      points.push({
        at: end, sessions: report.sessions, sovereigntyPercent: report.sovereigntyPercent,
        costPer1000Sessions: report.costUsd.per1000Sessions, allClaudePer1000Sessions: report.allClaudeBaselineUsd.per1000Sessions
      })
    }
  }
  let readTokens = 0
  let writeTokens = 0
  for (const record of sorted) {
    readTokens += record.byRoute.claude.cacheReadTokens
    writeTokens += record.byRoute.claude.cacheWriteTokens
  }
  const claude = prices.claude
  // A cache read costs `cacheRead` instead of `input`; a write costs `cacheWrite` instead of `input`.
  const savingsUsd = (readTokens * (claude.inputPerMillion - claude.cacheReadPerMillion) - writeTokens * (claude.cacheWritePerMillion - claude.inputPerMillion)) / 1_000_000
  return { points, cache: { readTokens, writeTokens, savingsUsd } }
}
