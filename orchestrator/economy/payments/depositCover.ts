import type { SuiteContracts } from '../../../shared/chain/index.ts'
import { ChainUnavailableError, type ChainHealth } from '../../chain/index.ts'
import type { LevelStore } from '../../LevelStore.ts'
import { sessionsOfUser } from './sessionRecords.ts'

/** A user's deposit with this orchestrator's operator, as the chain last showed it. */
export interface DepositSnapshot {
  balance: bigint
  pendingWithdrawal: bigint
  /** `balance` less the pending withdrawal: what redemptions can still take once it unlocks. */
  available: bigint
  /** When the pending withdrawal unlocks (unix seconds); 0 when none is pending. */
  unlockAt: bigint
}

/**
 * Reads users' deposits with `operator` (this orchestrator's redeeming account) for the charge check,
 * on every call: a withdrawal requested after a session opened lowers what that session may charge
 * from then on. Deposits are per (user, operator) on chain, so no other orchestrator spends these. While the chain is unreachable (or a read
 * fails for it) the last snapshot seen stands in; without one the read's error is thrown.
 *
 * @example
 * const deposits = createDepositReader({ suite, health, operator })
 * const { available } = await deposits.read(user)
 */
export function createDepositReader(components: { suite: SuiteContracts; health: ChainHealth; operator: string }) {
  const { suite, health, operator } = components
  const last = new Map<string, DepositSnapshot>()
  const remember = (user: string, balance: bigint, withdrawal: { amount: bigint; unlockAt: bigint }): DepositSnapshot => {
    const pendingWithdrawal = withdrawal.amount
    const snapshot = { balance, pendingWithdrawal, available: balance - (pendingWithdrawal < balance ? pendingWithdrawal : balance), unlockAt: pendingWithdrawal > 0n ? withdrawal.unlockAt : 0n }
    last.set(user.toLowerCase(), snapshot)
    return snapshot
  }
  return {
    /** Records a snapshot read elsewhere (when a session opens). */
    remember,
    /** The last snapshot seen of a user, without reading the chain. */
    last: (user: string): DepositSnapshot | undefined => last.get(user.toLowerCase()),
    async read(user: string): Promise<DepositSnapshot> {
      const cached = last.get(user.toLowerCase())
      if (cached !== undefined && !health.snapshot().reachable) return cached
      try {
        const [balance, withdrawal] = await health.read('deposit check', () => Promise.all([
          suite.SessionPayments.balanceOf(user, operator),
          suite.SessionPayments.pendingWithdrawal(user, operator)
        ]))
        return remember(user, balance, withdrawal)
      } catch (error) {
        if (error instanceof ChainUnavailableError && cached !== undefined) return cached
        throw error
      }
    }
  }
}

/**
 * What a user's unredeemed sessions owe: everything charged and not yet redeemed, plus what requests
 * in flight have reserved. A new charge must fit, together with this, in the deposit available now.
 */
export async function owedBy(store: LevelStore, user: string, reservedOf: (digest: string) => bigint): Promise<bigint> {
  let owed = 0n
  for await (const { digest, record } of sessionsOfUser(store, user)) {
    if (record.redeemed || record.failure !== undefined) continue
    owed += BigInt(record.charged) + reservedOf(digest)
  }
  return owed
}
