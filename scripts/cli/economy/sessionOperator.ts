import { getAddress } from 'ethers'
import { InvalidEconomyArgumentError } from './errors.ts'

/**
 * The operator a voucher or a deposit is with: `--operator`, else the deployment's one operator.
 * With several (or none) the user must choose, since only the operator a voucher names can redeem
 * it, and only against the user's deposit with that operator.
 *
 * @throws {InvalidEconomyArgumentError} when no operator is given and the deployment has not exactly one.
 *
 * @example
 * operatorFor(undefined, deployment.roles.operators) // the devnet's orchestrator
 */
export function operatorFor(flag: string | undefined, deployedOperators: readonly string[]): string {
  if (flag !== undefined) return getAddress(flag)
  const [only, ...others] = deployedOperators
  if (only === undefined || others.length > 0) {
    throw new InvalidEconomyArgumentError(`--operator: required, since the deployment made ${deployedOperators.length === 0 ? 'no operator' : `${deployedOperators.length} operators (${deployedOperators.join(', ')})`}; pass the address of the orchestrator you will send requests to`)
  }
  return getAddress(only)
}
