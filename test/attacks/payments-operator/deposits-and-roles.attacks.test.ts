import { describe, expect, it } from 'vitest'
import { hashVoucher, signVoucher, toRedemption } from '../../../shared/chain/index.ts'
import { expectRevert } from '../../contracts/support/expectRevert.ts'
import { MAIA, OPERATOR_ROLE, charged, serve, usePaymentsBench } from './support.ts'

const DAY = 86_400

// Griefing through `depositFor`, and deposits whose operator loses `OPERATOR_ROLE`: can funds get
// stuck, can the user always withdraw, and what does the orchestrator do meanwhile.
describe('attacks on deposits per (user, operator) and on operator roles', () => {
  const bench = usePaymentsBench()

  it('a stranger\'s depositFor credits the user only: it neither delays the user\'s pending withdrawal nor gives the stranger a claim', async () => {
    const s = bench.suite()
    const [alice, sponsor] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    const armed = await s.payments.pendingWithdrawal(alice.address, s.operator.address)
    // Just before the unlock the stranger deposits dust (and then a lot) for Alice.
    await s.networkHelpers.time.increase(DAY - 10)
    await (await s.payments.connect(sponsor).depositFor(alice.address, s.operator.address, 1n)).wait()
    await (await s.payments.connect(sponsor).depositFor(alice.address, s.operator.address, 5n * MAIA)).wait()
    const after = await s.payments.pendingWithdrawal(alice.address, s.operator.address)
    expect([after.amount, after.unlockAt]).toEqual([armed.amount, armed.unlockAt])
    // The sponsor owns nothing there: it can neither request nor execute a withdrawal of it.
    await expectRevert(s.payments.connect(sponsor).requestWithdrawal(s.operator.address, 1n), s.payments, 'SessionPaymentsInsufficientBalance', [sponsor.address, s.operator.address, 0n, 1n])
    await expectRevert(s.payments.connect(sponsor).withdraw(s.operator.address), s.payments, 'SessionPaymentsNoPendingWithdrawal')
    await s.networkHelpers.time.increase(10)
    const before = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    // Alice got what she asked for on time; the sponsor's part stays hers (withdrawable with a new request).
    expect({ withdrawn: await s.token.balanceOf(alice.address) - before, left: await s.payments.balanceOf(alice.address, s.operator.address) })
      .toEqual({ withdrawn: 10n * MAIA, left: 5n * MAIA + 1n })
  })

  it('deposits to a non-operator are refused, and a deposit whose operator is revoked is still the user\'s to withdraw (and no longer redeemable)', async () => {
    const s = bench.suite()
    const [alice, sponsor] = s.users
    await expectRevert(s.payments.connect(alice).deposit(s.stranger.address, MAIA), s.payments, 'SessionPaymentsNotOperator', [s.stranger.address])
    await expectRevert(s.payments.connect(sponsor).depositFor(alice.address, s.stranger.address, MAIA), s.payments, 'SessionPaymentsNotOperator', [s.stranger.address])
    await bench.deposit(alice, s.operator.address, 6n * MAIA)
    await (await s.payments.connect(sponsor).depositFor(alice.address, s.operator.address, 4n * MAIA)).wait()
    const voucher = await bench.voucher(alice, { expiry: BigInt(await s.networkHelpers.time.latest()) + 3n * BigInt(DAY) })
    const redemption = toRedemption(voucher, 5n * MAIA, await signVoucher(alice, s.domain, voucher))

    await (await s.payments.connect(s.timelock).revokeRole(OPERATOR_ROLE, s.operator.address)).wait()
    await expectRevert(s.payments.connect(sponsor).depositFor(alice.address, s.operator.address, MAIA), s.payments, 'SessionPaymentsNotOperator')
    await expectRevert(s.payments.connect(s.operator).redeem(redemption), s.payments, 'AccessControlUnauthorizedAccount')
    // Request, cancel, request again and withdraw all work without the role.
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 3n * MAIA)).wait()
    await (await s.payments.connect(alice).cancelWithdrawal(s.operator.address)).wait()
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    await s.networkHelpers.time.increase(DAY)
    const before = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    expect({ withdrawn: await s.token.balanceOf(alice.address) - before, left: await s.payments.balanceOf(alice.address, s.operator.address) })
      .toEqual({ withdrawn: 10n * MAIA, left: 0n })
  })

  // Was an open hole: the orchestrator never checked that its own account still held OPERATOR_ROLE,
  // so after governance revoked it, it kept opening and charging sessions on users' old deposits that
  // it could never redeem (served 10 MAIA, paid 0, the user withdrew everything). It now reads the role
  // with the nonce and deposit when a session opens and refuses paid sessions (402, naming the role).
  it('an orchestrator whose operator role was revoked serves no new session on old deposits it could never redeem', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    await (await s.payments.connect(s.timelock).revokeRole(OPERATOR_ROLE, s.operator.address)).wait()
    const { payments } = await bench.orchestrator(s.operator)
    // Alice knows: she opens a session and asks for her deposit back at once.
    const voucher = await bench.voucher(alice, { maxAmount: 10n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + 3n * BigInt(DAY) })
    const served = charged(await serve(payments, await bench.header(alice, voucher), 10n * MAIA))
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    const redemption = await payments.redeemPending().then(() => 'ran', (error: unknown) => error instanceof Error ? error.message.slice(0, 80) : String(error))
    await s.networkHelpers.time.increase(DAY)
    const before = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    const withdrawn = await s.token.balanceOf(alice.address) - before
    expect({ served, paid: 10n * MAIA - withdrawn, state: await payments.paymentState(hashVoucher(s.domain, voucher)), redemption })
      .toEqual({ served: 0n, paid: 0n, state: 'failed', redemption: 'ran' })
  })

  it('vouchers outstanding when the role is revoked are redeemable again once it is re-granted, if the user has not withdrawn', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments } = await bench.orchestrator(s.operator)
    const served = charged(await serve(payments, await bench.header(alice, await bench.voucher(alice, { maxAmount: 5n * MAIA })), 5n * MAIA))
    await (await s.payments.connect(s.timelock).revokeRole(OPERATOR_ROLE, s.operator.address)).wait()
    await expect(payments.redeemPending()).rejects.toThrow()
    await (await s.payments.connect(s.timelock).grantRole(OPERATOR_ROLE, s.operator.address)).wait()
    const report = await payments.redeemPending()
    expect({ served, redeemed: report.redeemed, left: await s.payments.balanceOf(alice.address, s.operator.address) })
      .toEqual({ served: 5n * MAIA, redeemed: 1, left: 5n * MAIA })
  })
})
