import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Anthropic from '@anthropic-ai/sdk'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED_COST_TABLE } from '../../orchestrator/dashboard/index.ts'
import { sendSampleRequest } from '../../scripts/devnet/sendSampleRequest.ts'
import { startDevnet, type Devnet } from '../../scripts/devnet/startDevnet.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from '../orchestrator/dashboard/support/browser.ts'
import { startChainDashboard } from '../orchestrator/dashboard/support/chainDashboard.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'

/** The bundled sample library: indexing the whole shared library would take most of the test's minute. */
const SAMPLE_LIBRARY = fileURLToPath(new URL('../../orchestrator/maia/knowledge/sample-library', import.meta.url))

if (!HAVE_CHROMIUM) console.warn(`dashboard browser test skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`)

// The dashboard against real processes, as `maia up` runs them, in the Chromium users have.
describe.skipIf(!HAVE_CHROMIUM)('the web dashboard in a real browser', () => {
  let devnet: Devnet
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let browser: BrowserContext
  let page: Page
  const pageErrors: string[] = []

  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${devnet.apiUrl}${path}`, { headers: { 'x-api-key': devnet.apiKey } })
    expect(response.status).toBe(200)
    return await response.json() as T
  }

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-dashboard-')
    const [started, context] = await Promise.all([
      startDevnet({ dataDir: join(directory.path, 'devnet'), nodes: 2, model: await tinyModelPath(), heartbeatIntervalMs: 500, libraryDir: SAMPLE_LIBRARY }),
      launchChromium(join(directory.path, 'chromium'))
    ])
    devnet = started
    browser = context
    page = browser.pages()[0] ?? await browser.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // Traffic for the cost table: one MAIA session, one plain network request.
    await sendSampleRequest(devnet.apiUrl, devnet.apiKey, () => {})
    await new Anthropic({ baseURL: devnet.apiUrl, apiKey: devnet.apiKey, maxRetries: 0 })
      .messages.create({ model: 'maia-tiny', max_tokens: 4, messages: [{ role: 'user', content: 'hello' }] })
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await devnet?.stop()
    await directory?.remove()
  })

  it('serves the page and its libraries without a key, and keeps the data routes behind one', async () => {
    for (const path of ['/dashboard', '/dashboard/assets/dashboard.js', '/dashboard/assets/vendor/uPlot.iife.min.js', '/dashboard/assets/vendor/pico.min.css']) {
      const response = await fetch(`${devnet.apiUrl}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    }
    expect((await fetch(`${devnet.apiUrl}/v1/network/nodes`)).status).toBe(401)
    expect((await fetch(`${devnet.apiUrl}/v1/report/history`)).status).toBe(401)
  })

  it('shows every node and marks one that leaves', async () => {
    const { nodes } = await api<{ nodes: Array<{ peerId: string; model: { name: string } }> }>('/v1/network/nodes')
    expect(nodes).toHaveLength(2)
    await page.goto(`${devnet.apiUrl}/dashboard#key=${encodeURIComponent(devnet.apiKey)}&page=network&poll=300`)
    // The key left the address bar (it stays in this tab's session storage).
    expect(page.url()).not.toContain(devnet.apiKey)
    const present = page.locator('#nodes-table tbody tr[data-state="present"]')
    await expect.poll(() => present.count(), { timeout: 10_000 }).toBe(2)
    for (const node of nodes) {
      const row = page.locator(`#nodes-table tr[data-node="${node.peerId}"]`)
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('maia-tiny')
    }
    await expect.poll(() => page.locator('[data-card="nodes"] .value').textContent()).toBe('2')

    // node-2 leaves (a crash): the orchestrator drops it once its heartbeats stop, and the page follows.
    const leaving = devnet.processes.find((entry) => entry.name === 'node-2')!
    devnet.kill('node-2')
    await expect.poll(async () => (await api<{ nodes: unknown[] }>('/v1/network/nodes')).nodes.length, { timeout: 15_000 }).toBe(1)
    await expect.poll(() => present.count(), { timeout: 5_000 }).toBe(1)
    await expect.poll(() => page.locator('[data-card="nodes"] .value').textContent()).toBe('1')
    await expect.poll(() => page.locator('#nodes-table tr[data-state="gone"]').count()).toBe(1)
    expect(leaving.child.signalCode).toBe('SIGKILL')
  })

  it('shows the seed\'s cost table and this network\'s measured figures, with a chart', async () => {
    const report = await api<{ sessions: number; sovereigntyPercent: number; costUsd: { per1000Sessions: number; perSession: number }; requestsByRoute: Record<string, number> }>('/v1/report')
    expect(report.sessions).toBeGreaterThan(0)
    await page.goto(`${devnet.apiUrl}/dashboard#page=cost&poll=500`)
    await expect.poll(() => page.locator('body').getAttribute('data-loaded'), { timeout: 10_000 }).toBe('cost')
    const phasesServed = (await fetch(`${devnet.apiUrl}/v1/report/phases`, { headers: { 'x-api-key': devnet.apiKey } })).status === 200
    const rows = await page.locator('#cost-table tbody tr').evaluateAll((elements) => elements.map((row) => ({
      phase: row.getAttribute('data-phase'), cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent)
    })))
    // The seed's projections, per 1,000 sessions: 100% Anthropic $5,250 (0%), 1A $1,575 (30%), 1B $473 (70%), 2 $600 (90%), 3 $500 (100%).
    const expected = [['100% Anthropic', '0%', '$5,250'], ['Phase 1A', '30%', '$1,575'], ['Phase 1B', '70%', '$473'], ['Phase 2', '90%', '$600'], ['Phase 3', '100%', '$500']]
    expect(SEED_COST_TABLE.map((phase) => phase.costPer1000Sessions)).toEqual([5_250, 1_575, 473, 600, 500])
    if (!phasesServed) expect(rows.slice(0, 5).map((row) => row.cells)).toEqual(expected)
    else expect(rows.slice(0, 5).map((row) => row.cells.slice(0, 3))).toEqual(expected)
    const measured = rows.find((row) => row.phase === 'measured')!
    expect(measured.cells).toContain(`${report.sovereigntyPercent.toFixed(1)}%`)
    const usd = (value: number): string => `$${value.toLocaleString('en-US', { minimumFractionDigits: value !== 0 && value < 1 ? 4 : 2, maximumFractionDigits: value !== 0 && value < 1 ? 4 : 2 })}`
    expect(measured.cells).toContain(usd(report.costUsd.per1000Sessions))
    expect(await page.locator('[data-card="per-1000"] .value').textContent()).toBe(usd(report.costUsd.per1000Sessions))
    expect(await page.locator('[data-card="sessions"] .value').textContent()).toContain(String(report.sessions))
    for (const route of ['template', 'network', 'claude', 'safety']) {
      expect(await page.locator(`#routes-table tr[data-route="${route}"] td`).nth(1).textContent()).toBe(String(report.requestsByRoute[route] ?? 0))
    }
    // uPlot drew the chart over time from /v1/report/history.
    await expect.poll(() => page.locator('#cost-chart canvas').count()).toBeGreaterThan(0)
  })

  it('says plainly when there is no chain for the economy and governance pages', async () => {
    await page.goto(`${devnet.apiUrl}/dashboard#page=governance`)
    await expect.poll(() => page.locator('#governance-unavailable').isVisible(), { timeout: 10_000 }).toBe(true)
    await page.goto(`${devnet.apiUrl}/dashboard#page=economy`)
    await expect.poll(() => page.locator('#economy-unavailable').isVisible(), { timeout: 10_000 }).toBe(true)
    expect(pageErrors).toEqual([])
  })
})

