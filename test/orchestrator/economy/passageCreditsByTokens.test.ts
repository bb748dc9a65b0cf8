import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Wallet } from 'ethers'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../shared/log/logger.ts'
import { createPassageCredits } from '../../../orchestrator/economy/createPassageCredits.ts'
import type { Reservation, SessionPayments } from '../../../orchestrator/economy/payments/SessionPayments.ts'
import { createLevelReceiptStore } from '../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { computeEpochEarnings, epochPool } from '../../../orchestrator/economy/settlement/earnings.ts'
import type { ReceiptStore } from '../../../orchestrator/economy/settlement/ReceiptStore.ts'

const PRICE = 10n ** 15n
const FEE_BPS = 1_000

function acceptingPayments(): SessionPayments {
  return {
    reserve: async (digest, amount): Promise<Reservation> => ({ digest, amount, commit: async (actual) => actual, release: () => {} })
  } as Pick<SessionPayments, 'reserve'> as SessionPayments
}

// Curator credit farming (test/attacks/curation): many tiny passages must earn by their tokens,
// not per passage.
describe('passage credits split by the tokens each curator put in front of the user', () => {
  let directory: string
  let db: Level<string, string>
  let receipts: ReceiptStore
  const orchestrator = Wallet.createRandom()
  const [alice, mallory] = [Wallet.createRandom().address, Wallet.createRandom().address]
  const payment = { digest: `0x${'ab'.repeat(32)}`, payer: Wallet.createRandom().address }

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'maia-curation-tokens-'))
    db = new Level<string, string>(directory)
    receipts = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: orchestrator, now: Date.now, logger: silentLogger(), sync: false })
  })
  afterEach(async () => {
    await db.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('pays ten tiny passages (200 tokens) a fifth of what one long passage (800 tokens) earns beside them', async () => {
    const credits = createPassageCredits({ wallet: orchestrator, chainId: 31337, receipts, payments: acceptingPayments(), pricePer1kTokens: PRICE, logger: silentLogger() })
    const charged = await credits.record({
      route: 'claude', sessionId: 's1', payment, passageTokens: 1_000,
      curators: [{ account: alice, passages: 1, tokens: 800 }, { account: mallory, passages: 10, tokens: 200 }]
    })
    const stored = await receipts.unassigned()
    expect(stored.reduce((sum, entry) => sum + entry.amount, 0n)).toBe(charged)
    // The tokens are kept in the stored record (and signed as the receipt's input tokens).
    expect(stored.map((entry) => entry.curators[0]?.tokens).sort()).toEqual([200, 800])
    expect(stored.find((entry) => entry.provider === mallory)?.receipt.inputTokens).toBe(200)
    const earnings = computeEpochEarnings(stored, { feeBps: FEE_BPS })
    expect(earnings.get(alice)! + earnings.get(mallory)!).toBe(epochPool(stored, FEE_BPS))
    expect(earnings.get(alice)! - 4n * earnings.get(mallory)!).toBeLessThanOrEqual(4n)
  })

  it('splits a use without tokens by passages, as before', async () => {
    const credits = createPassageCredits({ wallet: orchestrator, chainId: 31337, receipts, payments: acceptingPayments(), pricePer1kTokens: PRICE, logger: silentLogger() })
    await credits.record({ route: 'template', sessionId: 's2', payment, passageTokens: 3_000, curators: [{ account: alice, passages: 2 }, { account: mallory, passages: 1 }] })
    const earnings = computeEpochEarnings(await receipts.unassigned(), { feeBps: FEE_BPS })
    expect(earnings.get(alice)! - 2n * earnings.get(mallory)!).toBeLessThanOrEqual(2n)
  })
})
