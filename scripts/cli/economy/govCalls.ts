import { Interface, getAddress, type JsonFragment } from 'ethers'
import { SUITE_CONTRACT_NAMES, type Deployment, type SuiteContractName } from '../../../shared/chain/index.ts'
import { InvalidEconomyArgumentError } from './errors.ts'

/** One call a proposal makes through the timelock. */
export interface ProposedCall {
  target: string
  value: bigint
  calldata: string
  /** `ModelRegistry.approve(1)`, for people. */
  label: string
}

function contractInterface(deployment: Deployment, name: SuiteContractName): Interface {
  return new Interface(deployment.contracts[name].abi as JsonFragment[])
}

function encode(deployment: Deployment, name: SuiteContractName, functionName: string, args: readonly unknown[]): ProposedCall {
  const iface = contractInterface(deployment, name)
  const fragment = iface.getFunction(functionName)
  if (fragment === null) throw new InvalidEconomyArgumentError(`--call: ${name} has no function ${functionName}`)
  let calldata: string
  try {
    calldata = iface.encodeFunctionData(fragment, args)
  } catch (cause) {
    throw new InvalidEconomyArgumentError(`--call: arguments do not fit ${name}.${fragment.format('sighash')}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
  return { target: deployment.contracts[name].address, value: 0n, calldata, label: describeCall(deployment, deployment.contracts[name].address, calldata) }
}

/** `ModelRegistry.approve(id)` then `activate(id)` calls, in that order (activation needs approval). */
export function modelCalls(deployment: Deployment, { approve, activate }: { approve: readonly bigint[]; activate: readonly bigint[] }): ProposedCall[] {
  return [
    ...approve.map((id) => encode(deployment, 'ModelRegistry', 'approve', [id])),
    ...activate.map((id) => encode(deployment, 'ModelRegistry', 'activate', [id]))
  ]
}

/**
 * A generic call on a suite contract: `<Contract>.<function>[:<JSON array of arguments>]`, e.g.
 * `NodeRegistry.setMinStake:["2000000000000000000000"]` (integers in base units; strings keep
 * precision). `<function>` may be a full signature to pick an overload.
 *
 * @throws {InvalidEconomyArgumentError} for unknown contracts / functions or mismatched arguments.
 */
export function parseCallSpec(deployment: Deployment, spec: string): ProposedCall {
  const colon = spec.indexOf(':')
  const head = colon === -1 ? spec : spec.slice(0, colon)
  const dot = head.indexOf('.')
  const contract = head.slice(0, dot)
  const functionName = head.slice(dot + 1)
  if (dot <= 0 || functionName === '') throw new InvalidEconomyArgumentError(`--call "${spec}": expected <Contract>.<function>[:<JSON array>]`)
  if (!(SUITE_CONTRACT_NAMES as readonly string[]).includes(contract)) {
    throw new InvalidEconomyArgumentError(`--call "${spec}": unknown contract ${contract}; one of ${SUITE_CONTRACT_NAMES.join(', ')}`)
  }
  let args: unknown = []
  if (colon !== -1) {
    try {
      args = JSON.parse(spec.slice(colon + 1))
    } catch (cause) {
      throw new InvalidEconomyArgumentError(`--call "${spec}": arguments are not JSON`, { cause })
    }
  }
  if (!Array.isArray(args)) throw new InvalidEconomyArgumentError(`--call "${spec}": arguments must be a JSON array`)
  return encode(deployment, contract as SuiteContractName, functionName, args)
}

/** `Contract.function(arg, ...)` for a call on a suite contract; the raw target and data otherwise. */
export function describeCall(deployment: Deployment, target: string, calldata: string): string {
  for (const name of SUITE_CONTRACT_NAMES) {
    if (getAddress(deployment.contracts[name].address) !== getAddress(target)) continue
    const parsed = contractInterface(deployment, name).parseTransaction({ data: calldata })
    if (parsed === null) break
    return `${name}.${parsed.name}(${parsed.args.map((arg: unknown) => String(arg)).join(', ')})`
  }
  return `${target} ${calldata}`
}
