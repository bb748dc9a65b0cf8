import { BaseError } from '../../../shared/errors/index.ts'

/**
 * Errors of the economy commands (`maia stake|session|model submit|gov|rewards|chain`). Each
 * condition has its own `name`, which `maia` prints before the message; scripts branch on it.
 */

/** A flag or argument failed validation. */
export class InvalidEconomyArgumentError extends BaseError {
  override name = 'InvalidEconomyArgumentError'
  constructor(issues: string, options: { cause?: unknown } = {}) {
    super('Invalid arguments', { details: { issues }, cause: options.cause })
  }
}

/** The command signs transactions but no key was given. */
export class MissingKeyError extends BaseError {
  override name = 'MissingKeyError'
  constructor() {
    super('No signing key: set MAIA_PRIVATE_KEY or pass --key-file <path> (a file of mode 0600 holding a 0x-hex private key)')
  }
}

/**
 * A provider registers a node other than its own account without the node key's consent (its
 * EIP-712 `NodeRegistration` signature, which `NodeRegistry.register` requires).
 */
export class MissingNodeConsentError extends BaseError {
  override name = 'MissingNodeConsentError'
  constructor(node: string, provider: string) {
    super(
      "Registering another account's node needs the node key's consent: pass --node-data-dir <dir> or --node-key-file <file> (the node's eth.key), " +
        'or --node-signature <hex> with --signature-deadline <unix seconds> from `maia stake consent` run with the node key',
      { details: { node, provider } }
    )
  }
}

/** `--key-file` names a file that does not exist. */
export class KeyFileNotFoundError extends BaseError {
  override name = 'KeyFileNotFoundError'
  constructor(path: string) {
    super('Key file not found', { details: { path } })
  }
}

/** The JSON-RPC endpoint did not answer. */
export class RpcUnreachableError extends BaseError {
  override name = 'RpcUnreachableError'
  constructor(rpcUrl: string, options: { cause?: unknown } = {}) {
    super('Cannot reach the chain RPC', { details: { rpc: rpcUrl, hint: 'start a node or pass --rpc / MAIA_CHAIN_RPC' }, cause: options.cause })
  }
}

/** The deployment file's contracts have no code on this chain (e.g. a devnet restarted since). */
export class DeploymentNotOnChainError extends BaseError {
  override name = 'DeploymentNotOnChainError'
  constructor(details: { deployment: string; contract: string; address: string }) {
    super('The deployment file does not match this chain: no contract code at its addresses (redeploy, or pick the right --deployment)', { details })
  }
}

/** A devnet-only command (time travel) was pointed at another chain. */
export class NotADevnetError extends BaseError {
  override name = 'NotADevnetError'
  constructor(chainId: bigint, devnetChainId: bigint) {
    super('Refusing a devnet-only action on this chain', { details: { chainId, devnetChainId } })
  }
}

/** The signer's token balance does not cover what the command would spend. */
export class InsufficientBalanceError extends BaseError {
  override name = 'InsufficientBalanceError'
  constructor(details: { account: string; balance: string; needed: string; what: string }) {
    super('Insufficient $MAIA balance', { details })
  }
}

/** The allowance is short and `--no-approve` forbade raising it. */
export class InsufficientAllowanceError extends BaseError {
  override name = 'InsufficientAllowanceError'
  constructor(details: { owner: string; spender: string; allowance: string; needed: string }) {
    super('Insufficient $MAIA allowance (drop --no-approve to approve it first)', { details })
  }
}

/** The user's deposit in SessionPayments does not cover the voucher's maximum. */
export class InsufficientDepositError extends BaseError {
  override name = 'InsufficientDepositError'
  constructor(details: { user: string; operator: string; deposited: string; maxAmount: string }) {
    super('Deposit in SessionPayments with this operator is below the voucher maximum (add --deposit <amount>)', { details })
  }
}

/** The account has no native coin to pay gas. */
export class InsufficientGasFundsError extends BaseError {
  override name = 'InsufficientGasFundsError'
  constructor(details: { step: string; account: string }, options: { cause?: unknown } = {}) {
    super('Not enough ETH to pay for gas', { details, cause: options.cause })
  }
}

