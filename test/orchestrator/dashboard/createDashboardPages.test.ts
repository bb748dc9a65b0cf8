import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED_COST_TABLE } from '../../../orchestrator/dashboard/index.ts'
import { startOrchestrator, type Orchestrator } from '../../../orchestrator/startOrchestrator.ts'
import { loadOrCreateIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { TEST_API_KEY, temporaryDirectory } from '../../helpers/network.ts'

describe('the dashboard on the orchestrator\'s HTTP port', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let orchestrator: Orchestrator
  const get = (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${orchestrator.api.url}${path}`, init)

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-dashboard-pages-')
    orchestrator = await startOrchestrator({
      identity: await loadOrCreateIdentity(directory.path), logger: silentLogger(), apiKeys: [TEST_API_KEY], adminApiKeys: ['operator-key-789'], http: { host: '127.0.0.1', port: 0 }
    })
  })
  afterAll(async () => {
    await orchestrator?.stop()
    await directory?.remove()
  })

  it('serves the page, its script and style, and the bundled libraries without a key, locked to its own origin', async () => {
    const expected: Array<[string, string]> = [
      ['/dashboard', 'text/html'], ['/dashboard/', 'text/html'], ['/dashboard/assets/dashboard.js', 'text/javascript'], ['/dashboard/assets/dashboard.css', 'text/css'],
      ['/dashboard/assets/vendor/pico.min.css', 'text/css'], ['/dashboard/assets/vendor/uPlot.min.css', 'text/css'], ['/dashboard/assets/vendor/uPlot.iife.min.js', 'text/javascript']
    ]
    for (const [path, type] of expected) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toContain(type)
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'")
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect((await response.arrayBuffer()).byteLength, path).toBeGreaterThan(100)
    }
    const page = await (await get('/dashboard')).text()
    // Nothing is fetched from anywhere but this orchestrator.
    expect(page).not.toMatch(/https?:\/\//)
    expect(await (await get('/dashboard', { method: 'HEAD' })).text()).toBe('')
  })

  it('serves the seed\'s cost table, and nothing outside its own files', async () => {
    expect(await (await get('/dashboard/seed.json')).json()).toEqual({ phases: SEED_COST_TABLE })
    for (const path of ['/dashboard/assets/../../package.json', '/dashboard/assets/index.ts', '/dashboard/assets/vendor/uPlot.cjs.js', '/dashboard/x']) {
      expect((await get(path)).status, path).toBe(401)
    }
    expect((await get('/dashboard/x', { headers: { 'x-api-key': TEST_API_KEY } })).status).toBe(404)
    expect((await get('/dashboard', { method: 'POST' })).status).toBe(401)
  })

  it('keeps the chain routes absent without a chain', async () => {
    for (const path of ['/v1/governance', '/v1/economy', '/v1/network/stakes']) {
      expect((await get(path, { headers: { 'x-api-key': TEST_API_KEY } })).status, path).toBe(404)
    }
  })
})
