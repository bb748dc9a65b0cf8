import { ZeroAddress, ZeroHash, id } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readArtifact } from '../../scripts/deploy/artifacts.ts'
import { buildRewardsTree } from '../../shared/chain/rewardsTree.ts'
import { MAIA, type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'

const ORACLE_ROLE = id('ORACLE_ROLE')

describe('RewardsDistributor', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite }, async (suite) => {
    // Fund 1,000 MAIA through the `fund` entry point.
    await suite.token.connect(suite.deployer).approve(await suite.rewards.getAddress(), 1_000n * MAIA)
    await suite.rewards.connect(suite.deployer).fund(1_000n * MAIA)
  })

  const accounts = () => [s.providers[0].address, s.providers[1].address, s.users[0].address]

  it('pays cumulative earnings once, and catches up several epochs in one claim', async () => {
    const [p0, p1, u0] = accounts() as [string, string, string]
    const epoch1 = buildRewardsTree([
      { account: p0, cumulativeAmount: 100n * MAIA },
      { account: p1, cumulativeAmount: 50n * MAIA },
      { account: u0, cumulativeAmount: 5n * MAIA }
    ])
    await s.rewards.connect(s.oracle).postRoot(1, epoch1.root, epoch1.total)
    expect(await s.rewards.merkleRoot()).toBe(epoch1.root)
    expect(await s.rewards.currentEpoch()).toBe(1n)
    expect(await s.rewards.totalCumulative()).toBe(155n * MAIA)

    const before0 = await s.token.balanceOf(p0)
    const claim0 = epoch1.getClaim(p0)
    const receipt = await (await s.rewards.connect(s.stranger).claim(claim0.account, claim0.cumulativeAmount, claim0.proof)).wait()
    const event = receipt!.logs.map((log) => s.rewards.interface.parseLog(log)).find((e) => e?.name === 'Claimed')
    expect(event?.args.toArray()).toEqual([p0, 1n, 100n * MAIA, 100n * MAIA])
    expect(await s.token.balanceOf(p0)).toBe(before0 + 100n * MAIA)

    // A double claim fails.
    await expectRevert(s.rewards.claim(claim0.account, claim0.cumulativeAmount, claim0.proof), s.rewards, 'RewardsNothingToClaim', [p0, 100n * MAIA, 100n * MAIA])

    // Epochs 2 and 5 (epochs may be skipped); p1 never claimed epoch 1 and catches up in one go.
    const epoch2 = buildRewardsTree([
      { account: p0, cumulativeAmount: 130n * MAIA },
      { account: p1, cumulativeAmount: 80n * MAIA },
      { account: u0, cumulativeAmount: 5n * MAIA }
    ])
    await s.rewards.connect(s.oracle).postRoot(2, epoch2.root, epoch2.total)
    const epoch5 = buildRewardsTree([
      { account: p0, cumulativeAmount: 150n * MAIA },
      { account: p1, cumulativeAmount: 120n * MAIA },
      { account: u0, cumulativeAmount: 5n * MAIA }
    ])
    await s.rewards.connect(s.oracle).postRoot(5, epoch5.root, epoch5.total)
    const before1 = await s.token.balanceOf(p1)
    const claim1 = epoch5.getClaim(p1)
    await s.rewards.claim(claim1.account, claim1.cumulativeAmount, claim1.proof)
    expect(await s.token.balanceOf(p1)).toBe(before1 + 120n * MAIA)
    const again0 = epoch5.getClaim(p0)
    await s.rewards.claim(again0.account, again0.cumulativeAmount, again0.proof)
    expect(await s.rewards.claimed(p0)).toBe(150n * MAIA)
    expect(await s.rewards.totalClaimed()).toBe(270n * MAIA)

    // An old proof no longer matches the current root.
    const stale = epoch1.getClaim(u0)
    await expectRevert(s.rewards.claim(stale.account, stale.cumulativeAmount, stale.proof), s.rewards, 'RewardsInvalidProof', [u0, 5n * MAIA])
  })

  it('rejects proofs for other amounts or accounts', async () => {
    const [p0, p1] = accounts() as [string, string, string]
    const tree = buildRewardsTree([{ account: p0, cumulativeAmount: 10n }, { account: p1, cumulativeAmount: 20n }])
    await s.rewards.connect(s.oracle).postRoot(1, tree.root, tree.total)
    const claim = tree.getClaim(p0)
    await expectRevert(s.rewards.claim(p0, 11n, claim.proof), s.rewards, 'RewardsInvalidProof', [p0, 11n])
    await expectRevert(s.rewards.claim(p1, 10n, claim.proof), s.rewards, 'RewardsInvalidProof', [p1, 10n])
    await expectRevert(s.rewards.claim(p0, 10n, []), s.rewards, 'RewardsInvalidProof', [p0, 10n])
  })

  it('guards roots: only the oracle, increasing epochs, non-zero roots, non-decreasing and funded totals', async () => {
    const [p0] = accounts() as [string]
    const tree = buildRewardsTree([{ account: p0, cumulativeAmount: 10n * MAIA }])
    await expectRevert(s.rewards.connect(s.stranger).postRoot(1, tree.root, tree.total), s.rewards, 'AccessControlUnauthorizedAccount', [s.stranger.address, ORACLE_ROLE])
    await expectRevert(s.rewards.connect(s.oracle).postRoot(0, tree.root, tree.total), s.rewards, 'RewardsEpochNotIncreasing', [0n, 0n])
    await expectRevert(s.rewards.connect(s.oracle).postRoot(1, ZeroHash, tree.total), s.rewards, 'RewardsZeroRoot', [])
    await expectRevert(s.rewards.connect(s.oracle).postRoot(1, tree.root, 1_000n * MAIA + 1n), s.rewards, 'RewardsUnderfunded', [1_000n * MAIA + 1n, 1_000n * MAIA])
    await s.rewards.connect(s.oracle).postRoot(3, tree.root, tree.total)
    await expectRevert(s.rewards.connect(s.oracle).postRoot(3, tree.root, tree.total), s.rewards, 'RewardsEpochNotIncreasing', [3n, 3n])
    await expectRevert(s.rewards.connect(s.oracle).postRoot(4, tree.root, tree.total - 1n), s.rewards, 'RewardsTotalDecreased', [tree.total, tree.total - 1n])
    // Claimed tokens count as funded: after a claim the same total still passes.
    const claim = tree.getClaim(p0)
    await s.rewards.claim(claim.account, claim.cumulativeAmount, claim.proof)
    await s.rewards.connect(s.oracle).postRoot(4, tree.root, 1_000n * MAIA)
  })

  it('counts session payment fees as funding', async () => {
    const poolBefore = await s.token.balanceOf(await s.rewards.getAddress())
    await s.token.connect(s.users[0]).transfer(await s.rewards.getAddress(), 5n * MAIA)
    const [p0] = accounts() as [string]
    const tree = buildRewardsTree([{ account: p0, cumulativeAmount: poolBefore + 5n * MAIA }])
    await s.rewards.connect(s.oracle).postRoot(1, tree.root, tree.total)
  })

  it('rejects a zero funding and a zero token', async () => {
    await expectRevert(s.rewards.fund(0n), s.rewards, 'RewardsZeroAmount', [])
    const artifact = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.RewardsDistributor)
    const factory = new s.ethers.ContractFactory(artifact.abi, artifact.bytecode, s.deployer)
    await expectRevert(factory.deploy(s.deployer.address, ZeroAddress), s.rewards, 'RewardsZeroToken', [])
    expect(await s.rewards.token()).toBe(await s.token.getAddress())
  })

  it('lets governance replace the oracle', async () => {
    await s.rewards.connect(s.timelock).revokeRole(ORACLE_ROLE, s.oracle.address)
    await s.rewards.connect(s.timelock).grantRole(ORACLE_ROLE, s.stranger.address)
    const tree = buildRewardsTree([{ account: s.stranger.address, cumulativeAmount: 1n }])
    await expectRevert(s.rewards.connect(s.oracle).postRoot(1, tree.root, 1n), s.rewards, 'AccessControlUnauthorizedAccount', [s.oracle.address, ORACLE_ROLE])
    await s.rewards.connect(s.stranger).postRoot(1, tree.root, 1n)
  })
})
