import { BaseError } from '../../../shared/errors/index.ts'

/**
 * A session id the ledger cannot keep apart from its own index: ids beginning with `!` are where
 * `level` keeps nested sublevels (the ledger's quota and rollups). The gateway never makes one
 * (`<key id>:<session>` or `sess_<hash>`).
 *
 * @example
 * await ledger.record('!quota!x', entry) // throws ReservedSessionIdError
 */
export class ReservedSessionIdError extends BaseError {
  override name = 'ReservedSessionIdError'
  constructor({ sessionId }: { sessionId: string }) {
    super('Session ids may not begin with "!"', { details: { sessionId: sessionId.slice(0, 64) } })
  }
}

/**
 * A rolled-up session's marker read back from the ledger does not match its schema (a corrupt or
 * foreign database): the ledger cannot tell what the session's rollup counts of it.
 *
 * @example
 * await ledger.record(sessionId, entry) // throws CorruptSessionMarkerError when its marker was tampered with
 */
export class CorruptSessionMarkerError extends BaseError {
  override name = 'CorruptSessionMarkerError'
  constructor({ key, issues, cause }: { key: string; issues: string[]; cause?: unknown }) {
    super('Corrupt rolled-up session marker', { details: { key, issues }, cause })
  }
}
