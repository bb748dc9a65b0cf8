import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Wallet } from 'ethers'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../shared/log/logger.ts'
import { createPassageCredits, localRouteModelHash } from '../../orchestrator/economy/createPassageCredits.ts'
import type { Reservation, SessionPayments } from '../../orchestrator/economy/payments/SessionPayments.ts'
import { createLevelReceiptStore } from '../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { computeEpochEarnings, epochPool } from '../../orchestrator/economy/settlement/earnings.ts'
import type { ReceiptStore } from '../../orchestrator/economy/settlement/ReceiptStore.ts'

const PRICE = 10n ** 15n // base units per 1,000 tokens, the default node price
const FEE_BPS = 1_000

/** Records what a session was charged; only `reserve` is used by passage credits. */
function chargingPayments(charges: bigint[]): SessionPayments {
  return {
    reserve: async (digest, amount): Promise<Reservation> => ({
      digest, amount,
      commit: async (actual) => { charges.push(actual); return actual },
      release: () => {}
    })
  } as Pick<SessionPayments, 'reserve'> as SessionPayments
}

// Issue 11: a passage that reaches a user earns its curator's share on every route, not only
// when a node's prompt carried it.
describe('curators are paid for passages in templates and Claude prompts', () => {
  let directory: string
  let db: Level<string, string>
  let receipts: ReceiptStore
  const orchestrator = Wallet.createRandom()
  const [alice, bob] = [Wallet.createRandom().address, Wallet.createRandom().address]
  const payment = { digest: `0x${'ab'.repeat(32)}`, payer: Wallet.createRandom().address }

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'maia-curation-'))
    db = new Level<string, string>(directory)
    receipts = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: orchestrator, now: Date.now, logger: silentLogger(), sync: false })
  })
  afterEach(async () => {
    await db.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('charges the curators\' share of the passages\' tokens and pays it to them alone, by passages', async () => {
    const charges: bigint[] = []
    const credits = createPassageCredits({ wallet: orchestrator, chainId: 31337, receipts, payments: chargingPayments(charges), pricePer1kTokens: PRICE, logger: silentLogger() })
    const charged = await credits.record({ route: 'claude', sessionId: 's1', payment, curators: [{ account: alice, passages: 2 }, { account: bob, passages: 1 }], passageTokens: 3_000 })
    // What these passages would earn curators on the network route: 10% of 3,000 tokens at the price.
    expect(charged).toBe(3n * PRICE / 10n)
    expect(charges).toEqual([charged])

    const stored = await receipts.unassigned()
    expect(stored).toHaveLength(2)
    expect(stored.every((entry) => entry.node === orchestrator.address && entry.modelHash === localRouteModelHash('claude') && entry.paymentDigest === payment.digest)).toBe(true)
    expect(stored.reduce((sum, entry) => sum + entry.amount, 0n)).toBe(charged)

    const earnings = computeEpochEarnings(stored, { feeBps: FEE_BPS })
    const pool = epochPool(stored, FEE_BPS)
    expect([...earnings.keys()].sort()).toEqual([alice, bob].sort())
    expect(earnings.get(alice)! + earnings.get(bob)!).toBe(pool)
    expect(earnings.get(alice)! - 2n * earnings.get(bob)!).toBeLessThanOrEqual(2n)
  })

  it('records nothing and charges nothing without a paying session or without passages', async () => {
    const charges: bigint[] = []
    const credits = createPassageCredits({ wallet: orchestrator, chainId: 31337, receipts, payments: chargingPayments(charges), pricePer1kTokens: PRICE, logger: silentLogger() })
    expect(await credits.record({ route: 'template', sessionId: 's2', curators: [{ account: alice, passages: 1 }], passageTokens: 40 })).toBe(0n)
    expect(await credits.record({ route: 'template', sessionId: 's2', payment, curators: [], passageTokens: 40 })).toBe(0n)
    expect(charges).toEqual([])
    expect(await receipts.unassigned()).toEqual([])
  })
})
