import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../../helpers/network.ts'

// Attacks on the orchestrator's HTTP gateway from the outside: operator routes, CORS, file
// serving, hostile parameters and bodies. All are defended today; these tests keep them so.

const ADMIN_KEY = 'operator-key-789'

interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A request sent byte for byte as written (fetch would normalise `..` and reject odd targets). */
function raw(url: string, options: { method: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: hostname, port: Number(port), method: options.method, path: options.path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

describe('ATTACK the HTTP gateway', () => {
  let network: TestNetwork
  let url: string
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    raw(url, { method: 'POST', path, headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY, ...headers }, body })

  beforeAll(async () => {
    network = await startTestNetwork([createScriptedBackend({ modelName: 'scripted', reply: () => 'fine' })], { transport: 'memory', adminApiKeys: [ADMIN_KEY] })
    url = network.orchestrator.api.url
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('defended: operator routes refuse an application key, and every data route refuses no key or a near-miss key', async () => {
    expect((await raw(url, { method: 'GET', path: '/metrics', headers: { 'x-api-key': TEST_API_KEY } })).status).toBe(401)
    expect((await raw(url, { method: 'GET', path: '/metrics', headers: { authorization: `Bearer ${ADMIN_KEY}` } })).status).toBe(200)
    for (const path of ['/v1/network/nodes', '/v1/models', '/metrics', '/v1/quality']) {
      expect((await raw(url, { method: 'GET', path })).status, path).toBe(401)
      expect((await raw(url, { method: 'GET', path, headers: { 'x-api-key': `${TEST_API_KEY}x` } })).status, path).toBe(401)
      expect((await raw(url, { method: 'GET', path, headers: { 'x-api-key': TEST_API_KEY.slice(0, -1) } })).status, path).toBe(401)
    }
  })

  it('defended: no CORS grant to a foreign origin (a web page cannot read the API with a user\'s key)', async () => {
    const preflight = await raw(url, { method: 'OPTIONS', path: '/v1/messages', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key' } })
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    const nodes = await raw(url, { method: 'GET', path: '/v1/network/nodes', headers: { origin: 'https://evil.example', 'x-api-key': TEST_API_KEY } })
    expect(nodes.status).toBe(200)
    expect(nodes.headers['access-control-allow-origin']).toBeUndefined()
    expect(nodes.headers['access-control-allow-credentials']).toBeUndefined()
  })

  it('defended: the dashboard serves only its listed files, whatever the path says', async () => {
    for (const path of [
      '/dashboard/assets/../../../../../../etc/passwd', '/dashboard/assets/%2e%2e/%2e%2e/%2e%2e/package.json', '/dashboard/assets/..%2f..%2f..%2fpackage.json',
      '/dashboard/assets/vendor/../../../../package.json', '/dashboard/assets/dashboard.js/../../../startOrchestrator.ts', '/dashboard/..%5c..%5cpackage.json',
      '//etc/passwd', '/dashboard/assets/%00dashboard.js', '/dashboard/assets/DASHBOARD.JS'
    ]) {
      const response = await raw(url, { method: 'GET', path })
      expect(response.status, path).not.toBe(200)
      expect(response.body, path).not.toMatch(/root:|"devDependencies"|startApiServer/)
    }
    // The page itself is public (it holds no data), with a strict CSP.
    const page = await raw(url, { method: 'GET', path: '/dashboard' })
    expect(page.status).toBe(200)
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'")
  })

  it('defended: hostile max_tokens, roles and sampling values get 400 in both APIs, and no node is charged for them', async () => {
    const anthropic = (fields: string) => post('/v1/messages', `{"model":"scripted","messages":[{"role":"user","content":"hi"}],${fields}}`)
    const openai = (fields: string) => post('/v1/chat/completions', `{"model":"scripted","messages":[{"role":"user","content":"hi"}],${fields}}`)
    for (const fields of ['"max_tokens":-1', '"max_tokens":0', '"max_tokens":1.5', '"max_tokens":1e9', '"max_tokens":1e400', '"max_tokens":"16"', '"max_tokens":[16]', '"max_tokens":16,"temperature":-1', '"max_tokens":16,"top_p":0', '"max_tokens":16,"temperature":1e400']) {
      expect((await anthropic(fields)).status, fields).toBe(400)
      expect((await openai(fields)).status, fields).toBe(400)
    }
    for (const role of ['system', 'tool', 'function', '__proto__', 'constructor', 'USER', '']) {
      const body = (api: string) => `{"model":"scripted","max_tokens":8,"messages":[{"role":${JSON.stringify(role)},"content":"hi"}]${api}}`
      const anthropicStatus = (await post('/v1/messages', body(''))).status
      expect(anthropicStatus, `anthropic role ${role}`).toBe(400)
      if (role !== 'system') expect((await post('/v1/chat/completions', body(''))).status, `openai role ${role}`).toBe(400)
    }
    const polluted = await post('/v1/messages', '{"model":"scripted","max_tokens":8,"__proto__":{"admin":true},"messages":[{"role":"user","content":"hi"}]}')
    expect([200, 400]).toContain(polluted.status)
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
    const nodes = await (await fetch(`${url}/v1/network/nodes`, { headers: { 'x-api-key': TEST_API_KEY } })).json() as { nodes: Array<{ failures: number }> }
    expect(nodes.nodes.every((node) => node.failures === 0)).toBe(true)
  })

  it('defended: deeply nested JSON (a 1 MB body) is a 400, not a crash, and the gateway serves afterwards', async () => {
    const depth = 500_000
    const nestedArray = `${'['.repeat(depth)}${']'.repeat(depth)}`
    expect((await post('/v1/messages', nestedArray)).status).toBe(400)
    const nestedContent = `{"model":"scripted","max_tokens":8,"messages":[{"role":"user","content":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`
    expect((await post('/v1/messages', nestedContent)).status).toBe(400)
    expect((await post('/v1/chat/completions', nestedContent.replace('"max_tokens":8,', ''))).status).toBe(400)
    const answer = await post('/v1/messages', '{"model":"scripted","max_tokens":8,"messages":[{"role":"user","content":"still there?"}]}')
    expect(answer.status).toBe(200)
  }, 20_000)

  it('defended: a body larger than the limit is refused (413) without being read, and a lying content-length cannot smuggle a second request', async () => {
    const huge = await raw(url, { method: 'POST', path: '/v1/messages', headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY, 'content-length': String(64 * 1024 * 1024) }, body: '' }).catch((error: unknown) => error)
    // Either the 413 arrives or the connection is closed on us: never a 200, never a hang.
    if (!(huge instanceof Error)) expect((huge as RawResponse).status).toBe(413)
    expect((await raw(url, { method: 'GET', path: '/health' })).status).toBe(200)
  }, 15_000)
})
