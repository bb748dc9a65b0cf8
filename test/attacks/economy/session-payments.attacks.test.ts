import { Signature, ZeroAddress, hexlify, id, randomBytes, toBeHex } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readArtifact } from '../../../scripts/deploy/artifacts.ts'
import type { SessionPayments } from '../../../types/ethers-contracts/index.ts'
import { signVoucher, toRedemption, voucherDomain, type Redemption } from '../../../shared/chain/voucher.ts'
import { MAIA, type Suite } from '../../contracts/support/suite.ts'
import { useSuiteFixture } from '../../contracts/support/useSuiteFixture.ts'
import { expectRevert } from '../../contracts/support/expectRevert.ts'
import { signedRedemption, tryRedeem, voucherOf } from './support.ts'

const OPERATOR_ROLE = id('OPERATOR_ROLE')
const DAY = 24 * 3600
/** secp256k1 group order. */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n

// Red-team attacks on SessionPayments: each test is an attack the contract must defeat.
describe('attacks on SessionPayments vouchers', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })
  const deposit = async (index: 0 | 1 | 2, amount: bigint) => await (await s.payments.connect(s.users[index]).deposit(s.operator.address, amount)).wait()

  it('a voucher signed for another chain id is refused (cross-chain replay)', async () => {
    const [alice] = s.users
    await deposit(0, 10n * MAIA)
    const foreign = voucherDomain({ chainId: 1n, verifyingContract: await s.payments.getAddress() })
    const redemption = await signedRedemption(s, alice, MAIA, {}, foreign)
    await expectRevert(s.payments.connect(s.operator).redeem(redemption), s.payments, 'SessionPaymentsInvalidSignature', [alice.address, redemption.voucher.nonce])
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(10n * MAIA)
  })

  it('a voucher redeemed on one SessionPayments deployment cannot be replayed on a second one (cross-contract replay)', async () => {
    const [alice] = s.users
    const artifact = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.SessionPayments)
    const factory = new s.ethers.ContractFactory(artifact.abi, artifact.bytecode, s.deployer)
    const deployed = await factory.deploy(s.deployer.address, await s.token.getAddress(), s.deployer.address, s.deployer.address, 1_000, DAY)
    await deployed.waitForDeployment()
    const second = s.payments.attach(await deployed.getAddress()) as SessionPayments
    await (await second.connect(s.deployer).grantRole(OPERATOR_ROLE, s.operator.address)).wait()
    await (await s.token.connect(alice).approve(await second.getAddress(), 10n * MAIA)).wait()
    await (await second.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    await deposit(0, 10n * MAIA)

    const redemption = await signedRedemption(s, alice, 2n * MAIA)
    await (await s.payments.connect(s.operator).redeem(redemption)).wait()
    await expectRevert(second.connect(s.operator).redeem(redemption), second, 'SessionPaymentsInvalidSignature', [alice.address, redemption.voucher.nonce])
    expect(await second.balanceOf(alice.address, s.operator.address)).toBe(10n * MAIA)
  })

  it('a high-s (malleated) copy of a signature is refused, before and after the original is redeemed', async () => {
    const [alice] = s.users
    await deposit(0, 10n * MAIA)
    const voucher = await voucherOf(s, alice)
    const signature = Signature.from(await signVoucher(alice, s.domain, voucher))
    const highS = N - BigInt(signature.s)
    const flippedParity = signature.yParity === 0 ? 1n : 0n
    const malleated: Redemption = { voucher, amount: MAIA, r: signature.r, vs: toBeHex((flippedParity << 255n) | highS, 32) }
    await expectRevert(s.payments.connect(s.operator).redeem(malleated), s.payments, 'SessionPaymentsInvalidSignature', [alice.address, voucher.nonce])
    await (await s.payments.connect(s.operator).redeem(toRedemption(voucher, MAIA, signature.serialized))).wait()
    const { skipped } = await tryRedeem(s, [malleated])
    expect(skipped.get(voucher.nonce)).toBe('SessionPaymentsInvalidSignature')
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(9n * MAIA)
  })

  it('a second voucher (other session id, other amount) reusing a redeemed nonce is refused', async () => {
    const [alice] = s.users
    await deposit(0, 10n * MAIA)
    const first = await signedRedemption(s, alice, MAIA, { nonce: 42n })
    const second = await signedRedemption(s, alice, 3n * MAIA, { nonce: 42n, maxAmount: 5n * MAIA })
    expect(second.voucher.sessionId).not.toBe(first.voucher.sessionId)
    await (await s.payments.connect(s.operator).redeem(first)).wait()
    await expectRevert(s.payments.connect(s.operator).redeem(second), s.payments, 'SessionPaymentsVoucherAlreadyRedeemed', [alice.address, 42n])
    // Nonces are per user: Bob's nonce 42 is his own.
    const [, bob] = s.users
    await deposit(1, MAIA)
    await (await s.payments.connect(s.operator).redeem(await signedRedemption(s, bob, MAIA, { nonce: 42n }))).wait()
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(9n * MAIA)
  })

  it('a voucher naming another user cannot be signed by an attacker, nor by the zero address trick', async () => {
    const [alice, mallory] = s.users
    await deposit(0, 10n * MAIA)
    // Mallory signs a voucher that charges Alice.
    const voucher = await voucherOf(s, alice)
    const forged = toRedemption(voucher, MAIA, await signVoucher(mallory, s.domain, voucher))
    // A voucher for the zero address with a garbage signature (ecrecover's 0 result must not match).
    const zero = { voucher: { ...(await voucherOf(s, alice)), user: ZeroAddress }, amount: 0n, r: hexlify(randomBytes(32)), vs: hexlify(randomBytes(32)) }
    const { skipped } = await tryRedeem(s, [forged, zero])
    expect(skipped.get(voucher.nonce)).toBe('SessionPaymentsInvalidSignature')
    expect(skipped.get(zero.voucher.nonce)).toBe('SessionPaymentsInvalidSignature')
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(10n * MAIA)
  })

  it('vouchers whose maxAmounts add up past the deposit are paid only up to the deposit, others skipped, not reverted', async () => {
    const [alice, bob] = s.users
    await deposit(0, 10n * MAIA)
    await deposit(1, 10n * MAIA)
    const a1 = await signedRedemption(s, alice, 7n * MAIA)
    const a2 = await signedRedemption(s, alice, 7n * MAIA)
    const b1 = await signedRedemption(s, bob, 4n * MAIA)
    const poolBefore = await s.token.balanceOf(await s.rewards.getAddress())
    const { skipped, settled } = await tryRedeem(s, [a1, a2, b1])
    expect([...skipped]).toEqual([[a2.voucher.nonce, 'SessionPaymentsInsufficientBalance']])
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(3n * MAIA)
    expect(await s.payments.balanceOf(bob.address, s.operator.address)).toBe(6n * MAIA)
    expect(settled).toEqual({ provider: 99n * MAIA / 10n, treasury: 11n * MAIA / 10n })
    expect(await s.token.balanceOf(await s.rewards.getAddress())).toBe(poolBefore + 99n * MAIA / 10n)
    // The skipped voucher's nonce stays unused: the contract changed nothing for it.
    expect(await s.payments.isNonceUsed(alice.address, s.operator.address, a2.voucher.nonce)).toBe(false)
  })

  it('a griefer cannot block a batch: garbage vouchers of every kind are skipped and the honest one settles', async () => {
    const [alice, bob] = s.users
    await deposit(0, 10n * MAIA)
    const honest = await signedRedemption(s, alice, 2n * MAIA)
    const bad: Redemption[] = [
      { ...(await signedRedemption(s, bob, MAIA)), r: '0x' + '00'.repeat(32), vs: '0x' + '00'.repeat(32) },
      { ...(await signedRedemption(s, bob, MAIA)), vs: '0x' + 'ff'.repeat(32) },
      await signedRedemption(s, bob, (1n << 255n), { maxAmount: (1n << 256n) - 1n }),
      await signedRedemption(s, bob, MAIA, { expiry: 0n })
    ]
    const { skipped } = await tryRedeem(s, [...bad, honest])
    expect(skipped.size).toBe(bad.length)
    expect(await s.payments.isNonceUsed(alice.address, s.operator.address, honest.voucher.nonce)).toBe(true)
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(8n * MAIA)
  })

  it('fee rounding never takes from the user nor creates tokens: users pay exactly the charge, pool + treasury = charges', async () => {
    const [alice] = s.users
    await deposit(0, MAIA)
    const poolBefore = await s.token.balanceOf(await s.rewards.getAddress())
    const treasuryBefore = await s.token.balanceOf(s.timelockAddress)
    const held = await s.token.balanceOf(await s.payments.getAddress())
    // Charges of 9 wei each: 10% of 9 rounds to 0 per voucher.
    const redemptions = await Promise.all([0, 1, 2].map(async () => await signedRedemption(s, alice, 9n)))
    for (const redemption of redemptions) await (await s.payments.connect(s.operator).redeem(redemption)).wait()
    const batch = await Promise.all([0, 1, 2].map(async () => await signedRedemption(s, alice, 9n)))
    await (await s.payments.connect(s.operator).redeemBatch(batch)).wait()
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(MAIA - 54n)
    const pool = (await s.token.balanceOf(await s.rewards.getAddress())) - poolBefore
    const treasury = (await s.token.balanceOf(s.timelockAddress)) - treasuryBefore
    expect(pool + treasury).toBe(54n)
    expect(treasury).toBe(2n) // singles: 0 each; the batch of 27: floor(2.7)
    expect(await s.token.balanceOf(await s.payments.getAddress())).toBe(held - 54n)
  })
})

