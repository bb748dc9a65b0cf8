import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import type { ChatGenerator } from '../inference/index.ts'
import { anthropicRequestSchema, handleAnthropicMessages } from './anthropicMessages.ts'
import { ApiError, type ApiDialect } from './ApiError.ts'
import type { ApiMetrics } from './ApiMetrics.ts'
import { createApiKeyCheck, presentedApiKey } from './auth.ts'
import { apiKeyId, withCallerContext } from './callerContext.ts'
import { toApiError } from './errorTable.ts'
import { parseBody, readJsonBody, sendJson } from './http.ts'
import { measureRequest } from './measureRequest.ts'
import { handleOpenAiChatCompletions, openaiRequestSchema } from './openaiChatCompletions.ts'
import { decodePathParameter, requestPath, requestQuery } from './requestPath.ts'
import { sendStreamedBody, StreamedBody } from './streamedBody.ts'

export interface ApiServerComponents {
  generator: ChatGenerator
  apiKeys: readonly string[]
  /**
   * Keys allowed on operator routes (the cost report, settlement). Empty: every API key is an
   * operator key (a single-tenant setup such as the devnet).
   */
  adminApiKeys?: readonly string[]
  logger: Logger
  now?: () => number
  /** Extra authenticated JSON routes (the node table, memory export/delete, the cost report). */
  routes?: ApiRoute[]
  maxBodyBytes?: number
  /**
   * Per-request metrics, and `GET /metrics` serving them. The scrape needs an operator (admin) key,
   * as the report does: it names nodes and costs, and a loopback bind proves nothing when a reverse
   * proxy on the same host forwards the world's requests.
   */
  metrics?: ApiMetrics
  /** Public pages answered before the key check (the web dashboard's files); true when handled. */
  pages?: (path: string, request: IncomingMessage, response: ServerResponse) => Promise<boolean>
}

export interface ApiRoute {
  method: 'GET' | 'DELETE' | 'POST'
  /** Matched against the whole path; capture groups are passed to `handle`. */
  path: RegExp
  /**
   * `caller.operator`: the key is an admin key (every key is, when none are configured). What it
   * returns is sent as JSON, or written as it is produced when it is a {@link StreamedBody}.
   */
  handle(parameters: string[], caller: { keyId: string; operator: boolean }, query: URLSearchParams): unknown
  /** Operator-only: needs one of the admin keys when any are configured. */
  admin?: boolean
}

export interface ApiServer {
  readonly server: Server
  readonly url: string
  close(): Promise<void>
}

/**
 * The user-facing HTTP API: Anthropic `POST /v1/messages`, OpenAI `POST /v1/chat/completions`,
 * `GET /v1/models` (a body both SDKs read), `GET /health`. Every error takes the shape of the
 * API the caller used; domain errors become API errors through one table (`errorTable.ts`).
 */
