import { BaseError } from '../../../shared/errors/index.ts'

/**
 * A receipt entry given to `ReceiptStore.record` does not match its schema.
 *
 * @example
 * await store.record({ ...entry, amount: '-1' }) // throws InvalidReceiptEntryError
 */
export class InvalidReceiptEntryError extends BaseError {
  override name = 'InvalidReceiptEntryError'
  constructor({ issues, cause }: { issues: string[]; cause?: unknown }) {
    super('Invalid receipt entry', { details: { issues }, cause })
  }
}

/**
 * A record read back from the store does not match its schema (a corrupt or foreign database).
 *
 * @example
 * await store.latestEpoch() // throws CorruptSettlementRecordError when the JSON was tampered with
 */
export class CorruptSettlementRecordError extends BaseError {
  override name = 'CorruptSettlementRecordError'
  constructor({ key, issues, cause }: { key: string; issues: string[]; cause?: unknown }) {
    super('Corrupt settlement record', { details: { key, issues }, cause })
  }
}

/**
 * The revenue shares are not integers in basis points summing to 10,000, or the fee is out of range.
 *
 * @example
 * computeEpochEarnings(entries, { feeBps: 0, shares: { providerBps: 9000, curatorsBps: 1000, trainerBps: 1000 } }) // throws
 */
export class InvalidRevenueSharesError extends BaseError {
  override name = 'InvalidRevenueSharesError'
  constructor(details: Record<string, unknown>) {
    super('Revenue shares must be basis points summing to 10,000 and the fee within 0..10,000', { details })
  }
}

/**
 * The quality weighting function returned something other than a finite number >= 0.
 *
 * @example
 * computeEpochEarnings(entries, { feeBps: 0, weight: () => -1 }) // throws
 */
export class InvalidQualityWeightError extends BaseError {
  override name = 'InvalidQualityWeightError'
  constructor({ digest, weight }: { digest: string; weight: number }) {
    super('Quality weight must be a finite number >= 0', { details: { digest, weight } })
  }
}

/**
 * The chain holds a root for this epoch (or a later one) that is not ours: another oracle posted, or
 * the local store does not belong to this deployment. Settling on would pay from the wrong tree.
 *
 * @example
 * await settler.settle() // throws EpochConflictError when currentEpoch() >= ours with a different root
 */
export class EpochConflictError extends BaseError {
  override name = 'EpochConflictError'
  constructor(details: { epoch: number; root: string; chainEpoch: bigint; chainRoot: string }) {
    super('The chain holds a conflicting rewards root', { details })
  }
}

/**
 * `postRoot` could not be sent, reverted, or was not mined in time. The epoch stays sealed, so the
 * next `settle()` retries it.
 *
 * @example
 * await settler.settle() // throws EpochPostFailedError when the distributor is underfunded
 */
export class EpochPostFailedError extends BaseError {
  override name = 'EpochPostFailedError'
  constructor({ epoch, reason, cause }: { epoch: number; reason: string; cause?: unknown }) {
    super('Posting the epoch root failed', { details: { epoch, reason }, cause })
  }
}

/**
 * A claim was asked for before any epoch was posted.
 *
 * @example
 * await settler.claimFor(provider) // throws NoPostedEpochError on a fresh network
 */
export class NoPostedEpochError extends BaseError {
  override name = 'NoPostedEpochError'
  constructor() {
    super('No epoch has been posted yet')
  }
}

/**
 * The stored tree of a posted epoch does not rebuild to its stored root.
 *
 * @example
 * await settler.claimFor(provider) // throws EpochTreeMismatchError if the record was altered
 */
export class EpochTreeMismatchError extends BaseError {
  override name = 'EpochTreeMismatchError'
  constructor(details: { epoch: number; storedRoot: string; rebuiltRoot: string }) {
    super('Stored epoch tree does not match its root', { details })
  }
}

/**
 * A new epoch was to be sealed while the latest one is not posted yet; settlement finishes epochs in
 * order, so their cumulative totals never go backwards on chain.
 *
 * @example
 * await store.sealEpoch(build) // throws EpochNotPostedError while epoch N is still `sealed`
 */
export class EpochNotPostedError extends BaseError {
  override name = 'EpochNotPostedError'
  constructor({ epoch }: { epoch: number }) {
    super('The latest epoch is not posted yet', { details: { epoch } })
  }
}

/**
 * An epoch asked for by number is not in the store.
 *
 * @example
 * await store.markEpochPosted(7, posting) // throws EpochNotFoundError when epoch 7 was never sealed
 */
export class EpochNotFoundError extends BaseError {
  override name = 'EpochNotFoundError'
  constructor({ epoch }: { epoch: number }) {
    super('Epoch not found', { details: { epoch } })
  }
}
