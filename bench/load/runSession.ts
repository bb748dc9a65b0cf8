/**
 * One load-test session: a streamed request to either API, read to its end under a hard deadline,
 * classified so that the summary can tell a refusal from a hang, a broken stream or a server error.
 */

export type Dialect = 'anthropic' | 'openai'

export type OutcomeKind =
  /** 200 and the stream ended as its API ends one (`message_stop` / `[DONE]`). */
  | 'served'
  /** 429, or 529 (Anthropic) / 503 (OpenAI): the refusals the issue allows (they must carry Retry-After). */
  | 'refused'
  /** Any other HTTP status (a 500 here is a bug). */
  | 'other_status'
  /** 200, but the stream stopped early or carried an error event. */
  | 'broken_stream'
  /** Nothing (or not everything) arrived before the deadline: a hang. */
  | 'hung'
  /** The connection failed (reset, refused). */
  | 'network_error'

export interface SessionOutcome {
  kind: OutcomeKind
  dialect: Dialect
  status: number | null
  retryAfter: string | null
  retryAfterMs: string | null
  /** Time to the response's headers. */
  headersMs: number | null
  totalMs: number
  /** For refusals and other statuses: the error's type and code from the body (`rate_limit_error/rate_limit_exceeded`). */
  errorType?: string
  /** For anything but `served`/`refused`: what went wrong, shortened. */
  detail?: string
}

export interface SessionTarget {
  url: string
  apiKey: string
  model: string
  maxTokens: number
  timeoutMs: number
  /** `x-maia-voucher` value, on a network that takes payment. */
  voucher?: string
}

/** The refusals the issue allows: 429 when every node is full, and "overloaded" in each API's own status. */
const REFUSALS: Record<Dialect, Set<number>> = { anthropic: new Set([429, 529]), openai: new Set([429, 503]) }

/** Runs one streamed session; never throws and never outlives `target.timeoutMs`. */
export async function runSession(target: SessionTarget, index: number, dialect: Dialect): Promise<SessionOutcome> {
  const started = performance.now()
  let status: number | null = null
  let headersMs: number | null = null
  let retryAfter: string | null = null
  let retryAfterMs: string | null = null
  const outcome = (kind: OutcomeKind, detail?: string): SessionOutcome => ({
    kind, dialect, status, retryAfter, retryAfterMs, headersMs, totalMs: performance.now() - started, ...(detail === undefined ? {} : { detail: detail.slice(0, 200) })
  })
  try {
    // One signal covers connecting, the headers and the whole body: a stalled stream is a hang too.
    const signal = AbortSignal.timeout(target.timeoutMs)
    const response = await fetch(`${target.url}${dialect === 'anthropic' ? '/v1/messages' : '/v1/chat/completions'}`, {
      method: 'POST',
      signal,
      headers: {
        'content-type': 'application/json',
        'x-api-key': target.apiKey,
        'x-maia-session': `load-${index}`,
        ...(target.voucher === undefined ? {} : { 'x-maia-voucher': target.voucher })
      },
      body: JSON.stringify({ model: target.model, max_tokens: target.maxTokens, stream: true, messages: [{ role: 'user', content: `Load session ${index}: say something.` }] })
    })
    status = response.status
    headersMs = performance.now() - started
    retryAfter = response.headers.get('retry-after')
    retryAfterMs = response.headers.get('retry-after-ms')
    const body = await response.text()
    if (status !== 200) {
      const refused = REFUSALS[dialect].has(status)
      return { ...outcome(refused ? 'refused' : 'other_status', refused ? undefined : body), errorType: errorTypeOf(body) }
    }
    const ended = dialect === 'anthropic' ? body.includes('event: message_stop') : body.includes('data: [DONE]')
    const errored = dialect === 'anthropic' ? body.includes('event: error') : body.includes('"error"')
    return ended && !errored ? outcome('served') : outcome('broken_stream', body.slice(-200))
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'TimeoutError' || name === 'AbortError') return outcome('hung', `no complete answer within ${target.timeoutMs} ms`)
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
    return outcome('network_error', `${error instanceof Error ? error.message : String(error)}${cause}`)
  }
}

/** `type/code` of an error body in either API's shape, or `unparsed`. */
function errorTypeOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { type?: string; code?: string | null } }
    return [parsed.error?.type, parsed.error?.code].filter((part) => typeof part === 'string').join('/') || 'no type'
  } catch {
    return 'unparsed'
  }
}
