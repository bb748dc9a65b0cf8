import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCostReport, createLevelSessionLedger, phaseReportSchema, type SessionLedger } from '../../../orchestrator/economy/index.ts'
import { startApiServer, type ApiServer } from '../../../orchestrator/gateway/index.ts'
import type { ChatGenerator } from '../../../orchestrator/inference/index.ts'
import { phaseReportRoutes } from '../../../orchestrator/routes/economyRoutes.ts'
import { DEFAULT_PRICE_TABLE } from '../../../shared/config/priceTable.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

const run = promisify(execFile)
const CLI = fileURLToPath(new URL('../../../scripts/maia.js', import.meta.url))
const OPERATOR_KEY = 'operator-key-0123456789'
const APP_KEY = 'app-key-0123456789abcdef'

/** No chat is asked of this server: only the report routes are. */
const noChat: ChatGenerator = {
  generate: () => Promise.reject(new Error('not used')),
  listModels: () => [],
  modelNameFor: (requested) => requested
}

// Issue 14: `GET /v1/report/phases` (operator key) serves the seed's table replayed from the
// recorded traffic, and `maia report` prints it under the cost report.
describe('the phase report over HTTP and in `maia report`', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let ledger: SessionLedger
  let api: ApiServer

  beforeAll(async () => {
    directory = await temporaryDirectory()
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
    ledger = createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: Date.now })
    await ledger.record('s1', { route: 'template', intent: 'simple_reflection', inputTokens: 0, outputTokens: 60 })
    await ledger.record('s1', { route: 'network', intent: 'oracle_reading', inputTokens: 8_000, outputTokens: 250, passageTokens: 5_000 })
    await ledger.record('s2', { route: 'claude', intent: 'complex_synthesis', inputTokens: 9_000, outputTokens: 400, passageTokens: 6_000 })
    api = await startApiServer({
      generator: noChat, apiKeys: [APP_KEY], adminApiKeys: [OPERATOR_KEY], logger: silentLogger(),
      routes: [
        { method: 'GET', path: /^\/v1\/report$/, admin: true, handle: async () => buildCostReport(await ledger.all(), DEFAULT_PRICE_TABLE) },
        ...phaseReportRoutes({ ledger, priceTable: DEFAULT_PRICE_TABLE, libraryTokens: async () => 120_000 })
      ]
    }, { host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await api?.close()
    await db?.close()
    await directory?.remove()
  })

  it('serves the dashboard\'s shape to operators only', async () => {
    const refused = await fetch(`${api.url}/v1/report/phases`, { headers: { 'x-api-key': APP_KEY } })
    expect(refused.status).toBe(401) // as `/v1/report` answers an app key
    const response = await fetch(`${api.url}/v1/report/phases`, { headers: { 'x-api-key': OPERATOR_KEY } })
    expect(response.status).toBe(200)
    const report = phaseReportSchema.parse(await response.json())
    expect(report.phases.map(({ phase, seedCostPer1000Sessions }) => [phase, seedCostPer1000Sessions])).toEqual([['all-anthropic', 5_250], ['1A', 1_575], ['1B', 473], ['2', 600], ['3', 500]])
    for (const row of report.phases) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['phase', 'label', 'sovereignShare', 'costPer1000Sessions', 'seedSovereignShare', 'seedCostPer1000Sessions']))
      expect(row.sovereignShare).toBeGreaterThanOrEqual(0)
      expect(row.sovereignShare).toBeLessThanOrEqual(1)
    }
    // Cheapest with the network alone, dearest with the whole library sent to Claude.
    const cost = report.phases.map((row) => row.costPer1000Sessions)
    expect(cost[0]).toBeGreaterThan(cost[1]!)
    expect(cost[4]).toBeLessThan(cost[2]!)
    expect(report.assumptions.some((line) => line.includes('whole library (120,000 tokens)'))).toBe(true)
  })

  it('prints the table in the seed\'s shape after the cost report, and includes it in --json', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'report', '--url', api.url, '--api-key', OPERATOR_KEY], { timeout: 60_000 })
    expect(stdout).toContain('Cost per 1,000 sessions:')
    expect(stdout).toContain('The seed\'s cost table, replayed from this network\'s recorded traffic')
    for (const label of ['100% Anthropic', 'Phase 1A', 'Phase 1B', 'Phase 2', 'Phase 3']) expect(stdout).toMatch(new RegExp(`^${label} .*\\|\\s+\\d+%\\s+\\$[\\d,]+\\.\\d\\d$`, 'm'))
    expect(stdout.indexOf('Assumptions:')).toBeGreaterThan(stdout.indexOf('Phase 3'))
    const json = await run(process.execPath, [CLI, 'report', '--json', '--url', api.url, '--api-key', OPERATOR_KEY], { timeout: 60_000 })
    const parsed = JSON.parse(json.stdout) as { sessions: number; phases: unknown }
    expect(parsed.sessions).toBe(2)
    expect(phaseReportSchema.parse(parsed.phases).phases).toHaveLength(5)
  }, 120_000)
})
