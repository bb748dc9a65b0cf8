import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import Anthropic from '@anthropic-ai/sdk'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import type { GenerationParameters } from '../../node/backend/InferenceBackend.ts'
import type { CostReport } from '../../orchestrator/economy/accounting/costReport.ts'
import type { KnowledgeBase } from '../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { createTestMaia } from '../helpers/testMaia.ts'
import { startFakeAnthropicServer, type FakeAnthropicServer } from '../helpers/fakeAnthropicServer.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../helpers/network.ts'

const run = promisify(execFile)
const SECOND_API_KEY = 'another-app-key-456'
const CLI = fileURLToPath(new URL('../../scripts/maia.js', import.meta.url))

// The whole MAIA pipeline behind the API: router → template / safety / network / Claude, with
// knowledge from the sample library, encrypted memory and the session ledger in level.
describe('MAIA pipeline end to end', () => {
  let network: TestNetwork
  let fake: FakeAnthropicServer
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let knowledge: KnowledgeBase
  let client: Anthropic
  const nodePrompts: GenerationParameters[] = []

  const ask = (content: string, headers: Record<string, string> = {}) =>
    client.messages.create({ model: 'maia', max_tokens: 64, messages: [{ role: 'user', content }] }, { headers })

  beforeAll(async () => {
    directory = await temporaryDirectory()
    fake = await startFakeAnthropicServer({ apiKey: 'sk-test', reply: 'The Fool steps off the cliff with trust.' })
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    const created = await createTestMaia({ directory: directory.path, db, claudeUrl: fake.url, routingPhase: '1b' /* Claude answers synthesis and oracle readings */ })
    knowledge = created.knowledge
    const maia = created.maia
    const backend = createScriptedBackend({
      modelName: 'maia-scripted', contextSize: 8_192,
      reply: (parameters) => { nodePrompts.push(parameters); return 'Let us sit with that shadow together.' }
    })
    network = await startTestNetwork([backend], { maia, adminApiKeys: [TEST_API_KEY] })
    await network.waitForNodes(1)
    client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
  })
  afterAll(async () => {
    await network?.stop()
    await knowledge?.close()
    await db?.close()
    await fake?.close()
    await directory?.remove()
  })

  it('lists the MAIA model next to the network\'s', async () => {
    expect((await client.models.list()).data.map((model) => model.id)).toEqual(['maia', 'maia-scripted'])
  })

  it('answers a check-in from a local template with a cited quote: no model is called', async () => {
    const before = { node: nodePrompts.length, claude: fake.requests.length }
    const reply = await ask('Good morning MAIA, just checking in. I feel calm and rested today.', { 'x-maia-user': 'ada', 'x-maia-session': 'session-1' })
    const text = reply.content[0]?.type === 'text' ? reply.content[0].text : ''
    expect(text.length).toBeGreaterThan(20)
    expect({ node: nodePrompts.length, claude: fake.requests.length }).toEqual(before)
    expect(reply.model).toBe('maia')
  })

  it('sends shadow work to the network with identity, cited wisdom and memory in the prompt', async () => {
    await ask('My name is Ada. I have been feeling jealous of my sister.', { 'x-maia-user': 'ada', 'x-maia-session': 'session-1' })
    nodePrompts.length = 0
    const reply = await ask('Why do I keep projecting my anger onto my sister? What is this shadow in me?', { 'x-maia-user': 'ada', 'x-maia-session': 'session-1' })
    expect(reply.content[0]).toEqual({ type: 'text', text: 'Let us sit with that shadow together.' })
    const prompt = nodePrompts.at(-1)
    expect(prompt?.messages[0]?.role).toBe('system')
    const system = prompt?.messages[0]?.content ?? ''
    expect(system.startsWith('You are MAIA')).toBe(true)
    expect(system).toMatch(/Passages from the library/)
    expect(system).toMatch(/\[.+ — .+\]/)
    expect(system).toMatch(/Fact: My name is Ada/)
    expect(prompt?.messages.at(-1)).toEqual({ role: 'user', content: 'Why do I keep projecting my anger onto my sister? What is this shadow in me?' })
  })

  it('sends an oracle reading to Claude with cached identity and wisdom blocks', async () => {
    const first = await ask('Pull a tarot card for me and tell me what the cards say about my path this month.', { 'x-maia-session': 'session-2' })
    expect(first.content[0]).toEqual({ type: 'text', text: 'The Fool steps off the cliff with trust.' })
    const sent = fake.requests.at(-1) as { system: Array<{ text: string; cache_control?: unknown }> }
    expect(sent.system[0]?.text.startsWith('You are MAIA')).toBe(true)
    expect(sent.system[0]?.cache_control).toEqual({ type: 'ephemeral' })
  })

  it('falls back to the network when Claude fails', async () => {
    fake.failures.push({ status: 529, type: 'overloaded_error', retryAfterSeconds: 0 }, { status: 529, type: 'overloaded_error', retryAfterSeconds: 0 })
    const reply = await ask('Draw an oracle card for my week ahead, please.', { 'x-maia-session': 'session-3' })
    expect(reply.content[0]).toEqual({ type: 'text', text: 'Let us sit with that shadow together.' })
  })

  it('answers a crisis with the fixed safety response, never a model', async () => {
    const before = { node: nodePrompts.length, claude: fake.requests.length }
    const reply = await ask('I want to kill myself, I can\'t go on', { 'x-maia-session': 'session-4' })
    const text = reply.content[0]?.type === 'text' ? reply.content[0].text : ''
    expect(text).toMatch(/988|112|116 123/)
    expect({ node: nodePrompts.length, claude: fake.requests.length }).toEqual(before)
  })

  it('keeps the prompt when an app asks for as many tokens as the node\'s whole context', async () => {
    nodePrompts.length = 0
    await client.messages.create({ model: 'maia', max_tokens: 8_192, messages: [{ role: 'user', content: 'What is this shadow in me that hates my sister?' }] })
    const prompt = nodePrompts.at(-1)
    expect(prompt?.maxTokens).toBe(4_096)
    expect(prompt?.messages[0]?.content.startsWith('You are MAIA')).toBe(true)
    expect(prompt?.messages.at(-1)?.content).toBe('What is this shadow in me that hates my sister?')
  })

  it('keeps each app\'s users apart: another API key cannot read a user\'s memory', async () => {
    const other = await (await fetch(`${network.orchestrator.api.url}/v1/users/ada/memory`, { headers: { 'x-api-key': SECOND_API_KEY } })).json() as { facts: unknown[] }
    expect(other.facts).toEqual([])
  })

  it('lets a user export and delete their memory through the API', async () => {
    const headers = { 'x-api-key': TEST_API_KEY }
    const exported = await (await fetch(`${network.orchestrator.api.url}/v1/users/ada/memory`, { headers })).json() as { facts: Array<{ text: string }>; summaries: unknown[] }
    expect(exported.facts.map((fact) => fact.text)).toContain('My name is Ada')
    expect(exported.summaries).toHaveLength(1)
    const deleted = await (await fetch(`${network.orchestrator.api.url}/v1/users/ada/memory`, { method: 'DELETE', headers })).json() as { deleted: number }
    expect(deleted.deleted).toBeGreaterThan(0)
    const after = await (await fetch(`${network.orchestrator.api.url}/v1/users/ada/memory`, { headers })).json() as { facts: unknown[] }
    expect(after.facts).toEqual([])
  })

  it('shows the cost report only to operator keys', async () => {
    const response = await fetch(`${network.orchestrator.api.url}/v1/report`, { headers: { 'x-api-key': SECOND_API_KEY } })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { type: 'authentication_error', message: expect.stringMatching(/operator/) } })
  })

  it('reports cost and sovereignty from recorded traffic, over the API and through `maia report`', async () => {
    const report = await (await fetch(`${network.orchestrator.api.url}/v1/report`, { headers: { 'x-api-key': TEST_API_KEY } })).json() as CostReport
    expect(report.sessions).toBe(5)
    expect(report.requestsByRoute).toEqual({ template: 1, safety: 1, network: 4, claude: 1 })
    expect(report.sovereignSessions).toBe(4)
    expect(report.sovereigntyPercent).toBe(80)
    expect(report.costUsd.total).toBeGreaterThan(0)
    const { stdout } = await run(process.execPath, [CLI, 'report', '--url', network.orchestrator.api.url, '--api-key', TEST_API_KEY], { timeout: 30_000 })
    expect(stdout).toMatch(/Sovereignty: +80\.0% of sessions never called Claude \(4\/5\)/)
    expect(stdout).toMatch(/Cost per 1,000 sessions/)
  })
})
