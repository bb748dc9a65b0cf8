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

/** The API shape a caller used; every error it gets back takes that shape. */
export type ApiDialect = 'anthropic' | 'openai'

/** What the API says about one error: its kind, and what the kind alone does not say. */
export interface ApiErrorDescription {
  kind: ApiErrorKind
  /** What the caller reads: never an internal message. */
  message: string
  param?: string | undefined
  /** For 429/529/503: when the caller should try again. */
  retryAfterMs?: number | undefined
  /** A status other than the kind's own (503 for an unreachable payment chain), in both dialects. */
  status?: number | undefined
  /** The OpenAI `code` when the kind's own is too vague. */
  code?: string | undefined
}

const ANTHROPIC_STATUS: Record<ApiErrorKind, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  not_found_error: 404,
  request_too_large: 413,
  payment_required: 402,
  rate_limit_error: 429,
  overloaded_error: 529,
  api_error: 500
}

/** HTTP status of each kind per dialect; for OpenAI, "overloaded" is 503 since 529 is Anthropic's own. */
const STATUS: Record<ApiDialect, Record<ApiErrorKind, number>> = {
  anthropic: ANTHROPIC_STATUS,
  openai: { ...ANTHROPIC_STATUS, overloaded_error: 503 }
}

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

/**
 * An error the API returns to its caller, in the shape of whichever API was called. The gateway
 * throws it for what only HTTP knows (a bad body, a missing key, an unknown route); domain errors
 * become one through the error table (`errorTable.ts`).
 */
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

  constructor(kind: ApiErrorKind, message: string, options: Omit<ApiErrorDescription, 'kind' | 'message'> & { cause?: unknown } = {}) {
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

  /** HTTP status in `dialect`: the override when there is one, else the kind's own. */
  status(dialect: ApiDialect): number {
    return this.statusOverride ?? STATUS[dialect][this.kind]
  }

  body(dialect: ApiDialect): object {
    if (dialect === 'anthropic') return { type: 'error', error: { type: this.kind, message: this.shortMessage } }
    return { error: { message: this.shortMessage, type: OPENAI_TYPES[this.kind], param: this.param, code: this.code ?? OPENAI_CODES[this.kind] } }
  }
}
