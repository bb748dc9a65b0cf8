import { describe, expect, it } from 'vitest'
import { buildCostReport } from '../../../../orchestrator/economy/accounting/costReport.ts'
import { buildPhaseReport, sessionsWithoutAnthropicByPhase } from '../../../../orchestrator/economy/accounting/phaseReport.ts'
import { continuationOf, markerOf } from '../../../../orchestrator/economy/accounting/rolledUpMarker.ts'
import { addToRollup, rollupKey } from '../../../../orchestrator/economy/accounting/rollUpSession.ts'
import { emptyRouteTotals, type SessionRecord } from '../../../../orchestrator/economy/accounting/SessionLedger.ts'
import { DEFAULT_PRICE_TABLE } from '../../../../shared/config/priceTable.ts'

const DAY = Date.UTC(2026, 2, 14)

function session(sessionId: string, startedAt: number, route: 'network' | 'claude', intents = true): SessionRecord {
  const totals = { ...emptyRouteTotals(), requests: 2, inputTokens: 3_000, outputTokens: 400, curatorPassages: 1 }
  return {
    sessionId, startedAt, updatedAt: startedAt + 60_000, requests: 2, sovereign: route !== 'claude', claudeFallbacks: route === 'network' ? 1 : 0,
    byRoute: { template: emptyRouteTotals(), safety: emptyRouteTotals(), network: route === 'network' ? totals : emptyRouteTotals(), claude: route === 'claude' ? totals : emptyRouteTotals() },
    ...(intents ? { byIntent: { shadow_work: { requests: 2, byRoute: { [route]: { requests: 2, promptTokens: 3_000, outputTokens: 400, passageTokens: 1_000 } } } } } : {})
  }
}

describe('rolling sessions into daily totals', () => {
  it('names a rollup by the UTC day a session started, sessions without intents apart', () => {
    expect(rollupKey(session('a', DAY + 23 * 3_600_000, 'network'))).toBe('2026-03-14')
    expect(rollupKey(session('a', DAY + 24 * 3_600_000, 'network'))).toBe('2026-03-15')
    expect(rollupKey(session('a', DAY, 'network', false))).toBe('2026-03-14/without-intents')
  })

  it('sums totals and keeps the per-session counts the reports need', () => {
    const sessions = [session('a', DAY + 5, 'network'), session('b', DAY + 1, 'claude'), session('c', DAY + 9, 'network')]
    let rollup: SessionRecord | undefined
    for (const one of sessions) rollup = addToRollup(rollup, one, '2026-03-14')
    expect(rollup).toMatchObject({
      sessionId: 'rollup:2026-03-14', startedAt: DAY + 1, updatedAt: DAY + 9 + 60_000, requests: 6, claudeFallbacks: 2, sovereign: false,
      rollup: { sessions: 3, sovereignSessions: 2 }
    })
    expect(rollup!.byRoute.network).toMatchObject({ requests: 4, inputTokens: 6_000, outputTokens: 800, curatorPassages: 2 })
    expect(rollup!.byIntent?.shadow_work).toEqual({ requests: 6, byRoute: { network: { requests: 4, promptTokens: 6_000, outputTokens: 800, passageTokens: 2_000 }, claude: { requests: 2, promptTokens: 3_000, outputTokens: 400, passageTokens: 1_000 } } })
    const chances = sessions.map(sessionsWithoutAnthropicByPhase)
    expect(rollup!.rollup!.sessionsWithoutAnthropic['2']).toBeCloseTo(chances.reduce((sum, chance) => sum + chance['2'], 0), 12)
    // Phase 2 sends shadow work to the network and samples 10% of its answers: 0.9² a session.
    expect(chances[0]!['2']).toBeCloseTo(0.81, 12)
    const [report, summed] = [buildPhaseReport(sessions, DEFAULT_PRICE_TABLE), buildPhaseReport([rollup!], DEFAULT_PRICE_TABLE)]
    expect(summed.sessions).toBe(3)
    for (const [index, row] of report.phases.entries()) expect(summed.phases[index]!.sessionsWithoutAnthropicShare).toBeCloseTo(row.sessionsWithoutAnthropicShare, 12)
  })

  it('keeps sessions recorded before intents were kept out of the replay, and in the cost report', () => {
    const legacy = addToRollup(undefined, session('old', DAY, 'network', false), '2026-03-14/without-intents')
    expect(legacy.byIntent).toBeUndefined()
    expect(buildCostReport([legacy], DEFAULT_PRICE_TABLE)).toMatchObject({ sessions: 1, sovereignSessions: 1, requests: 2 })
    const phases = buildPhaseReport([legacy, session('new', DAY, 'network')], DEFAULT_PRICE_TABLE)
    expect(phases.sessions).toBe(1)
    expect(phases.assumptions.join('\n')).toMatch(/1 sessions recorded before intents were kept are left out/)
  })

  it('counts the rest of a rolled-up session (its marker\'s continuation) as that one session: in reports beside its rollup, and summed into it', () => {
    const first = session('a', DAY + 5, 'network')
    const day = addToRollup(undefined, first, '2026-03-14')
    // Its user comes back: one Claude answer, recorded on the record its marker starts.
    const rest = continuationOf('a', markerOf(first), DAY + 3_600_000)
    rest.requests = 1
    rest.sovereign = false
    rest.byRoute.claude = { ...emptyRouteTotals(), requests: 1, inputTokens: 2_000, outputTokens: 100 }
    rest.byIntent = { shadow_work: { requests: 1, byRoute: { claude: { requests: 1, promptTokens: 2_000, outputTokens: 100, passageTokens: 0 } } } }
    const whole: SessionRecord = {
      ...first, requests: 3, sovereign: false, byRoute: { ...first.byRoute, claude: rest.byRoute.claude },
      byIntent: { shadow_work: { requests: 3, byRoute: { ...first.byIntent!.shadow_work!.byRoute, claude: rest.byIntent.shadow_work!.byRoute.claude } } }
    }
    expect(rest).toMatchObject({ startedAt: DAY + 5, continues: { sovereign: true } })
    for (const records of [[day, rest], [addToRollup(structuredClone(day), rest, '2026-03-14')]]) {
      expect(buildCostReport(records, DEFAULT_PRICE_TABLE)).toMatchObject({ sessions: 1, sovereignSessions: 0, requests: 3 })
      const [summed, truth] = [buildPhaseReport(records, DEFAULT_PRICE_TABLE), buildPhaseReport([whole], DEFAULT_PRICE_TABLE)]
      expect(summed.sessions).toBe(1)
      for (const [index, row] of truth.phases.entries()) expect(summed.phases[index]!.sessionsWithoutAnthropicShare, row.phase).toBeCloseTo(row.sessionsWithoutAnthropicShare, 12)
    }
    expect(addToRollup(structuredClone(day), rest, '2026-03-14').rollup).toMatchObject({ sessions: 1, sovereignSessions: 0 })
  })
})
