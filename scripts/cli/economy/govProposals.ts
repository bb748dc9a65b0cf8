import { id } from 'ethers'
import type { ChainContext } from './chainContext.ts'
import { ProposalNotFoundError } from './errors.ts'
import { PROPOSAL_STATES } from './revert.ts'
import { readChain } from './transactions.ts'

export type ProposalStateName = (typeof PROPOSAL_STATES)[number]

/** A proposal as `ProposalCreated` recorded it: what queue and execute must be given again. */
export interface ProposalRecord {
  proposalId: bigint
  proposer: string
  targets: string[]
  values: bigint[]
  calldatas: string[]
  description: string
  descriptionHash: string
  voteStart: bigint
  voteEnd: bigint
}

/** The description hash OZ Governor uses: `keccak256(bytes(description))`. */
export function descriptionHash(description: string): string {
  return id(description)
}

/**
 * Finds a proposal's calls and description in the governor's `ProposalCreated` events (OZ keeps
 * only their hash in storage). The event's fields are not indexed, so every event since the
 * governor's deployment block is read: fine for devnets and young chains.
 *
 * @throws {ProposalNotFoundError}
 */
export async function findProposal(context: ChainContext, proposalId: bigint): Promise<ProposalRecord> {
  const governor = context.read.MaiaGovernor
  const events = await governor.queryFilter(governor.filters.ProposalCreated(), context.deployment.contracts.MaiaGovernor.blockNumber)
  for (const event of events) {
    if (event.args.proposalId !== proposalId) continue
    return {
      proposalId,
      proposer: event.args.proposer,
      targets: [...event.args.targets],
      values: [...event.args[3]],
      calldatas: [...event.args.calldatas],
      description: event.args.description,
      descriptionHash: descriptionHash(event.args.description),
      voteStart: event.args.voteStart,
      voteEnd: event.args.voteEnd
    }
  }
  throw new ProposalNotFoundError(proposalId)
}

/** The proposal's state by name; an unknown id reverts `GovernorNonexistentProposal`, decoded. */
export async function proposalState(context: ChainContext, proposalId: bigint): Promise<ProposalStateName> {
  const state = await readChain(context, 'MaiaGovernor.state', () => context.read.MaiaGovernor.state(proposalId))
  return PROPOSAL_STATES[Number(state)] ?? 'Pending'
}
