import { describe, expect, it } from 'vitest'
import { REDEEM_AHEAD_SECONDS } from '../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import { signVoucher, toRedemption } from '../../../shared/chain/index.ts'
import { expectRevert } from '../../contracts/support/expectRevert.ts'
import { MAIA, charged, failureNames, serve, usePaymentsBench } from './support.ts'

const DAY = 86_400
/** The orchestrator's default epoch (`epochIntervalMs`, 1 hour): `redeemPending` runs once per epoch. */
const EPOCH_SECONDS = 3_600
/** The orchestrator sweeps `redeemExpiring` every minute (EXPIRY_SWEEP_INTERVAL_MS). */
const SWEEP_SECONDS = 60

// A user racing a withdrawal against the orchestrator's charges and redemptions, and a malicious
// operator racing the user: what the deposit per (user, operator) guarantees each side.
describe('attacks racing withdrawals against charges and redemptions', () => {
  const bench = usePaymentsBench()

  it('a withdrawal requested mid-session is seen at the next request: no charge beyond what stays, and the sweep redeems before the unlock', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments } = await bench.orchestrator(s.operator)
    const value = await bench.header(alice, await bench.voucher(alice, { maxAmount: 10n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + 3n * BigInt(DAY) }))
    const first = charged(await serve(payments, value, 4n * MAIA))
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    // The next request reads the pending withdrawal: nothing more fits.
    expect(await serve(payments, value, MAIA)).toMatch(/Deposit no longer covers this request/)
    // Epochs are skipped here on purpose: the near-unlock sweep alone must get the charge in.
    await s.networkHelpers.time.increase(DAY - Number(REDEEM_AHEAD_SECONDS) + SWEEP_SECONDS)
    expect((await payments.redeemExpiring!()).redeemed).toBe(1)
    await s.networkHelpers.time.increase(Number(REDEEM_AHEAD_SECONDS))
    const before = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    const withdrawn = await s.token.balanceOf(alice.address) - before
    expect({ served: first, paid: 10n * MAIA - withdrawn }).toEqual({ served: 4n * MAIA, paid: 4n * MAIA })
  })

  it('a user cannot out-race charges with a withdrawal armed before them: charges fit in the deposit less the pending withdrawal, paid even with no redemption before the unlock', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 6n * MAIA)).wait()
    const { payments } = await bench.orchestrator(s.operator)
    const value = await bench.header(alice, await bench.voucher(alice, { maxAmount: 4n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + 3n * BigInt(DAY) }))
    const served = charged(await serve(payments, value, 4n * MAIA))
    // Alice withdraws first thing at the unlock, before any redemption ran: 6 leave, 4 stay for the voucher.
    await s.networkHelpers.time.increase(DAY)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    const report = await payments.redeemPending()
    expect({ served, paid: 10n * MAIA - 6n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address), failed: failureNames([report]) })
      .toEqual({ served: 4n * MAIA, paid: 4n * MAIA, failed: [] })
  })

  // Was an open hole: the near-unlock sweep judged by the deposit snapshot the orchestrator last read
  // (only when a session opened or a request reserved), so a user who asked for a withdrawal right after
  // their last charge and sent nothing more was never seen withdrawing; with governance's 30-minute delay
  // and the default 1-hour epoch: served 10 MAIA, paid 0. The sweep now reads this operator's
  // `WithdrawalRequested` logs since its last run (at its first run, the deposit of every user with
  // unredeemed charges) and redeems before the unlock.
  it('a withdrawal requested right after the last charge is seen by the sweep, which redeems before the unlock even with a delay shorter than the epoch', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await (await s.payments.connect(s.timelock).setWithdrawalDelay(30 * 60)).wait()
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments } = await bench.orchestrator(s.operator)
    const value = await bench.header(alice, await bench.voucher(alice, { maxAmount: 10n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + BigInt(DAY) }))
    // The epoch has just run (nothing to redeem yet); Alice is served, then at once asks for everything back.
    expect((await payments.redeemPending()).redeemed).toBe(0)
    const served = charged(await serve(payments, value, 10n * MAIA))
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    // The orchestrator sweeps every minute; a few sweeps inside the last `REDEEM_AHEAD_SECONDS` stand for all of them.
    const sweeps = []
    for (const step of [10 * 60, 10 * 60, 5 * 60, 4 * 60]) {
      await s.networkHelpers.time.increase(step)
      sweeps.push((await payments.redeemExpiring!()).redeemed)
    }
    await s.networkHelpers.time.increase(2 * SWEEP_SECONDS)
    const before = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    const withdrawn = await s.token.balanceOf(alice.address) - before
    // The next epoch, an hour after the last.
    await s.networkHelpers.time.increase(EPOCH_SECONDS - 31 * 60)
    const report = await payments.redeemPending()
    expect({ served, sweepsRedeemed: sweeps.reduce((sum, count) => sum + count, 0), withdrawn, failed: failureNames([report]) })
      .toEqual({ served: 10n * MAIA, sweepsRedeemed: 1, withdrawn: 0n, failed: [] })
  })

  it('a malicious operator takes at most the maxAmount of vouchers naming it, even front-running the withdrawal at the unlock, and never the deposit with another operator', async () => {
    const s = bench.suite()
    const [alice] = s.users
    const other = await bench.grantOperator(s.stranger)
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    await bench.deposit(alice, other, 10n * MAIA)
    // Alice signed the malicious operator one 3-MAIA voucher (served 1 MAIA's worth), and the other operator one of 5.
    const mine = await bench.voucher(alice, { maxAmount: 3n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + 3n * BigInt(DAY) })
    const others = await bench.voucher(alice, { maxAmount: 5n * MAIA, operator: other, expiry: mine.expiry })
    const mineSignature = await signVoucher(alice, s.domain, mine)
    const othersSignature = await signVoucher(alice, s.domain, others)
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    await s.networkHelpers.time.increase(DAY - 5)

    const operator = s.payments.connect(s.operator)
    await expectRevert(operator.redeem(toRedemption({ ...mine, maxAmount: 10n * MAIA }, 10n * MAIA, mineSignature)), s.payments, 'SessionPaymentsInvalidSignature')
    await expectRevert(operator.redeem({ ...toRedemption(mine, 3n * MAIA, mineSignature), amount: 4n * MAIA }), s.payments, 'SessionPaymentsAmountExceedsMax')
    await expectRevert(operator.redeem(toRedemption(others, 5n * MAIA, othersSignature)), s.payments, 'SessionPaymentsWrongOperator')
    // Charging the whole maximum for less service is what a voucher allows: the cap is the user's guarantee.
    await (await operator.redeem(toRedemption(mine, 3n * MAIA, mineSignature))).wait()
    await expectRevert(operator.redeem(toRedemption(mine, 3n * MAIA, mineSignature)), s.payments, 'SessionPaymentsVoucherAlreadyRedeemed')

    await s.networkHelpers.time.increase(5)
    const before = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    const withdrawn = await s.token.balanceOf(alice.address) - before
    // A voucher redeemed after the withdrawal finds nothing left.
    const late = await bench.voucher(alice, { maxAmount: 2n * MAIA, expiry: mine.expiry })
    await expectRevert(operator.redeem(toRedemption(late, 2n * MAIA, await signVoucher(alice, s.domain, late))), s.payments, 'SessionPaymentsInsufficientBalance')
    expect({ withdrawn, lostToOperator: 10n * MAIA - withdrawn, keptWithOther: await s.payments.balanceOf(alice.address, other) })
      .toEqual({ withdrawn: 7n * MAIA, lostToOperator: 3n * MAIA, keptWithOther: 10n * MAIA })
  })

  it('at the unlock block the contract settles by order: a withdrawal mined first pays the user in full and a redemption in the same block takes nothing (never both)', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const voucher = await bench.voucher(alice, { maxAmount: 4n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + 3n * BigInt(DAY) })
    const redemption = toRedemption(voucher, 4n * MAIA, await signVoucher(alice, s.domain, voucher))
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    await s.networkHelpers.time.increase(DAY)
    const held = await s.token.balanceOf(await s.payments.getAddress())
    const before = await s.token.balanceOf(alice.address)
    // Both in one block, the user's first (the worst case for the operator).
    await s.ethers.provider.send('evm_setAutomine', [false])
    try {
      await s.payments.connect(alice).withdraw(s.operator.address)
      await s.payments.connect(s.operator).tryRedeemBatch([redemption], { gasLimit: 500_000 })
      await s.networkHelpers.mine()
    } finally {
      await s.ethers.provider.send('evm_setAutomine', [true])
    }
    const withdrawn = await s.token.balanceOf(alice.address) - before
    expect({ withdrawn, nonceUsed: await s.payments.isNonceUsed(alice.address, s.operator.address, voucher.nonce), contractPaidOut: held - await s.token.balanceOf(await s.payments.getAddress()) })
      .toEqual({ withdrawn: 10n * MAIA, nonceUsed: false, contractPaidOut: 10n * MAIA })
  })
})
