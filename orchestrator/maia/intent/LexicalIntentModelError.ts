import { BaseError } from '../../../shared/errors/index.ts'

/** The stored n-gram intent model (lexicalIntentModel.bin/.json by default) is missing, corrupt or of another shape. */
export class LexicalIntentModelError extends BaseError {
  override name = 'LexicalIntentModelError'
  constructor(reason: string, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    super('Cannot load the n-gram intent model', { details: { reason, ...options.details }, cause: options.cause })
  }
}
