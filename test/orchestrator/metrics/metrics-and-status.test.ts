import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import type { ProviderNode } from '../../../node/startProviderNode.ts'
import type { KnowledgeBase } from '../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { startFakeAnthropicServer, type FakeAnthropicServer } from '../../helpers/fakeAnthropicServer.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../../helpers/network.ts'
import { createTestMaia } from '../../helpers/testMaia.ts'
import { parsePrometheusText, sampleValue, type Sample } from './parsePrometheusText.ts'

const run = promisify(execFile)
const CLI = fileURLToPath(new URL('../../../scripts/maia.js', import.meta.url))
const ADMIN_KEY = 'operator-key-789'
const maia = (args: string[]) => run(process.execPath, [CLI, ...args], { timeout: 30_000 }).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
)

// A MAIA network in this process answering by template, network and Claude, then scraped.
describe('metrics and status', () => {
  let network: TestNetwork
  let node: ProviderNode
  let fake: FakeAnthropicServer
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let knowledge: KnowledgeBase

  const post = (path: string, body: unknown, key = TEST_API_KEY, headers: Record<string, string> = {}): Promise<Response> => fetch(`${network.orchestrator.api.url}${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers }, body: JSON.stringify(body)
  })
  const askMaia = async (content: string, session: string): Promise<void> => {
    const response = await post('/v1/messages', { model: 'maia', max_tokens: 64, messages: [{ role: 'user', content }] }, TEST_API_KEY, { 'x-maia-session': session })
    expect(response.status).toBe(200)
    await response.text()
  }
  const scrape = async (key: string): Promise<{ status: number; samples: Sample[]; text: string; contentType: string | null }> => {
    const response = await fetch(`${network.orchestrator.api.url}/metrics`, { headers: { 'x-api-key': key } })
    const text = await response.text()
    return { status: response.status, samples: parsePrometheusText(text), text, contentType: response.headers.get('content-type') }
  }

  beforeAll(async () => {
    directory = await temporaryDirectory()
    fake = await startFakeAnthropicServer({ apiKey: 'sk-test', reply: 'The Fool steps off the cliff with trust.' })
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    const created = await createTestMaia({ directory: directory.path, db, claudeUrl: fake.url, routingPhase: '1b' /* Claude answers synthesis and oracle readings */ })
    knowledge = created.knowledge
    network = await startTestNetwork([], { maia: created.maia, adminApiKeys: [ADMIN_KEY] })
    node = await network.addNode(createScriptedBackend({ modelName: 'maia-scripted', contextSize: 8_192, tokensPerSecond: 200, reply: () => 'Let us sit with that shadow together for a while.' }), { metrics: { port: 0 } })
    await network.waitForNodes(1)
    // Template, network and Claude routes of the MAIA model, the network model over OpenAI, one refusal.
    await askMaia('Good morning MAIA, just checking in. I feel calm and rested today.', 'session-1')
    await askMaia('Why do I keep projecting my anger onto my sister? What is this shadow in me?', 'session-1')
    await askMaia('Pull a tarot card for me and tell me what the cards say about my path this month.', 'session-2')
    const openai = await post('/v1/chat/completions', { model: 'maia-scripted', max_tokens: 32, messages: [{ role: 'user', content: 'hello there' }] })
    expect(openai.status).toBe(200)
    await openai.text()
    expect((await post('/v1/messages', { model: 'maia', max_tokens: 8, messages: [] }, 'wrong-key')).status).toBe(401)
  })
  afterAll(async () => {
    await network?.stop()
    await knowledge?.close()
    await db?.close()
    await fake?.close()
    await directory?.remove()
  })

  it('serves /metrics only to an operator key', async () => {
    expect((await scrape('wrong-key')).status).toBe(401)
    expect((await scrape(TEST_API_KEY)).status).toBe(401)
    const { status, contentType, text } = await scrape(ADMIN_KEY)
    expect(status).toBe(200)
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(text).toContain('# TYPE maia_api_requests_total counter')
  })

  it('counts requests by API, MAIA route and status, with latency histograms', async () => {
    const { samples } = await scrape(ADMIN_KEY)
    expect(sampleValue(samples, 'maia_api_requests_total', { api: 'anthropic', route: 'template', status: '200' })).toBeGreaterThanOrEqual(1)
    expect(sampleValue(samples, 'maia_api_requests_total', { api: 'anthropic', route: 'network', status: '200' })).toBeGreaterThanOrEqual(1)
    expect(sampleValue(samples, 'maia_api_requests_total', { api: 'anthropic', route: 'claude', status: '200' })).toBe(1)
    expect(sampleValue(samples, 'maia_api_requests_total', { api: 'openai', route: 'network', status: '200' })).toBe(1)
    expect(sampleValue(samples, 'maia_api_requests_total', { api: 'anthropic', route: 'none', status: '401' })).toBe(1)
    const firstTokens = sampleValue(samples, 'maia_api_time_to_first_token_seconds_count', { api: 'openai', route: 'network' })
    expect(firstTokens).toBe(1)
    const firstTokenSum = sampleValue(samples, 'maia_api_time_to_first_token_seconds_sum', { api: 'openai', route: 'network' })!
    expect(firstTokenSum).toBeGreaterThan(0)
    expect(firstTokenSum).toBeLessThan(10)
    // The node writes 200 tokens/s; what reaches the API is that, give or take framing and scheduling.
    const rateCount = sampleValue(samples, 'maia_api_output_tokens_per_second_count', { api: 'openai', route: 'network' })!
    const rateSum = sampleValue(samples, 'maia_api_output_tokens_per_second_sum', { api: 'openai', route: 'network' })!
    expect(rateCount).toBe(1)
    expect(rateSum / rateCount).toBeGreaterThan(10)
    expect(rateSum / rateCount).toBeLessThan(5_000)
  })

  it('reports the node table, receipts and Claude usage', async () => {
    const { samples } = await scrape(ADMIN_KEY)
    expect(sampleValue(samples, 'maia_network_nodes', { state: 'routable' })).toBe(1)
    expect(sampleValue(samples, 'maia_network_nodes', { state: 'known' })).toBe(1)
    expect(sampleValue(samples, 'maia_network_node_in_flight', { peer_id: node.peer.peerId.toString() })).toBe(0)
    expect(sampleValue(samples, 'maia_network_receipts_verified_total')).toBeGreaterThanOrEqual(2)
    expect(sampleValue(samples, 'maia_network_receipt_mismatches_total')).toBe(0)
    expect(sampleValue(samples, 'maia_network_failovers_total', { kind: 'retry' })).toBeUndefined()
    for (const kind of ['input', 'output']) expect(sampleValue(samples, 'maia_claude_tokens_total', { kind })).toBeGreaterThan(0)
    expect(sampleValue(samples, 'maia_claude_tokens_total', { kind: 'cache_write' })).toBeGreaterThanOrEqual(0)
    expect(sampleValue(samples, 'maia_claude_cost_usd_total')).toBeGreaterThan(0)
    expect(sampleValue(samples, 'maia_claude_cost_usd_total')).toBeLessThan(1)
  })

  it('serves the node\'s own metrics on its metrics port', async () => {
    expect(node.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/)
    const response = await fetch(node.metricsUrl!)
    expect(response.status).toBe(200)
    const samples = parsePrometheusText(await response.text())
    expect(sampleValue(samples, 'maia_node_requests_served_total')).toBeGreaterThanOrEqual(2)
    expect(sampleValue(samples, 'maia_node_tokens_generated_total')).toBeGreaterThan(10)
    expect(sampleValue(samples, 'maia_node_in_flight')).toBe(0)
    expect(sampleValue(samples, 'maia_node_queue_depth')).toBe(0)
    expect(sampleValue(samples, 'maia_node_tokens_per_second_count')).toBeGreaterThanOrEqual(2)
    expect(sampleValue(samples, 'maia_node_time_to_first_token_seconds_count')).toBeGreaterThanOrEqual(2)
    expect((await fetch(node.metricsUrl!.replace('/metrics', '/other'))).status).toBe(404)
  })

  it('`maia status` prints nodes, epoch and sovereignty on one screen', async () => {
    // LOAD is what the node last announced: a heartbeat sent while a request of beforeAll was in
    // flight says 1/1 until the next one. Wait for the node to announce itself idle (as an operator
    // would see a moment later), then check the screen.
    const nodeTable = async (): Promise<string> => JSON.stringify(await (await fetch(`${network.orchestrator.api.url}/v1/network/nodes`, { headers: { 'x-api-key': ADMIN_KEY } })).json())
    await expect.poll(nodeTable, { timeout: 10_000, interval: 100 }).toMatch(/"inFlight":0\b/u)
    const { code, stdout, stderr } = await maia(['status', '--url', network.orchestrator.api.url, '--api-key', ADMIN_KEY])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('Nodes: 1 known, 1 serving')
    expect(stdout).toContain('maia-scripted')
    expect(stdout).toMatch(/0\/1 +0 +[\d.]+ +ok/)
    expect(stdout).toContain('Epoch: no settlement (economy off)')
    expect(stdout).toMatch(/Sovereignty: 50\.0% of 2 sessions never called Claude \(1\/2\)/)
    expect(stdout.split('\n').length).toBeLessThan(25)
  })

  it('`maia status --json` gives the same data, and says what a plain key may not read', async () => {
    const json = await maia(['status', '--url', network.orchestrator.api.url, '--api-key', ADMIN_KEY, '--json'])
    expect(json.code).toBe(0)
    const status = JSON.parse(json.stdout) as { nodes: Array<{ peerId: string }>; report: { sessions: number } }
    expect(status.nodes.map((entry) => entry.peerId)).toEqual([node.peer.peerId.toString()])
    expect(status.report.sessions).toBe(2)
    const plain = await maia(['status', '--url', network.orchestrator.api.url, '--api-key', TEST_API_KEY])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('Sovereignty: needs an operator (admin) key')
    const refused = await maia(['status', '--url', network.orchestrator.api.url, '--api-key', 'wrong-key'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/StatusUnavailableError/)
  })
})
