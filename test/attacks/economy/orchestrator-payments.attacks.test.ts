import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { id, type Signer } from 'ethers'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChainSessionPayments } from '../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import { PaymentRequiredError } from '../../../orchestrator/economy/payments/errors.ts'
import { createVoucherRedeemer } from '../../../orchestrator/economy/payments/redeemVouchers.ts'
import { createSerialQueue } from '../../../orchestrator/economy/settlement/serialQueue.ts'
import type { SessionPayments } from '../../../orchestrator/economy/payments/SessionPayments.ts'
import { decodeVoucherHeader, encodeVoucherHeader, hashVoucher, signVoucher, type SuiteContracts, type Voucher } from '../../../shared/chain/index.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import { MAIA, type Suite } from '../../contracts/support/suite.ts'
import { useSuiteFixture } from '../../contracts/support/useSuiteFixture.ts'
import { voucherOf } from './support.ts'

const OPERATOR_ROLE = id('OPERATOR_ROLE')

// Attacks by a paying user on the orchestrator's session payments, over the real contracts.
describe('attacks on the orchestrator\'s session payments', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })
  let dir: string
  const dbs: Level<string, string>[] = []
  beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'maia-attack-payments-')) })
  afterAll(async () => {
    for (const db of dbs) await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  /** An orchestrator's payments over its own store, redeeming as `operator`. */
  const orchestratorWithStore = async (operator: Signer) => {
    const db = new Level<string, string>(path.join(dir, `db-${dbs.length}`))
    await db.open()
    dbs.push(db)
    const suite: SuiteContracts = { ...(s.contracts as SuiteContracts), SessionPayments: s.payments.connect(operator) }
    const store = db.sublevel<string, string>('payments', {})
    const payments = createChainSessionPayments({
      store, suite, domain: s.domain, operator: await operator.getAddress(),
      chainNow: async () => await s.networkHelpers.time.latest(), logger: silentLogger()
    })
    return { payments, store, suite }
  }
  const orchestrator = async (operator: Signer): Promise<SessionPayments> => (await orchestratorWithStore(operator)).payments
  const header = async (user: Signer, overrides: Partial<Voucher> = {}): Promise<string> => {
    const voucher = await voucherOf(s, user, overrides)
    return encodeVoucherHeader({ voucher, signature: await signVoucher(user, s.domain, voucher) })
  }
  /** Opens (or resumes) the session of `value` and charges `amount`; undefined when refused. */
  const serve = async (payments: SessionPayments, value: string, amount: bigint): Promise<bigint | undefined> => {
    try {
      const session = await payments.authorize(value)
      return await (await payments.reserve(session.digest, amount)).commit(amount)
    } catch (error) {
      if (error instanceof PaymentRequiredError) return undefined
      throw error
    }
  }
  const secondOperator = async (): Promise<Signer> => {
    await (await s.payments.connect(s.timelock).grantRole(OPERATOR_ROLE, s.stranger.address)).wait()
    return s.stranger
  }

  it('replaying the same header as a second request resumes the one session: one budget, not two', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    const payments = await orchestrator(s.operator)
    const value = await header(alice, { maxAmount: 10n * MAIA })
    expect(await serve(payments, value, 6n * MAIA)).toBe(6n * MAIA)
    expect(await serve(payments, value, 6n * MAIA)).toBeUndefined()
    expect(await serve(payments, value, 4n * MAIA)).toBe(4n * MAIA)
    expect((await payments.redeemPending()).redeemed).toBe(1)
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(0n)
    // Once redeemed, the header opens nothing more.
    expect(await serve(payments, value, 1n)).toBeUndefined()
  })

  it('a header whose maxAmount or expiry was edited after signing is refused', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 100n * MAIA)).wait()
    const payments = await orchestrator(s.operator)
    const value = await header(alice, { maxAmount: MAIA })
    const parsed = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as { voucher: Record<string, string>; signature: string }
    for (const edit of [{ maxAmount: (100n * MAIA).toString() }, { expiry: (BigInt(parsed.voucher.expiry!) + 86_400n).toString() }]) {
      const tampered = Buffer.from(JSON.stringify({ ...parsed, voucher: { ...parsed.voucher, ...edit } }), 'utf8').toString('base64')
      await expect(payments.authorize(tampered)).rejects.toThrow(/not signed by the voucher user/)
    }
  })

  it('a withdrawal armed before the session opens is not counted as available deposit', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 8n * MAIA)).wait()
    const payments = await orchestrator(s.operator)
    await expect(payments.authorize(await header(alice, { maxAmount: 5n * MAIA }))).rejects.toThrow(/Deposit does not cover/)
    expect(await serve(payments, await header(alice, { maxAmount: 2n * MAIA }), 2n * MAIA)).toBe(2n * MAIA)
  })

  it('HOLE: a voucher that lapses before the next epoch\'s redemption is served but never paid (free inference)', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    const payments = await orchestrator(s.operator)
    // Valid for 5 minutes: more than the 120 s the orchestrator asks for, far less than an epoch (1 hour by default).
    const now = BigInt(await s.networkHelpers.time.latest())
    const served = await serve(payments, await header(alice, { maxAmount: 10n * MAIA, expiry: now + 300n }), 10n * MAIA) ?? 0n
    expect(served).toBe(10n * MAIA)
    // The epoch comes round (settleEpochSafely -> redeemPending) an hour later.
    await s.networkHelpers.time.increase(3_600)
    const report = await payments.redeemPending()
    expect({
      served,
      paid: 10n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address),
      failedRedemptions: report.failed.map((failure) => failure.reason.split('(')[0])
    }).toEqual({ served: 10n * MAIA, paid: 10n * MAIA, failedRedemptions: [] })
  })

  it('HOLE: a session opened before a withdrawal request, left idle past every epoch, is spent after the unlock for free', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    const payments = await orchestrator(s.operator)
    const now = BigInt(await s.networkHelpers.time.latest())
    const value = await header(alice, { maxAmount: 10n * MAIA, expiry: now + 3n * 86_400n })
    // Opened (the deposit covers it), nothing charged yet.
    await payments.authorize(value)
    await (await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)).wait()
    // Hourly epochs run all day long; an uncharged session has nothing to redeem, so it stays open.
    for (let hour = 0; hour < 23; hour += 1) {
      await s.networkHelpers.time.increase(3_600)
      expect((await payments.redeemPending()).redeemed).toBe(0)
    }
    await s.networkHelpers.time.increase(3_600 - 600)
    // Ten minutes before the unlock, Alice spends the whole voucher, then withdraws before the next epoch.
    const served = await serve(payments, value, 10n * MAIA) ?? 0n
    await s.networkHelpers.time.increase(600)
    const tokensBefore = await s.token.balanceOf(alice.address)
    await (await s.payments.connect(alice).withdraw(s.operator.address)).wait()
    const withdrawn = await s.token.balanceOf(alice.address) - tokensBefore
    const report = await payments.redeemPending()
    const paid = 10n * MAIA - withdrawn - await s.payments.balanceOf(alice.address, s.operator.address)
    expect({
      served, withdrawn, unpaid: served - paid,
      failedRedemptions: report.failed.map((failure) => failure.reason.split('(')[0])
    }).toEqual({ served, withdrawn: 10n * MAIA - served, unpaid: 0n, failedRedemptions: [] })
  })

  it('HOLE: charges taken while a redemption is unconfirmed (confirmation timeout) are marked paid but never reach the chain', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    const { payments, store, suite } = await orchestratorWithStore(s.operator)
    // The production redeemer, with a short confirmation timeout (120 s in production) so the test runs quickly.
    const redeemer = createVoucherRedeemer({ store, suite, queue: createSerialQueue(), logger: silentLogger(), now: Date.now, confirmTimeoutMs: 1_000 })
    const value = await header(alice, { maxAmount: 10n * MAIA })
    const digest = hashVoucher(s.domain, decodeVoucherHeader(value).voucher)
    const first = await serve(payments, value, 3n * MAIA) ?? 0n
    // The chain is slow to mine: the redemption transaction is sent, its confirmation times out.
    let later = 0n
    await s.ethers.provider.send('evm_setAutomine', [false])
    try {
      await expect(redeemer.redeemPending()).rejects.toThrow()
      // The session is not marked redeemed, so it keeps charging.
      later = await serve(payments, value, 4n * MAIA) ?? 0n
    } finally {
      await s.ethers.provider.send('evm_setAutomine', [true])
    }
    await s.networkHelpers.mine()
    // The next run finds the nonce used and marks the session (all 7 MAIA of it) redeemed.
    await redeemer.redeemPending()
    const paid = 10n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address)
    expect({ served: first + later, state: await payments.paymentState(digest), unpaid: first + later - paid }).toEqual({ served: first + later, state: 'redeemed', unpaid: 0n })
  })

  // Was an open hole (one voucher served by both, paid once): a voucher now names the one operator
  // that may redeem it (SessionPayments._tryRedeem), and an orchestrator serves only vouchers naming it.
  it('one voucher presented to two orchestrators is served only by the one it names, and paid in full', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    const first = await orchestrator(s.operator)
    const second = await orchestrator(await secondOperator())
    const value = await header(alice, { maxAmount: 10n * MAIA })
    const servedFirst = await serve(first, value, 10n * MAIA) ?? 0n
    const servedSecond = await serve(second, value, 10n * MAIA) ?? 0n
    // The refusal says why and what to do: the operator this orchestrator redeems as.
    await expect(second.authorize(value)).rejects.toThrow(new RegExp(`names another orchestrator's operator \\(${s.operator.address}\\); this orchestrator redeems as ${s.stranger.address}`))
    const reports = [await first.redeemPending(), await second.redeemPending()]
    const paid = 10n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address)
    const digest = hashVoucher(s.domain, decodeVoucherHeader(value).voucher)
    expect({
      served: servedFirst + servedSecond,
      paid,
      failedRedemptions: reports.flatMap((report) => report.failed.map((failure) => failure.reason.split('(')[0])),
      // What the second orchestrator's settler will believe: its receipts earn only if this is 'redeemed'.
      secondPaymentState: await second.paymentState(digest)
    }).toEqual({ served: 10n * MAIA, paid: 10n * MAIA, failedRedemptions: [], secondPaymentState: 'failed' })
  })

  // Was an open hole (one deposit backed full-size sessions at both): deposits are per (user,
  // operator) on chain, and each orchestrator checks the user's deposit with itself only.
  it('one deposit backs sessions at the one orchestrator it was made with: the other finds no deposit with it', async () => {
    const [alice] = s.users
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    const first = await orchestrator(s.operator)
    const second = await orchestrator(await secondOperator())
    const servedFirst = await serve(first, await header(alice, { maxAmount: 10n * MAIA, nonce: 1n }), 10n * MAIA) ?? 0n
    // The attacker signs the second voucher properly for the second orchestrator (same nonce space
    // would not matter either: nonces are per operator too).
    const servedSecond = await serve(second, await header(alice, { maxAmount: 10n * MAIA, nonce: 2n, operator: await (await secondOperator()).getAddress() }), 10n * MAIA) ?? 0n
    const reports = [await first.redeemPending(), await second.redeemPending()]
    const paid = 10n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address)
    expect({
      served: servedFirst + servedSecond,
      paid,
      failedRedemptions: reports.flatMap((report) => report.failed.map((failure) => failure.reason.split('(')[0]))
    }).toEqual({ served: 10n * MAIA, paid: 10n * MAIA, failedRedemptions: [] })
  })
  // Found while closing the two above: with nonces per user, a user signing one nonce for each of two
  // orchestrators had both serve (each saw it unused) and the slower redemption fail as a replay.
  it('one nonce signed for two orchestrators is served and paid at both (nonces are per operator)', async () => {
    const [alice] = s.users
    const other = await secondOperator()
    const otherAddress = await other.getAddress()
    await (await s.payments.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    await (await s.payments.connect(alice).deposit(otherAddress, 10n * MAIA)).wait()
    const first = await orchestrator(s.operator)
    const second = await orchestrator(other)
    const servedFirst = await serve(first, await header(alice, { maxAmount: 5n * MAIA, nonce: 9n }), 3n * MAIA) ?? 0n
    const servedSecond = await serve(second, await header(alice, { maxAmount: 5n * MAIA, nonce: 9n, operator: otherAddress }), 4n * MAIA) ?? 0n
    const reports = [await second.redeemPending(), await first.redeemPending()]
    expect({
      served: servedFirst + servedSecond,
      paid: 20n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address) - await s.payments.balanceOf(alice.address, otherAddress),
      failedRedemptions: reports.flatMap((report) => report.failed.map((failure) => failure.reason.split('(')[0]))
    }).toEqual({ served: 7n * MAIA, paid: 7n * MAIA, failedRedemptions: [] })
  })
})
