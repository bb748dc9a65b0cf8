/**
 * The root of every error MAIA throws on purpose.
 *
 * Follows viem's shape: a short, human message; structured `details` for logs and API bodies;
 * an optional `cause`. Each condition gets its own subclass with its own `name`, so callers
 * branch on `error.name` (or `instanceof`), never on message text.
 *
 * @example
 * class ModelNotFoundError extends BaseError {
 *   override name = 'ModelNotFoundError'
 *   constructor(path: string) { super('Model file not found', { details: { path } }) }
 * }
 */
export class BaseError extends Error {
  override name = 'BaseError'
  readonly shortMessage: string
  readonly details: Readonly<Record<string, unknown>>

  constructor(shortMessage: string, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    const detailText = options.details && Object.keys(options.details).length > 0
      ? ` (${Object.entries(options.details).map(([key, value]) => `${key}: ${formatDetail(value)}`).join(', ')})`
      : ''
    super(shortMessage + detailText, options.cause === undefined ? undefined : { cause: options.cause })
    this.shortMessage = shortMessage
    this.details = options.details ?? {}
  }
}

function formatDetail(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'bigint') return value.toString()
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}
