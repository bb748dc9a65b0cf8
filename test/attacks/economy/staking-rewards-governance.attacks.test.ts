import { Wallet, type BaseWallet, ZeroHash, id } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SUITE_PARAMETERS } from '../../../scripts/deploy/defaults.ts'
import { nodeRegistrationConsent } from '../../../shared/chain/nodeRegistration.ts'
import { buildRewardsTree } from '../../../shared/chain/rewardsTree.ts'
import { MAIA, type Suite } from '../../contracts/support/suite.ts'
import { useSuiteFixture } from '../../contracts/support/useSuiteFixture.ts'
import { expectRevert } from '../../contracts/support/expectRevert.ts'
import { submitModelAs } from '../../contracts/support/submitModel.ts'

const MIN = 1_000n * MAIA
const DAY = 24 * 3600
const EVIDENCE = id('evidence bundle: receipts of session 0x01 and the re-run that contradicts them')
const Vote = { Against: 0, For: 1, Abstain: 2 } as const
const State = { Pending: 0n, Active: 1n, Canceled: 2n, Defeated: 3n, Succeeded: 4n, Queued: 5n, Expired: 6n, Executed: 7n } as const

describe('attacks on NodeRegistry staking and slashing', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })
  const nodeKey = Wallet.createRandom()
  const otherKey = Wallet.createRandom()
  const node = nodeKey.address
  const keys = new Map([[node, nodeKey], [otherKey.address, otherKey]])
  /** The legitimate provider's registration: it carries the node key's consent (EIP-712, bound to provider and peer id). */
  const register = async (stake = MIN, peerId = '12D3KooWPeerA', target: string | BaseWallet = node, provider = 0 as 0 | 1) => {
    const key = typeof target === 'string' ? keys.get(target)! : target
    const { deadline, signature } = await nodeRegistrationConsent(key, s.registry, { provider: s.providers[provider].address, peerId })
    return await (await s.registry.connect(s.providers[provider]).register(key.address, peerId, '{}', stake, deadline, signature)).wait()
  }
  const startNextPeriod = async (offset: number) => {
    const now = await s.networkHelpers.time.latest()
    await s.networkHelpers.time.increaseTo((Math.floor(now / DAY) + 1) * DAY + offset)
  }

  it('unbonding everything does not escape a bounded slasher: unbonding stake stays slashable until withdrawn', async () => {
    await register()
    await (await s.registry.connect(s.providers[0]).requestUnstake(node, MIN)).wait()
    expect(await s.registry.isActive(node)).toBe(false)
    await expectRevert(s.registry.connect(s.providers[0]).withdrawUnbonded(node), s.registry, 'NodeRegistryUnbondingNotOver')
    // 10% of the unbonding stake, taken during the unbonding period.
    await (await s.registry.connect(s.slasher).slash(node, 100n * MAIA, EVIDENCE, 'lied while unbonding')).wait()
    const status = await s.registry.nodeStatus(node)
    expect([status.stake, status.unbonding, status.slashedTotal]).toEqual([0n, 900n * MAIA, 100n * MAIA])
    // Topping the request up cannot shorten the wait of what is already unbonding.
    await s.networkHelpers.time.increase(DEFAULT_SUITE_PARAMETERS.unbondingPeriod - 10)
    await (await s.registry.connect(s.providers[0]).increaseStake(node, 1n)).wait()
    await (await s.registry.connect(s.providers[0]).requestUnstake(node, 1n)).wait()
    await s.networkHelpers.time.increase(20)
    await expectRevert(s.registry.connect(s.providers[0]).withdrawUnbonded(node), s.registry, 'NodeRegistryUnbondingNotOver')
  })

  it('a bounded slasher gets at most 2 x cap across a UTC midnight, never more within 24 hours', async () => {
    await register(100_000n * MAIA)
    const cap = DEFAULT_SUITE_PARAMETERS.slasherCapPerPeriod
    await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, cap, 10_000)
    await startNextPeriod(DAY - 30)
    await (await s.registry.connect(s.slasher).slash(node, cap, EVIDENCE, 'end of day')).wait()
    await expectRevert(s.registry.connect(s.slasher).slash(node, 1n, id('e2'), 'x'), s.registry, 'NodeRegistrySlashCapExceeded')
    await startNextPeriod(0)
    await (await s.registry.connect(s.slasher).slash(node, cap, id('e3'), 'start of the next day')).wait()
    await expectRevert(s.registry.connect(s.slasher).slash(node, 1n, id('e4'), 'x'), s.registry, 'NodeRegistrySlashCapExceeded')
    await s.networkHelpers.time.increase(DAY - 60)
    await expectRevert(s.registry.connect(s.slasher).slash(node, 1n, id('e5'), 'x'), s.registry, 'NodeRegistrySlashCapExceeded')
    expect(await s.registry.slashedTotal(node)).toBe(2n * cap)
  })

  it('one peer id backs one node: a second registration, an update onto it, or re-registration while unbonding is refused', async () => {
    const other = otherKey.address
    await register(MIN, 'peer-X')
    await expectRevert(register(MIN, 'peer-X', other, 1), s.registry, 'NodeRegistryPeerIdTaken', ['peer-X', node])
    await register(MIN, 'peer-Y', other, 1)
    await expectRevert(s.registry.connect(s.providers[1]).updateNode(other, 'peer-X', '{}'), s.registry, 'NodeRegistryPeerIdTaken', ['peer-X', node])
    // Node X unbonds fully: its peer id stays taken until it withdraws (it is still slashable).
    await (await s.registry.connect(s.providers[0]).requestUnstake(node, MIN)).wait()
    await expectRevert(s.registry.connect(s.providers[1]).updateNode(other, 'peer-X', '{}'), s.registry, 'NodeRegistryPeerIdTaken', ['peer-X', node])
    await expectRevert(register(MIN, 'peer-Z', node, 1), s.registry, 'NodeRegistryAlreadyRegistered', [node])
  })

  it('HOLE (low): a stranger\'s 1-wei increaseStake cannot keep a fully unbonded node registered, its peer id bound', async () => {
    await register(MIN, 'peer-exit')
    await (await s.registry.connect(s.providers[0]).requestUnstake(node, MIN)).wait()
    // A griefer (any account) tops the node up by 1 wei while it unbonds.
    await (await s.token.connect(s.users[0]).approve(await s.registry.getAddress(), 1n)).wait()
    await (await s.registry.connect(s.users[0]).increaseStake(node, 1n)).wait()
    await s.networkHelpers.time.increase(DEFAULT_SUITE_PARAMETERS.unbondingPeriod + 1)
    await (await s.registry.connect(s.providers[0]).withdrawUnbonded(node)).wait()
    expect({ registered: await s.registry.isRegistered(node), peerHolder: await s.registry.nodeOfPeerId('peer-exit') })
      .toEqual({ registered: false, peerHolder: '0x0000000000000000000000000000000000000000' })
  })

  it('HOLE: a bounded slasher cannot reuse one evidence hash to slash the same node again and again', async () => {
    await register(10n * MIN)
    // maxSlashBps (10%) is meant to bound what one piece of evidence costs a node.
    await (await s.registry.connect(s.slasher).slash(node, MIN, EVIDENCE, 'offence #1')).wait()
    const replayed = await s.registry.connect(s.slasher).slash(node, 900n * MAIA, EVIDENCE, 'same evidence again').then(() => true, () => false)
    expect(replayed, 'the same evidence hash slashed the node a second time').toBe(false)
    expect(await s.registry.slashedTotal(node)).toBe(MIN)
  })

  // Closed: `register` by anyone but the node itself needs the node key's EIP-712 consent
  // (`NodeRegistration(provider, peerId, nonce, deadline)`), so the attacker, holding no such
  // signature, cannot take the address; the legitimate provider's registration carries one.
  it('HOLE: a stranger cannot register (and so squat) a node address it does not control', async () => {
    const nodeKey = Wallet.createRandom()
    // The attacker (provider #1) front-runs the real operator's registration of its own node key.
    const deadline = BigInt(await s.networkHelpers.time.latest()) + 3600n
    const squatted = await s.registry.connect(s.providers[1]).register(nodeKey.address, 'attacker-peer', '{}', MIN, deadline, '0x').then(() => true, () => false)
    expect(squatted, 'anyone can register any node address, without the node key\'s consent').toBe(false)
    await register(MIN, '12D3KooWRealPeer', nodeKey, 0)
    expect((await s.registry.getNode(nodeKey.address)).provider).toBe(s.providers[0].address)
  })

  it('HOLE: a node cannot unbond and withdraw its stake before a governance slash proposal against it can execute', async () => {
    await register(10n * MIN)
    await (await s.token.connect(s.deployer).delegate(s.deployer.address)).wait()
    const target = await s.registry.getAddress()
    const calldata = s.registry.interface.encodeFunctionData('slash', [node, 10n * MIN, ZeroHash, 'governance: proven fraud'])
    const description = 'Slash node for fraud'
    const proposed = await (await s.governor.connect(s.deployer).propose([target], [0n], [calldata], description)).wait()
    const proposalId = proposed!.logs.map((log) => s.governor.interface.parseLog(log)).find((e) => e?.name === 'ProposalCreated')!.args.proposalId as bigint
    // The provider sees ProposalCreated and unbonds everything at once.
    await (await s.registry.connect(s.providers[0]).requestUnstake(node, 10n * MIN)).wait()

    await s.networkHelpers.time.increase(DEFAULT_SUITE_PARAMETERS.votingDelay + 1)
    await (await s.governor.connect(s.deployer).castVote(proposalId, Vote.For)).wait()
    await s.networkHelpers.time.increase(DEFAULT_SUITE_PARAMETERS.votingPeriod)
    expect(await s.governor.state(proposalId)).toBe(State.Succeeded)
    await (await s.governor.queue([target], [0n], [calldata], id(description))).wait()
    // The unbonding period (7 days) ended before the vote did (1 + 7 days): the stake walks away.
    const escaped = await s.registry.connect(s.providers[0]).withdrawUnbonded(node).then(() => true, () => false)
    await s.networkHelpers.time.increase(DEFAULT_SUITE_PARAMETERS.timelockMinDelay)
    const executed = await s.governor.execute([target], [0n], [calldata], id(description)).then(() => true, () => false)
    expect({ escaped, executed, slashed: await s.registry.slashedTotal(node) }).toEqual({ escaped: false, executed: true, slashed: 10n * MIN })
  })
})

