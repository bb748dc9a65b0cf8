import { Signature, Wallet, type BaseWallet, ZeroAddress, ZeroHash, concat, dataSlice, getAddress, id, toBeHex } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readArtifact } from '../../scripts/deploy/artifacts.ts'
import { DEFAULT_SUITE_PARAMETERS } from '../../scripts/deploy/defaults.ts'
import { NODE_REGISTRATION_TYPES, SELF_REGISTRATION, hashNodeRegistration, nodeRegistrationConsent, nodeRegistrationDomain } from '../../shared/chain/nodeRegistration.ts'
import { MAIA, type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'

const SLASHER_ROLE = id('SLASHER_ROLE')
const ADMIN_ROLE = '0x' + '00'.repeat(32)
const MIN = 1_000n * MAIA
const DAY = 24 * 3600
/** The deployment's unbonding period. */
const UNBONDING = DEFAULT_SUITE_PARAMETERS.unbondingPeriod
/** Hash of an off-chain evidence bundle. */
const EVIDENCE = id('evidence bundle: receipts of session 0x01 and the re-run that contradicts them')

describe('NodeRegistry', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })
  const nodeKey = Wallet.createRandom()
  const otherNodeKey = Wallet.createRandom()
  const node = nodeKey.address
  const otherNode = otherNodeKey.address
  const keyOf = (address: string): BaseWallet => address === otherNode ? otherNodeKey : nodeKey

  /** Provider #`provider` registers `key`'s node with the node key's consent (signed for exactly this call). */
  const registerWithConsent = async (key: BaseWallet, peerId: string, metadata: string, stake: bigint, provider = 0 as 0 | 1) => {
    const { deadline, signature } = await nodeRegistrationConsent(key, s.registry, { provider: s.providers[provider].address, peerId })
    return await s.registry.connect(s.providers[provider]).register(key.address, peerId, metadata, stake, deadline, signature)
  }
  const register = async (stake = MIN, peerId = '12D3KooWPeerA', target = node) =>
    await (await registerWithConsent(keyOf(target), peerId, '{"addrs":["/ip4/1.2.3.4/tcp/4001"]}', stake)).wait()

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
      await expectRevert(r.register(ZeroAddress, 'p', '', MIN, 0n, '0x'), s.registry, 'NodeRegistryZeroAddress', ['node'])
      await register()
      await expectRevert(registerWithConsent(nodeKey, 'p2', '', MIN), s.registry, 'NodeRegistryAlreadyRegistered', [node])
      await expectRevert(registerWithConsent(otherNodeKey, '', '', MIN), s.registry, 'NodeRegistryEmptyPeerId', [otherNode])
      await expectRevert(registerWithConsent(otherNodeKey, '12D3KooWPeerA', '', MIN), s.registry, 'NodeRegistryPeerIdTaken', ['12D3KooWPeerA', node])
      await expectRevert(registerWithConsent(otherNodeKey, 'p2', '', MIN - 1n), s.registry, 'NodeRegistryStakeBelowMinimum', [MIN - 1n, MIN])
      await expectRevert(registerWithConsent(otherNodeKey, 'p2', '', 1n << 128n), s.registry, 'NodeRegistryAmountTooLarge', [1n << 128n])
    })
  })

  describe("register: the node key's consent", () => {
    const PEER = '12D3KooWPeerA'
    /** Funds and approves a fresh account, then registers its own address as a node, with no signature. */
    const selfRegister = async (key: BaseWallet, peerId: string) => {
      const self = key.connect(s.registry.runner!.provider)
      await (await s.deployer.sendTransaction({ to: self.address, value: 10n ** 18n })).wait()
      await (await s.token.connect(s.deployer).transfer(self.address, MIN)).wait()
      await (await s.token.connect(self).approve(await s.registry.getAddress(), MIN)).wait()
      return await s.registry.connect(self).register(self.address, peerId, '', MIN, SELF_REGISTRATION.deadline, SELF_REGISTRATION.signature)
    }

    it('lets a node register itself without a signature, and consumes its nonce', async () => {
      const self = Wallet.createRandom()
      expect(await s.registry.registrationNonce(self.address)).toBe(0n)
      await (await selfRegister(self, PEER)).wait()
      expect((await s.registry.getNode(self.address)).provider).toBe(self.address)
      expect(await s.registry.registrationNonce(self.address)).toBe(1n)
    })

    it('accepts the node\'s signature for this provider, peer id, nonce and deadline, and consumes the nonce', async () => {
      await register()
      expect((await s.registry.getNode(node)).provider).toBe(s.providers[0].address)
      expect(await s.registry.registrationNonce(node)).toBe(1n)
      expect(await s.registry.registrationNonce(otherNode)).toBe(0n)
    })

    it('computes the digest shared/chain/nodeRegistration.ts signs', async () => {
      const domain = nodeRegistrationDomain({ chainId: BigInt(s.domain.chainId!), verifyingContract: await s.registry.getAddress() })
      const registration = { provider: s.providers[1].address, peerId: PEER, nonce: 7n, deadline: 2n ** 255n }
      expect(await s.registry.hashNodeRegistration(registration.provider, registration.peerId, registration.nonce, registration.deadline))
        .toBe(hashNodeRegistration(domain, registration))
      const [, name, version, chainId, verifyingContract] = await s.registry.eip712Domain()
      expect([name, version, chainId, verifyingContract]).toEqual([domain.name, domain.version, domain.chainId, domain.verifyingContract])
    })

    it('reverts without a signature, or with one by another key (the attacker\'s own, or another node\'s)', async () => {
      const r = s.registry.connect(s.providers[1])
      const deadline = BigInt(await s.networkHelpers.time.latest()) + 3600n
      await expectRevert(r.register(node, PEER, '', MIN, deadline, '0x'), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[1].address])
      const strangerSigned = await nodeRegistrationConsent(Wallet.createRandom(), s.registry, { provider: s.providers[1].address, peerId: PEER, deadline })
      await expectRevert(r.register(node, PEER, '', MIN, deadline, strangerSigned.signature), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[1].address])
      const otherNodeSigned = await nodeRegistrationConsent(otherNodeKey, s.registry, { provider: s.providers[1].address, peerId: PEER, deadline })
      await expectRevert(r.register(node, PEER, '', MIN, deadline, otherNodeSigned.signature), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[1].address])
      await expectRevert(r.register(node, PEER, '', MIN, deadline, '0x1234'), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[1].address])
      expect(await s.registry.isRegistered(node)).toBe(false)
    })

    it('reverts for a malleable (high-s) form of the node\'s own signature', async () => {
      const consent = await nodeRegistrationConsent(nodeKey, s.registry, { provider: s.providers[0].address, peerId: PEER })
      const signature = Signature.from(consent.signature)
      // secp256k1's group order: (r, N - s, flipped v) recovers the same signer, but is the high-s twin.
      const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
      const highS = toBeHex(N - BigInt(signature.s), 32)
      const flippedV = signature.v === 27 ? 28 : 27
      const malleable = signature.r + highS.slice(2) + toBeHex(flippedV, 1).slice(2)
      // The bare ecrecover precompile (0x01) accepts the twin as the node's signature...
      const digest = await s.registry.hashNodeRegistration(s.providers[0].address, PEER, 0n, consent.deadline)
      const recovered = await s.deployer.provider!.call({ to: '0x0000000000000000000000000000000000000001', data: concat([digest, toBeHex(flippedV, 32), signature.r, highS]) })
      expect(getAddress(dataSlice(recovered, 12))).toBe(node)
      // ...the registry (OpenZeppelin's ECDSA via SignatureChecker) does not.
      await expectRevert(s.registry.connect(s.providers[0]).register(node, PEER, '', MIN, consent.deadline, malleable), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[0].address])
      await (await s.registry.connect(s.providers[0]).register(node, PEER, '', MIN, consent.deadline, consent.signature)).wait()
    })

    it('reverts once the deadline has passed (valid up to and including it)', async () => {
      const deadline = BigInt(await s.networkHelpers.time.latest()) + 100n
      const consent = await nodeRegistrationConsent(nodeKey, s.registry, { provider: s.providers[0].address, peerId: PEER, deadline })
      await s.networkHelpers.time.increaseTo(deadline + 1n)
      await expectRevert(s.registry.connect(s.providers[0]).register(node, PEER, '', MIN, deadline, consent.signature), s.registry, 'NodeRegistryNodeSignatureExpired', [node, deadline])
      const fresh = BigInt(await s.networkHelpers.time.latest()) + 10n
      const onTime = await nodeRegistrationConsent(nodeKey, s.registry, { provider: s.providers[0].address, peerId: PEER, deadline: fresh })
      await s.networkHelpers.time.setNextBlockTimestamp(fresh)
      await (await s.registry.connect(s.providers[0]).register(node, PEER, '', MIN, fresh, onTime.signature)).wait()
      expect(await s.registry.isRegistered(node)).toBe(true)
    })

    it('binds the provider, the peer id and the deadline: a consent cannot be replayed by another provider, for another peer id or with a later deadline', async () => {
      const consent = await nodeRegistrationConsent(nodeKey, s.registry, { provider: s.providers[0].address, peerId: PEER })
      // Provider #1 sees provider #0's pending transaction and front-runs it with the same signature.
      await expectRevert(s.registry.connect(s.providers[1]).register(node, PEER, '', MIN, consent.deadline, consent.signature), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[1].address])
      const r = s.registry.connect(s.providers[0])
      await expectRevert(r.register(node, 'attacker-peer', '', MIN, consent.deadline, consent.signature), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[0].address])
      await expectRevert(r.register(node, PEER, '', MIN, consent.deadline + 1n, consent.signature), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[0].address])
      await (await r.register(node, PEER, '', MIN, consent.deadline, consent.signature)).wait()
      expect((await s.registry.getNode(node)).provider).toBe(s.providers[0].address)
    })

    it('binds the contract: a consent signed for another registry (domain) is refused', async () => {
      const deadline = BigInt(await s.networkHelpers.time.latest()) + 3600n
      const elsewhere = nodeRegistrationDomain({ chainId: BigInt(s.domain.chainId!), verifyingContract: Wallet.createRandom().address })
      const signature = await nodeKey.signTypedData(elsewhere, NODE_REGISTRATION_TYPES, { provider: s.providers[0].address, peerId: PEER, nonce: 0n, deadline })
      await expectRevert(s.registry.connect(s.providers[0]).register(node, PEER, '', MIN, deadline, signature), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[0].address])
    })

    it('a consent is used once: the former provider cannot replay it after the node was deregistered', async () => {
      const consent = await nodeRegistrationConsent(nodeKey, s.registry, { provider: s.providers[0].address, peerId: PEER, validForSeconds: 10n * BigInt(UNBONDING) })
      const r = s.registry.connect(s.providers[0])
      await (await r.register(node, PEER, '', MIN, consent.deadline, consent.signature)).wait()
      await (await r.requestUnstake(node, MIN)).wait()
      await s.networkHelpers.time.increase(UNBONDING)
      await (await r.withdrawUnbonded(node)).wait()
      expect(await s.registry.isRegistered(node)).toBe(false)
      expect(await s.registry.registrationNonce(node)).toBe(1n)
      // The node left; its old consent (still within its deadline) no longer registers it.
      await expectRevert(r.register(node, PEER, '', MIN, consent.deadline, consent.signature), s.registry, 'NodeRegistryInvalidNodeSignature', [node, s.providers[0].address])
      // A new consent, at the new nonce, does.
      await (await registerWithConsent(nodeKey, PEER, '', MIN, 1)).wait()
      expect((await s.registry.getNode(node)).provider).toBe(s.providers[1].address)
    })

    it('a consent signed before the node registered itself is void once it has left', async () => {
      const self = Wallet.createRandom()
      const stale = await nodeRegistrationConsent(self, s.registry, { provider: s.providers[1].address, peerId: 'stale-peer', validForSeconds: 10n * BigInt(UNBONDING) })
      await (await selfRegister(self, PEER)).wait()
      const asNode = s.registry.connect(self.connect(s.registry.runner!.provider))
      await (await asNode.requestUnstake(self.address, MIN)).wait()
      await s.networkHelpers.time.increase(UNBONDING)
      await (await asNode.withdrawUnbonded(self.address)).wait()
      expect(await s.registry.isRegistered(self.address)).toBe(false)
      await expectRevert(s.registry.connect(s.providers[1]).register(self.address, 'stale-peer', '', MIN, stale.deadline, stale.signature), s.registry, 'NodeRegistryInvalidNodeSignature', [self.address, s.providers[1].address])
      expect(await s.registry.registrationNonce(self.address)).toBe(1n)
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
      const tx = await s.registry.connect(s.providers[1]).increaseStake(node, 10n)
      const event = (await tx.wait())!.logs.map((log) => s.registry.interface.parseLog(log)).find((e) => e?.name === 'StakeIncreased')
      expect(event?.args.toArray()).toEqual([node, 10n, MIN + 10n])
      expect((await s.registry.getNode(node)).stake).toBe(MIN + 10n)
    })

    it("adds another account's top-up of a node with no active stake to its unbonding, so the node still leaves", async () => {
      await register()
      const [provider] = s.providers
      await s.registry.connect(provider).requestUnstake(node, MIN)
      const { unbondingEnd } = await s.registry.getNode(node)
      const before = await s.token.balanceOf(provider.address)
      const tx = await s.registry.connect(s.providers[1]).increaseStake(node, 7n)
      const event = (await tx.wait())!.logs.map((log) => s.registry.interface.parseLog(log)).find((e) => e?.name === 'UnbondingIncreased')
      expect(event?.args.toArray()).toEqual([node, s.providers[1].address, 7n, MIN + 7n])
      const entry = await s.registry.getNode(node)
      expect([entry.stake, entry.unbonding, entry.unbondingEnd]).toEqual([0n, MIN + 7n, unbondingEnd])
      // Its provider's own top-up is stake, as ever.
      await s.registry.connect(provider).increaseStake(node, 5n)
      await s.registry.connect(provider).requestUnstake(node, 5n)
      await s.networkHelpers.time.increase(UNBONDING)
      await s.registry.connect(provider).withdrawUnbonded(node)
      expect(await s.registry.isRegistered(node)).toBe(false)
      expect(await s.registry.nodeOfPeerId('12D3KooWPeerA')).toBe(ZeroAddress)
      expect(await s.token.balanceOf(provider.address)).toBe(before + MIN + 7n)
    })

    it('reverts for unknown nodes, zero and overflowing amounts', async () => {
      await expectRevert(s.registry.connect(s.providers[0]).increaseStake(node, 1n), s.registry, 'NodeRegistryUnknownNode', [node])
      await register()
      await expectRevert(s.registry.connect(s.providers[0]).increaseStake(node, 0n), s.registry, 'NodeRegistryZeroAmount', [])
      const huge = (1n << 128n) - MIN
      await expectRevert(s.registry.connect(s.providers[0]).increaseStake(node, huge), s.registry, 'NodeRegistryAmountTooLarge', [huge])
      // Also a stranger's top-up that would join the unbonding amount.
      await s.registry.connect(s.providers[0]).requestUnstake(node, MIN)
      await expectRevert(s.registry.connect(s.stranger).increaseStake(node, huge), s.registry, 'NodeRegistryAmountTooLarge', [huge])
      await expectRevert(s.registry.connect(s.stranger).increaseStake(node, 0n), s.registry, 'NodeRegistryZeroAmount', [])
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
      await s.networkHelpers.time.increase(UNBONDING)
      await s.registry.connect(provider).withdrawUnbonded(node)
      expect(await s.token.balanceOf(provider.address)).toBe(before + 400n * MAIA)
      expect(await s.registry.isRegistered(node)).toBe(true)

      await s.registry.connect(provider).requestUnstake(node, 600n * MAIA)
      await s.networkHelpers.time.increase(UNBONDING)
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
      await s.networkHelpers.time.increase(UNBONDING - 10)
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
    it('takes active stake, then unbonding stake, sends it to the treasury and states the evidence and reason', async () => {
      await register()
      await s.registry.connect(s.providers[0]).requestUnstake(node, 300n * MAIA)
      await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, MIN, 10_000)
      const treasuryBefore = await s.token.balanceOf(s.timelockAddress)
      const tx = await s.registry.connect(s.slasher).slash(node, 800n * MAIA, EVIDENCE, 'wrong answer in session 0x01')
      const event = (await tx.wait())!.logs.map((log) => s.registry.interface.parseLog(log)).find((e) => e?.name === 'NodeSlashed')
      expect(event?.args.toArray()).toEqual([node, s.slasher.address, EVIDENCE, 800n * MAIA, s.timelockAddress, 'wrong answer in session 0x01'])
      const entry = await s.registry.getNode(node)
      expect([entry.stake, entry.unbonding]).toEqual([0n, 200n * MAIA])
      expect(await s.token.balanceOf(s.timelockAddress)).toBe(treasuryBefore + 800n * MAIA)
      await s.registry.connect(s.timelock).slash(node, 50n * MAIA, ZeroHash, 'governance')
      expect((await s.registry.getNode(node)).unbonding).toBe(150n * MAIA)
      expect(await s.registry.slashedTotal(node)).toBe(850n * MAIA)
    })

    it('reverts for a non-slasher, unknown nodes, zero and excessive amounts', async () => {
      await register()
      await expectRevert(s.registry.connect(s.stranger).slash(node, 1n, EVIDENCE, 'x'), s.registry, 'AccessControlUnauthorizedAccount', [s.stranger.address, SLASHER_ROLE])
      await expectRevert(s.registry.connect(s.providers[0]).slash(node, 1n, EVIDENCE, 'x'), s.registry, 'AccessControlUnauthorizedAccount', [s.providers[0].address, SLASHER_ROLE])
      await expectRevert(s.registry.connect(s.slasher).slash(otherNode, 1n, EVIDENCE, 'x'), s.registry, 'NodeRegistryUnknownNode', [otherNode])
      await expectRevert(s.registry.connect(s.slasher).slash(node, 0n, EVIDENCE, 'x'), s.registry, 'NodeRegistryZeroAmount', [])
      await expectRevert(s.registry.connect(s.slasher).slash(node, MIN + 1n, EVIDENCE, 'x'), s.registry, 'NodeRegistrySlashExceedsStake', [node, MIN, MIN + 1n])
    })

    it('lets governance grant and revoke the slasher role', async () => {
      await register()
      await s.registry.connect(s.timelock).grantRole(SLASHER_ROLE, s.stranger.address)
      await s.registry.connect(s.timelock).setSlasherLimit(s.stranger.address, MIN, 10_000)
      await s.registry.connect(s.stranger).slash(node, 1n, EVIDENCE, 'granted')
      await s.registry.connect(s.timelock).revokeRole(SLASHER_ROLE, s.stranger.address)
      await expectRevert(s.registry.connect(s.stranger).slash(node, 1n, EVIDENCE, 'x'), s.registry, 'AccessControlUnauthorizedAccount', [s.stranger.address, SLASHER_ROLE])
    })
  })

  describe('bounded slashers', () => {
    /** Moves the clock to `offset` seconds into the next slash period (a UTC day). */
    const startNextPeriod = async (offset = 10) => {
      const now = await s.networkHelpers.time.latest()
      await s.networkHelpers.time.increaseTo((Math.floor(now / DAY) + 1) * DAY + offset)
    }

    it('get the deployment limit, which governance changes per slasher with SlasherLimitSet', async () => {
      expect(await s.registry.SLASH_PERIOD()).toBe(BigInt(DAY))
      const initial = await s.registry.slasherLimit(s.slasher.address)
      expect([initial.capPerPeriod, initial.maxSlashBps]).toEqual([DEFAULT_SUITE_PARAMETERS.slasherCapPerPeriod, BigInt(DEFAULT_SUITE_PARAMETERS.slasherMaxSlashBps)])
      expect(await s.registry.slashAllowance(s.slasher.address)).toBe(DEFAULT_SUITE_PARAMETERS.slasherCapPerPeriod)

      const tx = await s.registry.connect(s.timelock).setSlasherLimit(s.stranger.address, 300n * MAIA, 2_500)
      const event = (await tx.wait())!.logs.map((log) => s.registry.interface.parseLog(log)).find((e) => e?.name === 'SlasherLimitSet')
      expect(event?.args.toArray()).toEqual([s.stranger.address, 300n * MAIA, 2_500n])
      const limit = await s.registry.slasherLimit(s.stranger.address)
      expect([limit.capPerPeriod, limit.maxSlashBps, limit.slashedInPeriod]).toEqual([300n * MAIA, 2_500n, 0n])
      expect(await s.registry.slashAllowance(s.stranger.address)).toBe(300n * MAIA)
    })

    it('setSlasherLimit reverts for non-governance callers, the zero address, a share above 100% and a huge cap', async () => {
      await expectRevert(s.registry.connect(s.slasher).setSlasherLimit(s.slasher.address, 1n, 1), s.registry, 'AccessControlUnauthorizedAccount', [s.slasher.address, ADMIN_ROLE])
      await expectRevert(s.registry.connect(s.timelock).setSlasherLimit(ZeroAddress, 1n, 1), s.registry, 'NodeRegistryZeroAddress', ['slasher'])
      await expectRevert(s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 1n, 10_001), s.registry, 'NodeRegistryInvalidSlashFraction', [10_001])
      await expectRevert(s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 1n << 128n, 1), s.registry, 'NodeRegistryAmountTooLarge', [1n << 128n])
      await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, (1n << 128n) - 1n, 10_000)
    })

    it('must give an evidence hash', async () => {
      await register()
      await expectRevert(s.registry.connect(s.slasher).slash(node, 1n, ZeroHash, 'no evidence'), s.registry, 'NodeRegistryMissingEvidence', [s.slasher.address])
    })

    it('cannot slash before governance sets a limit (a zero cap)', async () => {
      await register()
      await s.registry.connect(s.timelock).grantRole(SLASHER_ROLE, s.stranger.address)
      expect(await s.registry.slashAllowance(s.stranger.address)).toBe(0n)
      await expectRevert(s.registry.connect(s.stranger).slash(node, 1n, EVIDENCE, 'x'), s.registry, 'NodeRegistrySlashCapExceeded', [s.stranger.address, 0n, 1n])
    })

    it('take at most maxSlashBps of the stake plus unbonding stake in one slash', async () => {
      await register()
      await s.registry.connect(s.providers[0]).requestUnstake(node, 200n * MAIA)
      // Deployment default: 10% of 800 staked + 200 unbonding.
      await expectRevert(s.registry.connect(s.slasher).slash(node, 100n * MAIA + 1n, EVIDENCE, 'x'), s.registry, 'NodeRegistrySlashFractionExceeded', [node, 100n * MAIA, 100n * MAIA + 1n])
      await s.registry.connect(s.slasher).slash(node, 100n * MAIA, EVIDENCE, 'at the bound')
      await expectRevert(s.registry.connect(s.slasher).slash(node, 90n * MAIA + 1n, id('other bundle'), 'x'), s.registry, 'NodeRegistrySlashFractionExceeded', [node, 90n * MAIA, 90n * MAIA + 1n])
    })

    it('slash at most capPerPeriod over all nodes per period, the window resetting each UTC day', async () => {
      await register(MIN * 10n)
      await register(MIN * 10n, 'peerB', otherNode)
      await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 700n * MAIA, 10_000)
      await startNextPeriod()
      await s.registry.connect(s.slasher).slash(node, 400n * MAIA, EVIDENCE, 'first')
      await s.registry.connect(s.slasher).slash(otherNode, 200n * MAIA, EVIDENCE, 'second')
      expect(await s.registry.slashAllowance(s.slasher.address)).toBe(100n * MAIA)
      await expectRevert(s.registry.connect(s.slasher).slash(node, 100n * MAIA + 1n, id('bundle 3'), 'x'), s.registry, 'NodeRegistrySlashCapExceeded', [s.slasher.address, 100n * MAIA, 100n * MAIA + 1n])
      await s.registry.connect(s.slasher).slash(otherNode, 100n * MAIA, id('bundle 4'), 'last of the day')
      expect(await s.registry.slashAllowance(s.slasher.address)).toBe(0n)
      await expectRevert(s.registry.connect(s.slasher).slash(node, 1n, id('bundle 5'), 'x'), s.registry, 'NodeRegistrySlashCapExceeded', [s.slasher.address, 0n, 1n])

      await startNextPeriod(0)
      expect(await s.registry.slashAllowance(s.slasher.address)).toBe(700n * MAIA)
      await s.registry.connect(s.slasher).slash(node, 700n * MAIA, id('bundle 6'), 'next day')
      const limit = await s.registry.slasherLimit(s.slasher.address)
      expect(limit.period).toBe(BigInt(Math.floor((await s.networkHelpers.time.latest()) / DAY)))
      expect(limit.slashedInPeriod).toBe(700n * MAIA)
      expect(await s.registry.slashedTotal(node)).toBe(1_100n * MAIA)
      expect(await s.registry.slashedTotal(otherNode)).toBe(300n * MAIA)
    })

    it('keep what they used in the period when governance lowers the cap', async () => {
      await register()
      await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 500n * MAIA, 10_000)
      await startNextPeriod()
      await s.registry.connect(s.slasher).slash(node, 300n * MAIA, EVIDENCE, 'x')
      await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 350n * MAIA, 10_000)
      expect(await s.registry.slashAllowance(s.slasher.address)).toBe(50n * MAIA)
      await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 200n * MAIA, 10_000)
      expect(await s.registry.slashAllowance(s.slasher.address)).toBe(0n)
      await expectRevert(s.registry.connect(s.slasher).slash(node, 1n, id('other bundle'), 'x'), s.registry, 'NodeRegistrySlashCapExceeded', [s.slasher.address, 0n, 1n])
    })

    it('cite one evidence hash against a node once, whichever bounded slasher cites it; the refused slash takes nothing', async () => {
      await register(MIN * 10n)
      await register(MIN * 10n, 'peerB', otherNode)
      expect(await s.registry.isEvidenceUsed(node, EVIDENCE)).toBe(false)
      await s.registry.connect(s.slasher).slash(node, 100n * MAIA, EVIDENCE, 'first')
      expect(await s.registry.isEvidenceUsed(node, EVIDENCE)).toBe(true)
      expect(await s.registry.isEvidenceUsed(otherNode, EVIDENCE)).toBe(false)
      const allowance = await s.registry.slashAllowance(s.slasher.address)
      await expectRevert(s.registry.connect(s.slasher).slash(node, 1n, EVIDENCE, 'again'), s.registry, 'NodeRegistryEvidenceUsed', [node, EVIDENCE])
      // Another bounded slasher cannot replay it either.
      await s.registry.connect(s.timelock).grantRole(SLASHER_ROLE, s.stranger.address)
      await s.registry.connect(s.timelock).setSlasherLimit(s.stranger.address, MIN, 1_000)
      await expectRevert(s.registry.connect(s.stranger).slash(node, 1n, EVIDENCE, 'again'), s.registry, 'NodeRegistryEvidenceUsed', [node, EVIDENCE])
      expect(await s.registry.slashedTotal(node)).toBe(100n * MAIA)
      expect(await s.registry.slashAllowance(s.slasher.address)).toBe(allowance)
      // The same evidence may still name another node, and new evidence the same node.
      await s.registry.connect(s.slasher).slash(otherNode, 100n * MAIA, EVIDENCE, 'other node')
      await s.registry.connect(s.slasher).slash(node, 10n * MAIA, id('second bundle'), 'new evidence')
      expect(await s.registry.slashedTotal(node)).toBe(110n * MAIA)
    })

    it('do not spend evidence on a slash refused by their limits', async () => {
      await register()
      await expectRevert(s.registry.connect(s.slasher).slash(node, 100n * MAIA + 1n, EVIDENCE, 'x'), s.registry, 'NodeRegistrySlashFractionExceeded', [node, 100n * MAIA, 100n * MAIA + 1n])
      expect(await s.registry.isEvidenceUsed(node, EVIDENCE)).toBe(false)
      await s.registry.connect(s.slasher).slash(node, 100n * MAIA, EVIDENCE, 'within the bound')
    })

    it('do not bind governance, which may cite evidence a bounded slasher used, any number of times', async () => {
      await register()
      await s.registry.connect(s.slasher).slash(node, 10n * MAIA, EVIDENCE, 'bounded')
      await s.registry.connect(s.timelock).slash(node, 10n * MAIA, EVIDENCE, 'governance, same evidence')
      await s.registry.connect(s.timelock).slash(node, 10n * MAIA, EVIDENCE, 'governance, again')
      expect(await s.registry.slashedTotal(node)).toBe(30n * MAIA)
    })

    it('do not bound governance, which may slash everything without evidence', async () => {
      await register()
      expect(await s.registry.slashAllowance(s.timelockAddress)).toBe(0n)
      await s.registry.connect(s.timelock).slash(node, MIN, ZeroHash, 'governance vote 7')
      expect((await s.registry.getNode(node)).stake).toBe(0n)
      expect(await s.registry.slashedTotal(node)).toBe(MIN)
    })

    it('index NodeSlashed by evidence hash', async () => {
      await register()
      await s.registry.connect(s.slasher).slash(node, 10n * MAIA, EVIDENCE, 'indexed')
      await s.registry.connect(s.slasher).slash(node, 10n * MAIA, id('other bundle'), 'other')
      const found = await s.registry.queryFilter(s.registry.filters.NodeSlashed(undefined, undefined, EVIDENCE))
      expect(found.map((log) => [log.args.node, log.args.amount, log.args.reason])).toEqual([[node, 10n * MAIA, 'indexed']])
    })
  })

  describe('nodeStatus', () => {
    const statusOf = async (target: string) => {
      const { registered, active, provider, peerId, stake, unbonding, unbondingEnd, slashedTotal } = await s.registry.nodeStatus(target)
      return { registered, active, provider, peerId, stake, unbonding, unbondingEnd, slashedTotal }
    }

    it('reads registration, stake, unbonding and total slashed, also for unknown nodes', async () => {
      expect(await statusOf(node)).toEqual({
        registered: false, active: false, provider: ZeroAddress, peerId: '', stake: 0n, unbonding: 0n, unbondingEnd: 0n, slashedTotal: 0n
      })
      await register()
      const { unbondingEnd } = await (async () => {
        await s.registry.connect(s.providers[0]).requestUnstake(node, 100n * MAIA)
        return await s.registry.getNode(node)
      })()
      await s.registry.connect(s.slasher).slash(node, 50n * MAIA, EVIDENCE, 'x')
      expect(await statusOf(node)).toEqual({
        registered: true,
        active: false,
        provider: s.providers[0].address,
        peerId: '12D3KooWPeerA',
        stake: 850n * MAIA,
        unbonding: 100n * MAIA,
        unbondingEnd,
        slashedTotal: 50n * MAIA
      })
    })

    it('keeps the total slashed after the node deregisters', async () => {
      await register()
      await s.registry.connect(s.slasher).slash(node, 100n * MAIA, EVIDENCE, 'x')
      await s.registry.connect(s.providers[0]).requestUnstake(node, 900n * MAIA)
      await s.networkHelpers.time.increase(UNBONDING)
      await s.registry.connect(s.providers[0]).withdrawUnbonded(node)
      const status = await s.registry.nodeStatus(node)
      expect([status.registered, status.stake, status.unbonding, status.slashedTotal]).toEqual([false, 0n, 0n, 100n * MAIA])
    })
  })

  describe('peer id binding', () => {
    it('binds a peer id to one node: another address cannot take it until it is released', async () => {
      await register()
      await expectRevert(registerWithConsent(otherNodeKey, '12D3KooWPeerA', '', MIN, 1), s.registry, 'NodeRegistryPeerIdTaken', ['12D3KooWPeerA', node])
      await s.registry.connect(s.providers[0]).updateNode(node, '12D3KooWPeerA2', '')
      await registerWithConsent(otherNodeKey, '12D3KooWPeerA', '', MIN, 1)
      expect(await s.registry.nodeOfPeerId('12D3KooWPeerA')).toBe(otherNode)
      expect(await s.registry.nodeOfPeerId('12D3KooWPeerA2')).toBe(node)
      await expectRevert(s.registry.connect(s.providers[0]).updateNode(node, '12D3KooWPeerA', ''), s.registry, 'NodeRegistryPeerIdTaken', ['12D3KooWPeerA', otherNode])
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
