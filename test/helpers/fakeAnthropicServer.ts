import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A scripted failure: respond with this status (and optional retry-after) instead of answering. */
export interface ScriptedFailure { status: number; type: string; retryAfterSeconds?: number }

export interface FakeAnthropicServer {
  url: string
  /** Every request body received, in order. */
  requests: Array<Record<string, unknown>>
  /** Failures to serve before answering normally, consumed one per request. */
  failures: ScriptedFailure[]
  reply: string
  close(): Promise<void>
}

const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4))

/**
 * A local stand-in for the Anthropic Messages API: JSON and SSE responses with the real event
 * sequence, usage including prompt-cache writes and reads (a cacheable prefix seen before is
 * "read", otherwise "written"), scripted error statuses (429/529/500) with retry-after, and
 * 401 for a wrong key. Used with the real `@anthropic-ai/sdk` pointed at it via `baseURL`.
 */
export async function startFakeAnthropicServer(options: { apiKey: string; reply?: string; model?: string }): Promise<FakeAnthropicServer> {
  const cachedPrefixes = new Set<string>()
  const state: FakeAnthropicServer = {
    url: '', requests: [], failures: [], reply: options.reply ?? 'Claude speaks with care.',
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()) })
  }
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = JSON.parse(await readBody(request)) as Record<string, unknown>
      state.requests.push(body)
      // The SDK sends the key as `x-api-key` or as a bearer token, depending on version and options.
      const presented = request.headers['x-api-key'] ?? request.headers.authorization?.replace(/^Bearer\s+/i, '')
      if (presented !== options.apiKey) {
        response.writeHead(401, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }))
        return
      }
      const failure = state.failures.shift()
      if (failure !== undefined) {
        response.writeHead(failure.status, {
          'content-type': 'application/json',
          ...(failure.retryAfterSeconds === undefined ? {} : { 'retry-after': String(failure.retryAfterSeconds) })
        })
        response.end(JSON.stringify({ type: 'error', error: { type: failure.type, message: `scripted ${failure.status}` } }))
        return
      }
      const system = (body.system ?? []) as Array<{ text: string; cache_control?: unknown }>
      const lastCacheable = system.map((block) => block.cache_control !== undefined).lastIndexOf(true)
      const cachedText = system.slice(0, lastCacheable + 1).map((block) => block.text).join('')
      const uncachedText = system.slice(lastCacheable + 1).map((block) => block.text).join('') +
        JSON.stringify(body.messages)
      const prefixKey = createHash('sha256').update(cachedText).digest('hex')
      const cacheHit = lastCacheable >= 0 && cachedPrefixes.has(prefixKey)
      if (lastCacheable >= 0) cachedPrefixes.add(prefixKey)
      const maxTokens = Number(body.max_tokens)
      const words = state.reply.split(/(?<= )/).slice(0, maxTokens)
      const usage = {
        input_tokens: estimateTokens(uncachedText),
        output_tokens: words.length,
        cache_creation_input_tokens: lastCacheable >= 0 && !cacheHit ? estimateTokens(cachedText) : 0,
        cache_read_input_tokens: cacheHit ? estimateTokens(cachedText) : 0
      }
      const model = options.model ?? String(body.model)
      const stopReason = words.length < state.reply.split(/(?<= )/).length ? 'max_tokens' : 'end_turn'
      const id = `msg_fake_${state.requests.length}`
      if (body.stream !== true) {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ id, type: 'message', role: 'assistant', model, content: [{ type: 'text', text: words.join('') }], stop_reason: stopReason, stop_sequence: null, usage }))
        return
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' })
      const send = (event: string, data: object): void => { response.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`) }
      send('message_start', { message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } } })
      send('content_block_start', { index: 0, content_block: { type: 'text', text: '' } })
      send('ping', {})
      for (const word of words) send('content_block_delta', { index: 0, delta: { type: 'text_delta', text: word } })
      send('content_block_stop', { index: 0 })
      send('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: words.length } })
      send('message_stop', {})
      response.end()
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}
