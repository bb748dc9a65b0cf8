import type { EpochStatus } from './ReceiptStore.ts'

/**
 * Milestones of one epoch's settlement, in order. `onStep` hears each right after it is durable (or,
 * for `transaction-sent`, right after the broadcast), which is where the crash tests kill the process.
 */
export type SettlementStep = 'sealed' | 'transaction-signed' | 'transaction-sent' | 'posted'

/** One epoch as reported by {@link EpochSettler}. */
export interface EpochSummary {
  epoch: number
  status: EpochStatus
  root: string
  /** Cumulative total of the root (what `postRoot` was given). */
  total: bigint
  /** What this epoch's receipts added. */
  pool: bigint
  receiptCount: number
  /** Accounts in the tree. */
  accounts: number
  transactionHash?: string
  gasUsed?: bigint
  /** True when a restart found the root already on chain (crash after sending). */
  foundOnChain?: boolean
}

/** What one `settle()` did. */
export interface SettleResult {
  /** An epoch sealed before a crash (or a failed post) and posted now. */
  resumed?: EpochSummary
  /** The epoch sealed and posted by this call; absent when no receipt awaited settlement. */
  settled?: EpochSummary
}

/** Arguments of `RewardsDistributor.claim(account, cumulativeAmount, proof)` against the posted root. */
export interface EpochClaim {
  epoch: number
  account: string
  cumulativeAmount: bigint
  proof: string[]
}

/** The settler's view of the store and the chain. */
export interface SettlementStatus {
  receipts: number
  /** Receipts recorded but not yet sealed into an epoch. */
  unassigned: number
  latestEpoch?: EpochSummary
  latestPosted?: EpochSummary
  chain: { epoch: bigint; root: string; totalCumulative: bigint; totalClaimed: bigint }
}

/**
 * Turns stored receipts into posted epoch roots of cumulative earnings.
 *
 * @example
 * const { settled } = await settler.settle()
 * const { cumulativeAmount, proof } = await settler.claimFor(provider)
 * await distributor.claim(provider, cumulativeAmount, proof)
 */
export interface EpochSettler {
  /**
   * Runs one epoch: finishes an epoch left sealed by a crash, then seals every unassigned receipt into
   * the next epoch and posts its root. Calls are serialized.
   *
   * @throws {EpochPostFailedError} when `postRoot` fails (the epoch stays sealed; the next call retries).
   * @throws {EpochConflictError} when the chain holds another root for this epoch or a later one.
   */
  settle(): Promise<SettleResult>
  /**
   * The claim arguments of `account` in the latest posted epoch.
   *
   * @throws {NoPostedEpochError} before the first posted epoch.
   * @throws {RewardAccountNotFoundError} when the account earned nothing yet.
   */
  claimFor(account: string): Promise<EpochClaim>
  status(): Promise<SettlementStatus>
}
