import { BaseError } from '../errors/BaseError.ts'

/** Configuration (file, environment or flags) failed validation. */
export class InvalidConfigError extends BaseError {
  override name = 'InvalidConfigError'
  constructor(source: string, issues: string, options: { cause?: unknown } = {}) {
    super(`Invalid configuration in ${source}`, { details: { issues }, cause: options.cause })
  }
}
