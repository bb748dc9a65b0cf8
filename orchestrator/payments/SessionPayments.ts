/** A session the orchestrator has accepted a voucher for. */
export interface PaidSession {
  /** EIP-712 digest of the voucher: the session's payment identity. */
  digest: string
  user: string
  maxAmount: bigint
  charged: bigint
}

/**
 * Per-session payment by EIP-712 voucher: checks a voucher before serving, reserves budget for a
 * request, charges what it actually cost (never beyond the voucher's maximum), and redeems
 * vouchers on chain in batches.
 */
export interface SessionPayments {
  /** Verifies the `x-maia-voucher` header value and opens (or resumes) its session. */
  authorize(headerValue: string): Promise<PaidSession>
  /** Throws `PaymentRequiredError` unless `amount` more still fits the session's budget. */
  assertCanSpend(digest: string, amount: bigint): Promise<void>
  /** Adds the actual cost (capped at what is left); returns what was charged. */
  charge(digest: string, amount: bigint): Promise<bigint>
  /** Redeems every charged, unredeemed voucher in one batch; returns how many and the gas used. */
  redeemPending(): Promise<{ redeemed: number; gasUsed: bigint }>
}
