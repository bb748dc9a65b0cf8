import { id, type JsonRpcProvider } from 'ethers'
import type { SuiteContracts } from '../../../shared/chain/connectSuite.ts'
import { BaseError } from '../../../shared/errors/BaseError.ts'

export class ProposalFailedError extends BaseError {
  override name = 'ProposalFailedError'
  constructor(description: string, state: bigint) {
    super('Governance proposal did not pass', { details: { description, state: state.toString() } })
  }
}

/** Fast-forwards a local chain (Hardhat / anvil only): the devnet's stand-in for days of waiting. */
export async function advanceTime(provider: JsonRpcProvider, seconds: number): Promise<void> {
  await provider.send('evm_increaseTime', [seconds])
  await provider.send('evm_mine', [])
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
  await advanceTime(provider, Number(await governor.votingDelay()) + 1)
  await (await governor.castVote(proposalId, 1)).wait()
  await advanceTime(provider, Number(await governor.votingPeriod()) + 1)
  const state = await governor.state(proposalId)
  // ProposalState.Succeeded = 4
  if (state !== 4n) throw new ProposalFailedError(description, state)
  await (await governor.queue(targets, values, calldatas, descriptionHash)).wait()
  await advanceTime(provider, Number(await suite.MaiaTimelock.getMinDelay()) + 1)
  await (await governor.execute(targets, values, calldatas, descriptionHash)).wait()
}

/** The calls that approve and activate a submitted model version. */
export function activateModelCalls(suite: SuiteContracts, modelRegistryAddress: string, modelId: bigint): ProposalCall[] {
  return [
    { target: modelRegistryAddress, data: suite.ModelRegistry.interface.encodeFunctionData('approve', [modelId]) },
    { target: modelRegistryAddress, data: suite.ModelRegistry.interface.encodeFunctionData('activate', [modelId]) }
  ]
}
