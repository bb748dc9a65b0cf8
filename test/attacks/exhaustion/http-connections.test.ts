import { connect, type Socket } from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { MAX_OUTPUT_TOKENS } from '../../../shared/protocol/index.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../../helpers/network.ts'

// Connection-level exhaustion of the orchestrator's HTTP API (gateway/startApiServer.ts): the
// node:http server is created with Node's defaults and nothing else. Measured here:
// - an idle keep-alive connection is closed after keepAliveTimeout (5 s): defended;
// - a client that sends a request's headers a byte at a time (slowloris) is cut off only after
//   headersTimeout (60 s, checked every 30 s), and one whose body trickles, after requestTimeout
//   (300 s); the server has no maxConnections and no per-client limit, so one unauthenticated
//   client holds as many sockets (file descriptors) as it opens;
// - a streaming answer whose client never reads: `writeEvent` ignores `write()`'s return value, so
//   what the socket cannot take is buffered; but an answer is at most MAX_OUTPUT_TOKENS tokens, so
//   one stalled reader pins at most one answer (66 KB of SSE for 32,768 one-word tokens, measured), in the kernel's
//   socket buffers, and keepAliveTimeout closes the connection once it is handed over: defended.

const SLOW_CLIENTS = 300
/** Connections one client may hold (a generous bound; a reverse proxy would set far fewer). */
const MAX_CONNECTIONS_PER_CLIENT = 256
/** A generous bound on one streamed answer of MAX_OUTPUT_TOKENS tokens: what one stalled reader can pin. */
const MAX_BUFFERED_ANSWER_BYTES = 8 * 1024 * 1024

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket))
    socket.once('error', reject)
  })
}

