import { BaseError } from '../errors/BaseError.ts'

/**
 * The deployment file does not exist (or cannot be read).
 *
 * @example
 * try { await loadDeployment('.maia/deployments/31337.json') }
 * catch (error) { if (error instanceof DeploymentFileNotFoundError) console.error('run `maia deploy` first') }
 */
export class DeploymentFileNotFoundError extends BaseError {
  override name = 'DeploymentFileNotFoundError'
  constructor({ path, waitedMs, cause }: { path: string; waitedMs?: number; cause?: unknown }) {
    super('Deployment file not found', { details: { path, ...(waitedMs === undefined ? {} : { waitedMs }) }, cause })
  }
}

/**
 * The deployment JSON does not match {@link DeploymentSchema}.
 *
 * @example
 * parseDeployment({}) // throws InvalidDeploymentError with the zod issues in `details.issues`
 */
export class InvalidDeploymentError extends BaseError {
  override name = 'InvalidDeploymentError'
  constructor({ source, issues, cause }: { source: string; issues: string[]; cause?: unknown }) {
    super('Invalid deployment file', { details: { source, issues }, cause })
  }
}

/**
 * The provider is on another chain than the deployment was made for.
 *
 * @example
 * await assertDeploymentChain(deployment, provider) // throws when chain ids differ
 */
export class ChainIdMismatchError extends BaseError {
  override name = 'ChainIdMismatchError'
  constructor({ expected, actual }: { expected: number; actual: bigint | number }) {
    super('Connected to the wrong chain', { details: { expected, actual: actual.toString() } })
  }
}

/**
 * A redemption would charge more than the voucher allows.
 *
 * @example
 * toRedemption(voucher, voucher.maxAmount + 1n, signature) // throws
 */
export class VoucherAmountExceedsMaxError extends BaseError {
  override name = 'VoucherAmountExceedsMaxError'
  constructor({ amount, maxAmount }: { amount: bigint; maxAmount: bigint }) {
    super('Amount exceeds the voucher maximum', { details: { amount, maxAmount } })
  }
}

/**
 * A rewards tree was given the same account twice (cumulative amounts are one per account).
 *
 * @example
 * buildRewardsTree([{ account: a, cumulativeAmount: 1n }, { account: a, cumulativeAmount: 2n }]) // throws
 */
export class DuplicateRewardAccountError extends BaseError {
  override name = 'DuplicateRewardAccountError'
  constructor({ account }: { account: string }) {
    super('Account appears twice in the rewards tree', { details: { account } })
  }
}

/**
 * A proof was asked for an account that is not in the rewards tree.
 *
 * @example
 * tree.getClaim(stranger) // throws
 */
export class RewardAccountNotFoundError extends BaseError {
  override name = 'RewardAccountNotFoundError'
  constructor({ account }: { account: string }) {
    super('Account not in the rewards tree', { details: { account } })
  }
}

/**
 * A cumulative reward amount is negative or does not fit `uint256`.
 *
 * @example
 * buildRewardsTree([{ account: a, cumulativeAmount: -1n }]) // throws
 */
export class InvalidRewardAmountError extends BaseError {
  override name = 'InvalidRewardAmountError'
  constructor({ account, amount }: { account: string; amount: bigint }) {
    super('Reward amount out of the uint256 range', { details: { account, amount } })
  }
}

/**
 * A rewards tree was asked for with no entries.
 *
 * @example
 * buildRewardsTree([]) // throws
 */
export class EmptyRewardsTreeError extends BaseError {
  override name = 'EmptyRewardsTreeError'
  constructor() {
    super('A rewards tree needs at least one entry')
  }
}

/** A signature does not recover to the expected account, or the contract hashes differently. */
export class BadSignatureError extends BaseError {
  override name = 'BadSignatureError'
  constructor(what: string, details: Record<string, unknown>) {
    super(`Bad signature on ${what}`, { details })
  }
}

/** A voucher's JSON form (as stored or sent) is not a well-formed voucher. */
export class InvalidVoucherJsonError extends BaseError {
  override name = 'InvalidVoucherJsonError'
  constructor(issues: string, options: { cause?: unknown } = {}) {
    super('Invalid voucher JSON', { details: { issues }, cause: options.cause })
  }
}

/** An `x-maia-voucher` header value is not base64 JSON of the expected shape. */
export class InvalidVoucherHeaderError extends BaseError {
  override name = 'InvalidVoucherHeaderError'
  constructor(issues: string, options: { cause?: unknown } = {}) {
    super('Invalid x-maia-voucher header', { details: { issues }, cause: options.cause })
  }
}

/**
 * A chain read needed a provider, but the contract is connected to a runner without one.
 *
 * @example
 * await nodeRegistrationConsent(nodeWallet, registry.connect(new Wallet(key)), { provider, peerId }) // throws
 */
export class MissingChainProviderError extends BaseError {
  override name = 'MissingChainProviderError'
  constructor({ what }: { what: string }) {
    super('No chain provider to read from', { details: { what } })
  }
}
