import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'

describe('the HTTP API refuses malformed requests in each API\'s own error shape', () => {
  let network: TestNetwork
  let url: string
  const post = (path: string, body: string | object, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body)
    })

  beforeAll(async () => {
    network = await startTestNetwork([createScriptedBackend({ modelName: 'maia-scripted' })])
    await network.waitForNodes(1)
    url = network.orchestrator.api.url
  })
  afterAll(async () => { await network?.stop() })

  it('invalid JSON → 400 invalid_request_error (Anthropic shape)', async () => {
    const response = await post('/v1/messages', '{"model": "x", ')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ type: 'error', error: { type: 'invalid_request_error', message: 'Request body is not valid JSON' } })
  })

  it('invalid JSON → 400 with OpenAI\'s error object', async () => {
    const response = await post('/v1/chat/completions', 'nope')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: { message: 'Request body is not valid JSON', type: 'invalid_request_error', param: null, code: null } })
  })

  it('empty body → 400', async () => {
    const response = await post('/v1/messages', '')
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/empty/)
  })

  it('missing and mistyped fields are named', async () => {
    const response = await post('/v1/messages', { model: 'x', messages: [{ role: 'user', content: 'hi' }], max_tokens: 'ten' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/max_tokens/)
    const openai = await post('/v1/chat/completions', { model: 'x', messages: [] })
    expect(openai.status).toBe(400)
    expect(await openai.json()).toMatchObject({ error: { type: 'invalid_request_error', param: 'messages' } })
  })

  it('non-text content blocks are refused clearly', async () => {
    const response = await post('/v1/messages', { model: 'x', max_tokens: 5, messages: [{ role: 'user', content: [{ type: 'image', source: {} }] }] })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/only text content is supported/)
  })

  it('tools and structured output are refused by name, not silently ignored', async () => {
    const anthropic = await post('/v1/messages', { model: 'x', max_tokens: 5, tools: [{ name: 'f', input_schema: {} }], messages: [{ role: 'user', content: 'hi' }] })
    expect(anthropic.status).toBe(400)
    expect(await anthropic.json()).toMatchObject({ error: { type: 'invalid_request_error', message: expect.stringMatching(/^tools: not supported/) } })
    const openai = await post('/v1/chat/completions', { model: 'x', response_format: { type: 'json_object' }, messages: [{ role: 'user', content: 'hi' }] })
    expect(openai.status).toBe(400)
    expect(await openai.json()).toMatchObject({ error: { param: 'response_format' } })
  })

  it('an oversized body → 413', async () => {
    const response = await post('/v1/messages', { model: 'x', max_tokens: 5, messages: [{ role: 'user', content: 'x'.repeat(5 * 1024 * 1024) }] })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'request_too_large' } })
  })

  it('no key → 401; unknown route → 404; health needs no key', async () => {
    expect((await post('/v1/messages', {}, { 'x-api-key': '' })).status).toBe(401)
    const notFound = await fetch(`${url}/v1/nope`, { headers: { authorization: `Bearer ${TEST_API_KEY}` } })
    expect(notFound.status).toBe(404)
    expect(await notFound.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } })
    expect((await fetch(`${url}/health`)).status).toBe(200)
  })

  it('no live node → 529 overloaded (Anthropic) / 503 (OpenAI), so SDKs retry', async () => {
    await Promise.all(network.nodes.map((node) => node.stop()))
    network.orchestrator.table.all().forEach((entry) => network.orchestrator.table.remove(entry.record.peerId))
    const anthropic = await post('/v1/messages', { model: 'x', max_tokens: 5, stream: true, messages: [{ role: 'user', content: 'hi' }] })
    expect(anthropic.status).toBe(529)
    expect(await anthropic.json()).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } })
    const openai = await post('/v1/chat/completions', { model: 'x', messages: [{ role: 'user', content: 'hi' }] })
    expect(openai.status).toBe(503)
  })
})
