import { BaseError } from '../../shared/errors/index.ts'

/**
 * A contract's Hardhat artifact is missing: the contracts were not built.
 *
 * @example
 * await readArtifact(dir, 'contracts/token/MaiaToken.sol:MaiaToken') // throws before `npx hardhat build`
 */
export class MissingArtifactError extends BaseError {
  override name = 'MissingArtifactError'
  constructor({ artifact, path, cause }: { artifact: string; path: string; cause?: unknown }) {
    super('Contract artifact not found; run `npx hardhat build`', { details: { artifact, path }, cause })
  }
}

/**
 * `deploySuite` was given neither a signer nor an RPC URL.
 *
 * @example
 * await deploySuite({}) // throws
 */
export class MissingDeployerError extends BaseError {
  override name = 'MissingDeployerError'
  constructor() {
    super('deploySuite needs a `signer` or an `rpcUrl`')
  }
}

/**
 * The signer passed to `deploySuite` is not connected to a provider.
 *
 * @example
 * await deploySuite({ signer: Wallet.createRandom() }) // throws
 */
export class SignerWithoutProviderError extends BaseError {
  override name = 'SignerWithoutProviderError'
  constructor({ address }: { address: string }) {
    super('The deployer signer has no provider', { details: { address } })
  }
}

/**
 * A deployment or wiring transaction failed or had no receipt.
 *
 * @example
 * // thrown by deploySuite when e.g. the deployer runs out of gas money mid-way
 */
export class DeployStepFailedError extends BaseError {
  override name = 'DeployStepFailedError'
  constructor({ step, cause }: { step: string; cause?: unknown }) {
    super('Deployment step failed', { details: { step }, cause })
  }
}

/**
 * After wiring, a role is not where it should be (the deployer kept an admin role, or the timelock
 * lacks one). Never expected; guards against a half-wired suite being written out as good.
 *
 * @example
 * // thrown by deploySuite's final audit
 */
export class RoleWiringError extends BaseError {
  override name = 'RoleWiringError'
  constructor({ contract, role, account, expected }: { contract: string; role: string; account: string; expected: boolean }) {
    super('Role wiring check failed', { details: { contract, role, account, expected } })
  }
}

/**
 * A command-line argument of the deploy script is invalid.
 *
 * @example
 * await runDeployCli(['--param', 'feeBps']) // throws: expected key=value
 */
export class InvalidDeployArgumentError extends BaseError {
  override name = 'InvalidDeployArgumentError'
  constructor({ argument, reason }: { argument: string; reason: string }) {
    super('Invalid deploy argument', { details: { argument, reason } })
  }
}

/**
 * The unbonding period is not longer than a governance slash takes (voting delay + voting period +
 * timelock delay): a node could unbond as soon as a slash is proposed and withdraw before it executes.
 *
 * @example
 * await deploySuite({ signer, parameters: { unbondingPeriod: 7 * 24 * 3600 } }) // throws with the defaults' 10-day governance path
 */
export class UnbondingShorterThanGovernanceError extends BaseError {
  override name = 'UnbondingShorterThanGovernanceError'
  constructor({ unbondingPeriod, votingDelay, votingPeriod, timelockMinDelay }: { unbondingPeriod: number; votingDelay: number; votingPeriod: number; timelockMinDelay: number }) {
    super('The unbonding period does not outlast a governance slash (votingDelay + votingPeriod + timelockMinDelay)', {
      details: { unbondingPeriod, votingDelay, votingPeriod, timelockMinDelay, governanceSlashSeconds: votingDelay + votingPeriod + timelockMinDelay }
    })
  }
}
