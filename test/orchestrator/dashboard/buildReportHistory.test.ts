import { describe, expect, it } from 'vitest'
import { buildReportHistory } from '../../../orchestrator/dashboard/index.ts'
import { buildCostReport, emptyRouteTotals } from '../../../orchestrator/economy/index.ts'
import { DEFAULT_PRICE_TABLE } from '../../../shared/config/priceTable.ts'

type Records = Parameters<typeof buildCostReport>[0]

const session = (sessionId: string, startedAt: number, claude: { input: number; output: number; cacheRead?: number; cacheWrite?: number } | undefined): Records[number] => ({
  sessionId, startedAt, updatedAt: startedAt, requests: 1, claudeFallbacks: 0, sovereign: claude === undefined,
  byRoute: {
    template: emptyRouteTotals(), safety: emptyRouteTotals(),
    network: claude === undefined ? { ...emptyRouteTotals(), requests: 1, inputTokens: 100, outputTokens: 50 } : emptyRouteTotals(),
    claude: claude === undefined ? emptyRouteTotals() : {
      ...emptyRouteTotals(), requests: 1, inputTokens: claude.input, outputTokens: claude.output, cacheReadTokens: claude.cacheRead ?? 0, cacheWriteTokens: claude.cacheWrite ?? 0
    }
  }
})

describe('buildReportHistory', () => {
  const records = [
    session('c', 3_000, { input: 1_000, output: 200, cacheRead: 10_000, cacheWrite: 2_000 }),
    session('a', 1_000, undefined),
    session('b', 2_000, undefined)
  ]

  it('gives the cumulative cost table at the end of each span, the last one equal to the whole report', () => {
    const { points } = buildReportHistory(records, DEFAULT_PRICE_TABLE, { buckets: 2 })
    expect(points.map((point) => [point.at, point.sessions])).toEqual([[2_000, 2], [3_000, 3]])
    expect(points[0]!.sovereigntyPercent).toBe(100)
    const whole = buildCostReport(records, DEFAULT_PRICE_TABLE)
    expect(points[1]).toMatchObject({ at: 3_000, sessions: 3, sovereigntyPercent: whole.sovereigntyPercent })
    // The same sums in another order: equal up to float rounding.
    expect(points[1]!.costPer1000Sessions).toBeCloseTo(whole.costUsd.per1000Sessions, 9)
    expect(points[1]!.allClaudePer1000Sessions).toBeCloseTo(whole.allClaudeBaselineUsd.per1000Sessions, 9)
  })

  it('skips spans that add no session and prices the prompt cache against full-price input', () => {
    const history = buildReportHistory(records, DEFAULT_PRICE_TABLE, { buckets: 24 })
    expect(history.points.map((point) => point.sessions)).toEqual([1, 2, 3])
    // 10,000 read at $0.30 instead of $3, 2,000 written at $3.75 instead of $3, per million.
    expect(history.cache).toEqual({ readTokens: 10_000, writeTokens: 2_000, savingsUsd: (10_000 * 2.7 - 2_000 * 0.75) / 1_000_000 })
  })

  it('is empty without sessions', () => {
    expect(buildReportHistory([], DEFAULT_PRICE_TABLE)).toEqual({ points: [], cache: { readTokens: 0, writeTokens: 0, savingsUsd: 0 } })
  })
})
