import { BaseError } from '../../../shared/errors/index.ts'

/** The bundled sentence encoder could not be loaded (package missing or its weights unreadable). */
export class SentenceEncoderLoadError extends BaseError {
  override name = 'SentenceEncoderLoadError'
  constructor(options: { cause?: unknown } = {}) {
    super('Could not load the sentence encoder', {
      details: { reason: options.cause instanceof Error ? options.cause.message : String(options.cause) },
      cause: options.cause
    })
  }
}
