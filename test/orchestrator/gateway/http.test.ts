import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startEventStream, writeEvent } from '../../../orchestrator/gateway/http.ts'

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
