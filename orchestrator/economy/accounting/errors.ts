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
