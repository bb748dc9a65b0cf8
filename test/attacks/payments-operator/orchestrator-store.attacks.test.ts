import { describe, expect, it } from 'vitest'
import { nonceKey, readSession, type SessionRecord } from '../../../orchestrator/economy/payments/sessionRecords.ts'
import { hashVoucher, signVoucher, voucherToJson } from '../../../shared/chain/index.ts'
import { MAIA, charged, failureNames, serve, usePaymentsBench } from './support.ts'

// Attacks on what an orchestrator process keeps to itself: its session store, which the new design
// trusts to hold every session charged against a deposit with its operator.
describe('attacks on the orchestrator\'s session store under the per-operator design', () => {
  const bench = usePaymentsBench()

  // OPEN HOLE: (operational) "the orchestrator checks the deposit with itself" holds only while one
  // process redeems as an operator. Two orchestrator processes run with one operator key (replicas
  // behind a load balancer, a blue/green restart on a fresh data directory) each see the whole deposit
  // and know nothing of the other's sessions: Alice's one 10-MAIA deposit backs a full-size session at
  // each. Served 20 MAIA, paid 10 (the second redemption fails SessionPaymentsInsufficientBalance).
  // Nothing forbids or detects it. Fix: say in the README and `maia up` docs that one operator key
  // serves from one process and one store; at start, take an exclusive lock on the store and refuse
  // to start when the chain shows this operator redeeming vouchers this store has no record of (a
  // `VoucherRedeemed(*, *, operator)` log whose (user, nonce) is not in the nonce index: another
  // process is redeeming as us).
  it.fails('one operator key in two orchestrator processes: one deposit backs a full session at each', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments: first } = await bench.orchestrator(s.operator)
    const { payments: second } = await bench.orchestrator(s.operator)
    const served = charged(await serve(first, await bench.header(alice, await bench.voucher(alice, { maxAmount: 10n * MAIA })), 10n * MAIA)) +
      charged(await serve(second, await bench.header(alice, await bench.voucher(alice, { maxAmount: 10n * MAIA })), 10n * MAIA))
    const reports = [await first.redeemPending(), await second.redeemPending()]
    expect({ served, paid: 10n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address), failed: failureNames(reports) })
      .toEqual({ served: 10n * MAIA, paid: 10n * MAIA, failed: [] })
  })

  // Was an open hole (half of it): one operator key in two orchestrator processes with their own
  // stores, one voucher shown to both. Both serve it (each checks only that it names its operator:
  // serving by both is the operational limit kept open above, one process per operator key). The
  // slower one then found the nonce used on chain and took it for its own confirmed redemption
  // (redeemVouchers' recovery path), marking the session 'redeemed', so its receipts earned rewards
  // for 10 MAIA nobody paid. Now a used nonce counts as ours only on a session this store sent
  // (marked `redeeming`); otherwise the session fails, its receipts earn nothing, and the
  // orchestrator logs that another process redeems as its operator.
  it('one operator key in two orchestrator processes: one voucher served by both is paid once, and only the one that redeemed it believes it paid', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 20n * MAIA)
    const { payments: first } = await bench.orchestrator(s.operator)
    const { payments: second } = await bench.orchestrator(s.operator)
    const voucher = await bench.voucher(alice, { maxAmount: 10n * MAIA })
    const value = await bench.header(alice, voucher)
    const served = charged(await serve(first, value, 10n * MAIA)) + charged(await serve(second, value, 10n * MAIA))
    await first.redeemPending()
    await second.redeemPending()
    const digest = hashVoucher(s.domain, voucher)
    // Served by both (20 MAIA): the operational limit above, not closable without one store per key.
    expect(served).toBe(20n * MAIA)
    expect({
      paid: 20n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address),
      states: [await first.paymentState(digest), await second.paymentState(digest)]
    }).toEqual({ paid: 10n * MAIA, states: ['redeemed', 'failed'] })
  })

  it('a restart over a store holding sessions of the old voucher format (no operator): they fail alone, new sessions are served and paid', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 20n * MAIA)
    const store = await bench.newStore()
    // What the pre-4b67247 orchestrator left: a charged session whose voucher has no operator field.
    const old = await bench.voucher(alice, { maxAmount: 5n * MAIA, nonce: 11n })
    const { operator: _missing, ...oldJson } = voucherToJson(old)
    const oldDigest = `0x${'0a'.repeat(32)}`
    const oldRecord = { voucher: oldJson, signature: await signVoucher(alice, s.domain, old), charged: (3n * MAIA).toString(), redeemed: false }
    await store.batch([
      { type: 'put', key: oldDigest, value: JSON.stringify(oldRecord) },
      { type: 'put', key: nonceKey(alice.address, 11n), value: oldDigest }
    ])
    const { payments } = await bench.orchestrator(s.operator, { store })

    const fresh = await bench.voucher(alice, { maxAmount: 10n * MAIA })
    const served = charged(await serve(payments, await bench.header(alice, fresh), 6n * MAIA))
    // The old session's nonce stays held: a new voucher reusing it is told to pick a fresh one.
    expect(await serve(payments, await bench.header(alice, await bench.voucher(alice, { nonce: 11n, maxAmount: MAIA })), MAIA)).toMatch(/nonce already used by another session/)
    const report = await payments.redeemPending()
    const stored = await readSession(store, oldDigest) as SessionRecord
    expect({
      served,
      paid: 20n * MAIA - await s.payments.balanceOf(alice.address, s.operator.address),
      redeemed: report.redeemed,
      failed: report.failed.map((failure) => failure.digest),
      oldState: await payments.paymentState(oldDigest),
      oldReason: stored.failure?.reason.includes('operator')
    }).toEqual({ served: 6n * MAIA, paid: 6n * MAIA, redeemed: 1, failed: [oldDigest], oldState: 'failed', oldReason: true })
  })

  it('an old-format header (no operator) is refused at the door, even by an orchestrator that still stores its session', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments, store } = await bench.orchestrator(s.operator)
    const voucher = await bench.voucher(alice)
    const { operator: _missing, ...oldJson } = voucherToJson(voucher)
    const value = Buffer.from(JSON.stringify({ voucher: oldJson, signature: await signVoucher(alice, s.domain, voucher) }), 'utf8').toString('base64')
    await expect(payments.authorize(value)).rejects.toThrow(/Invalid x-maia-voucher.*operator/)
    expect(await store.keys().all()).toEqual([])
  })
})
