import { describe, expect, it } from 'vitest'
import { RewardAccountNotFoundError } from '../../../shared/chain/errors.ts'
import { EvidenceNotFoundError } from '../../../orchestrator/quality/errors.ts'
import { ChainUnavailableError } from '../../../orchestrator/chain/errors.ts'
import { PaymentRequiredError } from '../../../orchestrator/economy/payments/errors.ts'
import { NoPostedEpochError } from '../../../orchestrator/economy/settlement/errors.ts'
import { ApiError, type ApiDialect } from '../../../orchestrator/gateway/ApiError.ts'
import { ERROR_TABLE, INTERNAL_ERROR_MESSAGE, causeChain, toApiError } from '../../../orchestrator/gateway/errorTable.ts'
import { AllNodesFailedError, NetworkFullError, NoNodesAvailableError, NodeRejectedError } from '../../../orchestrator/inference/errors.ts'
import { EmptyConversationError, ScreeningLineFullError } from '../../../orchestrator/maia/errors.ts'

const DIALECTS: readonly ApiDialect[] = ['anthropic', 'openai']

/** What a caller sees of an error in each dialect: status, headers and body. */
function seen(error: unknown): Record<ApiDialect, { status: number; headers: Record<string, string>; body: object }> {
  const apiError = toApiError(error)
  const view = (dialect: ApiDialect) => ({ status: apiError.status(dialect), headers: apiError.headers(), body: apiError.body(dialect) })
  return { anthropic: view('anthropic'), openai: view('openai') }
}

interface Expected {
  kind: string
  status: Record<ApiDialect, number>
  message: string
  param?: string
  openai: { type: string; code: string | null }
  headers?: Record<string, string>
}

const account = '0x00000000000000000000000000000000000000aa'
const payment = new PaymentRequiredError('Session budget exhausted', { remaining: '0' })
const noEpoch = new NoPostedEpochError()
const noReward = new RewardAccountNotFoundError({ account })
const noEvidence = new EvidenceNotFoundError(`0x${'ab'.repeat(32)}`)

/** One instance of every class the table maps, and what each dialect must answer for it. */
const CASES: ReadonlyArray<{ error: Error; expected: Expected }> = [
  {
    error: new EmptyConversationError({ messages: 2 }),
    expected: { kind: 'invalid_request_error', status: { anthropic: 400, openai: 400 }, message: 'messages: MAIA needs at least one non-empty user message', param: 'messages', openai: { type: 'invalid_request_error', code: null } }
  },
  {
    error: new NetworkFullError({ retryAfterMs: 1_500, waiting: 3, reason: 'line full' }),
    expected: {
      kind: 'rate_limit_error', status: { anthropic: 429, openai: 429 }, message: 'Every inference node is at capacity; retry after the time in Retry-After',
      openai: { type: 'rate_limit_error', code: 'rate_limit_exceeded' }, headers: { 'retry-after': '2', 'retry-after-ms': '1500' }
    }
  },
  {
    error: new ScreeningLineFullError({ retryAfterMs: 1_000, screening: 1, waiting: 64 }),
    expected: {
      kind: 'rate_limit_error', status: { anthropic: 429, openai: 429 }, message: 'Too many of this key\'s requests are waiting for the safety screen; retry after the time in Retry-After',
      openai: { type: 'rate_limit_error', code: 'rate_limit_exceeded' }, headers: { 'retry-after': '1', 'retry-after-ms': '1000' }
    }
  },
  {
    error: new NoNodesAvailableError({ model: 'maia' }),
    expected: { kind: 'overloaded_error', status: { anthropic: 529, openai: 503 }, message: 'No inference node is available right now; retry shortly', openai: { type: 'server_error', code: 'overloaded' } }
  },
  {
    error: new AllNodesFailedError([{ peerId: 'peer-1', error: 'secret internal detail' }]),
    expected: { kind: 'overloaded_error', status: { anthropic: 529, openai: 503 }, message: 'Every inference node tried failed; retry shortly', openai: { type: 'server_error', code: 'overloaded' } }
  },
  {
    error: new NodeRejectedError('peer-1', 'bad_request', 'messages.0.content: too long'),
    expected: { kind: 'invalid_request_error', status: { anthropic: 400, openai: 400 }, message: 'The serving node refused the request: messages.0.content: too long', openai: { type: 'invalid_request_error', code: null } }
  },
  {
    error: payment,
    expected: { kind: 'payment_required', status: { anthropic: 402, openai: 402 }, message: payment.message, openai: { type: 'insufficient_quota', code: 'payment_required' } }
  },
  {
    error: new ChainUnavailableError({ operation: 'latest block', reason: 'connection refused', retryAfterMs: 10_000 }),
    expected: {
      kind: 'api_error', status: { anthropic: 503, openai: 503 }, message: 'The payment chain is unreachable: connection refused',
      openai: { type: 'server_error', code: 'payment_chain_unavailable' }, headers: { 'retry-after': '10', 'retry-after-ms': '10000' }
    }
  },
  {
    error: noEpoch,
    expected: { kind: 'not_found_error', status: { anthropic: 404, openai: 404 }, message: noEpoch.message, openai: { type: 'invalid_request_error', code: 'not_found' } }
  },
  {
    error: noReward,
    expected: { kind: 'not_found_error', status: { anthropic: 404, openai: 404 }, message: noReward.message, openai: { type: 'invalid_request_error', code: 'not_found' } }
  },
  {
    error: noEvidence,
    expected: { kind: 'not_found_error', status: { anthropic: 404, openai: 404 }, message: `No evidence bundle has this hash: 0x${'ab'.repeat(32)}`, openai: { type: 'invalid_request_error', code: 'not_found' } }
  }
]

