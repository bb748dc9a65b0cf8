import { BaseError } from '../../shared/errors/index.ts'

/** No live, eligible node can take the request. */
export class NoNodesAvailableError extends BaseError {
  override name = 'NoNodesAvailableError'
  constructor(details: Record<string, unknown> = {}) {
    super('No inference node is available', { details })
  }
}

/** A node answered with an error frame. */
export class NodeRejectedError extends BaseError {
  override name = 'NodeRejectedError'
  readonly code: string
  constructor(peerId: string, code: string, message: string) {
    super('Node rejected the request', { details: { peerId, code, message } })
    this.code = code
  }
}

/** The node's stream failed or ended without a final frame. */
export class NodeStreamError extends BaseError {
  override name = 'NodeStreamError'
  /** Whether the node had answered anything (a frame) before the stream failed. */
  readonly answered: boolean
  constructor(peerId: string, reason: string, options: { cause?: unknown; answered?: boolean } = {}) {
    super('Node stream failed', { details: { peerId, reason }, cause: options.cause })
    this.answered = options.answered ?? false
  }
}

/** The node's final frame does not match what was asked or what was streamed. */
export class InvalidReceiptError extends BaseError {
  override name = 'InvalidReceiptError'
  constructor(peerId: string, reason: string) {
    super('Node returned an invalid receipt', { details: { peerId, reason } })
  }
}

/** Every attempt failed; `attempts` says why each did. */
export class AllNodesFailedError extends BaseError {
  override name = 'AllNodesFailedError'
  constructor(attempts: Array<{ peerId: string; error: string }>) {
    super('Every node tried failed', { details: { attempts } })
  }
}

/**
 * Every eligible node is at its announced capacity and the orchestrator's own waiting line is
 * full or waited too long: back-pressure. `retryAfterMs` says when to come back (the gateway's error
 * table turns it into a rate-limit answer).
 */
export class NetworkFullError extends BaseError {
  override name = 'NetworkFullError'
  readonly retryAfterMs: number
  constructor(details: { retryAfterMs: number; waiting: number; reason: 'line full' | 'waited too long' | 'line share used' }) {
    super('Every inference node is at capacity', { details })
    this.retryAfterMs = details.retryAfterMs
  }
}
