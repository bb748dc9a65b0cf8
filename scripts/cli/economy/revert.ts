import { ErrorFragment, Interface, formatUnits, isError, type ErrorDescription, type JsonFragment } from 'ethers'
import { findRevertData, type Deployment } from '../../../shared/chain/index.ts'
import { ContractRevertError, InsufficientGasFundsError, TransactionFailedError, UnknownRevertError } from './errors.ts'
import { TOKEN_DECIMALS } from './flags.ts'

/** A revert decoded into its error's name and named arguments (values as decimal / hex text). */
export interface DecodedRevert {
  name: string
  signature: string
  args: Record<string, string>
  /** `Name(arg: value, ...)`, amounts also shown in MAIA. */
  text: string
  hint?: string
}

/** Governor proposal states, in the order of OZ `IGovernor.ProposalState`. */
export const PROPOSAL_STATES = ['Pending', 'Active', 'Canceled', 'Defeated', 'Succeeded', 'Queued', 'Expired', 'Executed'] as const

/** OZ TimelockController.OperationState, in declaration order. */
const TIMELOCK_STATES = ['Unset', 'Waiting', 'Ready', 'Done'] as const

/** ModelRegistry.ModelStatus, in declaration order. */
const MODEL_STATUSES = ['None', 'Submitted', 'Approved', 'Rejected'] as const

/** Argument names that hold token amounts in the suite's errors (shown in MAIA as well). */
const AMOUNT_ARGUMENT = /amount|stake|balance|allowance|needed|available|total|claimed/i

/**
 * Decodes revert data with every error of every contract of the deployment. One combined interface
 * matters: a call into NodeRegistry can revert with MaiaToken's `ERC20InsufficientAllowance`, and
 * a governor execution bubbles up the target contract's error.
 */
export class RevertDecoder {
  private readonly iface: Interface

  constructor(deployment: Deployment) {
    const bySelector = new Map<string, ErrorFragment>()
    for (const contract of Object.values(deployment.contracts)) {
      for (const fragment of contract.abi) {
        if (fragment.type !== 'error') continue
        const error = ErrorFragment.from(fragment as JsonFragment)
        bySelector.set(error.selector, error)
      }
    }
    this.iface = new Interface([...bySelector.values()])
  }

  /** The decoded revert, or `undefined` when the data matches no known error. */
  decode(data: string): DecodedRevert | undefined {
    let parsed: ErrorDescription | null
    try {
      parsed = this.iface.parseError(data)
    } catch {
      return undefined
    }
    if (parsed === null) return undefined
    const args: Record<string, string> = {}
    const shown: string[] = []
    parsed.fragment.inputs.forEach((input, index) => {
      const name = input.name === '' ? `arg${index}` : input.name
      const value = renderValue(parsed.args[index])
      args[name] = value
      const asMaia = input.type === 'uint256' && AMOUNT_ARGUMENT.test(name) ? ` (${formatUnits(BigInt(value), TOKEN_DECIMALS)} MAIA)` : ''
      shown.push(`${name}: ${value}${asMaia}`)
    })
    const hint = hintFor(parsed.name, args)
    return { name: parsed.name, signature: parsed.signature, args, text: `${parsed.name}(${shown.join(', ')})`, ...(hint === undefined ? {} : { hint }) }
  }

  /**
   * Turns whatever a contract call threw into a typed command error: a decoded revert, an
   * out-of-gas-money error, or a generic transaction failure.
   */
  toCommandError(step: string, error: unknown, account?: string): Error {
    if (isError(error, 'INSUFFICIENT_FUNDS')) return new InsufficientGasFundsError({ step, account: account ?? 'unknown' }, { cause: error })
    const data = findRevertData(error)
    if (data !== undefined) {
      const decoded = this.decode(data)
      return decoded === undefined ? new UnknownRevertError(step, data, { cause: error }) : new ContractRevertError(step, decoded, { cause: error })
    }
    if (isError(error, 'CALL_EXCEPTION')) return new UnknownRevertError(step, undefined, { cause: error })
    const reason = error instanceof Error ? (error as Error & { shortMessage?: string }).shortMessage ?? error.message : String(error)
    return new TransactionFailedError(step, reason, { cause: error })
  }
}

function renderValue(value: unknown): string {
  if (typeof value === 'bigint') return value.toString()
  if (Array.isArray(value)) return `[${value.map(renderValue).join(', ')}]`
  return String(value)
}

function hintFor(name: string, args: Record<string, string>): string | undefined {
  switch (name) {
    case 'GovernorUnexpectedProposalState': {
      const state = PROPOSAL_STATES[Number(args.current)] ?? args.current
      return `the proposal is ${state}, the step needs ${statesOf(args.expectedStates, PROPOSAL_STATES)}; see \`maia gov status\` (on a devnet, --advance fast-forwards time)`
    }
    case 'TimelockUnexpectedOperationState':
      return `the timelock operation must be ${statesOf(args.expectedStates, TIMELOCK_STATES)}: wait for the proposal's eta (\`maia gov status\`; on a devnet, --advance)`
    case 'ModelRegistryInvalidStatus':
      return `model ${args.id} is ${MODEL_STATUSES[Number(args.status)] ?? args.status}, the step needs ${MODEL_STATUSES[Number(args.expected)] ?? args.expected}`
    case 'NodeRegistryStakeBelowMinimum':
      return `stake at least ${formatUnits(BigInt(args.minStake ?? '0'), TOKEN_DECIMALS)} MAIA`
    case 'NodeRegistryUnbondingNotOver':
      return `withdraw after ${new Date(Number(args.unbondingEnd) * 1000).toISOString()}`
    case 'ERC20InsufficientAllowance':
      return 'approve the spender first (the CLI does so unless --no-approve)'
    case 'RewardsNothingToClaim':
      return 'everything earned up to the current root was already claimed'
    default:
      return undefined
  }
}

/** OZ encodes "expected states" as a bitmap with bit `i` set for state `i`. */
function statesOf(bitmap: string | undefined, names: readonly string[]): string {
  const bits = BigInt(bitmap ?? '0')
  const expected = names.filter((_name, index) => (bits >> BigInt(index)) & 1n)
  return expected.length === 0 ? 'another state' : expected.join(' or ')
}
