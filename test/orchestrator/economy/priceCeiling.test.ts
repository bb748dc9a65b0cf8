import { Wallet } from 'ethers'
import { describe, expect, it } from 'vitest'
import { chargedPrice, costOf, createEconomyHooks, DEFAULT_MAX_PRICE_PER_1K_TOKENS } from '../../../orchestrator/economy/createEconomyHooks.ts'
import { createPassageCredits, DEFAULT_PRICE_PER_1K_TOKENS } from '../../../orchestrator/economy/createPassageCredits.ts'
import type { Reservation, SessionPayments } from '../../../orchestrator/economy/payments/SessionPayments.ts'
import type { ReceiptStore } from '../../../orchestrator/economy/settlement/ReceiptStore.ts'
import type { NetworkGenerationParameters } from '../../../orchestrator/inference/NetworkInference.ts'
import type { NodeEntry } from '../../../orchestrator/inference/index.ts'
import { orchestratorConfigSchema } from '../../../shared/config/index.ts'
import { silentLogger } from '../../../shared/log/index.ts'

/** Just what the hooks read of a node entry: its price, model and peer id. */
const nodeAt = (pricePer1kTokens: bigint): NodeEntry => ({ record: { peerId: `peer-${pricePer1kTokens}`, pricePer1kTokens: pricePer1kTokens.toString(), model: { hash: '0x' + 'ab'.repeat(32) } } }) as unknown as NodeEntry

/** Payments that grant every reservation and remember its amount. */
function recordingPayments(reserved: bigint[]): SessionPayments {
  return {
    reserve: async (digest: string, amount: bigint): Promise<Reservation> => {
      reserved.push(amount)
      return { digest, amount, commit: async (actual) => actual, release: () => {} }
    }
  } as unknown as SessionPayments
}

// A node announces its own price and a voucher names none (H7): the orchestrator charges at most its ceiling.
describe('the price ceiling', () => {
  const parameters = { messages: [{ role: 'user', content: 'hi' }], maxTokens: 16, context: { paymentDigest: '0x' + '01'.repeat(32) } } as unknown as NetworkGenerationParameters

  it('defaults to ten times a node\'s default price, in the config too', () => {
    expect(DEFAULT_MAX_PRICE_PER_1K_TOKENS).toBe(10n * DEFAULT_PRICE_PER_1K_TOKENS)
    expect(orchestratorConfigSchema.shape.maxPricePer1kTokens.parse(undefined)).toBe(DEFAULT_MAX_PRICE_PER_1K_TOKENS.toString())
    expect(() => orchestratorConfigSchema.shape.maxPricePer1kTokens.parse('1e18')).toThrow()
  })

  it('charges a node\'s own price up to the ceiling, and the ceiling above it', () => {
    expect(chargedPrice(nodeAt(DEFAULT_PRICE_PER_1K_TOKENS))).toBe(DEFAULT_PRICE_PER_1K_TOKENS)
    expect(chargedPrice(nodeAt(10n ** 19n))).toBe(DEFAULT_MAX_PRICE_PER_1K_TOKENS)
    expect(chargedPrice(nodeAt(10n ** 19n), 5n)).toBe(5n)
  })

  it('reserves the worst case of a greedy node at the ceiling, as configured', async () => {
    const reserved: bigint[] = []
    const receipts = {} as ReceiptStore
    const hooks = createEconomyHooks({ payments: recordingPayments(reserved), receipts, logger: silentLogger(), maxPricePer1kTokens: 2n * DEFAULT_PRICE_PER_1K_TOKENS })
    await hooks.beforeAttempt?.(nodeAt(10n ** 19n), parameters)
    await hooks.beforeAttempt?.(nodeAt(DEFAULT_PRICE_PER_1K_TOKENS), parameters)
    const [greedy, fair] = reserved as [bigint, bigint]
    expect(greedy).toBe(2n * fair)
    expect(greedy).toBeLessThanOrEqual(costOf(10_000, 2n * DEFAULT_PRICE_PER_1K_TOKENS))
  })

  it('caps the curation fee, priced at the nodes\' median, at the ceiling too', async () => {
    const reserved: bigint[] = []
    const recorded: bigint[] = []
    const receipts = { record: async (entry: { amount: bigint }) => { recorded.push(entry.amount); return { digest: '0x', duplicate: false } } } as unknown as ReceiptStore
    const credits = createPassageCredits({
      wallet: Wallet.createRandom(), chainId: 31337, receipts, payments: recordingPayments(reserved), logger: silentLogger(),
      pricePer1kTokens: () => 10n ** 20n, maxPricePer1kTokens: DEFAULT_PRICE_PER_1K_TOKENS
    })
    const payment = { digest: `0x${'ab'.repeat(32)}`, payer: Wallet.createRandom().address }
    // 10% of 3,000 tokens at the ceiling, not at what the greedy median asks.
    expect(await credits.record({ route: 'claude', sessionId: 's1', payment, curators: [{ account: Wallet.createRandom().address, passages: 1 }], passageTokens: 3_000 })).toBe(3n * DEFAULT_PRICE_PER_1K_TOKENS / 10n)
    expect(reserved).toEqual([3n * DEFAULT_PRICE_PER_1K_TOKENS / 10n])
  })
})
