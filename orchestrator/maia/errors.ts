import { BaseError } from '../../shared/errors/index.ts'

/**
 * The conversation has no user message with any text: there is no question to route or answer.
 * The caller's mistake, not MAIA's; the gateway reports it as an invalid request.
 *
 * @example
 * await responder.generate({ ...request, messages: [{ role: 'user', content: '  ' }] }, {}, options) // throws
 */
export class EmptyConversationError extends BaseError {
  override name = 'EmptyConversationError'
  constructor({ messages }: { messages: number }) {
    super('MAIA needs at least one non-empty user message', { details: { messages } })
  }
}

/**
 * One API key already has as many requests waiting for the safety screen as it may: the screen
 * reads every earlier turn, so one key's many heavy requests at once would hold it for every
 * other key (test/attacks/exhaustion/screen-cpu.test.ts). A 429 with Retry-After.
 */
export class ScreeningLineFullError extends BaseError {
  override name = 'ScreeningLineFullError'
  readonly retryAfterMs: number
  constructor(details: { retryAfterMs: number; screening: number; waiting: number }) {
    super('Too many of this key\'s requests are waiting for the safety screen', { details })
    this.retryAfterMs = details.retryAfterMs
  }
}
