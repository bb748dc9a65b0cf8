/** A session the orchestrator has accepted a voucher for. */
export interface PaidSession {
  /** EIP-712 digest of the voucher: the session's payment identity. */
  digest: string
  user: string
  maxAmount: bigint
  charged: bigint
}

/** Who presents a voucher: a session is bound to the API key that opened it. */
export interface VoucherCaller {
  /** `apiKeyId` of the caller's API key (a hash, never the key). */
  apiKeyId?: string
}

/**
 * Budget held for one request in flight: the worst case it can cost, taken from the session
 * before the node is dialed. Exactly one of `commit` or `release` takes effect; later calls are no-ops.
 */
export interface Reservation {
  readonly digest: string
  readonly amount: bigint
  /** Charges `actual` (capped at the reservation) and frees the rest; returns what was charged. */
  commit(actual: bigint): Promise<bigint>
  /** Frees the whole reservation (failure, abort, or a reply not worth billing). */
  release(): void
}

/** A voucher that could not be redeemed: skipped on chain (or refused before sending), with why. */
export interface RedemptionFailure {
  digest: string
  user: string
  sessionId: string
  nonce: string
  amount: string
  /** The contract's custom error, e.g. `SessionPaymentsVoucherAlreadyRedeemed(user: 0x.., nonce: 7)`. */
  reason: string
  failedAt: number
}

/** What one `redeemPending` did. */
export interface RedemptionReport {
  redeemed: number
  gasUsed: bigint
  /** Vouchers that failed in this run: they are never sent again, and their receipts earn nothing. */
  failed: RedemptionFailure[]
}

/** How a session's voucher stands with the chain, for settlement. */
export type PaymentState = 'pending' | 'redeemed' | 'failed'

/**
 * Per-session payment by EIP-712 voucher: checks a voucher before serving (signature, expiry on
 * every request, nonce unused by any other session, deposit covering every open session, bound to
 * the API key that opened it), reserves the worst case of each request atomically, charges what it
 * actually cost, and redeems vouchers on chain in batches where one bad voucher fails alone.
 */
export interface SessionPayments {
  /** Verifies the `x-maia-voucher` header value and opens (or resumes) its session. */
  authorize(headerValue: string, caller?: VoucherCaller): Promise<PaidSession>
  /** Holds `amount` of the session's budget; throws `PaymentRequiredError` (402) when it does not fit. */
  reserve(digest: string, amount: bigint): Promise<Reservation>
  /** Redeems every charged, unredeemed voucher; failures are recorded, never thrown for one voucher. */
  redeemPending(): Promise<RedemptionReport>
  /**
   * Redeems only the charged vouchers that expire soon, before the next epoch could (the orchestrator
   * sweeps this every minute); nothing while the chain is unreachable.
   */
  redeemExpiring?(): Promise<RedemptionReport>
  /** Every voucher that failed redemption so far (stored durably). */
  failures(): Promise<RedemptionFailure[]>
  /** Whether a session's charges reached the chain (receipts of `failed` sessions earn nothing). */
  paymentState(digest: string): Promise<PaymentState>
}
