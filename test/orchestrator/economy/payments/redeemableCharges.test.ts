import { describe, expect, it } from 'vitest'
import { REDEEM_AHEAD_SECONDS, REDEEM_REGARDLESS_SECONDS } from '../../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import { createVoucherRedeemer } from '../../../../orchestrator/economy/payments/redeemVouchers.ts'
import { readSession } from '../../../../orchestrator/economy/payments/sessionRecords.ts'
import { createSerialQueue } from '../../../../orchestrator/economy/settlement/serialQueue.ts'
import { hashVoucher } from '../../../../shared/chain/index.ts'
import { silentLogger } from '../../../../shared/log/index.ts'
import { MAIA, type Suite } from '../../../contracts/support/suite.ts'
import { useSuiteFixture } from '../../../contracts/support/useSuiteFixture.ts'
import { serve, usePaymentsStores } from './support.ts'

// Every charge the orchestrator takes must stay redeemable: before its voucher lapses, within the
// deposit the user can no longer withdraw, and never beside a redemption already on its way.
describe('charges stay redeemable', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })
  const { payments: paymentsOf, header } = usePaymentsStores(() => s)
  const spent = async (user: string, deposited: bigint): Promise<bigint> => deposited - await s.payments.balanceOf(user, s.operator.address)

  describe('vouchers near expiry (H1)', () => {
    it('redeems a charge at once when the voucher expires within the redemption lead, and closes the session', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments } = await paymentsOf()
      const { value } = await header(alice, { expiry: BigInt(await s.networkHelpers.time.latest()) + REDEEM_AHEAD_SECONDS - 60n })
      expect(await serve(payments, value, 2n * MAIA)).toBe(2n * MAIA)
      expect(await spent(alice.address, 10n * MAIA)).toBe(2n * MAIA)
      expect(await serve(payments, value, MAIA)).toMatch(/redeemed/)
    })

    it('leaves a long voucher for the epoch, and the sweep redeems it once it nears expiry', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments } = await paymentsOf()
      const { value, voucher } = await header(alice, { expiry: BigInt(await s.networkHelpers.time.latest()) + 7n * 86_400n })
      expect(await serve(payments, value, 3n * MAIA)).toBe(3n * MAIA)
      expect(await serve(payments, value, MAIA)).toBe(MAIA)
      expect(await spent(alice.address, 10n * MAIA)).toBe(0n)
      expect(await payments.redeemExpiring?.()).toEqual({ redeemed: 0, gasUsed: 0n, failed: [] })
      // No epoch runs for a week (the chain was down, say); the sweep still catches it before it lapses.
      await s.networkHelpers.time.increaseTo(voucher.expiry - REDEEM_AHEAD_SECONDS + 10n)
      expect((await payments.redeemExpiring?.())?.redeemed).toBe(1)
      expect(await spent(alice.address, 10n * MAIA)).toBe(4n * MAIA)
      expect(await payments.paymentState(hashVoucher(s.domain, voucher))).toBe('redeemed')
    })

    it('lets a request in flight land its charge before the sweep redeems its session, unless the voucher is about to lapse', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments } = await paymentsOf()
      const { value, voucher } = await header(alice, { expiry: BigInt(await s.networkHelpers.time.latest()) + REDEEM_AHEAD_SECONDS + 100n })
      expect(await serve(payments, value, MAIA)).toBe(MAIA)
      // A request is in flight when the voucher enters the redemption lead and the sweep runs.
      const inFlight = await payments.reserve((await payments.authorize(value)).digest, 2n * MAIA)
      await s.networkHelpers.time.increase(200)
      expect((await payments.redeemExpiring?.())?.redeemed).toBe(0)
      // Its charge lands, and the session is redeemed with it (before, the sweep redeemed first and
      // this charge was refused: a request served free).
      expect(await inFlight.commit(2n * MAIA)).toBe(2n * MAIA)
      expect(await spent(alice.address, 10n * MAIA)).toBe(3n * MAIA)
      expect(await payments.paymentState(hashVoucher(s.domain, voucher))).toBe('redeemed')

      // Within REDEEM_REGARDLESS_SECONDS of the expiry the sweep does not wait for a request in flight.
      const late = await header(alice, { maxAmount: 2n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + REDEEM_AHEAD_SECONDS + 100n })
      expect(await serve(payments, late.value, MAIA)).toBe(MAIA)
      const stuck = await payments.reserve((await payments.authorize(late.value)).digest, MAIA)
      await s.networkHelpers.time.increase(Number(REDEEM_AHEAD_SECONDS + 100n - REDEEM_REGARDLESS_SECONDS + 10n))
      expect((await payments.redeemExpiring?.())?.redeemed).toBe(1)
      expect(await stuck.commit(MAIA)).toBe(0n)
    })

    it('takes the redemption lead as configured', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments } = await paymentsOf({ redeemAheadSeconds: 2n * 3_600n })
      // One hour left: within a two-hour lead, so redeemed at once.
      const { value } = await header(alice)
      expect(await serve(payments, value, MAIA)).toBe(MAIA)
      expect(await spent(alice.address, 10n * MAIA)).toBe(MAIA)
    })
  })

  describe('the deposit available now (H2)', () => {
    it('refuses charges a withdrawal requested after the session opened would leave uncovered', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments } = await paymentsOf()
      const { value } = await header(alice, { maxAmount: 10n * MAIA })
      expect(await serve(payments, value, 2n * MAIA)).toBe(2n * MAIA)
      // 6 of the 10 will leave: 4 stay, of which 2 are owed already.
      await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 6n * MAIA)).wait()
      expect(await serve(payments, value, 3n * MAIA)).toMatch(/Deposit no longer covers/)
      expect(await serve(payments, value, 2n * MAIA)).toBe(2n * MAIA)
      expect(await serve(payments, value, 1n)).toMatch(/Deposit no longer covers/)
      // Cancelling the withdrawal gives the rest of the voucher back.
      await (await s.payments.connect(alice).cancelWithdrawal(s.operator.address)).wait()
      expect(await serve(payments, value, 6n * MAIA)).toBe(6n * MAIA)
    })

    it('redeems what a session charged before the user\'s withdrawal unlocks', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments } = await paymentsOf()
      const { value } = await header(alice, { maxAmount: 5n * MAIA, expiry: BigInt(await s.networkHelpers.time.latest()) + 7n * 86_400n })
      await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 5n * MAIA)).wait()
      expect(await serve(payments, value, 2n * MAIA)).toBe(2n * MAIA)
      expect((await payments.redeemExpiring?.())?.redeemed).toBe(0)
      const { unlockAt } = await s.payments.pendingWithdrawal(alice.address, s.operator.address)
      await s.networkHelpers.time.increaseTo(unlockAt - REDEEM_AHEAD_SECONDS + 10n)
      expect((await payments.redeemExpiring?.())?.redeemed).toBe(1)
      expect(await spent(alice.address, 10n * MAIA)).toBe(2n * MAIA)
    })

    it('counts every unredeemed session of the user and the requests in flight', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments } = await paymentsOf()
      // A request is judged by the deposit as it stood when it arrived: its `authorize` starts the read
      // that its `reserve` takes (one RPC round trip before the node, not two; bench/paid-request-rpc.ts).
      const first = await payments.authorize((await header(alice, { maxAmount: 5n * MAIA })).value)
      const secondHeader = (await header(alice, { maxAmount: 5n * MAIA })).value
      await payments.authorize(secondHeader)
      const held = await payments.reserve(first.digest, 3n * MAIA)
      await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 5n * MAIA)).wait()
      // The second session's next request arrives after the withdrawal request.
      const second = await payments.authorize(secondHeader)
      await expect(payments.reserve(second.digest, 3n * MAIA)).rejects.toThrow(/Deposit no longer covers/)
      expect(await held.commit(MAIA)).toBe(MAIA)
      expect(await (await payments.reserve(second.digest, 4n * MAIA)).commit(4n * MAIA)).toBe(4n * MAIA)
    })
  })

  describe('a redemption in flight (H3)', () => {
    it('marks the session before sending, refuses charges until the outcome is known, then takes the chain\'s amount', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments, store, suite } = await paymentsOf()
      const redeemer = createVoucherRedeemer({ store, suite, queue: createSerialQueue(), logger: silentLogger(), now: Date.now, confirmTimeoutMs: 500 })
      const { value, voucher } = await header(alice)
      const digest = hashVoucher(s.domain, voucher)
      expect(await serve(payments, value, 3n * MAIA)).toBe(3n * MAIA)
      await s.ethers.provider.send('evm_setAutomine', [false])
      try {
        await expect(redeemer.redeemPending()).rejects.toThrow()
        expect((await readSession(store, digest))?.redeeming?.amount).toBe((3n * MAIA).toString())
        expect(await serve(payments, value, MAIA)).toMatch(/being redeemed/)
        expect(await payments.paymentState(digest)).toBe('pending')
        // The stored charge drifts from what was sent (a bug, a restored backup): the chain's log wins.
        const record = (await readSession(store, digest))!
        await store.put(digest, JSON.stringify({ ...record, charged: (5n * MAIA).toString() }))
      } finally {
        await s.ethers.provider.send('evm_setAutomine', [true])
      }
      await s.networkHelpers.mine()
      expect(await redeemer.redeemPending()).toEqual({ redeemed: 0, gasUsed: 0n, failed: [] })
      const record = await readSession(store, digest)
      expect({ redeemed: record?.redeemed, charged: record?.charged, redeeming: record?.redeeming }).toEqual({ redeemed: true, charged: (3n * MAIA).toString(), redeeming: undefined })
      expect(await spent(alice.address, 10n * MAIA)).toBe(3n * MAIA)
    })

    it('closes a session as redeemed when a resend finds its own earlier transaction got there first', async () => {
      const [alice] = s.users
      await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
      const { payments, store, suite } = await paymentsOf()
      const redeemer = createVoucherRedeemer({ store, suite, queue: createSerialQueue(), logger: silentLogger(), now: Date.now, confirmTimeoutMs: 500 })
      const { value, voucher } = await header(alice)
      const digest = hashVoucher(s.domain, voucher)
      expect(await serve(payments, value, 2n * MAIA)).toBe(2n * MAIA)
      await s.ethers.provider.send('evm_setAutomine', [false])
      try {
        await expect(redeemer.redeemPending()).rejects.toThrow()
        // Still unmined: the next run sees the nonce unused and sends again; both land in one block.
        const again = redeemer.redeemPending()
        await new Promise((resolve) => setTimeout(resolve, 100))
        await s.networkHelpers.mine()
        expect((await again).failed).toEqual([])
      } finally {
        await s.ethers.provider.send('evm_setAutomine', [true])
      }
      expect(await payments.paymentState(digest)).toBe('redeemed')
      expect((await readSession(store, digest))?.charged).toBe((2n * MAIA).toString())
      expect(await spent(alice.address, 10n * MAIA)).toBe(2n * MAIA)
    })
  })
})