describe('attacks on RewardsDistributor', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite }, async (suite) => {
    await suite.token.connect(suite.deployer).approve(await suite.rewards.getAddress(), 1_000n * MAIA)
    await suite.rewards.connect(suite.deployer).fund(1_000n * MAIA)
  })

  it('a stranger can trigger a claim but the money goes only to the account, and cannot re-aim a proof at itself', async () => {
    const [p0, p1] = [s.providers[0].address, s.providers[1].address]
    const tree = buildRewardsTree([{ account: p0, cumulativeAmount: 100n * MAIA }, { account: p1, cumulativeAmount: 50n * MAIA }])
    await (await s.rewards.connect(s.oracle).postRoot(1, tree.root, tree.total)).wait()
    const claim = tree.getClaim(p0)
    await expectRevert(s.rewards.connect(s.stranger).claim(s.stranger.address, claim.cumulativeAmount, claim.proof), s.rewards, 'RewardsInvalidProof', [s.stranger.address, claim.cumulativeAmount])
    // p1's leaf with p0's amount, or p0's leaf with a larger amount, do not verify either.
    await expectRevert(s.rewards.connect(s.stranger).claim(p1, 100n * MAIA, tree.getClaim(p1).proof), s.rewards, 'RewardsInvalidProof')
    await expectRevert(s.rewards.connect(s.stranger).claim(p0, 101n * MAIA, claim.proof), s.rewards, 'RewardsInvalidProof')
    const strangerBefore = await s.token.balanceOf(s.stranger.address)
    const p0Before = await s.token.balanceOf(p0)
    await (await s.rewards.connect(s.stranger).claim(p0, claim.cumulativeAmount, claim.proof)).wait()
    expect(await s.token.balanceOf(p0)).toBe(p0Before + 100n * MAIA)
    expect(await s.token.balanceOf(s.stranger.address)).toBe(strangerBefore)
    await expectRevert(s.rewards.connect(s.stranger).claim(p0, claim.cumulativeAmount, claim.proof), s.rewards, 'RewardsNothingToClaim', [p0, 100n * MAIA, 100n * MAIA])
  })

  it('a proof of an older epoch is dead once a new root is posted, and the catch-up pays only the difference', async () => {
    const p0 = s.providers[0].address
    const first = buildRewardsTree([{ account: p0, cumulativeAmount: 100n * MAIA }, { account: s.users[0].address, cumulativeAmount: 1n }])
    await (await s.rewards.connect(s.oracle).postRoot(1, first.root, first.total)).wait()
    await (await s.rewards.claim(p0, 100n * MAIA, first.getClaim(p0).proof)).wait()
    const second = buildRewardsTree([{ account: p0, cumulativeAmount: 150n * MAIA }, { account: s.users[0].address, cumulativeAmount: 1n }])
    await (await s.rewards.connect(s.oracle).postRoot(2, second.root, second.total)).wait()
    await expectRevert(s.rewards.claim(p0, 100n * MAIA, first.getClaim(p0).proof), s.rewards, 'RewardsInvalidProof')
    const before = await s.token.balanceOf(p0)
    await (await s.rewards.claim(p0, 150n * MAIA, second.getClaim(p0).proof)).wait()
    expect(await s.token.balanceOf(p0)).toBe(before + 50n * MAIA)
    expect(await s.rewards.totalClaimed()).toBe(150n * MAIA)
  })

  it('a root promising more than the distributor holds plus what it already paid is refused, even right after a claim', async () => {
    const p0 = s.providers[0].address
    const tree = buildRewardsTree([{ account: p0, cumulativeAmount: 1_000n * MAIA }])
    await (await s.rewards.connect(s.oracle).postRoot(1, tree.root, tree.total)).wait()
    await (await s.rewards.claim(p0, 1_000n * MAIA, tree.getClaim(p0).proof)).wait()
    const next = buildRewardsTree([{ account: p0, cumulativeAmount: 1_000n * MAIA + 1n }])
    await expectRevert(s.rewards.connect(s.oracle).postRoot(2, next.root, next.total), s.rewards, 'RewardsUnderfunded', [1_000n * MAIA + 1n, 1_000n * MAIA])
    await expectRevert(s.rewards.connect(s.stranger).postRoot(2, next.root, 0n), s.rewards, 'AccessControlUnauthorizedAccount')
  })
})

