import { BaseError } from '../../../../shared/errors/index.ts'

/** The sentence intent model (sentenceIntentModel.bin/.json by default) is missing, corrupt or of another shape. */
export class SentenceIntentModelError extends BaseError {
  override name = 'SentenceIntentModelError'
  constructor(reason: string, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    super('Cannot load the sentence intent model', { details: { reason, ...options.details }, cause: options.cause })
  }
}
