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

/** One step of a proposal's life, as it happens. */
export interface ProposalStep {
  step: 'proposed' | 'voting-delay-passed' | 'voted' | 'voting-period-passed' | 'queued' | 'timelock-delay-passed' | 'executed'
  proposalId: bigint
  /** Seconds of chain time travelled for this step (the delays), else undefined. */
  travelledSeconds?: bigint
  /** For `voted`: the votes cast for. */
  votes?: bigint
  /** The step's transaction, when it sent one. */
  transactionHash?: string
}

/**
 * Runs a governance proposal through its whole life on a local chain — propose, (wait), vote
 * for, (wait), queue, (wait), execute — with time travelled rather than waited. The caller must
 * hold (delegated) votes enough for quorum. Returns the proposal id.
 */
export async function passProposal(suite: SuiteContracts, provider: JsonRpcProvider, calls: ProposalCall[], description: string, options: { onStep?: (step: ProposalStep) => void } = {}): Promise<bigint> {
  const governor = suite.MaiaGovernor
  const report = options.onStep ?? (() => {})
  const targets = calls.map((call) => call.target)
  const values = calls.map(() => 0n)
  const calldatas = calls.map((call) => call.data)
  const descriptionHash = id(description)
  const proposed = await (await governor.propose(targets, values, calldatas, description)).wait()
  const proposalId = await governor.hashProposal(targets, values, calldatas, descriptionHash)
  report({ step: 'proposed', proposalId, ...(proposed === null ? {} : { transactionHash: proposed.hash }) })
  // Time is travelled, not waited: the devnet's stand-in for days of governance delays.
  const votingDelay = await governor.votingDelay() + 1n
  await advanceTime(provider, votingDelay)
  report({ step: 'voting-delay-passed', proposalId, travelledSeconds: votingDelay })
  const voted = await (await governor.castVote(proposalId, 1)).wait()
  const [, forVotes] = await governor.proposalVotes(proposalId)
  report({ step: 'voted', proposalId, votes: forVotes, ...(voted === null ? {} : { transactionHash: voted.hash }) })
  const votingPeriod = await governor.votingPeriod() + 1n
  await advanceTime(provider, votingPeriod)
  report({ step: 'voting-period-passed', proposalId, travelledSeconds: votingPeriod })
  const state = await governor.state(proposalId)
  // ProposalState.Succeeded = 4
  if (state !== 4n) throw new ProposalFailedError(description, state)
  const queued = await (await governor.queue(targets, values, calldatas, descriptionHash)).wait()
  report({ step: 'queued', proposalId, ...(queued === null ? {} : { transactionHash: queued.hash }) })
  const timelockDelay = await suite.MaiaTimelock.getMinDelay() + 1n
  await advanceTime(provider, timelockDelay)
  report({ step: 'timelock-delay-passed', proposalId, travelledSeconds: timelockDelay })
  const executed = await (await governor.execute(targets, values, calldatas, descriptionHash)).wait()
  report({ step: 'executed', proposalId, ...(executed === null ? {} : { transactionHash: executed.hash }) })
  return proposalId
}

/** The calls that approve and activate a submitted model version. */
export function activateModelCalls(suite: SuiteContracts, modelRegistryAddress: string, modelId: bigint): ProposalCall[] {
  return [
    { target: modelRegistryAddress, data: suite.ModelRegistry.interface.encodeFunctionData('approve', [modelId]) },
    { target: modelRegistryAddress, data: suite.ModelRegistry.interface.encodeFunctionData('activate', [modelId]) }
  ]
}
