import { get, type IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { startApiServer, StreamedBody, type ApiServer } from '../../../orchestrator/gateway/index.ts'
import type { ChatGenerator } from '../../../orchestrator/inference/index.ts'
import { silentLogger } from '../../../shared/log/index.ts'

const KEY = 'streamed-body-key'
const noChat: ChatGenerator = {
  generate: () => Promise.reject(new Error('not used')),
  listModels: () => [],
  modelNameFor: (requested) => requested
}
const CHUNK = 'x'.repeat(1_023) + '\n'
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A body of `chunks` lines of 1 KiB, produced only as it is read; counts what was produced and whether it was closed. */
function producer(chunks: number, failAt?: number): { body: AsyncGenerator<string>; produced: () => number; closed: () => boolean } {
  let produced = 0
  let closed = false
  const body = async function* (): AsyncGenerator<string> {
    try {
      for (let index = 0; index < chunks; index++) {
        if (index === failAt) throw new Error('the store went away')
        produced += 1
        yield CHUNK
      }
    } finally {
      closed = true
    }
  }
  return { body: body(), produced: () => produced, closed: () => closed }
}

describe('StreamedBody: a route answer written as it is produced (orchestrator/gateway/streamedBody.ts)', () => {
  let api: ApiServer | undefined
  afterEach(async () => { await api?.close() })

  async function serve(body: () => AsyncGenerator<string>, query: URLSearchParams[] = []): Promise<string> {
    api = await startApiServer({
      generator: noChat, apiKeys: [KEY], logger: silentLogger(),
      routes: [{ method: 'GET', path: /^\/stream$/, handle: (_parameters, _caller, parameters) => { query.push(parameters); return new StreamedBody('application/x-ndjson', body()) } }]
    }, { host: '127.0.0.1', port: 0 })
    return `${api.url}/stream`
  }

  it('streams chunked, with no length announced, and passes the query to the route', async () => {
    const queries: URLSearchParams[] = []
    const url = await serve(() => producer(300).body, queries)
    const response = await fetch(`${url}?format=jsonl&limit=5`, { headers: { 'x-api-key': KEY } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-ndjson')
    expect(response.headers.get('content-length')).toBeNull()
    expect(response.headers.get('transfer-encoding')).toBe('chunked')
    expect(await response.text()).toBe(CHUNK.repeat(300))
    expect(Object.fromEntries(queries[0]!)).toEqual({ format: 'jsonl', limit: '5' })
  })

  it('reads no further than a slow client takes, and closes the producer when the client leaves', async () => {
    // 256 MiB if it were all produced: only what the client drains (plus the socket buffers) is.
    const source = producer(256 * 1024)
    const url = await serve(() => source.body)
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      get(url, { headers: { 'x-api-key': KEY } }, resolve).on('error', reject)
    })
    await new Promise((resolve) => response.once('data', resolve))
    response.pause()
    await delay(300)
    const whileStalled = source.produced()
    await delay(300)
    expect(source.produced()).toBe(whileStalled)
    expect(whileStalled * 1_024).toBeLessThan(32 * 2 ** 20)
    response.destroy()
    for (let waited = 0; !source.closed() && waited < 2_000; waited += 20) await delay(20)
    expect(source.closed()).toBe(true)
    expect(source.produced()).toBe(whileStalled)
  })

  it('cuts the connection when the producer fails after the 200: the client sees an error, not a short body', async () => {
    const url = await serve(() => producer(1_000, 500).body)
    const response = await fetch(url, { headers: { 'x-api-key': KEY } })
    expect(response.status).toBe(200)
    await expect(response.text()).rejects.toThrow()
  })
})
