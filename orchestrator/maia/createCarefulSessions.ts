import { isCarefulRecord, type SessionLedger } from '../economy/index.ts'

/** How many sessions' safety state one process remembers (oldest forgotten first). */
export const DEFAULT_CAREFUL_SESSION_CAPACITY = 10_000

/** What a session has shown: a risk (careful mode) or only manipulation attempts. */
export type SessionSafetyState = 'risk' | 'manipulation'

/** Remembers which sessions are in careful mode. */
export interface CarefulSessions {
  /** Marks a session; `risk` is never downgraded to `manipulation`. */
  mark(sessionId: string, state: SessionSafetyState): void
  /** Whether the session disclosed a risk earlier, in this process or (durably) per the ledger. */
  isCareful(sessionId: string): Promise<boolean>
}

/**
 * Careful-mode memory for the MAIA responder. A session is careful once any of its user turns
 * was a risk (not manipulation). Known in three ways, so it survives what apps do: the whole
 * conversation is re-screened each turn (apps resend it); this process remembers sessions it
 * marked (apps that send only the last turn; `capacity` sessions of all keys together); and the
 * session ledger's durable `careful` flag (a disclosed risk, never a refusal alone;
 * SessionLedger.ts `isCarefulRecord`) covers restarts and sessions this process forgot, rolled-up
 * ones too while the ledger keeps their marker. The ledger's `careful: true` holds whatever this
 * process saw since (a refusal after a restart must not end it); only a record written before the
 * ledger kept `careful` (where any safety reply counted) yields to this process knowing the session
 * showed only manipulation.
 *
 * @example
 * const careful = createCarefulSessions({ ledger })
 * careful.mark('sess_1', 'risk'); await careful.isCareful('sess_1') // true
 */
export function createCarefulSessions(init: { ledger: SessionLedger; capacity?: number }): CarefulSessions {
  const capacity = init.capacity ?? DEFAULT_CAREFUL_SESSION_CAPACITY
  const states = new Map<string, SessionSafetyState>()
  return {
    mark(sessionId, state) {
      const previous = states.get(sessionId)
      states.delete(sessionId)
      states.set(sessionId, previous === 'risk' ? 'risk' : state)
      if (states.size > capacity) states.delete(states.keys().next().value as string)
    },
    async isCareful(sessionId) {
      const known = states.get(sessionId)
      if (known === 'risk') return true
      const record = await init.ledger.get(sessionId).catch(() => undefined)
      if (record === undefined) return false
      return record.careful === true || (known === undefined && isCarefulRecord(record))
    }
  }
}
