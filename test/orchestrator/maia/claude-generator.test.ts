import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClaudeGenerator } from '../../../orchestrator/maia/createClaudeGenerator.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { startFakeAnthropicServer, type FakeAnthropicServer } from '../../helpers/fakeAnthropicServer.ts'

const system = [
  { kind: 'identity' as const, text: 'You are MAIA. '.repeat(50), cacheable: true },
  { kind: 'wisdom' as const, text: 'A passage from Job. '.repeat(100), cacheable: true },
  { kind: 'memory' as const, text: 'Fact: my name is Ada', cacheable: false }
]

describe('the Claude path (real SDK against a local Messages API)', () => {
  let fake: FakeAnthropicServer
  beforeAll(async () => { fake = await startFakeAnthropicServer({ apiKey: 'sk-test', reply: 'one two three' }) })
  afterAll(async () => { await fake.close() })

  const generator = (overrides: { apiKey?: string; maxRetries?: number } = {}) => createClaudeGenerator({
    apiKey: overrides.apiKey ?? 'sk-test', model: 'claude-sonnet-5-5', baseURL: fake.url, logger: silentLogger(),
    maxRetries: overrides.maxRetries ?? 2, timeoutMs: 5_000
  })

  it('streams text and marks identity and wisdom for prompt caching; a second turn reads the cache', async () => {
    const tokens: string[] = []
    const first = await generator().generate({ system, messages: [{ role: 'user', content: 'Hello' }], maxTokens: 50, stop: [] },
      { onToken: (text) => tokens.push(text), signal: new AbortController().signal })
    expect(tokens.join('')).toBe('one two three')
    expect(first.text).toBe('one two three')
    const sent = fake.requests.at(-1) as { system: Array<{ cache_control?: unknown }>; stream: boolean }
    expect(sent.stream).toBe(true)
    expect(sent.system.map((block) => block.cache_control)).toEqual([{ type: 'ephemeral' }, { type: 'ephemeral' }, undefined])
    expect(first.usage.cacheWriteTokens).toBeGreaterThan(0)
    expect(first.usage.cacheReadTokens).toBe(0)
    const second = await generator().generate({ system, messages: [{ role: 'user', content: 'Again' }], maxTokens: 50, stop: [] },
      { onToken: () => {}, signal: new AbortController().signal })
    expect(second.usage.cacheReadTokens).toBe(first.usage.cacheWriteTokens)
    expect(second.usage.cacheWriteTokens).toBe(0)
  })

  it('retries 429 and 529 (honouring retry-after) and then succeeds', async () => {
    fake.failures.push({ status: 429, type: 'rate_limit_error', retryAfterSeconds: 0 }, { status: 529, type: 'overloaded_error', retryAfterSeconds: 0 })
    const before = fake.requests.length
    const result = await generator().generate({ system, messages: [{ role: 'user', content: 'Hi' }], maxTokens: 2, stop: [] },
      { onToken: () => {}, signal: new AbortController().signal })
    expect(fake.requests.length - before).toBe(3)
    expect(result.text).toBe('one two ')
    expect(result.stopReason).toBe('max_tokens')
  })

  it('gives up with ClaudeUnavailableError after its retries, and at once on 401', async () => {
    fake.failures.push(...Array.from({ length: 3 }, () => ({ status: 529, type: 'overloaded_error', retryAfterSeconds: 0 })))
    await expect(generator().generate({ system, messages: [{ role: 'user', content: 'Hi' }], maxTokens: 2, stop: [] },
      { onToken: () => {}, signal: new AbortController().signal })).rejects.toMatchObject({ name: 'ClaudeUnavailableError', details: { status: 529 } })
    const before = fake.requests.length
    await expect(generator({ apiKey: 'wrong' }).generate({ system, messages: [{ role: 'user', content: 'Hi' }], maxTokens: 2, stop: [] },
      { onToken: () => {}, signal: new AbortController().signal })).rejects.toMatchObject({ name: 'ClaudeUnavailableError', details: { status: 401 } })
    expect(fake.requests.length - before).toBe(1)
  })
})
