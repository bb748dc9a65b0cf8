import { id, type JsonRpcProvider } from 'ethers'
import type { SuiteContracts } from '../../../shared/chain/index.ts'
import { BaseError } from '../../../shared/errors/index.ts'
import { advanceTime } from '../../cli/economy/devnet.ts'

export class ProposalFailedError extends BaseError {
  override name = 'ProposalFailedError'
  constructor(description: string, state: bigint) {
    super('Governance proposal did not pass', { details: { description, state: state.toString() } })
  }
}

export interface ProposalCall {
  target: string
  data: string
}

/**
 * Runs a governance proposal through its whole life on a local chain — propose, (wait), vote
 * for, (wait), queue, (wait), execute — with time travelled rather than waited. The caller must
 * hold (delegated) votes enough for quorum.
 */
export async function passProposal(suite: SuiteContracts, provider: JsonRpcProvider, calls: ProposalCall[], description: string): Promise<void> {
  const governor = suite.MaiaGovernor
  const targets = calls.map((call) => call.target)
  const values = calls.map(() => 0n)
  const calldatas = calls.map((call) => call.data)
  const descriptionHash = id(description)
  await (await governor.propose(targets, values, calldatas, description)).wait()
  const proposalId = await governor.hashProposal(targets, values, calldatas, descriptionHash)
  // Time is travelled, not waited: the devnet's stand-in for days of governance delays.
  await advanceTime(provider, await governor.votingDelay() + 1n)
  await (await governor.castVote(proposalId, 1)).wait()
  await advanceTime(provider, await governor.votingPeriod() + 1n)
  const state = await governor.state(proposalId)
  // ProposalState.Succeeded = 4
  if (state !== 4n) throw new ProposalFailedError(description, state)
  await (await governor.queue(targets, values, calldatas, descriptionHash)).wait()
  await advanceTime(provider, await suite.MaiaTimelock.getMinDelay() + 1n)
  await (await governor.execute(targets, values, calldatas, descriptionHash)).wait()
}

/** The calls that approve and activate a submitted model version. */
export function activateModelCalls(suite: SuiteContracts, modelRegistryAddress: string, modelId: bigint): ProposalCall[] {
  return [
    { target: modelRegistryAddress, data: suite.ModelRegistry.interface.encodeFunctionData('approve', [modelId]) },
    { target: modelRegistryAddress, data: suite.ModelRegistry.interface.encodeFunctionData('activate', [modelId]) }
  ]
}
