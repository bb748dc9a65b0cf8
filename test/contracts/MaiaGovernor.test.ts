import { hexlify, id, randomBytes } from 'ethers'
import { describe, expect, it } from 'vitest'
import { MAIA, type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'
import { submitModelAs } from './support/submitModel.ts'

const DAY = 24 * 3600
const State = { Pending: 0n, Active: 1n, Canceled: 2n, Defeated: 3n, Succeeded: 4n, Queued: 5n, Expired: 6n, Executed: 7n } as const
const Vote = { Against: 0, For: 1, Abstain: 2 } as const

describe('MaiaGovernor + MaiaTimelock', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  /** A trainer submits a model; the proposal approves and activates it. */
  const modelProposal = async () => {
    const hash = hexlify(randomBytes(32))
    const modelId = await submitModelAs(s.models, s.users[2], 'maia-guide v2', hash, 'ipfs://bafy-model-v2')
    const target = await s.models.getAddress()
    const targets = [target, target]
    const values = [0n, 0n]
    const calldatas = [
      s.models.interface.encodeFunctionData('approve', [modelId]),
      s.models.interface.encodeFunctionData('activate', [modelId])
    ]
    const description = `Activate model ${modelId} (${hash})`
    return { modelId, hash, targets, values, calldatas, description, descriptionHash: id(description) }
  }

  it('runs a full cycle: delegate → propose a model → vote → queue → execute → the model is active', async () => {
    expect(await s.governor.name()).toBe('MaiaGovernor')
    expect(await s.governor.CLOCK_MODE()).toBe('mode=timestamp')
    await s.token.connect(s.deployer).delegate(s.deployer.address)
    await s.token.connect(s.users[0]).delegate(s.users[0].address)
    const p = await modelProposal()

    const proposeReceipt = await (await s.governor.connect(s.users[0]).propose(p.targets, p.values, p.calldatas, p.description)).wait()
    const created = proposeReceipt!.logs.map((log) => s.governor.interface.parseLog(log)).find((e) => e?.name === 'ProposalCreated')
    const proposalId = created!.args.proposalId as bigint
    expect(await s.governor.state(proposalId)).toBe(State.Pending)

    await s.networkHelpers.time.increase(DAY + 1)
    expect(await s.governor.state(proposalId)).toBe(State.Active)
    await s.governor.connect(s.deployer).castVote(proposalId, Vote.For)
    await s.governor.connect(s.users[0]).castVoteWithReason(proposalId, Vote.Against, 'not yet')
    const votes = await s.governor.proposalVotes(proposalId)
    expect(votes.forVotes).toBe(95_000_000n * MAIA)
    expect(votes.againstVotes).toBe(1_000_000n * MAIA)

    await s.networkHelpers.time.increase(7 * DAY)
    expect(await s.governor.state(proposalId)).toBe(State.Succeeded)
    await s.governor.queue(p.targets, p.values, p.calldatas, p.descriptionHash)
    expect(await s.governor.state(proposalId)).toBe(State.Queued)

    // The timelock delay holds execution back.
    await expectRevert(s.governor.execute(p.targets, p.values, p.calldatas, p.descriptionHash), s.timelockContract, 'TimelockUnexpectedOperationState')
    await s.networkHelpers.time.increase(2 * DAY)
    const executeReceipt = await (await s.governor.connect(s.stranger).execute(p.targets, p.values, p.calldatas, p.descriptionHash)).wait()
    expect(await s.governor.state(proposalId)).toBe(State.Executed)
    expect(await s.models.activeModelId()).toBe(p.modelId)
    const activated = executeReceipt!.logs
      .filter((log) => log.address === s.deployment.contracts.ModelRegistry.address)
      .map((log) => s.models.interface.parseLog(log))
      .find((e) => e?.name === 'ModelActivated')
    expect(activated?.args.toArray()).toEqual([p.modelId, 0n, p.hash, 'ipfs://bafy-model-v2'])
  })

  it('defeats a proposal without quorum and refuses to queue it', async () => {
    await s.token.connect(s.users[0]).delegate(s.users[0].address)
    const p = await modelProposal()
    await s.governor.connect(s.users[0]).propose(p.targets, p.values, p.calldatas, p.description)
    const proposalId = await s.governor.hashProposal(p.targets, p.values, p.calldatas, p.descriptionHash)
    await s.networkHelpers.time.increase(DAY + 1)
    await s.governor.connect(s.users[0]).castVote(proposalId, Vote.For)
    await s.networkHelpers.time.increase(7 * DAY)
    // 1M of 100M votes is below the 4% quorum.
    expect(await s.governor.quorum(BigInt(await s.networkHelpers.time.latest()) - 1n)).toBe(4_000_000n * MAIA)
    expect(await s.governor.state(proposalId)).toBe(State.Defeated)
    await expectRevert(s.governor.queue(p.targets, p.values, p.calldatas, p.descriptionHash), s.governor, 'GovernorUnexpectedProposalState')
    expect(await s.models.activeModelId()).toBe(0n)
  })

  it('only lets the governor schedule in the timelock, and exposes its settings', async () => {
    const PROPOSER_ROLE = id('PROPOSER_ROLE')
    expect(await s.timelockContract.hasRole(PROPOSER_ROLE, await s.governor.getAddress())).toBe(true)
    expect(await s.timelockContract.getMinDelay()).toBe(BigInt(2 * DAY))
    expect(await s.governor.votingDelay()).toBe(BigInt(DAY))
    expect(await s.governor.votingPeriod()).toBe(BigInt(7 * DAY))
    expect(await s.governor.proposalThreshold()).toBe(0n)
    expect(await s.governor.proposalNeedsQueuing(0n)).toBe(true)
    expect(await s.governor.timelock()).toBe(s.timelockAddress)
    await expectRevert(
      s.timelockContract.connect(s.deployer).schedule(s.deployer.address, 0n, '0x', id('x'), id('salt'), 2 * DAY),
      s.timelockContract,
      'AccessControlUnauthorizedAccount',
      [s.deployer.address, PROPOSER_ROLE]
    )
  })

  it('lets governance change a protocol parameter (the session fee) by vote', async () => {
    await s.token.connect(s.deployer).delegate(s.deployer.address)
    const target = await s.payments.getAddress()
    const calldata = s.payments.interface.encodeFunctionData('setFeeRate', [500])
    const description = 'Lower the treasury fee to 5%'
    await s.governor.propose([target], [0n], [calldata], description)
    const proposalId = await s.governor.hashProposal([target], [0n], [calldata], id(description))
    await s.networkHelpers.time.increase(DAY + 1)
    await s.governor.castVote(proposalId, Vote.For)
    await s.networkHelpers.time.increase(7 * DAY)
    await s.governor.queue([target], [0n], [calldata], id(description))
    await s.networkHelpers.time.increase(2 * DAY)
    await s.governor.execute([target], [0n], [calldata], id(description))
    expect(await s.payments.feeBps()).toBe(500n)
  })
})
