// The floor of a routed request in Node on this machine, for bench/routing-throughput.ts: the
// smallest proxy that does what the orchestrator's hot path must (an HTTP request in, one request
// out over a kept TCP connection to another process, its answer back, a JSON reply), with nothing
// else: no libp2p, no encryption, no schema, no receipt. Its CPU per request, measured the same
// way and at the same request rate as the orchestrator's, says how much of the orchestrator's is
// ours to remove. Two roles, one file: `backend` answers each request after the synthetic
// service time; `proxy` serves HTTP and forwards.
//   node --import tsx bench/processes/floorProxy.ts '{"role":"backend","tokens":20,"speed":400}'
import { createServer as createHttpServer } from 'node:http'
import { connect, createServer as createTcpServer, type Socket } from 'node:net'

type Spec = { role: 'backend'; tokens: number; speed: number } | { role: 'proxy'; backendPort: number; apiKey: string }
const spec = JSON.parse(process.argv[2]!) as Spec
const send = (message: unknown): void => { process.send!(message) }

/** Length-prefixed JSON messages (4-byte big-endian length) over one socket. */
function onMessages(socket: Socket, handle: (message: Record<string, unknown>) => void): void {
  let buffer: Buffer = Buffer.alloc(0)
  socket.on('data', (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk])
    while (buffer.length >= 4) {
      const length = buffer.readUInt32BE(0)
      if (buffer.length < 4 + length) break
      handle(JSON.parse(buffer.subarray(4, 4 + length).toString('utf8')) as Record<string, unknown>)
      buffer = buffer.subarray(4 + length)
    }
  })
}
function writeMessage(socket: Socket, message: unknown): void {
  const body = Buffer.from(JSON.stringify(message))
  const header = Buffer.alloc(4)
  header.writeUInt32BE(body.length)
  socket.write(Buffer.concat([header, body]))
}

if (spec.role === 'backend') {
  const reply = Array.from({ length: spec.tokens }, (_, index) => `w${index}`).join(' ')
  const serviceTimes: number[] = []
  const server = createTcpServer((socket) => {
    socket.setNoDelay(true)
    onMessages(socket, (message) => {
      const started = performance.now()
      setTimeout(() => { serviceTimes.push(performance.now() - started); writeMessage(socket, { id: message.id, text: reply, outputTokens: spec.tokens }) }, (spec.tokens / spec.speed) * 1000)
    })
  })
  server.listen(0, '127.0.0.1', () => send({ type: 'ready', port: (server.address() as { port: number }).port }))
  process.on('message', (message: { type: string }) => {
    if (message.type === 'serviceTimes') send({ type: 'serviceTimes', values: serviceTimes.splice(0) })
    if (message.type === 'stop') process.exit(0)
  })
} else {
  const backend = connect(spec.backendPort, '127.0.0.1')
  backend.setNoDelay(true)
  const waiting = new Map<number, (message: Record<string, unknown>) => void>()
  onMessages(backend, (message) => { const resolve = waiting.get(message.id as number); waiting.delete(message.id as number); resolve?.(message) })
  let nextId = 0
  const server = createHttpServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.headers['x-api-key'] !== spec.apiKey) { response.writeHead(401).end(); return }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; max_tokens: number; messages: unknown[] }
      const id = nextId++
      waiting.set(id, (answer) => {
        const json = JSON.stringify({ id: `msg_${id}`, type: 'message', role: 'assistant', model: body.model, content: [{ type: 'text', text: answer.text }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: answer.outputTokens } })
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json)
      })
      writeMessage(backend, { id, model: body.model, maxTokens: body.max_tokens, messages: body.messages })
    })
  })
  backend.once('connect', () => server.listen(0, '127.0.0.1', () => send({ type: 'ready', url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })))
  process.on('message', (message: { type: string }) => {
    if (message.type === 'cpu') send({ type: 'cpu', usage: process.cpuUsage() })
    if (message.type === 'stop') process.exit(0)
  })
}
