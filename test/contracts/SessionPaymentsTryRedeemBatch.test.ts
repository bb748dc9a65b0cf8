import { hexlify, id, randomBytes, type Signer } from 'ethers'
import { describe, expect, it } from 'vitest'
import { signVoucher, toRedemption, type Redemption, type Voucher } from '../../shared/chain/voucher.ts'
import { MAIA, type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'

const OPERATOR_ROLE = id('OPERATOR_ROLE')

// tryRedeemBatch: one bad voucher is skipped with its reason instead of blocking everyone's settlement.
describe('SessionPayments.tryRedeemBatch', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  const signed = async (user: Signer, amount: bigint, overrides: Partial<Voucher> = {}): Promise<Redemption> => {
    const voucher: Voucher = {
      user: await user.getAddress(), operator: s.operator.address, sessionId: hexlify(randomBytes(32)), maxAmount: 10n * MAIA,
      expiry: BigInt(await s.networkHelpers.time.latest()) + 3600n, nonce: BigInt(hexlify(randomBytes(8))), ...overrides
    }
    return toRedemption(voucher, amount, await signVoucher(user, s.domain, voucher))
  }
  const deposit = async (user: Signer, amount: bigint) => await (await s.payments.connect(user).deposit(s.operator.address, amount)).wait()
  const eventsOf = async (redemptions: Redemption[]) => {
    const receipt = await (await s.payments.connect(s.operator).tryRedeemBatch(redemptions)).wait()
    return receipt!.logs.map((log) => s.payments.interface.parseLog(log)).filter((event) => event !== null)
  }
  const skipReasons = (events: Awaited<ReturnType<typeof eventsOf>>) => events.filter((event) => event.name === 'RedemptionSkipped')
    .map((event) => ({ nonce: event.args.nonce as bigint, error: s.payments.interface.parseError(event.args.reason as string)?.name }))

  it('redeems the good vouchers of a batch and skips a replayed, expired, over-max, forged and uncovered one, each with its reason', async () => {
    const [alice, bob] = s.users
    await deposit(alice, 10n * MAIA)
    await deposit(bob, MAIA)
    const good = [await signed(alice, MAIA), await signed(alice, 2n * MAIA)]
    const replayed = await signed(alice, MAIA)
    await s.payments.connect(s.operator).redeem(replayed)
    const expired = await signed(alice, MAIA, { expiry: BigInt(await s.networkHelpers.time.latest()) + 5n })
    const overMax = { ...await signed(alice, MAIA), amount: 11n * MAIA }
    const voucher = (await signed(alice, MAIA)).voucher
    const forged = toRedemption(voucher, MAIA, await signVoucher(bob, s.domain, voucher))
    const uncovered = await signed(bob, 2n * MAIA)
    await s.networkHelpers.time.increase(10)
    const poolBefore = await s.token.balanceOf(await s.rewards.getAddress())

    const events = await eventsOf([good[0]!, replayed, expired, overMax, forged, uncovered, good[1]!])

    expect(skipReasons(events)).toEqual([
      { nonce: replayed.voucher.nonce, error: 'SessionPaymentsVoucherAlreadyRedeemed' },
      { nonce: expired.voucher.nonce, error: 'SessionPaymentsVoucherExpired' },
      { nonce: overMax.voucher.nonce, error: 'SessionPaymentsAmountExceedsMax' },
      { nonce: forged.voucher.nonce, error: 'SessionPaymentsInvalidSignature' },
      { nonce: uncovered.voucher.nonce, error: 'SessionPaymentsInsufficientBalance' }
    ])
    const settled = events.find((event) => event.name === 'RedemptionsSettled')!
    expect(settled.args.toArray()).toEqual([s.operator.address, 2n, 27n * MAIA / 10n, 3n * MAIA / 10n])
    // Alice paid 1 (earlier redeem) + 1 + 2; nothing moved for the skipped ones.
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(6n * MAIA)
    expect(await s.payments.balanceOf(bob.address, s.operator.address)).toBe(MAIA)
    expect(await s.token.balanceOf(await s.rewards.getAddress())).toBe(poolBefore + 27n * MAIA / 10n)
    for (const skipped of [expired, overMax, forged, uncovered]) expect(await s.payments.isNonceUsed(skipped.voucher.user, s.operator.address, skipped.voucher.nonce)).toBe(false)
    for (const redeemed of good) expect(await s.payments.isNonceUsed(alice.address, s.operator.address, redeemed.voucher.nonce)).toBe(true)
  })

  it('skips the second copy of a voucher within one batch', async () => {
    const [alice] = s.users
    await deposit(alice, 10n * MAIA)
    const once = await signed(alice, MAIA)
    const events = await eventsOf([once, once])
    expect(skipReasons(events)).toEqual([{ nonce: once.voucher.nonce, error: 'SessionPaymentsVoucherAlreadyRedeemed' }])
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(9n * MAIA)
  })

  it('settles nothing, without reverting, when every voucher is skipped', async () => {
    const [alice] = s.users
    const uncovered = await signed(alice, MAIA)
    const events = await eventsOf([uncovered])
    expect(events.map((event) => event.name)).toEqual(['RedemptionSkipped', 'RedemptionsSettled'])
    expect(events[1]!.args.toArray()).toEqual([s.operator.address, 0n, 0n, 0n])
  })

  it('returns how many it redeemed', async () => {
    const [alice] = s.users
    await deposit(alice, 10n * MAIA)
    const batch = [await signed(alice, MAIA), await signed(alice, 20n * MAIA, { maxAmount: 20n * MAIA })]
    expect(await s.payments.connect(s.operator).tryRedeemBatch.staticCall(batch)).toBe(1n)
  })

  it('reverts on an empty batch and for anyone but the operator', async () => {
    const [alice] = s.users
    await deposit(alice, MAIA)
    await expectRevert(s.payments.connect(s.operator).tryRedeemBatch([]), s.payments, 'SessionPaymentsEmptyBatch', [])
    await expectRevert(s.payments.connect(s.stranger).tryRedeemBatch([await signed(alice, MAIA)]), s.payments, 'AccessControlUnauthorizedAccount', [s.stranger.address, OPERATOR_ROLE])
  })
})
