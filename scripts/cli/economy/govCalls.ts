import { Interface, getAddress, id, type JsonFragment } from 'ethers'
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

/** `ModelRegistry.EVALUATOR_ROLE`. */
export const EVALUATOR_ROLE = id('EVALUATOR_ROLE')

/**
 * ModelRegistry calls in the order they must run: evaluator grants, then the evaluation
 * requirement (so an activation in the same proposal is already gated), then `approve(id)`, then
 * `activate(id)` (activation needs approval).
 */
export function modelCalls(deployment: Deployment, calls: { approve: readonly bigint[]; activate: readonly bigint[]; grantEvaluators?: readonly string[]; requireEvaluation?: boolean }): ProposedCall[] {
  return [
    ...(calls.grantEvaluators ?? []).map((account) => encode(deployment, 'ModelRegistry', 'grantRole', [EVALUATOR_ROLE, account])),
    ...(calls.requireEvaluation === undefined ? [] : [encode(deployment, 'ModelRegistry', 'setEvaluationRequired', [calls.requireEvaluation])]),
    ...calls.approve.map((modelId) => encode(deployment, 'ModelRegistry', 'approve', [modelId])),
    ...calls.activate.map((modelId) => encode(deployment, 'ModelRegistry', 'activate', [modelId]))
  ]
}

/** The model ids a proposal's ModelRegistry calls name (approve, reject, activate), each once, in order. */
export function modelIdsIn(deployment: Deployment, targets: readonly string[], calldatas: readonly string[]): bigint[] {
  const registry = getAddress(deployment.contracts.ModelRegistry.address)
  const iface = contractInterface(deployment, 'ModelRegistry')
  const ids: bigint[] = []
  for (const [index, target] of targets.entries()) {
    if (getAddress(target) !== registry) continue
    const parsed = iface.parseTransaction({ data: calldatas[index] ?? '0x' })
    if (parsed === null || !['approve', 'reject', 'activate'].includes(parsed.name)) continue
    const modelId = BigInt(parsed.args[0] as bigint)
    if (!ids.includes(modelId)) ids.push(modelId)
  }
  return ids
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
