import { randomBytes } from 'node:crypto'
import { keccak256, toUtf8Bytes, type Signer } from 'ethers'
import type { Logger } from 'pino'
import { hashInferenceOutput, signReceipt } from '../../shared/protocol/index.ts'
import { sha256Hex } from '../../shared/util/index.ts'
import type { SessionPayments } from './payments/SessionPayments.ts'
import type { CuratorCredit, ReceiptStore } from './settlement/ReceiptStore.ts'
import { DEFAULT_REVENUE_SHARES, BPS, creditWeights } from './settlement/earnings.ts'
import { costOf, DEFAULT_MAX_PRICE_PER_1K_TOKENS } from './createEconomyHooks.ts'

/** Routes answered by the orchestrator itself, where no node signs a receipt. */
export type LocalRoute = 'template' | 'claude'

/** The passages of the library that reached a user in a local answer. */
export interface PassageUse {
  route: LocalRoute
  sessionId: string
  /** The paid session, when a voucher pays. */
  payment?: { digest: string; payer: string }
  curators: readonly CuratorCredit[]
  /** Tokens of the passages' text that reached the user (the quote, or the wisdom in Claude's prompt). */
  passageTokens: number
}

/** Credits curators for library passages used outside the network route. */
export interface PassageCredits {
  /** Charges the session the curators' share and records it for settlement; returns what was charged. */
  record(use: PassageUse): Promise<bigint>
}

/** The "model" of a local answer in its record: no GGUF, a name per route. */
export function localRouteModelHash(route: LocalRoute): `0x${string}` {
  return keccak256(toUtf8Bytes(`maia/local/${route}`)) as `0x${string}`
}

/**
 * Curators are paid on every route a passage reaches a user by (issue 11): on the network route
 * they share the node's charge (10% by default); in a template's quote or a Claude prompt no node
 * charges anything, so the session is charged the **curation fee** alone — what the same passages'
 * tokens would earn curators on the network route: `curatorsBps` of their cost at `pricePer1kTokens`
 * — and it goes to the curators in full (less the treasury fee, like every charge).
 *
 * Settlement pays from node receipts, so each curator's part is recorded as a receipt signed by the
 * orchestrator itself (`node` = the orchestrator, `modelHash` = {@link localRouteModelHash}) whose
 * provider is the curator: the epoch's split then gives the curator the whole of it, through the
 * same crash-safe path as every other earning. Unpaid sessions earn nothing and record nothing.
 */
export function createPassageCredits(components: {
  /** Signs the records of local answers (the orchestrator's key). */
  wallet: Signer & { readonly address: string }
  chainId: number
  receipts: ReceiptStore
  payments?: SessionPayments
  /** Price of the passages' tokens now, $MAIA base units per 1,000 (what the network charges for tokens). */
  pricePer1kTokens: bigint | (() => bigint)
  /** The most charged per 1,000 tokens whatever the nodes announce ({@link DEFAULT_MAX_PRICE_PER_1K_TOKENS}). */
  maxPricePer1kTokens?: bigint
  /** The curators' share of a charge on the network route, in basis points. */
  curatorsBps?: number
  logger: Logger
}): PassageCredits {
  const log = components.logger.child({ component: 'orchestrator:curation' })
  const curatorsBps = BigInt(components.curatorsBps ?? DEFAULT_REVENUE_SHARES.curatorsBps)
  return {
    async record(use) {
      const passages = use.curators.reduce((sum, curator) => sum + curator.passages, 0)
      if (use.payment === undefined || components.payments === undefined || passages === 0 || use.passageTokens <= 0) return 0n
      // The nodes' median price is theirs to set: greedy nodes must not raise the curation fee either.
      const announced = typeof components.pricePer1kTokens === 'function' ? components.pricePer1kTokens() : components.pricePer1kTokens
      const ceiling = components.maxPricePer1kTokens ?? DEFAULT_MAX_PRICE_PER_1K_TOKENS
      const price = announced > ceiling ? ceiling : announced
      const fee = costOf(use.passageTokens, price) * curatorsBps / BigInt(BPS)
      if (fee === 0n) return 0n
      const reservation = await components.payments.reserve(use.payment.digest, fee)
      const charged = await reservation.commit(fee)
      // Split by the tokens each curator's passages put in front of the user (by passages for a
      // caller that gives no tokens); the rounding remainder goes to the first curator so parts sum
      // to the charge.
      const weights = creditWeights(use.curators)
      const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n)
      const parts = weights.map((weight) => charged * weight / totalWeight)
      parts[0]! += charged - parts.reduce((sum, part) => sum + part, 0n)
      for (const [index, curator] of use.curators.entries()) {
        const tokens = Math.max(1, curator.tokens ?? Math.round(use.passageTokens * curator.passages / passages))
        const receipt = await signReceipt(components.wallet, {
          requestId: `0x${randomBytes(32).toString('hex')}`,
          promptHash: sha256Hex(`${use.sessionId}\n${use.route}\n${curator.account}`),
          outputHash: hashInferenceOutput(''),
          inputTokens: tokens,
          outputTokens: 0,
          modelHash: localRouteModelHash(use.route),
          node: components.wallet.address,
          chainId: components.chainId
        })
        await components.receipts.record({
          receipt, sessionId: use.sessionId, user: use.payment.payer, paymentDigest: use.payment.digest,
          amount: parts[index]!, provider: curator.account, curators: [curator]
        })
      }
      log.debug({ sessionId: use.sessionId, route: use.route, passages, charged: charged.toString() }, 'curators credited for a local answer')
      return charged
    }
  }
}

/** A node's price before any is known: the provider daemon's default (0.001 $MAIA per 1,000 tokens). */
export const DEFAULT_PRICE_PER_1K_TOKENS = 10n ** 15n

/** The median announced price of these nodes (the default price when there are none). */
export function medianPrice(nodes: ReadonlyArray<{ record: { pricePer1kTokens: string } }>): bigint {
  const prices = nodes.map((node) => BigInt(node.record.pricePer1kTokens)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return prices.length === 0 ? DEFAULT_PRICE_PER_1K_TOKENS : prices[Math.floor(prices.length / 2)]!
}