/** A decoded custom error (or `Error(string)` / `Panic(uint256)`) from a contract call. */
export class ContractRevertError extends BaseError {
  override name = 'ContractRevertError'
  readonly errorName: string
  readonly errorArgs: Readonly<Record<string, string>>
  constructor(step: string, decoded: { name: string; signature: string; args: Record<string, string>; text: string; hint?: string }, options: { cause?: unknown } = {}) {
    // The decoded text already names the error and its arguments; `errorName` / `errorArgs`
    // carry them structured, so the printed details add only the hint.
    super(`${step} reverted: ${decoded.text}`, { details: decoded.hint === undefined ? {} : { hint: decoded.hint }, cause: options.cause })
    this.errorName = decoded.name
    this.errorArgs = decoded.args
  }
}

/** A revert whose data matches no error of the suite's ABIs (or carries no data). */
export class UnknownRevertError extends BaseError {
  override name = 'UnknownRevertError'
  constructor(step: string, data: string | undefined, options: { cause?: unknown } = {}) {
    super(`${step} reverted with an unknown reason`, { details: { data: data ?? '(none)' }, cause: options.cause })
  }
}

/** A transaction failed for a reason other than a revert (RPC error, dropped, ...). */
export class TransactionFailedError extends BaseError {
  override name = 'TransactionFailedError'
  constructor(step: string, reason: string, options: { cause?: unknown } = {}) {
    super(`${step} failed`, { details: { reason }, cause: options.cause })
  }
}

/** The voucher's nonce was already redeemed on-chain, so the voucher could never be paid. */
export class VoucherNonceUsedError extends BaseError {
  override name = 'VoucherNonceUsedError'
  constructor(details: { user: string; nonce: string }) {
    super('Voucher nonce already used (omit --nonce for a random one)', { details })
  }
}

/** No `ProposalCreated` event carries this proposal id. */
export class ProposalNotFoundError extends BaseError {
  override name = 'ProposalNotFoundError'
  constructor(proposalId: bigint) {
    super('No such proposal on this governor', { details: { proposalId } })
  }
}

/** The voter had no voting power at the proposal's snapshot (votes need delegation first). */
export class NoVotingPowerError extends BaseError {
  override name = 'NoVotingPowerError'
  constructor(details: { voter: string; snapshot: string }) {
    super('No voting power at the proposal snapshot (run `maia gov delegate` before proposals are made)', { details })
  }
}

/** The proposal is not in a state in which the step (with `--advance`) can proceed. */
export class ProposalStateError extends BaseError {
  override name = 'ProposalStateError'
  constructor(details: { proposalId: string; state: string; step: string; expected: string }) {
    super(`Proposal cannot be ${details.step} in state ${details.state}`, { details })
  }
}

/** Fetching the rewards proof from the orchestrator failed. */
export class RewardsProofFetchError extends BaseError {
  override name = 'RewardsProofFetchError'
  constructor(details: { url: string; status?: number; reason: string }, options: { cause?: unknown } = {}) {
    super('Could not fetch the rewards proof', { details, cause: options.cause })
  }
}

/** The orchestrator has no rewards entry for this account (it earned nothing yet). */
export class NoRewardsError extends BaseError {
  override name = 'NoRewardsError'
  constructor(account: string) {
    super('No rewards recorded for this account yet', { details: { account } })
  }
}

/** The proof (file or response) is not of the expected shape. */
export class InvalidRewardsProofError extends BaseError {
  override name = 'InvalidRewardsProofError'
  constructor(source: string, issues: string, options: { cause?: unknown } = {}) {
    super('Invalid rewards proof', { details: { source, issues }, cause: options.cause })
  }
}

/** The proof does not verify against the distributor's current on-chain root. */
export class RewardsProofMismatchError extends BaseError {
  override name = 'RewardsProofMismatchError'
  constructor(details: { account: string; cumulativeAmount: string; proofEpoch: string; chainEpoch: string; root: string }) {
    super('Proof does not match the on-chain rewards root (stale or not yet posted epoch?)', { details })
  }
}
