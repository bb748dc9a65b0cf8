import { describe, expect, it } from 'vitest'
import { toApiError } from '../../../orchestrator/gateway/errorTable.ts'
import { createMaiaResponder, type MaiaResponderComponents } from '../../../orchestrator/maia/createMaiaResponder.ts'
import { EmptyConversationError } from '../../../orchestrator/maia/errors.ts'
import { silentLogger } from '../../../shared/log/index.ts'

describe('the MAIA responder throws its own errors, which the gateway maps', () => {
  // Nothing past the first check is reached: a conversation without a question is refused at once.
  const responder = createMaiaResponder({ logger: silentLogger(), ledger: {} } as unknown as MaiaResponderComponents)
  const options = { onToken: () => {}, signal: new AbortController().signal }

  it('refuses a conversation without a non-empty user message as EmptyConversationError, an invalid request in both dialects', async () => {
    const request = { model: 'maia', maxTokens: 16, stop: [], messages: [{ role: 'system' as const, content: 'be kind' }, { role: 'user' as const, content: ' \n ' }, { role: 'assistant' as const, content: 'hello' }] }
    const error = await responder.generate(request, {}, options).then(() => undefined, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(EmptyConversationError)
    expect(error).toMatchObject({ details: { messages: 3 } })
    const apiError = toApiError(error)
    expect([apiError.status('anthropic'), apiError.status('openai')]).toEqual([400, 400])
    expect(apiError.body('anthropic')).toEqual({ type: 'error', error: { type: 'invalid_request_error', message: 'messages: MAIA needs at least one non-empty user message' } })
    expect(apiError.body('openai')).toMatchObject({ error: { type: 'invalid_request_error', param: 'messages' } })
  })
})
