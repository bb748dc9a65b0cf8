import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildCostReport, formatCostReport } from '../../../../orchestrator/economy/accounting/costReport.ts'
import { createLevelSessionLedger } from '../../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { DEFAULT_PRICE_TABLE } from '../../../../shared/config/priceTable.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

describe('session accounting and the cost report', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  beforeEach(async () => {
    directory = await temporaryDirectory()
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  it('accumulates tokens by route durably, even for concurrent requests of one session', async () => {
    const ledger = createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: () => 5 })
    await Promise.all([
      ledger.record('s1', { route: 'template', inputTokens: 0, outputTokens: 40 }),
      ledger.record('s1', { route: 'network', inputTokens: 1_000, outputTokens: 200 }),
      ledger.record('s1', { route: 'network', inputTokens: 1_000, outputTokens: 200, claudeFallback: true })
    ])
    await ledger.record('s2', { route: 'claude', inputTokens: 500, outputTokens: 300, cacheWriteTokens: 4_000, cacheReadTokens: 0 })
    await ledger.record('s2', { route: 'claude', inputTokens: 600, outputTokens: 300, cacheWriteTokens: 0, cacheReadTokens: 4_000 })
    await db.close()
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
    const reopened = createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: () => 6 })
    const s1 = await reopened.get('s1')
    expect(s1?.requests).toBe(3)
    expect(s1?.byRoute.network).toMatchObject({ requests: 2, inputTokens: 2_000, outputTokens: 400 })
    expect(s1?.sovereign).toBe(true)
    expect(s1?.claudeFallbacks).toBe(1)
    expect((await reopened.get('s2'))?.sovereign).toBe(false)

    const report = buildCostReport(await reopened.all(), DEFAULT_PRICE_TABLE)
    expect(report.sessions).toBe(2)
    expect(report.sovereigntyPercent).toBe(50)
    // s1: 2,400 network tokens at $0.20/M; s2: Claude input 1,100 × $3 + output 600 × $15 + write 4,000 × $3.75 + read 4,000 × $0.30 (per M)
    const expected = (2_400 * 0.2 + 1_100 * 3 + 600 * 15 + 4_000 * 3.75 + 4_000 * 0.3) / 1e6
    expect(report.costUsd.total).toBeCloseTo(expected, 12)
    expect(report.costUsd.per1000Sessions).toBeCloseTo((expected / 2) * 1000, 9)
    expect(report.allClaudeBaselineUsd.total).toBeGreaterThan(report.costUsd.total)
    expect(formatCostReport(report)).toMatch(/Sovereignty: +50\.0% of sessions never called Claude \(1\/2\)/)
  })
})
