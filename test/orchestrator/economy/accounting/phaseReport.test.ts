import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLevelSessionLedger } from '../../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { buildPhaseReport, fixedCostPerMonth, formatPhaseReport, phaseReportSchema, type PhaseRow } from '../../../../orchestrator/economy/accounting/phaseReport.ts'
import type { SessionLedger } from '../../../../orchestrator/economy/accounting/SessionLedger.ts'
import { DEFAULT_PRICE_TABLE, priceTableSchema } from '../../../../shared/config/priceTable.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

const usd = (microDollars: number): number => microDollars / 1e6

describe('the seed\'s cost table, replayed from recorded traffic', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let ledger: SessionLedger
  beforeEach(async () => {
    directory = await temporaryDirectory()
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
    const store = db.sublevel<string, string>('sessions', {})
    ledger = createLevelSessionLedger({ store, now: () => 5 })
    // s1: a check-in a template answered, shadow work the network answered.
    await ledger.record('s1', { route: 'template', intent: 'elemental_check_in', inputTokens: 0, outputTokens: 40, passageTokens: 30 })
    await ledger.record('s1', { route: 'network', intent: 'shadow_work', inputTokens: 10_000, outputTokens: 200, passageTokens: 6_000 })
    // s2: a synthesis Claude answered (prompt 10,000 tokens with its cache), a crisis the safety reply answered.
    await ledger.record('s2', { route: 'claude', intent: 'complex_synthesis', inputTokens: 1_000, cacheWriteTokens: 4_000, cacheReadTokens: 5_000, outputTokens: 300, passageTokens: 7_000 })
    await ledger.record('s2', { route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 100 })
    // A session recorded before intents were kept: left out of the replay, and said so.
    await store.put('old', JSON.stringify({ ...(await ledger.get('s1')), sessionId: 'old', byIntent: undefined }))
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  const row = (rows: readonly PhaseRow[], phase: PhaseRow['phase']): PhaseRow => rows.find((entry) => entry.phase === phase)!

  it('replays every request under each phase\'s policy, priced at the price table', async () => {
    const report = buildPhaseReport(await ledger.all(), DEFAULT_PRICE_TABLE, { libraryTokens: 50_000 })
    expect(phaseReportSchema.parse(report)).toEqual(report)
    expect(report.phases.map((entry) => entry.phase)).toEqual(['all-anthropic', '1A', '1B', '2', '3'])
    expect(report.phases.map((entry) => [entry.seedSovereignShare, entry.seedCostPer1000Sessions])).toEqual([[0, 5_250], [0.3, 1_575], [0.7, 473], [0.9, 600], [1, 500]])
    expect([report.sessions, report.requests]).toEqual([2, 4])

    // Average Claude call: 10,000 prompt tokens (7,000 of them passages), 300 output; network: 10,000 and 200.
    // 100% Anthropic: every request is the prompt less its passages plus the 50,000-token library, uncached.
    const all = row(report.phases, 'all-anthropic')
    expect(all.costPer1000Sessions).toBeCloseTo(usd(4 * (53_000 * 3 + 300 * 15)) / 2 * 1_000, 9)
    expect([all.sovereignShare, all.answersWithoutAnthropicShare, all.sessionsWithoutAnthropicShare]).toEqual([0, 0, 0])

    // 1A: all but the crisis to Claude with the retrieved prompt.
    const phase1A = row(report.phases, '1A')
    expect(phase1A.costPer1000Sessions).toBeCloseTo(usd(3 * (10_000 * 3 + 300 * 15)) / 2 * 1_000, 9)
    expect(phase1A.sovereignShare).toBe(0.25)
    expect(phase1A.requestsByRoute).toEqual({ claude: 3, safety: 1 })

    // 1B: templates, the network for shadow work, Claude for the synthesis.
    const phase1B = row(report.phases, '1B')
    expect(phase1B.costPer1000Sessions).toBeCloseTo(usd(10_200 * 0.2 + 10_000 * 3 + 300 * 15) / 2 * 1_000, 9)
    expect([phase1B.sovereignShare, phase1B.sessionsWithoutAnthropicShare]).toEqual([0.75, 0.5])

    // 2: the synthesis moves to the network (at the average network call); Claude re-answers 10% of network answers.
    const phase2 = row(report.phases, '2')
    const networkCall = 10_200 * 0.2
    expect(phase2.costPer1000Sessions).toBeCloseTo(usd(2 * (networkCall + 0.1 * (10_000 * 3 + 200 * 15))) / 2 * 1_000, 9)
    expect(phase2.sovereignShare).toBeCloseTo(1 - 0.2 / 4, 12)
    expect(phase2.answersWithoutAnthropicShare).toBe(1)
    expect(phase2.sessionsWithoutAnthropicShare).toBeCloseTo(0.9, 12)

    const phase3 = row(report.phases, '3')
    expect(phase3.costPer1000Sessions).toBeCloseTo(usd(2 * networkCall) / 2 * 1_000, 9)
    expect(phase3.sovereignShare).toBe(1)
    expect(report.phases.every((entry) => entry.fixedCostPer1000Sessions === 0)).toBe(true)

    // As recorded: the network call plus Claude's cached call (1,000 in, 4,000 written, 5,000 read, 300 out).
    expect(report.recorded.costPer1000Sessions).toBeCloseTo(usd(networkCall + 1_000 * 3 + 4_000 * 3.75 + 5_000 * 0.3 + 300 * 15) / 2 * 1_000, 9)
    expect(report.recorded.answersWithoutAnthropicShare).toBe(0.75)
    expect(report.assumptions.join('\n')).toMatch(/1 sessions recorded before intents were kept are left out/)
    expect(report.assumptions.join('\n')).toMatch(/whole library \(50,000 tokens\)/)
  })

  it('cuts the full-library prompt to Claude\'s context, and says what it assumed without the library\'s size', async () => {
    const big = buildPhaseReport(await ledger.all(), DEFAULT_PRICE_TABLE, { libraryTokens: 5_000_000, claudeContextTokens: 100_000 })
    expect(row(big.phases, 'all-anthropic').costPer1000Sessions).toBeCloseTo(usd(4 * ((100_000 - 300) * 3 + 300 * 15)) / 2 * 1_000, 9)
    const unknown = buildPhaseReport(await ledger.all(), DEFAULT_PRICE_TABLE)
    expect(row(unknown.phases, 'all-anthropic').costPer1000Sessions).toBeCloseTo(usd(4 * ((200_000 - 300) * 3 + 300 * 15)) / 2 * 1_000, 9)
    expect(unknown.assumptions.join('\n')).toMatch(/a library assumed to fill the context/)
  })

  it('spreads the network model\'s fixed costs over the month\'s sessions, in the phases that use the network', async () => {
    const prices = priceTableSchema.parse({ network: { perMillion: 0, gpuPerHour: 2, gpus: 2, serverPerMonth: 100 }, sessionsPerMonth: 1_000 })
    expect(fixedCostPerMonth(prices)).toBe(2 * 730 * 2 + 100)
    expect(fixedCostPerMonth(priceTableSchema.parse({ network: { gpuPerHour: 2, gpuPerMonth: 900 } }))).toBe(900)
    const report = buildPhaseReport(await ledger.all(), prices, { libraryTokens: 50_000 })
    expect(report.phases.map((entry) => entry.fixedCostPer1000Sessions)).toEqual([0, 0, 3_020, 3_020, 3_020])
    expect(row(report.phases, '3').costPer1000Sessions).toBe(3_020)
    expect(report.assumptions.join('\n')).toMatch(/GPU \$2\/hour \(730 h a month\), × 2 GPUs, server \$100\/month = \$3020\.00\/month, spread over 1,000 sessions a month/)
  })

  it('says when no Claude call was recorded and the network\'s calls stand in for it', async () => {
    const report = buildPhaseReport([(await ledger.get('s1'))!], DEFAULT_PRICE_TABLE, { libraryTokens: 50_000 })
    expect(report.assumptions.join('\n')).toMatch(/average recorded Claude call: none recorded; the network's calls stand in/)
    // 1A sends the template's check-in and the shadow work to Claude at the network call's tokens.
    expect(row(report.phases, '1A').costPer1000Sessions).toBeCloseTo(usd(2 * (10_000 * 3 + 200 * 15)) * 1_000, 9)
  })

  it('keeps older price tables valid and refuses unknown fields', () => {
    expect(priceTableSchema.parse({ network: { perMillion: 0.5 } })).toEqual({ ...DEFAULT_PRICE_TABLE, network: { perMillion: 0.5 } })
    expect(priceTableSchema.safeParse({ network: { perMillion: 0.5, gpu: 3 } }).success).toBe(false)
    expect(priceTableSchema.safeParse({ network: { gpus: 0 } }).success).toBe(false)
  })

  it('prints the table in the seed\'s shape, with the assumptions under it', async () => {
    const text = formatPhaseReport(buildPhaseReport(await ledger.all(), DEFAULT_PRICE_TABLE, { libraryTokens: 50_000 }))
    const lines = text.split('\n')
    expect(lines.find((line) => line.startsWith('100% Anthropic'))).toMatch(/0%\s+\$327\.00\s+\|\s+0%\s+\$5,250\.00$/)
    expect(lines.find((line) => line.startsWith('Phase 1B'))).toMatch(/75%\s+\$18\.27\s+\|\s+70%\s+\$473\.00$/)
    expect(lines.find((line) => line.startsWith('Phase 3'))).toMatch(/100%\s+\$2\.04\s+\|\s+100%\s+\$500\.00$/)
    expect(lines.indexOf('Assumptions:')).toBeGreaterThan(lines.findIndex((line) => line.startsWith('Phase 3')))
  })
})
