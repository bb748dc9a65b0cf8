import { request as httpRequest, Agent } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'

/** POSTs `body` over `agent` (so requests share a kept-alive connection) and reads the answer. */
function post(url: string, agent: Agent, path: string, body: string, options: { chunked?: boolean } = {}): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY, ...(options.chunked === true ? {} : { 'content-length': Buffer.byteLength(body) }) }
    }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => { text += chunk })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
      response.on('error', reject)
    })
    // Writing may fail once the server has answered and closed: that is the point of the fix.
    request.on('error', reject)
    request.end(body)
  })
}

// Issue 2: a 413 sent before the body was read left the connection open with the rest of the
// body still unread, so the next request on that connection was read as garbage (ECONNRESET).
describe('the HTTP API after refusing a body', () => {
  let network: TestNetwork
  let url: string

  beforeAll(async () => {
    network = await startTestNetwork([createScriptedBackend({ modelName: 'maia-scripted', reply: () => 'fine thanks' })])
    await network.waitForNodes(1)
    url = network.orchestrator.api.url
  })
  afterAll(async () => { await network?.stop() })

  it.each([{ chunked: false }, { chunked: true }])('closes the connection after a 413 (%o), so the next request on the same agent is served', async ({ chunked }) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const oversized = JSON.stringify({ model: 'x', max_tokens: 5, messages: [{ role: 'user', content: 'x'.repeat(5 * 1024 * 1024) }] })
      const refused = await post(url, agent, '/v1/messages', oversized, { chunked })
      expect(refused.status).toBe(413)
      expect(refused.headers.connection).toBe('close')
      expect(JSON.parse(refused.text)).toMatchObject({ type: 'error', error: { type: 'request_too_large' } })
      const next = await post(url, agent, '/v1/messages', JSON.stringify({ model: 'x', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }))
      expect(next.status).toBe(200)
      expect(JSON.parse(next.text)).toMatchObject({ content: [{ type: 'text', text: 'fine thanks' }] })
    } finally {
      agent.destroy()
    }
  })

  it('ends a connection whose announced body it refused unread, instead of reading the next request as that body', async () => {
    const { hostname, port } = new URL(url)
    const socket = connect(Number(port), hostname)
    let received = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => { received += chunk })
    const ended = new Promise<'ended'>((resolve) => socket.on('close', () => resolve('ended')))
    await new Promise((resolve) => socket.once('connect', resolve))
    // As curl does after an early refusal, the client sends no body and reuses the connection.
    socket.write(`POST /v1/messages HTTP/1.1\r\nHost: x\r\nx-api-key: ${TEST_API_KEY}\r\ncontent-type: application/json\r\ncontent-length: ${10 * 1024 * 1024}\r\n\r\n`)
    await expect.poll(() => received, { timeout: 2_000 }).toMatch(/^HTTP\/1\.1 413/)
    expect(received.toLowerCase()).toContain('connection: close')
    // Without the fix the server keeps waiting for 10 MB on this connection, and a next request
    // written on it is swallowed as body bytes: no answer ever, then a reset.
    const outcome = await Promise.race([ended, new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 2_000))])
    socket.destroy()
    expect(outcome).toBe('ended')
  })

  it('names the missing field of a text block, in both APIs', async () => {
    const agent = new Agent({ keepAlive: false })
    try {
      const anthropic = await post(url, agent, '/v1/messages', JSON.stringify({ model: 'x', max_tokens: 5, messages: [{ role: 'user', content: [{ type: 'text' }] }] }))
      expect(anthropic.status).toBe(400)
      expect(JSON.parse(anthropic.text)).toEqual({ type: 'error', error: { type: 'invalid_request_error', message: 'messages.0.content.0.text: a text block needs a "text" string' } })
      const openai = await post(url, agent, '/v1/chat/completions', JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: [{ type: 'text', text: 7 }] }] }))
      expect(openai.status).toBe(400)
      expect(JSON.parse(openai.text)).toEqual({ error: { message: 'messages.1.content.0.text: a text block needs a "text" string', type: 'invalid_request_error', param: 'messages.1.content.0.text', code: null } })
    } finally {
      agent.destroy()
    }
  })
})
