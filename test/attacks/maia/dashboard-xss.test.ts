import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDashboardPages, type DashboardChainReader } from '../../../orchestrator/dashboard/index.ts'
import { startApiServer, type ApiServer } from '../../../orchestrator/gateway/startApiServer.ts'
import { NodeTable } from '../../../orchestrator/inference/NodeTable.ts'
import { dashboardRoutes } from '../../../orchestrator/routes/dashboardRoutes.ts'
import { networkNodesRoute } from '../../../orchestrator/routes/networkNodesRoute.ts'
import type { CapabilityRecord } from '../../../shared/protocol/capability.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from '../../orchestrator/dashboard/support/browser.ts'

// Stored XSS into the operator's browser: every string the dashboard shows that a node (its signed
// capability record) or a chain participant (model submitter, proposer, evaluator) chose is a
// script-running payload here. The page is the real one, served by the real API server; the data
// routes are the real ones, fed a node table holding a hostile record and a chain reader returning
// hostile registry entries. Secure: the payloads show as text, nothing runs, no javascript: link.

const KEY = 'dashboard-operator-key-31337'
const RUN = 'window.__pwned=(window.__pwned||0)+1'
const PAYLOAD = `<img src=x onerror="${RUN}"><script>${RUN}</script><svg onload="${RUN}">`
const ADDRESS = `0x${'12'.repeat(20)}`
const HASH = `0x${'ab'.repeat(32)}`

const hostileRecord = (): CapabilityRecord => ({
  version: 1,
  // Within the record schema (40 to 80 characters of anything; a real one must also be the gossip signer).
  peerId: `<img src=x onerror="${RUN}">aaaaaaaaaa`,
  ethAddress: ADDRESS,
  binding: { ethSignature: `0x${'11'.repeat(65)}`, peerSignature: 'x' },
  model: { hash: HASH, name: PAYLOAD },
  contextSize: 4096, maxConcurrent: 2, queueDepth: 0, inFlight: 0, tokensPerSecond: 10,
  pricePer1kTokens: '1000', timestamp: Date.now(), signature: '0x00'
})

const hostileChain: DashboardChainReader = {
  async governance() {
    return {
      activeModelId: 1,
      evaluationRequired: true,
      models: [{
        id: 1, name: PAYLOAD, ggufSha256: PAYLOAD, uri: `javascript:${RUN}`, trainer: PAYLOAD, submittedAt: 1, status: 'approved', active: true,
        datasetHash: PAYLOAD,
        evaluation: { reportHash: PAYLOAD, uri: `javascript:${RUN}`, baselineId: 0, passed: true, evaluator: PAYLOAD, recordedAt: 1 }
      }, {
        id: 2, name: 'second', ggufSha256: HASH, uri: `https://evil.example/"><img src=x onerror="${RUN}">`, trainer: ADDRESS, submittedAt: 1, status: 'submitted', active: false,
        datasetHash: null,
        evaluation: { reportHash: HASH, uri: `https://evil.example/"><img src=x onerror="${RUN}">`, baselineId: 1, passed: false, evaluator: ADDRESS, recordedAt: 1 }
      }],
      proposals: [{ id: PAYLOAD, proposer: PAYLOAD, description: PAYLOAD, state: 'active', votes: { for: 1n, against: 0n, abstain: 0n }, voteStart: 1n, voteEnd: 2n }]
    }
  },
  async economy() {
    return {
      currentEpoch: 1, totalCumulative: 1n, totalClaimed: 0n, feeBps: 100,
      epochs: [{ epoch: 1, root: PAYLOAD, totalCumulative: 1n, transactionHash: PAYLOAD, blockNumber: 1, gasUsed: 1n }],
      rewards: [{ account: PAYLOAD, roles: ['provider'], earned: 1n, claimed: 0n }],
      claims: [{ account: PAYLOAD, epoch: 1, amount: 1n, cumulativeAmount: 1n, transactionHash: PAYLOAD }],
      deposits: { count: 1, total: 1n, redeemed: 0n, redemptions: 0 }
    }
  },
  async account() {
    return { account: PAYLOAD, balance: 0n, deposited: 0n, sessions: [], spent: 0n, earned: undefined, claimed: 0n }
  },
  async stakes() {
    return { [ADDRESS]: 1n }
  }
}

if (!HAVE_CHROMIUM) console.warn(`dashboard XSS test skipped: ${CHROMIUM} is missing`)

describe.skipIf(!HAVE_CHROMIUM)('ATTACK the operator\'s dashboard with hostile node and chain strings', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let api: ApiServer
  let browser: BrowserContext
  let page: Page
  const dialogs: string[] = []

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-attack-dashboard-')
    const table = new NodeTable({ maxAgeMs: 3_600_000, now: Date.now })
    table.upsert(hostileRecord())
    api = await startApiServer({
      generator: { generate: () => Promise.reject(new Error('no generation here')), listModels: () => [], modelNameFor: (model) => model },
      apiKeys: [KEY],
      logger: silentLogger(),
      pages: createDashboardPages(),
      routes: [networkNodesRoute({ table, receiptMismatches: new Map(), now: Date.now }), ...dashboardRoutes({ chain: hostileChain })]
    }, { host: '127.0.0.1', port: 0 })
    browser = await launchChromium(join(directory.path, 'chromium'))
    page = browser.pages()[0] ?? await browser.newPage()
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss() })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await api?.close()
    await directory?.remove()
  })

  it('defended: every dashboard file carries a CSP with no inline or eval script, nosniff, no referrer and no framing', async () => {
    for (const path of ['/dashboard', '/dashboard/assets/dashboard.js', '/dashboard/assets/dashboard.css', '/dashboard/assets/vendor/uPlot.iife.min.js', '/dashboard/assets/vendor/pico.min.css', '/dashboard/seed.json']) {
      const response = await fetch(`${api.url}${path}`)
      expect(response.status, path).toBe(200)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
    }
    // The key is never taken from the query string (which lands in access logs and history).
    expect((await fetch(`${api.url}/v1/network/nodes?key=${KEY}`)).status).toBe(401)
    expect((await fetch(`${api.url}/v1/network/nodes?api_key=${KEY}`)).status).toBe(401)
  })

  it('defended: hostile model names, peer ids, registry entries and proposals render as text and run nothing', async () => {
    for (const name of ['network', 'governance', 'economy']) {
      await page.goto(`${api.url}/dashboard#key=${encodeURIComponent(KEY)}&page=${name}&poll=60000`)
      await page.waitForSelector(`body[data-loaded="${name}"]`, { timeout: 10_000 })
      const found = await page.evaluate(`({
        pwned: window.__pwned ?? 0,
        injected: document.querySelectorAll('main img, main svg, main script, main iframe, main object').length,
        javascriptLinks: [...document.querySelectorAll('a')].filter((link) => link.href.toLowerCase().startsWith('javascript:')).length,
        shownAsText: document.body.innerText.includes('<img src')
      })`) as { pwned: number; injected: number; javascriptLinks: number; shownAsText: boolean }
      expect(found, name).toEqual({ pwned: 0, injected: 0, javascriptLinks: 0, shownAsText: true })
    }
    // The second model's report URI is an https link; its quote cannot break out of the attribute.
    const links = await page.evaluate(`[...document.querySelectorAll('a[target="_blank"]')].map((link) => ({ href: link.href, rel: link.getAttribute('rel') }))`) as Array<{ href: string; rel: string | null }>
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      expect(link.href.startsWith('https://evil.example/')).toBe(true)
      expect(link.rel).toBe('noopener noreferrer')
    }
    expect(dialogs).toEqual([])
  })
})
