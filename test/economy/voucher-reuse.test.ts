import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { decodeVoucherHeader, toRedemption } from '../../shared/chain/index.ts'
import { MAIA, startPaidNetwork, type PaidNetwork } from './support/paidNetwork.ts'

// Issue 12, item 1: one nonce for two sessions, a voucher used past its expiry, a deposit promised
// to more sessions than it covers, and one bad voucher blocking every later settlement.
describe('vouchers cannot be reused, outlived or overcommitted, and one bad voucher fails alone', () => {
  let network: PaidNetwork
  beforeAll(async () => {
    network = await startPaidNetwork()
    await network.addNode(createScriptedBackend({ reply: () => 'a short honest answer' }))
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })
  const deposit = async (index: 0 | 1 | 2, amount: bigint) => await (await network.suite.payments.connect(network.suite.users[index]).deposit(network.suite.operator.address, amount)).wait()

  it('refuses a second session signed with a nonce another session holds', async () => {
    const alice = network.suite.users[0]
    await deposit(0, 10n * MAIA)
    const first = await network.voucher(alice, { nonce: 7n })
    const second = await network.voucher(alice, { nonce: 7n })
    expect((await network.ask({ voucher: first.header })).status).toBe(200)
    const reused = await network.ask({ voucher: second.header })
    expect(reused.status).toBe(402)
    expect(JSON.stringify(reused.body)).toMatch(/nonce already used by another session/)
    // The first session still serves.
    expect((await network.ask({ voucher: first.header })).status).toBe(200)
  })

  it('checks expiry on every request, not only when the session opens', async () => {
    const alice = network.suite.users[0]
    const { header } = await network.voucher(alice, { expiry: BigInt(await network.chainNow() + 300) })
    expect((await network.ask({ voucher: header })).status).toBe(200)
    await network.suite.networkHelpers.time.increase(200)
    const late = await network.ask({ voucher: header })
    expect(late.status).toBe(402)
    expect(JSON.stringify(late.body)).toMatch(/expired/)
  })

  it('counts every open voucher against the deposit: 5 MAIA cannot back three 5-MAIA sessions', async () => {
    const bob = network.suite.users[1]
    await deposit(1, 5n * MAIA)
    const sessions = await Promise.all([0, 1, 2].map(async () => (await network.voucher(bob, { maxAmount: 5n * MAIA })).header))
    const statuses = await Promise.all(sessions.map(async (voucher) => (await network.ask({ voucher })).status))
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 402)).toHaveLength(2)
  })

  it('settles everyone else when one voucher fails on chain, and reports the failure with its reason', async () => {
    const [, , carol] = network.suite.users
    const dave = network.suite.users[0]
    await deposit(2, 10n * MAIA)
    // Carol's session is served, then her whole deposit is spent elsewhere before the epoch (the
    // operator's account redeems another voucher of hers on chain outside this orchestrator, e.g. a
    // second instance sharing its key): her redemption here must fail on chain.
    // (A voucher lapsing before the epoch no longer fails: it is redeemed as soon as it is charged.)
    const overspent = await network.voucher(carol)
    expect((await network.ask({ voucher: overspent.header })).status).toBe(200)
    const elsewhere = await network.voucher(carol, { maxAmount: 10n * MAIA })
    const { signature } = decodeVoucherHeader(elsewhere.header)
    await (await network.operatorSuite.SessionPayments.redeem(toRedemption(elsewhere.voucher, 10n * MAIA, signature))).wait()
    const honest = await network.voucher(dave)
    expect((await network.ask({ voucher: honest.header })).status).toBe(200)

    const settled = await network.settle()
    expect(settled.status).toBe(200)
    const redemptions = settled.body.redemptions as { redeemed: number; failed: Array<{ sessionId: string; reason: string }> }
    // Carol's voucher failed, with the contract's reason.
    expect(redemptions.failed.map((failure) => failure.sessionId)).toContain(overspent.voucher.sessionId)
    for (const failure of redemptions.failed) expect(failure.reason).toMatch(/^SessionPaymentsInsufficientBalance\(user: 0x[0-9a-fA-F]{40}, operator: 0x[0-9a-fA-F]{40}, balance: 0, needed: \d+\)$/)
    expect(redemptions.redeemed).toBeGreaterThanOrEqual(2)
    expect(await network.suite.payments.isNonceUsed(dave.address, network.suite.operator.address, honest.voucher.nonce)).toBe(true)
    // The rewards root was posted for the paid receipts only: the pool holds what the root promises.
    const settlement = settled.body.settlement as { settled?: { epoch: number; total: string }; error?: unknown }
    expect(settlement.error).toBeUndefined()
    expect(settlement.settled?.epoch).toBe(1)
    // The failure stays visible in the settlement status.
    const status = await fetch(`${network.orchestrator.api.url}/v1/settlement`, { headers: { 'x-api-key': 'test-key-123' } })
    expect(((await status.json()) as { redemptionFailures: Array<{ sessionId: string }> }).redemptionFailures.map((failure) => failure.sessionId)).toContain(overspent.voucher.sessionId)

    // The next epoch settles too (nothing is blocked), and the failed session is closed.
    expect((await network.ask({ voucher: honest.header })).status).toBe(402)
    const fresh = await network.voucher(dave)
    expect((await network.ask({ voucher: fresh.header })).status).toBe(200)
    const next = await network.settle()
    expect((next.body.redemptions as { redeemed: number; failed: unknown[] })).toMatchObject({ redeemed: 1, failed: [] })
    expect((next.body.settlement as { settled?: { epoch: number } }).settled?.epoch).toBe(2)
  })
})