export async function startApiServer(components: ApiServerComponents, listen: { host: string; port: number }): Promise<ApiServer> {
  const log = components.logger.child({ component: 'orchestrator:api' })
  const now = components.now ?? Date.now
  const adminKeys = components.adminApiKeys ?? []
  const isValidKey = createApiKeyCheck([...components.apiKeys, ...adminKeys])
  const isAdminKey = adminKeys.length === 0 ? isValidKey : createApiKeyCheck(adminKeys)
  const maxBodyBytes = components.maxBodyBytes ?? 4 * 1024 * 1024

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = requestPath(request.url)
    const dialect: ApiDialect = path === '/v1/chat/completions' ? 'openai' : 'anthropic'
    const abort = new AbortController()
    const measured = measureRequest(path, now)
    response.on('close', () => {
      if (!response.writableFinished) abort.abort(new Error('client disconnected'))
      components.metrics?.observe(measured.outcome(response.statusCode))
    })
    try {
      if (request.method === 'GET' && path === '/health') {
        sendJson(response, 200, { ok: true })
        return
      }
      if (components.pages !== undefined && await components.pages(path, request, response)) return
      if (!isValidKey(presentedApiKey(request))) throw new ApiError('authentication_error', 'Invalid or missing API key (send x-api-key or Authorization: Bearer)')
      if (request.method === 'GET' && path === '/metrics' && components.metrics !== undefined) {
        if (!isAdminKey(presentedApiKey(request))) throw new ApiError('authentication_error', 'This route needs an operator (admin) API key')
        const { contentType, body } = await components.metrics.render()
        response.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
        response.end(body)
        return
      }
      if (request.method === 'POST' && path === '/v1/messages') {
        const body = parseBody(anthropicRequestSchema, await readJsonBody(request, maxBodyBytes))
        await handleAnthropicMessages(body, response, measured.wrap(withCallerContext(components.generator, request)), abort.signal)
        return
      }
      if (request.method === 'POST' && path === '/v1/chat/completions') {
        const body = parseBody(openaiRequestSchema, await readJsonBody(request, maxBodyBytes))
        await handleOpenAiChatCompletions(body, response, measured.wrap(withCallerContext(components.generator, request)), abort.signal, now)
        return
      }
      if (request.method === 'GET' && path === '/v1/models') {
        const models = components.generator.listModels()
        sendJson(response, 200, {
          object: 'list',
          data: models.map((model) => ({
            id: model.id, object: 'model', type: 'model', owned_by: 'maia-network', display_name: model.id,
            created: Math.floor(model.createdAt / 1000), created_at: new Date(model.createdAt).toISOString()
          })),
          has_more: false,
          first_id: models[0]?.id ?? null,
          last_id: models.at(-1)?.id ?? null
        })
        return
      }
      for (const route of components.routes ?? []) {
        const match = route.path.exec(path)
        if (match === null || route.method !== request.method) continue
        if (route.admin === true && !isAdminKey(presentedApiKey(request))) throw new ApiError('authentication_error', 'This route needs an operator (admin) API key')
        const presented = presentedApiKey(request)
        const result = await route.handle(match.slice(1).map(decodePathParameter), { keyId: apiKeyId(presented ?? ''), operator: isAdminKey(presented) }, requestQuery(request.url))
        if (result instanceof StreamedBody) await sendStreamedBody(response, result, abort.signal)
        else sendJson(response, 200, result)
        return
      }
      throw new ApiError('not_found_error', `No route for ${request.method ?? 'GET'} ${path}`)
    } catch (error) {
      if (abort.signal.aborted) {
        log.debug('client disconnected before the response was complete')
        response.end()
        return
      }
      const apiError = toApiError(error)
      if (apiError.status(dialect) === 500) log.error({ err: error }, 'request failed')
      // A path can name a user (`/v1/users/<id>/memory`): the log keeps the route, not the user.
      else log.info({ kind: apiError.kind, message: withoutUserIds(apiError.shortMessage) }, 'request refused')
      if (response.headersSent) {
        response.end()
        return
      }
      // Refused before its body was read (413 on the declared length, 401): the rest of that body
      // may still be coming, or never (curl stops sending), so this connection cannot carry a next
      // request; Node drains what does arrive until the client has seen the close.
      const headers = request.complete ? apiError.headers() : { ...apiError.headers(), connection: 'close' }
      sendJson(response, apiError.status(dialect), apiError.body(dialect), headers)
    }
  }

  const server = createServer((request, response) => { void handle(request, response) })
  limitSlowClients(server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listen.port, listen.host, () => { server.off('error', reject); resolve() })
  })
  const address = server.address() as AddressInfo
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
  log.info({ url }, 'API listening')
  return {
    server,
    url,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}

/** A message with every user id in a `/v1/users/<id>` path replaced by `:id`, for the logs. */
export function withoutUserIds(message: string): string {
  return message.replace(/\/v1\/users\/[^/\s]+/g, '/v1/users/:id')
}

/** How long a client may take to send a request's headers, and its whole request (headers and body). */
export const HEADERS_TIMEOUT_MS = 10_000
export const REQUEST_TIMEOUT_MS = 30_000
/**
 * Connections from one address still sending their first request's headers. Node's defaults
 * (headers 60 s, whole request 300 s, no cap) let one client hold 300 half-sent requests, a byte a
 * second each (test/attacks/exhaustion/http-connections.test.ts). Beyond the cap the oldest such
 * connection is closed, so a newcomer always gets in. Counted only until the headers are in:
 * requests waiting for a node, or streaming, are the admission line's to bound.
 */
export const MAX_CONNECTIONS_SENDING_HEADERS_PER_ADDRESS = 128

function limitSlowClients(server: Server): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS
  server.requestTimeout = REQUEST_TIMEOUT_MS
  // Per address, its connections still sending headers, oldest first.
  const sendingHeaders = new Map<string, Set<Socket>>()
  const settle = (socket: Socket): void => {
    const address = socket.remoteAddress ?? ''
    const sockets = sendingHeaders.get(address)
    if (sockets === undefined || !sockets.delete(socket)) return
    if (sockets.size === 0) sendingHeaders.delete(address)
  }
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? ''
    let sockets = sendingHeaders.get(address)
    if (sockets === undefined) sendingHeaders.set(address, sockets = new Set())
    while (sockets.size >= MAX_CONNECTIONS_SENDING_HEADERS_PER_ADDRESS) {
      const oldest = sockets.values().next().value as Socket
      sockets.delete(oldest)
      oldest.destroy()
    }
    sockets.add(socket)
    // A client that hung up sends nothing more, though Node may keep its socket until the next check.
    socket.once('end', () => settle(socket))
    socket.once('close', () => settle(socket))
  })
  server.on('request', (request: IncomingMessage) => settle(request.socket))
}
