import { BaseError } from '../../shared/errors/index.ts'

/** Error kinds the HTTP API reports, named as the Anthropic API names them. */
export type ApiErrorKind =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'payment_required'
  | 'rate_limit_error'
  | 'overloaded_error'
  | 'api_error'

const STATUS: Record<ApiErrorKind, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  not_found_error: 404,
  request_too_large: 413,
  payment_required: 402,
  rate_limit_error: 429,
  overloaded_error: 529,
  api_error: 500
}

/** An error the API returns to its caller, in the shape of whichever API was called. */
export class ApiError extends BaseError {
  override name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly param: string | null
  /** For 429/529/503: when the caller should try again (sent as `Retry-After` and `retry-after-ms`). */
  readonly retryAfterMs: number | null
  /** A status other than the kind's own (503 for an unreachable payment chain), in both dialects. */
  readonly statusOverride: number | null
  /** The OpenAI `code` when the kind's own is too vague. */
  readonly code: string | null

  constructor(kind: ApiErrorKind, message: string, options: { param?: string; cause?: unknown; retryAfterMs?: number; status?: number; code?: string } = {}) {
    super(message, { cause: options.cause })
    this.kind = kind
    this.param = options.param ?? null
    this.retryAfterMs = options.retryAfterMs ?? null
    this.statusOverride = options.status ?? null
    this.code = options.code ?? null
  }

  /**
   * Headers both SDKs read before retrying: `retry-after-ms` first, then `retry-after` in whole
   * seconds (rounded up, so a client never comes back before it was asked to).
   */
  headers(): Record<string, string> {
    if (this.retryAfterMs === null) return {}
    return { 'retry-after': String(Math.max(1, Math.ceil(this.retryAfterMs / 1000))), 'retry-after-ms': String(Math.round(this.retryAfterMs)) }
  }

  /** HTTP status; for the OpenAI dialect, "overloaded" is 503 since 529 is Anthropic's own. */
  status(dialect: ApiDialect): number {
    if (this.statusOverride !== null) return this.statusOverride
    if (dialect === 'openai' && this.kind === 'overloaded_error') return 503
    return STATUS[this.kind]
  }

  body(dialect: ApiDialect): object {
    if (dialect === 'anthropic') return { type: 'error', error: { type: this.kind, message: this.shortMessage } }
    return { error: { message: this.shortMessage, type: OPENAI_TYPES[this.kind], param: this.param, code: this.code ?? OPENAI_CODES[this.kind] } }
  }
}

export type ApiDialect = 'anthropic' | 'openai'

const OPENAI_TYPES: Record<ApiErrorKind, string> = {
  invalid_request_error: 'invalid_request_error',
  authentication_error: 'invalid_request_error',
  not_found_error: 'invalid_request_error',
  request_too_large: 'invalid_request_error',
  payment_required: 'insufficient_quota',
  rate_limit_error: 'rate_limit_error',
  overloaded_error: 'server_error',
  api_error: 'server_error'
}

const OPENAI_CODES: Record<ApiErrorKind, string | null> = {
  invalid_request_error: null,
  authentication_error: 'invalid_api_key',
  not_found_error: 'not_found',
  request_too_large: 'request_too_large',
  payment_required: 'payment_required',
  // OpenAI's own code for 429s, which apps already branch on.
  rate_limit_error: 'rate_limit_exceeded',
  overloaded_error: 'overloaded',
  api_error: null
}