describe('attacks on governance', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  it('votes bought after the snapshot count for nothing, and tokens moved after voting cannot vote twice', async () => {
    const [whale, proposer, second] = s.users
    const buyer = s.stranger
    await (await s.token.connect(whale).delegate(whale.address)).wait()
    await (await s.token.connect(s.deployer).delegate(s.deployer.address)).wait()
    const target = await s.payments.getAddress()
    const calldata = s.payments.interface.encodeFunctionData('setFeeRate', [10_000])
    const proposed = await (await s.governor.connect(proposer).propose([target], [0n], [calldata], 'fee 100%')).wait()
    const proposalId = proposed!.logs.map((log) => s.governor.interface.parseLog(log)).find((e) => e?.name === 'ProposalCreated')!.args.proposalId as bigint
    const snapshot = await s.governor.proposalSnapshot(proposalId)
    await s.networkHelpers.time.increaseTo(Number(snapshot) + 1)
    // Borrowed just after the snapshot: the buyer's voting weight is zero.
    await (await s.token.connect(s.deployer).transfer(buyer.address, 50_000_000n * MAIA)).wait()
    await (await s.token.connect(buyer).delegate(buyer.address)).wait()
    expect(await s.token.getVotes(buyer.address)).toBe(50_000_000n * MAIA)
    await (await s.governor.connect(buyer).castVote(proposalId, Vote.For)).wait()
    // The whale votes, then passes its tokens on to a fresh account that votes again.
    await (await s.governor.connect(whale).castVote(proposalId, Vote.Against)).wait()
    await (await s.token.connect(whale).transfer(second.address, 1_000_000n * MAIA)).wait()
    await (await s.token.connect(second).delegate(second.address)).wait()
    await (await s.governor.connect(second).castVote(proposalId, Vote.For)).wait()
    await expectRevert(s.governor.connect(whale).castVote(proposalId, Vote.For), s.governor, 'GovernorAlreadyCastVote', [whale.address])
    const votes = await s.governor.proposalVotes(proposalId)
    expect([votes.forVotes, votes.againstVotes]).toEqual([0n, 1_000_000n * MAIA])
  })

  it('nobody but the timelock can mint or take the admin roles; the governor cannot bypass the timelock', async () => {
    const MINTER_ROLE = await s.token.MINTER_ROLE()
    for (const account of [s.deployer, s.operator, s.oracle, s.stranger]) {
      await expectRevert(s.token.connect(account).mint(account.address, 1n), s.token, 'AccessControlUnauthorizedAccount', [account.address, MINTER_ROLE])
    }
    expect(await s.token.hasRole(MINTER_ROLE, await s.governor.getAddress())).toBe(false)
    const ADMIN = ZeroHash
    for (const contract of [s.token, s.registry, s.payments, s.rewards, s.models]) {
      expect(await contract.hasRole(ADMIN, s.deployer.address)).toBe(false)
      expect(await contract.hasRole(ADMIN, s.timelockAddress)).toBe(true)
    }
  })

  it('an unapproved or rejected model cannot be activated, not even by governance', async () => {
    const hash = id('gguf')
    await submitModelAs(s.models, s.users[0], 'm', hash, 'ipfs://m')
    await expectRevert(s.models.connect(s.timelock).activate(1n), s.models, 'ModelRegistryInvalidStatus', [1n, 1n, 2n])
    await (await s.models.connect(s.timelock).reject(1n)).wait()
    await expectRevert(s.models.connect(s.timelock).approve(1n), s.models, 'ModelRegistryInvalidStatus')
    await expectRevert(s.models.connect(s.timelock).activate(1n), s.models, 'ModelRegistryInvalidStatus')
    await expectRevert(s.models.connect(s.users[0]).approve(1n), s.models, 'AccessControlUnauthorizedAccount')
    expect(await s.models.activeModelId()).toBe(0n)
  })
})
