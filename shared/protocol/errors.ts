import { BaseError } from '../errors/BaseError.ts'

/** A frame, request or gossip message did not match its schema. */
export class InvalidMessageError extends BaseError {
  override name = 'InvalidMessageError'
  constructor(what: string, issues: string, options: { cause?: unknown } = {}) {
    super(`Invalid ${what}`, { details: { issues }, cause: options.cause })
  }
}

/** A frame exceeded the protocol's size limit. */
export class FrameTooLargeError extends BaseError {
  override name = 'FrameTooLargeError'
  constructor(size: number, limit: number) {
    super('Frame exceeds the size limit', { details: { size, limit } })
  }
}

/** A signature (capability record, binding proof, receipt) did not verify. */
export class InvalidSignatureError extends BaseError {
  override name = 'InvalidSignatureError'
  constructor(what: string, details: Record<string, unknown> = {}) {
    super(`Invalid signature on ${what}`, { details })
  }
}

/** A signed record is too old (or dated in the future) to be trusted. */
export class StaleRecordError extends BaseError {
  override name = 'StaleRecordError'
  constructor(ageMs: number, maxAgeMs: number) {
    super('Record is stale', { details: { ageMs, maxAgeMs } })
  }
}
