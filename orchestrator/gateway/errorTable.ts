import { RewardAccountNotFoundError } from '../../shared/chain/index.ts'
import { ChainUnavailableError } from '../chain/index.ts'
import { NoPostedEpochError, PaymentRequiredError } from '../economy/index.ts'
import { AllNodesFailedError, NetworkFullError, NoNodesAvailableError, NodeRejectedError } from '../inference/index.ts'
import { EmptyConversationError, ScreeningLineFullError } from '../maia/index.ts'
import { EvidenceNotFoundError } from '../quality/index.ts'
import { ApiError, type ApiErrorDescription } from './ApiError.ts'

/** Any error class, whatever its constructor takes. */
export type ErrorClass<E extends Error = Error> = abstract new (...args: never[]) => E

/** One row of the table: a domain error class and what the API says for it. */
export interface ErrorTableRow {
  readonly errorClass: ErrorClass
  /** The description for `error`, or `undefined` when this row does not map it (not its class, or a case left to the fallback). */
  describe(error: unknown): ApiErrorDescription | undefined
}

const row = <E extends Error>(errorClass: ErrorClass<E>, describe: (error: E) => ApiErrorDescription | undefined): ErrorTableRow => ({
  errorClass,
  describe: (error) => error instanceof errorClass ? describe(error) : undefined
})

/** Node error codes that blame the request (a node the API let a bad request through to), not the node. */
const CALLER_FAULT_NODE_CODES: ReadonlySet<string> = new Set(['bad_request', 'frame_too_large'])

/** What a caller reads for an error the table does not know: nothing of its internals. */
export const INTERNAL_ERROR_MESSAGE = 'Internal error'

/**
 * The one place where domain errors meet HTTP: each domain error class (matched with `instanceof`,
 * never by name) and the API error it becomes. The kind sets the status in each dialect (see
 * `ApiError.status`): overloaded is 529 for Anthropic callers and 503 for OpenAI callers; every
 * other kind, or an explicit `status`, is the same in both.
 */
export const ERROR_TABLE: readonly ErrorTableRow[] = [
  row(EmptyConversationError, (error) => ({ kind: 'invalid_request_error', message: `messages: ${error.shortMessage}`, param: 'messages' })),
  row(NetworkFullError, (error) => ({
    kind: 'rate_limit_error', message: 'Every inference node is at capacity; retry after the time in Retry-After', retryAfterMs: error.retryAfterMs
  })),
  row(ScreeningLineFullError, (error) => ({
    kind: 'rate_limit_error', message: 'Too many of this key\'s requests are waiting for the safety screen; retry after the time in Retry-After', retryAfterMs: error.retryAfterMs
  })),
  row(NoNodesAvailableError, () => ({ kind: 'overloaded_error', message: 'No inference node is available right now; retry shortly' })),
  row(AllNodesFailedError, () => ({ kind: 'overloaded_error', message: 'Every inference node tried failed; retry shortly' })),
  // Any other node code is the node's failure, which the caller cannot fix: the fallback's 500.
  row(NodeRejectedError, (error) => CALLER_FAULT_NODE_CODES.has(error.code)
    ? { kind: 'invalid_request_error', message: `The serving node refused the request: ${String(error.details.message)}` }
    : undefined),
  // The reason (and its details: remaining budget, expiry) is what the caller needs to fix it.
  row(PaymentRequiredError, (error) => ({ kind: 'payment_required', message: error.message })),
  // Not the caller's fault and not ours to hide behind a 500: say so, and when to come back.
  row(ChainUnavailableError, (error) => ({
    kind: 'api_error', message: error.shortMessage, status: 503, code: 'payment_chain_unavailable', retryAfterMs: error.retryAfterMs
  })),
  // Asking for rewards before any epoch, or for an account that earned nothing, is a miss, not a fault.
  row(NoPostedEpochError, (error) => ({ kind: 'not_found_error', message: error.message })),
  row(RewardAccountNotFoundError, (error) => ({ kind: 'not_found_error', message: error.message })),
  row(EvidenceNotFoundError, (error) => ({ kind: 'not_found_error', message: `${error.shortMessage}: ${String(error.details.hash)}` }))
]

/** The table's description of `error` itself (its causes not looked at), if a row maps it. */
export function describeKnownError(error: unknown): ApiErrorDescription | undefined {
  for (const entry of ERROR_TABLE) {
    const description = entry.describe(error)
    if (description !== undefined) return description
  }
  return undefined
}

/** Errors a cause chain is followed through at most: a cycle or a runaway chain must end. */
const MAX_CAUSE_DEPTH = 16

/** `error`, then its `cause`, then that one's, and so on. */
export function* causeChain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>()
  let current = error
  while (current !== undefined && current !== null && !seen.has(current) && seen.size < MAX_CAUSE_DEPTH) {
    seen.add(current)
    yield current
    current = current instanceof Error ? current.cause : undefined
  }
}

/**
 * The API error for anything a request handler threw. Follows the cause chain from the outside in
 * and takes the outermost error it knows (an `ApiError`, or a class of {@link ERROR_TABLE}): a
 * wrapper that names a known class said on purpose what the failure means, as viem's `walk` finds
 * the first match. A domain error wrapped in an unknown one is still found. Nothing known anywhere
 * in the chain: a 500 `api_error` with a generic message, the original kept as the cause for logs.
 *
 * @example
 * toApiError(new Error('query failed', { cause: new NoNodesAvailableError() })).status('openai') // 503
 */
export function toApiError(error: unknown): ApiError {
  for (const link of causeChain(error)) {
    if (link instanceof ApiError) return link
    const description = describeKnownError(link)
    if (description !== undefined) {
      const { kind, message, ...options } = description
      return new ApiError(kind, message, { ...options, cause: error })
    }
  }
  return new ApiError('api_error', INTERNAL_ERROR_MESSAGE, { cause: error })
}
