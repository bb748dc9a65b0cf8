/**
 * What paid sessions may do while the chain is unreachable. Every charge taken then is a promise
 * the chain has not seen: it is redeemable only if the chain comes back before the voucher expires
 * and the user's deposit still covers it, so charging on trust is bounded twice over.
 */
export interface OutagePolicy {
  /**
   * Longest time without any successful chain read during which open sessions keep being charged
   * (default 10 minutes); after it they are refused with 503 too.
   */
  maxOfflineChargingMs: number
  /**
   * Seconds of validity a voucher must have left, by the estimated chain time (last block seen
   * plus the wall time since), to be charged during an outage: room for the chain to come back
   * and the voucher to be redeemed (default 10 minutes, against 2 when the chain answers).
   */
  offlineExpiryMarginSeconds: bigint
}

export const DEFAULT_OUTAGE_POLICY: OutagePolicy = {
  maxOfflineChargingMs: 10 * 60_000,
  offlineExpiryMarginSeconds: 600n
}

/** Why a new paid session is refused during an outage: its nonce and deposit cannot be checked. */
export const OFFLINE_NEW_SESSION_REASON = 'new paid sessions cannot be opened until it answers (the voucher\'s nonce and the deposit are checked on chain); retry later'

/**
 * Why an open session is no longer charged during an outage, or undefined while it may be (the
 * voucher's own checks still follow, with `offlineExpiryMarginSeconds`).
 *
 * @example
 * chargingCapReason(11 * 60_000, DEFAULT_OUTAGE_POLICY) // 'no successful chain read for 660 s (limit 600 s): ...'
 */
export function chargingCapReason(msSinceSuccess: number, policy: OutagePolicy): string | undefined {
  if (msSinceSuccess <= policy.maxOfflineChargingMs) return undefined
  const since = Number.isFinite(msSinceSuccess) ? `for ${Math.round(msSinceSuccess / 1000)} s` : 'since start'
  return `no successful chain read ${since} (limit ${Math.round(policy.maxOfflineChargingMs / 1000)} s): open sessions are no longer charged, since those charges might never be redeemable; retry later`
}
