import { Wallet, ZeroAddress, id } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readArtifact } from '../../scripts/deploy/artifacts.js'
import { MAIA, type Suite } from './support/suite.js'
import { useSuiteFixture } from './support/useSuiteFixture.js'
import { expectRevert } from './support/expectRevert.js'

const SLASHER_ROLE = id('SLASHER_ROLE')
const ADMIN_ROLE = '0x' + '00'.repeat(32)
const MIN = 1_000n * MAIA
const WEEK = 7 * 24 * 3600

describe('NodeRegistry', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })
  const node = Wallet.createRandom().address
  const otherNode = Wallet.createRandom().address

  const register = async (stake = MIN, peerId = '12D3KooWPeerA', target = node) =>
    await (await s.registry.connect(s.providers[0]).register(target, peerId, '{"addrs":["/ip4/1.2.3.4/tcp/4001"]}', stake)).wait()

  describe('register', () => {
    it('stores the node, takes the stake and emits NodeRegistered', async () => {
      const receipt = await register(MIN + 5n)
      const [provider] = s.providers
      const event = receipt!.logs.map((log) => s.registry.interface.parseLog(log)).find((e) => e?.name === 'NodeRegistered')
      expect(event?.args.toArray()).toEqual([node, provider.address, '12D3KooWPeerA', '{"addrs":["/ip4/1.2.3.4/tcp/4001"]}', MIN + 5n])
      const stored = await s.registry.getNode(node)
      expect(stored.provider).toBe(provider.address)
      expect(stored.stake).toBe(MIN + 5n)
      expect(stored.peerId).toBe('12D3KooWPeerA')
      expect(await s.registry.isActive(node)).toBe(true)
      expect(await s.registry.isRegistered(node)).toBe(true)
      expect(await s.registry.nodeOfPeerId('12D3KooWPeerA')).toBe(node)
      expect(await s.token.balanceOf(await s.registry.getAddress())).toBe(MIN + 5n)
    })

    it('reverts for the zero node, a second registration, an empty or taken peer id, a low or huge stake', async () => {
      const r = s.registry.connect(s.providers[0])
      await expectRevert(r.register(ZeroAddress, 'p', '', MIN), s.registry, 'NodeRegistryZeroAddress', ['node'])
      await register()
      await expectRevert(r.register(node, 'p2', '', MIN), s.registry, 'NodeRegistryAlreadyRegistered', [node])
      await expectRevert(r.register(otherNode, '', '', MIN), s.registry, 'NodeRegistryEmptyPeerId', [otherNode])
      await expectRevert(r.register(otherNode, '12D3KooWPeerA', '', MIN), s.registry, 'NodeRegistryPeerIdTaken', ['12D3KooWPeerA', node])
      await expectRevert(r.register(otherNode, 'p2', '', MIN - 1n), s.registry, 'NodeRegistryStakeBelowMinimum', [MIN - 1n, MIN])
      await expectRevert(r.register(otherNode, 'p2', '', 1n << 128n), s.registry, 'NodeRegistryAmountTooLarge', [1n << 128n])
    })
  })

  describe('updateNode', () => {
    it('changes peer id and metadata, freeing the old peer id', async () => {
      await register()
      await expect(s.registry.connect(s.providers[0]).updateNode(node, 'newPeer', 'meta2'))
        .resolves.toBeDefined()
      const stored = await s.registry.getNode(node)
      expect([stored.peerId, stored.metadata]).toEqual(['newPeer', 'meta2'])
      expect(await s.registry.nodeOfPeerId('12D3KooWPeerA')).toBe(ZeroAddress)
      expect(await s.registry.nodeOfPeerId('newPeer')).toBe(node)
      await s.registry.connect(s.providers[0]).updateNode(node, 'newPeer', 'meta3')
      expect((await s.registry.getNode(node)).metadata).toBe('meta3')
    })

    it('reverts for non-providers, unknown nodes, empty and taken peer ids', async () => {
      await register()
      await register(MIN, 'peerB', otherNode)
      await expectRevert(s.registry.connect(s.providers[1]).updateNode(node, 'x', ''), s.registry, 'NodeRegistryNotProvider', [node, s.providers[1].address])
      await expectRevert(s.registry.connect(s.providers[0]).updateNode(s.stranger.address, 'x', ''), s.registry, 'NodeRegistryUnknownNode', [s.stranger.address])
      await expectRevert(s.registry.connect(s.providers[0]).updateNode(node, '', ''), s.registry, 'NodeRegistryEmptyPeerId', [node])
      await expectRevert(s.registry.connect(s.providers[0]).updateNode(node, 'peerB', ''), s.registry, 'NodeRegistryPeerIdTaken', ['peerB', otherNode])
    })
  })

  describe('increaseStake', () => {
    it('adds stake from anyone and emits StakeIncreased', async () => {
      await register()
      await s.registry.connect(s.providers[1]).increaseStake(node, 10n)
      expect((await s.registry.getNode(node)).stake).toBe(MIN + 10n)
    })

    it('reverts for unknown nodes, zero and overflowing amounts', async () => {
      await expectRevert(s.registry.connect(s.providers[0]).increaseStake(node, 1n), s.registry, 'NodeRegistryUnknownNode', [node])
      await register()
      await expectRevert(s.registry.connect(s.providers[0]).increaseStake(node, 0n), s.registry, 'NodeRegistryZeroAmount', [])
      const huge = (1n << 128n) - MIN
      await expectRevert(s.registry.connect(s.providers[0]).increaseStake(node, huge), s.registry, 'NodeRegistryAmountTooLarge', [huge])
    })
  })

  describe('unstaking', () => {
    it('unbonds, waits the period, pays back, and deregisters an empty node', async () => {
      await register()
      const [provider] = s.providers
      const before = await s.token.balanceOf(provider.address)
      await s.registry.connect(provider).requestUnstake(node, 400n * MAIA)
      expect(await s.registry.isActive(node)).toBe(false)
      const mid = await s.registry.getNode(node)
      expect([mid.stake, mid.unbonding]).toEqual([600n * MAIA, 400n * MAIA])
      await expectRevert(s.registry.connect(provider).withdrawUnbonded(node), s.registry, 'NodeRegistryUnbondingNotOver', [node, mid.unbondingEnd])
      await s.networkHelpers.time.increase(WEEK)
      await s.registry.connect(provider).withdrawUnbonded(node)
      expect(await s.token.balanceOf(provider.address)).toBe(before + 400n * MAIA)
      expect(await s.registry.isRegistered(node)).toBe(true)

      await s.registry.connect(provider).requestUnstake(node, 600n * MAIA)
      await s.networkHelpers.time.increase(WEEK)
      const tx = await s.registry.connect(provider).withdrawUnbonded(node)
      const names = (await tx.wait())!.logs.map((log) => s.registry.interface.parseLog(log)?.name)
      expect(names).toContain('NodeDeregistered')
      expect(await s.registry.isRegistered(node)).toBe(false)
      expect(await s.registry.nodeOfPeerId('12D3KooWPeerA')).toBe(ZeroAddress)
      expect(await s.token.balanceOf(provider.address)).toBe(before + MIN)
      await expectRevert(s.registry.getNode(node), s.registry, 'NodeRegistryUnknownNode', [node])
    })

    it('restarts the clock on a second request', async () => {
      await register()
      await s.registry.connect(s.providers[0]).requestUnstake(node, 1n)
      await s.networkHelpers.time.increase(WEEK - 10)
      await s.registry.connect(s.providers[0]).requestUnstake(node, 1n)
      const entry = await s.registry.getNode(node)
      expect(entry.unbonding).toBe(2n)
      await expectRevert(s.registry.connect(s.providers[0]).withdrawUnbonded(node), s.registry, 'NodeRegistryUnbondingNotOver', [node, entry.unbondingEnd])
    })

    it('reverts for non-providers, zero amounts, too large amounts and nothing unbonding', async () => {
      await register()
      await expectRevert(s.registry.connect(s.stranger).requestUnstake(node, 1n), s.registry, 'NodeRegistryNotProvider', [node, s.stranger.address])
      await expectRevert(s.registry.connect(s.providers[0]).requestUnstake(node, 0n), s.registry, 'NodeRegistryZeroAmount', [])
      await expectRevert(s.registry.connect(s.providers[0]).requestUnstake(node, MIN + 1n), s.registry, 'NodeRegistryInsufficientStake', [node, MIN, MIN + 1n])
      await expectRevert(s.registry.connect(s.providers[0]).withdrawUnbonded(node), s.registry, 'NodeRegistryNothingUnbonding', [node])
      await expectRevert(s.registry.connect(s.stranger).withdrawUnbonded(node), s.registry, 'NodeRegistryNotProvider', [node, s.stranger.address])
    })
  })

  describe('slash', () => {
    it('takes active stake, then unbonding stake, sends it to the treasury and states the reason', async () => {
      await register()
      await s.registry.connect(s.providers[0]).requestUnstake(node, 300n * MAIA)
      const treasuryBefore = await s.token.balanceOf(s.timelockAddress)
      const tx = await s.registry.connect(s.slasher).slash(node, 800n * MAIA, 'wrong answer in session 0x01')
      const event = (await tx.wait())!.logs.map((log) => s.registry.interface.parseLog(log)).find((e) => e?.name === 'NodeSlashed')
      expect(event?.args.toArray()).toEqual([node, s.slasher.address, 800n * MAIA, s.timelockAddress, 'wrong answer in session 0x01'])
      const entry = await s.registry.getNode(node)
      expect([entry.stake, entry.unbonding]).toEqual([0n, 200n * MAIA])
      expect(await s.token.balanceOf(s.timelockAddress)).toBe(treasuryBefore + 800n * MAIA)
      await s.registry.connect(s.timelock).slash(node, 50n * MAIA, 'governance')
      expect((await s.registry.getNode(node)).unbonding).toBe(150n * MAIA)
    })

    it('reverts for a non-slasher, unknown nodes, zero and excessive amounts', async () => {
      await register()
      await expectRevert(s.registry.connect(s.stranger).slash(node, 1n, 'x'), s.registry, 'AccessControlUnauthorizedAccount', [s.stranger.address, SLASHER_ROLE])
      await expectRevert(s.registry.connect(s.providers[0]).slash(node, 1n, 'x'), s.registry, 'AccessControlUnauthorizedAccount', [s.providers[0].address, SLASHER_ROLE])
      await expectRevert(s.registry.connect(s.slasher).slash(otherNode, 1n, 'x'), s.registry, 'NodeRegistryUnknownNode', [otherNode])
      await expectRevert(s.registry.connect(s.slasher).slash(node, 0n, 'x'), s.registry, 'NodeRegistryZeroAmount', [])
      await expectRevert(s.registry.connect(s.slasher).slash(node, MIN + 1n, 'x'), s.registry, 'NodeRegistrySlashExceedsStake', [node, MIN, MIN + 1n])
    })

    it('lets governance grant and revoke the slasher role', async () => {
      await register()
      await s.registry.connect(s.timelock).grantRole(SLASHER_ROLE, s.stranger.address)
      await s.registry.connect(s.stranger).slash(node, 1n, 'granted')
      await s.registry.connect(s.timelock).revokeRole(SLASHER_ROLE, s.stranger.address)
      await expectRevert(s.registry.connect(s.stranger).slash(node, 1n, 'x'), s.registry, 'AccessControlUnauthorizedAccount', [s.stranger.address, SLASHER_ROLE])
    })
  })

  describe('governance parameters', () => {
    it('sets minimum stake, unbonding period and treasury, with events', async () => {
      await register()
      await expect(s.registry.connect(s.timelock).setMinStake(MIN * 2n)).resolves.toBeDefined()
      expect(await s.registry.minStake()).toBe(MIN * 2n)
      expect(await s.registry.isActive(node)).toBe(false)
      await s.registry.connect(s.timelock).setUnbondingPeriod(3600)
      expect(await s.registry.unbondingPeriod()).toBe(3600n)
      await s.registry.connect(s.timelock).setTreasury(s.stranger.address)
      expect(await s.registry.treasury()).toBe(s.stranger.address)
      expect(await s.registry.token()).toBe(await s.token.getAddress())
    })

    it('reverts for non-governance callers and invalid values', async () => {
      for (const call of [
        () => s.registry.connect(s.deployer).setMinStake(1n),
        () => s.registry.connect(s.deployer).setUnbondingPeriod(1),
        () => s.registry.connect(s.slasher).setTreasury(s.stranger.address)
      ]) {
        await expectRevert(call, s.registry, 'AccessControlUnauthorizedAccount')
      }
      const tooLong = 365 * 24 * 3600 + 1
      await expectRevert(s.registry.connect(s.timelock).setUnbondingPeriod(tooLong), s.registry, 'NodeRegistryInvalidUnbondingPeriod', [tooLong, tooLong - 1])
      await expectRevert(s.registry.connect(s.timelock).setTreasury(ZeroAddress), s.registry, 'NodeRegistryZeroAddress', ['treasury'])
    })

    it('validates its constructor arguments', async () => {
      const artifact = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.NodeRegistry)
      const factory = new s.ethers.ContractFactory(artifact.abi, artifact.bytecode, s.deployer)
      const token = await s.token.getAddress()
      await expectRevert(factory.deploy(s.deployer.address, ZeroAddress, s.deployer.address, 1n, 1), s.registry, 'NodeRegistryZeroAddress', ['token'])
      await expectRevert(factory.deploy(s.deployer.address, token, ZeroAddress, 1n, 1), s.registry, 'NodeRegistryZeroAddress', ['treasury'])
      await expectRevert(factory.deploy(s.deployer.address, token, s.deployer.address, 1n, 365 * 24 * 3600 + 1), s.registry, 'NodeRegistryInvalidUnbondingPeriod')
    })

    it('belongs to the timelock, not to the deployer', async () => {
      expect(await s.registry.hasRole(ADMIN_ROLE, s.timelockAddress)).toBe(true)
      expect(await s.registry.hasRole(ADMIN_ROLE, s.deployer.address)).toBe(false)
    })
  })
})