describe('attacks on SessionPayments withdrawals and permits', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  it('a withdrawal cannot outrun a redemption inside the delay, and re-requesting restarts the clock', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    const pending = await signedRedemption(s, alice, 10n * MAIA, { expiry: BigInt(await s.networkHelpers.time.latest()) + BigInt(3 * DAY) })
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, MAIA)).wait()
    await s.networkHelpers.time.increase(DAY - 60)
    // Alice tries to enlarge the already-armed withdrawal: the unlock moves a full delay forward.
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    await s.networkHelpers.time.increase(120)
    await expectRevert(s.payments.connect(alice).withdraw(s.operator.address), s.payments, 'SessionPaymentsWithdrawalLocked')
    // The operator redeems within the (new) delay: the whole deposit pays the session.
    await (await s.payments.connect(s.operator).redeem(pending)).wait()
    await s.networkHelpers.time.increase(DAY)
    const before = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    expect(await s.token.balanceOf(alice.address)).toBe(before)
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(0n)
  })

  it('an attacker cannot use a victim\'s permit to move the victim\'s tokens, nor deposit on the victim\'s behalf from the victim', async () => {
    const [victim, attacker] = s.users
    await (await s.token.connect(victim).approve(await s.payments.getAddress(), 0n)).wait()
    await (await s.token.connect(attacker).approve(await s.payments.getAddress(), 0n)).wait()
    const deadline = BigInt(await s.networkHelpers.time.latest()) + 600n
    const { chainId } = await s.ethers.provider.getNetwork()
    const permit = await victim.signTypedData(
      { name: 'MAIA', version: '1', chainId, verifyingContract: await s.token.getAddress() },
      { Permit: [
        { name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
        { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }
      ] },
      { owner: victim.address, spender: await s.payments.getAddress(), value: 5n * MAIA, nonce: await s.token.nonces(victim.address), deadline }
    )
    const { v, r, s: sigS } = Signature.from(permit)
    const victimTokens = await s.token.balanceOf(victim.address)
    // The attacker submits the victim's signature as its own: the permit is checked for the attacker (fails), and the
    // deposit pulls from the attacker, who approved nothing.
    await expectRevert(s.payments.connect(attacker).depositWithPermit(s.operator.address, 5n * MAIA, deadline, v, r, sigS), s.token, 'ERC20InsufficientAllowance')
    // The attacker front-runs the permit itself: the allowance it creates can only be spent by the victim's own deposit.
    await (await s.token.connect(attacker).permit(victim.address, await s.payments.getAddress(), 5n * MAIA, deadline, v, r, sigS)).wait()
    await expectRevert(s.payments.connect(attacker).depositFor(attacker.address, s.operator.address, 5n * MAIA), s.token, 'ERC20InsufficientAllowance')
    expect(await s.token.balanceOf(victim.address)).toBe(victimTokens)
    // The victim's deposit still goes through (the failed permit is ignored, the allowance is there).
    await (await s.payments.connect(victim).depositWithPermit(s.operator.address, 5n * MAIA, deadline, v, r, sigS)).wait()
    expect(await s.payments.balanceOf(victim.address, s.operator.address)).toBe(5n * MAIA)
    expect(await s.payments.balanceOf(attacker.address, s.operator.address)).toBe(0n)
  })

  it('only an operator redeems, and a revoked operator cannot redeem a voucher it was shown', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, MAIA)).wait()
    const redemption = await signedRedemption(s, alice, MAIA)
    await expectRevert(s.payments.connect(s.stranger).tryRedeemBatch([redemption]), s.payments, 'AccessControlUnauthorizedAccount', [s.stranger.address, OPERATOR_ROLE])
    await (await s.payments.connect(s.timelock).revokeRole(OPERATOR_ROLE, s.operator.address)).wait()
    await expectRevert(s.payments.connect(s.operator).redeem(redemption), s.payments, 'AccessControlUnauthorizedAccount', [s.operator.address, OPERATOR_ROLE])
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(MAIA)
  })
})