// Governance and the economy as an orchestrator on a chain shows them: a real chain (in process)
// with a passed and an open proposal, an active model and an evaluated candidate, a posted epoch, a claim and a paid session.
describe.skipIf(!HAVE_CHROMIUM)('the dashboard\'s chain pages in a real browser', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let setup: Awaited<ReturnType<typeof startChainDashboard>>
  let browser: BrowserContext
  let page: Page

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-dashboard-chain-')
    ;[setup, browser] = await Promise.all([startChainDashboard(directory.path), launchChromium(join(directory.path, 'chromium'))])
    page = browser.pages()[0] ?? await browser.newPage()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await setup?.stop()
    await directory?.remove()
  })

  it('shows the active model, every model version and the proposals with state and votes', async () => {
    await page.goto(`${setup.orchestrator.api.url}/dashboard#key=${encodeURIComponent(setup.apiKey)}&page=governance`)
    await expect.poll(() => page.locator('body').getAttribute('data-loaded'), { timeout: 10_000 }).toBe('governance')
    expect(await page.locator('[data-card="active-model"] .value').textContent()).toBe('maia-guide-1b-q4 v1 (#1)')
    const model = page.locator('#models-table tr[data-model="1"] td')
    expect(await model.nth(2).getAttribute('title')).toBe(setup.chain.modelHash)
    expect(await model.nth(4).getAttribute('title')).toBe(setup.chain.suite.stranger.address)
    expect(await model.nth(6).textContent()).toBe('approved, active')
    expect(await page.locator('[data-card="evaluation-required"] .value').textContent()).toBe('required')
  })

  it('serves each model\'s dataset and evaluation as JSON, and shows the verdict, report and evaluator', async () => {
    const { passed, failed } = setup.chain.evaluations
    const response = await fetch(`${setup.orchestrator.api.url}/v1/governance`, { headers: { 'x-api-key': setup.apiKey } })
    expect(response.status).toBe(200)
    const governance = await response.json() as { evaluationRequired: boolean; models: Array<{ id: number; datasetHash: string | null; evaluation: unknown }> }
    expect(governance.evaluationRequired).toBe(true)
    expect(governance.models.map((model) => [model.id, model.datasetHash, model.evaluation])).toEqual([
      [1, null, { reportHash: passed.reportHash, uri: passed.uri, baselineId: 0, passed: true, evaluator: setup.chain.evaluator, recordedAt: expect.any(Number) }],
      [2, setup.chain.candidate.datasetHash, { reportHash: failed.reportHash, uri: failed.uri, baselineId: 1, passed: false, evaluator: setup.chain.evaluator, recordedAt: expect.any(Number) }]
    ])

    await page.goto(`${setup.orchestrator.api.url}/dashboard#key=${encodeURIComponent(setup.apiKey)}&page=governance`)
    await expect.poll(() => page.locator('body').getAttribute('data-loaded'), { timeout: 10_000 }).toBe('governance')
    const field = (id: number, name: string) => page.locator(`#models-table tr[data-model="${id}"] td[data-field="${name}"]`)
    // Model 1 passed with no model active before it; it declared no dataset.
    expect(await field(1, 'verdict').getAttribute('data-verdict')).toBe('passed')
    expect(await field(1, 'verdict').locator('.badge.ok').textContent()).toBe('passed')
    expect(await field(1, 'verdict').textContent()).toBe('passed no baseline')
    expect(await field(1, 'dataset').textContent()).toBe('—')
    expect(await field(1, 'report').getAttribute('title')).toBe(passed.reportHash)
    expect(await field(1, 'report').textContent()).not.toBe(passed.reportHash)
    expect(await field(1, 'evaluator').getAttribute('title')).toBe(setup.chain.evaluator)
    // An https report is a link; an ipfs one is shown but not followed.
    expect(await field(1, 'report-uri').locator('a').getAttribute('href')).toBe(passed.uri)
    expect(await field(1, 'report-uri').locator('a').getAttribute('title')).toBe(passed.uri)
    // Model 2 failed against model 1, and declared its dataset.
    expect(await field(2, 'verdict').getAttribute('data-verdict')).toBe('failed')
    expect(await field(2, 'verdict').locator('.badge.bad').textContent()).toBe('failed')
    expect(await field(2, 'verdict').textContent()).toBe('failed vs #1')
    expect(await field(2, 'dataset').getAttribute('title')).toBe(setup.chain.candidate.datasetHash)
    expect(await field(2, 'report').getAttribute('title')).toBe(failed.reportHash)
    expect(await field(2, 'report-uri').locator('a').count()).toBe(0)
    expect(await field(2, 'report-uri').locator('span').getAttribute('title')).toBe(failed.uri)
    const proposals = await page.locator('#proposals-table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(1, 3).map((cell) => cell.textContent)))
    expect(proposals).toEqual([[setup.chain.proposalDescriptions.open, 'active'], [setup.chain.proposalDescriptions.passed, 'executed']])
  })

  it('shows epochs, rewards, claims, deposits, and a user\'s own sessions and spend', async () => {
    await page.goto(`${setup.orchestrator.api.url}/dashboard#page=economy`)
    await expect.poll(() => page.locator('body').getAttribute('data-loaded'), { timeout: 10_000 }).toBe('economy')
    expect(await page.locator('[data-card="epoch"] .value').textContent()).toBe('1')
    expect(await page.locator('[data-card="total"] .value').textContent()).toBe('3.5 MAIA')
    expect(await page.locator('[data-card="claimed"] .value').textContent()).toBe('3 MAIA')
    expect(await page.locator('[data-card="deposits"] .value').textContent()).toBe('40 MAIA (1)')
    expect(await page.locator('#epochs-table tbody tr').count()).toBe(1)
    expect(await page.locator('#claims-table tbody tr').count()).toBe(1)
    await page.locator('#account-address').fill(setup.chain.suite.users[0].address)
    await page.locator('#account-form button').click()
    await expect.poll(() => page.locator('#account-result .card').nth(2).locator('.value').textContent()).toBe('0.25 MAIA (1 sessions)')
  })
})
