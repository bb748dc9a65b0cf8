import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { AllNodesFailedError, NetworkFullError, NoNodesAvailableError, NodeRejectedError } from '../inference/index.ts'
import { PaymentRequiredError } from '../economy/index.ts'
import { ChainUnavailableError } from '../chain/index.ts'
import { anthropicRequestSchema, handleAnthropicMessages } from './anthropicMessages.ts'
import { ApiError, type ApiDialect } from './ApiError.ts'
import { createApiKeyCheck, presentedApiKey } from './auth.ts'
import type { ChatGenerator } from '../inference/index.ts'
import type { ApiMetrics, ApiRequestOutcome } from './ApiMetrics.ts'
import { parseBody, readJsonBody, sendJson } from './http.ts'
import { handleOpenAiChatCompletions, openaiRequestSchema } from './openaiChatCompletions.ts'

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
}

export interface ApiRoute {
  method: 'GET' | 'DELETE' | 'POST'
  /** Matched against the whole path; capture groups are passed to `handle`. */
  path: RegExp
  handle(parameters: string[], caller: { keyId: string }): unknown
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
 * API the caller used.
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
        sendJson(response, 200, await route.handle(match.slice(1).map(decodePathParameter), { keyId: apiKeyId(presentedApiKey(request) ?? '') }))
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
      else log.info({ kind: apiError.kind, message: apiError.shortMessage }, 'request refused')
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

/**
 * A short, stable name for an API key (never the key itself), used to keep each app's users
 * apart: the same user id sent with two keys names two different people.
 */
export function apiKeyId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

/** The user id as stored: scoped to the calling app's key. */
export function scopedUserId(keyId: string, userId: string): string {
  return `${keyId}:${userId}`
}

/**
 * Headers name the user and session explicitly, overriding what the body's dialect carried;
 * the user id is then scoped to the caller's API key.
 */
function withCallerContext(generator: ChatGenerator, request: IncomingMessage): ChatGenerator {
  const header = (name: string): string | undefined => {
    const value = request.headers[name]
    return typeof value === 'string' && value.length > 0 && value.length <= 256 ? value : undefined
  }
  const keyId = apiKeyId(presentedApiKey(request) ?? '')
  const userId = header('x-maia-user')
  const sessionId = header('x-maia-session')
  const voucher = typeof request.headers['x-maia-voucher'] === 'string' ? request.headers['x-maia-voucher'] : undefined
  return {
    ...generator,
    generate: (chatRequest, options) => {
      const user = userId ?? chatRequest.userId
      return generator.generate({
        ...chatRequest,
        userId: user === undefined ? undefined : scopedUserId(keyId, user),
        sessionId: sessionId === undefined ? chatRequest.sessionId : `${keyId}:${sessionId}`,
        voucher,
        apiKeyId: keyId
      }, options)
    }
  }
}

/**
 * Times one request for metrics: when its first token came and how many tokens its answer had,
 * learnt by wrapping the generator the handler calls.
 */
function measureRequest(path: string, now: () => number): { wrap(generator: ChatGenerator): ChatGenerator; outcome(status: number): ApiRequestOutcome } {
  const api = path === '/v1/messages' ? 'anthropic' : path === '/v1/chat/completions' ? 'openai' : 'other'
  const receivedAt = now()
  let firstTokenAt: number | undefined
  let answer: { route: string; outputTokens: number; finishedAt: number } | undefined
  return {
    wrap: (generator) => ({
      ...generator,
      async generate(request, options) {
        const result = await generator.generate(request, { ...options, onToken: (text) => { firstTokenAt ??= now(); options.onToken(text) } })
        answer = { route: result.route ?? 'network', outputTokens: result.usage.outputTokens, finishedAt: now() }
        return result
      }
    }),
    outcome: (status) => ({
      api, status, route: answer?.route ?? 'none',
      ...(firstTokenAt === undefined ? {} : { firstTokenMs: firstTokenAt - receivedAt }),
      ...(answer === undefined || firstTokenAt === undefined ? {} : { generation: { outputTokens: answer.outputTokens, ms: answer.finishedAt - firstTokenAt } })
    })
  }
}

/**
 * The request's path without trailing slashes. A target that does not parse as a URL ("//", which
 * reads as an empty host, or an absolute form with a bad port) threw before the handler's try: an
 * unhandled rejection that ended the orchestrator. Such a target is a path here, or names no route.
 */
function requestPath(target = '/'): string {
  try {
    return new URL(target.startsWith('//') ? `http://localhost${target}` : target, 'http://localhost').pathname.replace(/\/+$/, '') || '/'
  } catch {
    return target
  }
}

function decodePathParameter(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    throw new ApiError('invalid_request_error', 'Malformed percent-encoding in the path')
  }
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof NetworkFullError) {
    return new ApiError('rate_limit_error', 'Every inference node is at capacity; retry after the time in Retry-After', { cause: error, retryAfterMs: error.retryAfterMs })
  }
  if (error instanceof NoNodesAvailableError) return new ApiError('overloaded_error', 'No inference node is available right now; retry shortly', { cause: error })
  if (error instanceof AllNodesFailedError) return new ApiError('overloaded_error', 'Every inference node tried failed; retry shortly', { cause: error })
  if (error instanceof PaymentRequiredError) return new ApiError('payment_required', error.message, { cause: error })
  // Not the caller's fault and not ours to hide behind a 500: say so, and when to come back.
  if (error instanceof ChainUnavailableError) return new ApiError('api_error', error.shortMessage, { cause: error, status: 503, code: 'payment_chain_unavailable', retryAfterMs: error.retryAfterMs })
  // Asking for rewards before any epoch, or for an account that earned nothing, is a miss, not a fault.
  if (error instanceof Error && (error.name === 'NoPostedEpochError' || error.name === 'RewardAccountNotFoundError')) return new ApiError('not_found_error', error.message, { cause: error })
  if (error instanceof NodeRejectedError && (error.code === 'bad_request' || error.code === 'frame_too_large')) {
    return new ApiError('invalid_request_error', `The serving node refused the request: ${String(error.details.message)}`, { cause: error })
  }
  return new ApiError('api_error', 'Internal error', { cause: error })
}
