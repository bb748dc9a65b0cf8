import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { NodeTable } from '../../orchestrator/inference/NodeTable.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'

interface Outcome { status: number; retryAfter: string | null; body: string; dialect: 'anthropic' | 'openai' }

// Issue 1 (outside probe): under ~300 concurrent requests the orchestrator took `busy` answers and
// stream resets for node failures, quarantined every node and refused all traffic for ~30 s.
describe('overload is back-pressure: nodes stay routable and refusals are 429 with Retry-After', () => {
  let network: TestNetwork
  let url: string

  beforeAll(async () => {
    network = await startTestNetwork([])
    // 3 small nodes: 2 running + 2 waiting each, 6 tokens at 20 tokens/s (~300 ms a request): 300
    // requests at once are far more than they can take within the orchestrator's bounded wait.
    for (let index = 0; index < 3; index += 1) {
      await network.addNode(createScriptedBackend({ modelName: 'maia-scripted', reply: () => 'a b c d e f', tokensPerSecond: 20 }), { maxConcurrent: 2, maxQueued: 2 })
    }
    await network.waitForNodes(3)
    url = network.orchestrator.api.url
  })
  afterAll(async () => { await network?.stop() })

  const ask = async (index: number): Promise<Outcome> => {
    const dialect = index % 2 === 0 ? 'anthropic' : 'openai'
    const stream = index % 4 < 2
    const response = await fetch(`${url}${dialect === 'anthropic' ? '/v1/messages' : '/v1/chat/completions'}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
      body: JSON.stringify({ model: 'maia-scripted', max_tokens: 16, stream, messages: [{ role: 'user', content: `question ${index}` }] })
    })
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text(), dialect }
  }

  it('keeps every node routable, refuses only with 429 + Retry-After, completes what it accepts, and serves at once afterwards', async () => {
    const outcomes = await Promise.all(Array.from({ length: 300 }, (_, index) => ask(index)))
    const statuses = new Map<number, number>()
    for (const outcome of outcomes) statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1)
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 429), `statuses: ${JSON.stringify([...statuses])}`).toEqual([])

    const accepted = outcomes.filter((outcome) => outcome.status === 200)
    expect(accepted.length).toBeGreaterThan(12)
    // The burst really overflowed the network (else this would test nothing).
    expect(statuses.get(429) ?? 0).toBeGreaterThan(0)
    for (const outcome of accepted) {
      // Every accepted request ran to its end: a full JSON answer or a stream that finished.
      if (outcome.body.startsWith('{')) expect(outcome.body).toMatch(/a b c d e f/)
      else expect(outcome.body).toMatch(outcome.dialect === 'anthropic' ? /event: message_stop/ : /data: \[DONE\]/)
    }
    for (const outcome of outcomes.filter((candidate) => candidate.status === 429)) {
      expect(Number(outcome.retryAfter)).toBeGreaterThanOrEqual(1)
      const body = JSON.parse(outcome.body) as Record<string, unknown>
      if (outcome.dialect === 'anthropic') expect(body).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', message: expect.any(String) } })
      else expect(body).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: expect.any(String) } })
    }

    const now = Date.now()
    for (const entry of network.orchestrator.table.all()) {
      expect(entry.failures).toBe(0)
      expect(entry.quarantinedUntil).toBeLessThanOrEqual(now)
    }
    expect(network.orchestrator.table.routable()).toHaveLength(3)

    // Right after the burst the network serves again, at once.
    const startedAt = Date.now()
    const after = await Promise.all([ask(1000), ask(1001), ask(1002)])
    expect(after.map((outcome) => outcome.status)).toEqual([200, 200, 200])
    expect(Date.now() - startedAt).toBeLessThan(1_000)
  })
})

describe('a success clears a node\'s quarantine and backoff', () => {
  it('routes to a node again as soon as it has answered', () => {
    let clock = 1_000
    const table = new NodeTable({ maxAgeMs: 10_000, now: () => clock })
    table.upsert({ peerId: 'peer-a', timestamp: 1 } as Parameters<NodeTable['upsert']>[0])
    table.recordFailure('peer-a')
    table.recordFailure('peer-a')
    expect(table.routable()).toHaveLength(0)
    // A request that was already running on it finishes well.
    table.recordSuccess('peer-a', 50)
    clock += 1
    expect(table.routable()).toHaveLength(1)
    expect(table.get('peer-a')).toMatchObject({ failures: 0, quarantinedUntil: 0 })
  })
})