describe('the gateway\'s error table', () => {
  it('has a case below for every class it maps', () => {
    const covered = new Set(CASES.map(({ error }) => error.constructor))
    for (const row of ERROR_TABLE) expect(covered.has(row.errorClass), row.errorClass.name).toBe(true)
  })

  it.each(CASES.map((entry) => [entry.error.name, entry] as const))('maps %s to its API error in both dialects', (_name, { error, expected }) => {
    const answer = seen(error)
    expect(toApiError(error).kind).toBe(expected.kind)
    for (const dialect of DIALECTS) {
      expect(answer[dialect].status, dialect).toBe(expected.status[dialect])
      expect(answer[dialect].headers, dialect).toEqual(expected.headers ?? {})
    }
    expect(answer.anthropic.body).toEqual({ type: 'error', error: { type: expected.kind, message: expected.message } })
    expect(answer.openai.body).toEqual({ error: { message: expected.message, type: expected.openai.type, param: expected.param ?? null, code: expected.openai.code } })
    expect(toApiError(error).cause).toBe(error)
  })

  it('leaves node errors that are the node\'s own fault to the generic 500', () => {
    for (const code of ['internal', 'busy', 'model_unavailable', 'unauthorized']) {
      const apiError = toApiError(new NodeRejectedError('peer-1', code, 'llama_decode failed at /srv/models/x.gguf'))
      expect(apiError.status('anthropic')).toBe(500)
      expect(apiError.shortMessage).toBe(INTERNAL_ERROR_MESSAGE)
    }
  })

  it('passes the gateway\'s own ApiError through unchanged', () => {
    const apiError = new ApiError('authentication_error', 'Invalid or missing API key')
    expect(toApiError(apiError)).toBe(apiError)
  })
})

describe('walking the cause chain', () => {
  it('finds a known error wrapped, at any depth, in unknown ones', () => {
    const inner = new NoNodesAvailableError()
    const wrapped = new Error('request failed', { cause: new Error('dial failed', { cause: inner }) })
    const apiError = toApiError(wrapped)
    expect(apiError.kind).toBe('overloaded_error')
    expect(apiError.status('anthropic')).toBe(529)
    expect(apiError.status('openai')).toBe(503)
    // The whole chain stays with the API error, for the log.
    expect(apiError.cause).toBe(wrapped)
  })

  it('takes the outermost known error when known errors wrap each other', () => {
    const chain = new ChainUnavailableError({ operation: 'paid request', reason: 'timed out', cause: new NoNodesAvailableError() })
    expect(toApiError(chain).status('anthropic')).toBe(503)
    expect(toApiError(new Error('outer', { cause: chain })).body('openai')).toMatchObject({ error: { code: 'payment_chain_unavailable' } })
    const refused = new ApiError('invalid_request_error', 'bad body', { cause: new PaymentRequiredError('no voucher') })
    expect(toApiError(refused)).toBe(refused)
  })

  it('looks past a row that declines its instance to the causes below it', () => {
    const declined = new NodeRejectedError('peer-1', 'internal', 'crashed')
    Object.defineProperty(declined, 'cause', { value: new NetworkFullError({ retryAfterMs: 2_000, waiting: 1, reason: 'waited too long' }) })
    expect(toApiError(declined).kind).toBe('rate_limit_error')
  })

  it('ends on a cyclic chain', () => {
    const first = new Error('first')
    const second = new Error('second', { cause: first })
    Object.defineProperty(first, 'cause', { value: second })
    expect([...causeChain(second)]).toEqual([second, first])
    expect(toApiError(second).status('openai')).toBe(500)
  })
})

describe('an error the table does not know', () => {
  it.each([
    ['an Error', new Error('ECONNREFUSED 10.0.0.7:5432 password=hunter2')],
    ['a TypeError', new TypeError('Cannot read properties of undefined (reading \'secret\')')],
    ['a string', 'raw failure text'],
    ['undefined', undefined],
    ['null', null]
  ])('is a 500 api_error with a generic message (%s), never its own text', (_name, thrown) => {
    const apiError = toApiError(thrown)
    for (const dialect of DIALECTS) expect(apiError.status(dialect)).toBe(500)
    expect(apiError.headers()).toEqual({})
    expect(apiError.body('anthropic')).toEqual({ type: 'error', error: { type: 'api_error', message: INTERNAL_ERROR_MESSAGE } })
    expect(apiError.body('openai')).toEqual({ error: { message: INTERNAL_ERROR_MESSAGE, type: 'server_error', param: null, code: null } })
    if (thrown !== undefined && thrown !== null) expect(apiError.cause).toBe(thrown)
  })
})
