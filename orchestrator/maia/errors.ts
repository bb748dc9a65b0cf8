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
