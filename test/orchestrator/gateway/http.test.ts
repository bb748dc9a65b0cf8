import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { readJsonBody, startEventStream, writeEvent } from '../../../orchestrator/gateway/http.ts'

describe('server-sent events (orchestrator/gateway/http.ts)', () => {
  let server: Server | undefined
  afterEach(async () => { await new Promise((resolve) => server?.close(resolve)) })

  it('sends the headers and the events written in one tick in one system call, and every event arrives in order', async () => {
    const writesPerTick: number[] = []
    server = createServer((_request, response) => {
      const socket = response.socket!
      let writes = 0
      for (const method of ['_write', '_writev'] as const) {
        const original = socket[method]!.bind(socket) as (...args: unknown[]) => void
        ;(socket as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => { writes += 1; original(...args) }
      }
      startEventStream(response)
      writeEvent(response, { type: 'message_start' }, 'message_start')
      writeEvent(response, { type: 'content_block_start' }, 'content_block_start')
      writeEvent(response, { type: 'ping' }, 'ping')
      writeEvent(response, { type: 'content_block_delta', text: 'one ' }, 'content_block_delta')
      setTimeout(() => {
        writesPerTick.push(writes)
        writeEvent(response, { type: 'content_block_delta', text: 'two' }, 'content_block_delta')
        writeEvent(response, { type: 'message_stop' }, 'message_stop')
        response.end()
        setImmediate(() => writesPerTick.push(writes))
      }, 20)
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const events = (await response.text()).trim().split('\n\n').map((event) => event.split('\n')[0])
    expect(events).toEqual(['event: message_start', 'event: content_block_start', 'event: ping', 'event: content_block_delta', 'event: content_block_delta', 'event: message_stop'])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(writesPerTick[0]).toBe(1)
    expect(writesPerTick[1]! - writesPerTick[0]!).toBe(1)
  })
})

describe('readJsonBody (orchestrator/gateway/http.ts)', () => {
  let server: Server | undefined
  afterEach(async () => { await new Promise((resolve) => server?.close(resolve)) })

  /** Posts `chunks` (one write each, a pause between) and returns what readJsonBody made of them on the server. */
  async function read(chunks: string[], limitBytes = 1_000, options: { abortAfterFirst?: boolean } = {}): Promise<unknown> {
    const outcome = new Promise<unknown>((resolve) => {
      server = createServer((request: IncomingMessage, response) => {
        readJsonBody(request, limitBytes).then((body) => ({ body }), (error: unknown) => ({ error })).then((result) => { resolve(result); response.end() })
      })
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const client = httpRequest({ port: (server!.address() as AddressInfo).port, host: '127.0.0.1', method: 'POST', headers: { 'content-type': 'application/json' } })
    client.on('error', () => {})
    for (const [index, chunk] of chunks.entries()) {
      client.write(chunk)
      if (options.abortAfterFirst === true && index === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        client.destroy()
        return outcome
      }
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    client.end()
    return outcome
  }

  it('joins a body sent in several chunks and parses it', async () => {
    expect(await read(['{"model":', '"m","max_tokens"', ':5}'])).toEqual({ body: { model: 'm', max_tokens: 5 } })
  })

  it('refuses a body over the limit (request_too_large), an empty one and one that is not JSON', async () => {
    expect(await read(['{"text":"', 'x'.repeat(2_000), '"}'])).toMatchObject({ error: { kind: 'request_too_large' } })
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    expect(await read(['  '])).toMatchObject({ error: { kind: 'invalid_request_error', shortMessage: 'Request body is empty; expected JSON' } })
    await new Promise((resolve) => server?.close(resolve))
    expect(await read(['{"open":'])).toMatchObject({ error: { kind: 'invalid_request_error', shortMessage: 'Request body is not valid JSON' } })
  })

  it('fails when the client goes away mid-body instead of waiting forever', async () => {
    const outcome = await read(['{"partial":', 'never sent'], 1_000, { abortAfterFirst: true })
    expect(outcome).toHaveProperty('error')
  })
})