describe('ATTACK HTTP connection exhaustion', () => {
  let network: TestNetwork
  let port: number

  beforeAll(async () => {
    network = await startTestNetwork([], { transport: 'memory' })
    // Answers as long as a request may ask for, as fast as the node can send them.
    await network.addNode(createScriptedBackend({ modelName: 'scripted', contextSize: 2 * MAX_OUTPUT_TOKENS, reply: () => 'w '.repeat(MAX_OUTPUT_TOKENS) }))
    await network.waitForNodes(1)
    port = Number(new URL(network.orchestrator.api.url).port)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('defended: an idle keep-alive connection is closed after about 5 s', async () => {
    const socket = await open(port)
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())))
    socket.on('data', () => {})
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n')
    const answered = performance.now()
    const idleMs = await closed - answered
    console.info(`[keep-alive] idle connection closed by the server after ${idleMs.toFixed(0)} ms (keepAliveTimeout ${network.orchestrator.api.server.keepAliveTimeout} ms)`)
    expect(idleMs).toBeLessThan(7_000)
  }, 15_000)

  it('defended: an unauthenticated request whose body trickles is answered 401 at once and its connection closed', async () => {
    const socket = await open(port)
    socket.on('error', () => {})
    let received = ''
    socket.on('data', (chunk: Buffer) => { received += chunk.toString('utf8') })
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())))
    const started = performance.now()
    socket.write('POST /v1/messages HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 4000000\r\n\r\n{')
    const trickle = setInterval(() => { if (!socket.destroyed) socket.write('a') }, 500)
    try {
      const closedAt = await Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 8_000))])
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]
      console.info(`[slow body, no key] status ${String(status)} after the headers; connection closed by the server ${Number.isNaN(closedAt) ? 'not within 8 s' : `after ${(closedAt - started).toFixed(0)} ms`}`)
      expect(status).toBe('401')
      expect(Number.isNaN(closedAt), 'the server closes the connection').toBe(false)
    } finally {
      clearInterval(trickle)
      socket.destroy()
    }
  }, 15_000)

  it('HOLE: an authenticated request whose body trickles holds its connection for up to requestTimeout (300 s)', async () => {
    const server = network.orchestrator.api.server
    const socket = await open(port)
    socket.on('error', () => {})
    const started = performance.now()
    socket.write(`POST /v1/messages HTTP/1.1\r\nHost: x\r\nx-api-key: ${TEST_API_KEY}\r\ncontent-type: application/json\r\ncontent-length: 4000000\r\n\r\n{`)
    const trickle = setInterval(() => { if (!socket.destroyed) socket.write(' ') }, 1_000)
    try {
      await new Promise((resolve) => setTimeout(resolve, 4_000))
      const open = !socket.destroyed && socket.readyState === 'open'
      console.info(`[slow body, valid key] still open after ${(performance.now() - started).toFixed(0)} ms at 1 byte/s: ${String(open)}; the server cuts it at requestTimeout ${server.requestTimeout} ms (a 4 MB body at 1 byte/s would take 46 days)`)
      // Secure: a body must arrive at a minimum rate (or within ~30 s), so a trickle is cut off early.
      expect(server.requestTimeout, 'requestTimeout (ms)').toBeLessThanOrEqual(30_000)
    } finally {
      clearInterval(trickle)
      socket.destroy()
    }
  }, 15_000)

  it('HOLE: one unauthenticated client holds any number of half-sent requests (no connection cap; headers timeout 60 s, body 300 s)', async () => {
    const server = network.orchestrator.api.server
    const sockets: Socket[] = []
    try {
      for (let index = 0; index < SLOW_CLIENTS; index++) {
        const socket = await open(port)
        socket.on('error', () => {})
        socket.write('POST /v1/messages HTTP/1.1\r\nHost: x\r\nX-Slow: ')
        sockets.push(socket)
      }
      // Slowloris: one more header byte per connection every second.
      for (let second = 0; second < 3; second++) {
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        for (const socket of sockets) socket.write('a')
      }
      const held = await new Promise<number>((resolve, reject) => server.getConnections((error, count) => error === null ? resolve(count) : reject(error)))
      const alive = sockets.filter((socket) => !socket.destroyed).length
      console.info(`[slowloris] ${SLOW_CLIENTS} half-sent requests from one client after 3 s: ${alive} still open, the server holds ${held} connections; headersTimeout ${server.headersTimeout} ms, requestTimeout ${server.requestTimeout} ms, maxConnections ${String(server.maxConnections)}, timeout ${server.timeout} ms, maxHeadersCount ${String(server.maxHeadersCount)}`)
      expect(alive, 'half-sent requests one client keeps open').toBeLessThanOrEqual(MAX_CONNECTIONS_PER_CLIENT)
    } finally {
      for (const socket of sockets) socket.destroy()
    }
  }, 20_000)

  it('defended: a streaming client that never reads makes the orchestrator hold at most one answer (bounded by max_tokens), not more', async () => {
    const server = network.orchestrator.api.server
    const responses: ServerResponse[] = []
    const capture = (_request: IncomingMessage, response: ServerResponse): void => { responses.push(response) }
    server.on('request', capture)
    const socket = await open(port)
    try {
      socket.on('error', () => {})
      // The client reads nothing at all while the answer is produced.
      socket.pause()
      const body = JSON.stringify({ model: 'scripted', max_tokens: MAX_OUTPUT_TOKENS, stream: true, messages: [{ role: 'user', content: 'talk' }] })
      socket.write(`POST /v1/messages HTTP/1.1\r\nHost: x\r\nx-api-key: ${TEST_API_KEY}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
      let buffered = 0
      let ended = false
      const deadline = Date.now() + 8_000
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        const response = responses.at(-1)
        if (response === undefined) continue
        buffered = Math.max(buffered, response.writableLength + (response.socket?.writableLength ?? 0))
        if (response.writableFinished) { ended = true; break }
      }
      // Now read what was sent: the whole answer's size.
      let received = 0
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5_000)
        let tail = ''
        socket.on('data', (chunk: Buffer) => {
          received += chunk.length
          tail = (tail + chunk.toString('latin1')).slice(-64)
          if (tail.includes('message_stop')) { clearTimeout(timer); resolve() }
        })
        socket.resume()
      })
      console.info(`[back-pressure] one stalled ${MAX_OUTPUT_TOKENS}-token stream: ${received} bytes of answer; at most ${buffered} bytes sat in the orchestrator's own buffers (the rest in the kernel's socket buffers); answer finished sending: ${String(ended)}; server.timeout ${server.timeout} ms`)
      expect(ended).toBe(true)
      expect(received).toBeLessThanOrEqual(MAX_BUFFERED_ANSWER_BYTES)
      expect(buffered).toBeLessThanOrEqual(received)
    } finally {
      server.off('request', capture)
      socket.destroy()
    }
  }, 20_000)
})
