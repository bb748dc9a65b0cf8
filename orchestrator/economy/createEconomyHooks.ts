import type { Logger } from 'pino'
import type { ChainView } from '../chain/index.ts'
import type { InferenceHooks } from '../inference/index.ts'
import type { Reservation, SessionPayments } from './payments/SessionPayments.ts'
import type { NodeEntry } from '../inference/index.ts'
import type { ReceiptStore } from './settlement/ReceiptStore.ts'
import { usageBounds, type UsageBounds, type UsageTokenizer } from './usageBounds.ts'

/** Cost of `tokens` at a node's announced price (base units per 1,000 tokens), rounded up. */
export function costOf(tokens: number, pricePer1kTokens: bigint): bigint {
  return (BigInt(tokens) * pricePer1kTokens + 999n) / 1000n
}

/**
 * Default ceiling of what a paid request is charged per 1,000 tokens: ten times a provider daemon's
 * default price (10^15 base units). Nodes announce their own price and a voucher names none, so
 * without a ceiling a greedy node would set what users pay.
 */
export const DEFAULT_MAX_PRICE_PER_1K_TOKENS = 10n ** 16n

/** The price a request on `entry` is reserved and charged at: the node's own, at most `ceiling`. */
export function chargedPrice(entry: Pick<NodeEntry, 'record'>, ceiling: bigint = DEFAULT_MAX_PRICE_PER_1K_TOKENS): bigint {
  const announced = BigInt(entry.record.pricePer1kTokens)
  return announced > ceiling ? ceiling : announced
}

/** A node's signed receipt claimed more usage than the orchestrator can account for. */
export interface ReceiptMismatch {
  peerId: string
  node: string
  requestId: string
  reported: UsageBounds
  bounds: UsageBounds
}

/**
 * The economy around each routed inference. Every price is the node's announced one capped at
 * `maxPricePer1kTokens` (a node asking more is paid the ceiling). Before dialing, a paid session reserves the worst case
 * of the request (its prompt's token bound plus `maxTokens`, at the chosen node's price) atomically,
 * so concurrent requests can never spend past the voucher; a failed or aborted attempt releases it.
 * After a verified answer, usage is bounded by what the orchestrator sent and received
 * ({@link usageBounds}), never taken from the node: a receipt within the bounds is charged (out of the
 * reservation, the rest released); a receipt beyond them is evidence against the node: nothing is
 * charged or credited (lying never pays), the receipt is still stored with amount 0 as signed
 * evidence, and `onReceiptMismatch` hears of it (the orchestrator quarantines the node and counts it).
 */
export function createEconomyHooks(components: {
  payments?: SessionPayments
  receipts: ReceiptStore
  chain?: ChainView
  /** The orchestrator's tokenizer (`--tokenizer-model`), exact for the model it was built from. */
  tokenizer?: UsageTokenizer
  onReceiptMismatch?: (entry: NodeEntry, mismatch: ReceiptMismatch) => void
  /** The most charged per 1,000 tokens, whatever a node announces ({@link DEFAULT_MAX_PRICE_PER_1K_TOKENS}). */
  maxPricePer1kTokens?: bigint
  logger: Logger
}): InferenceHooks {
  const log = components.logger.child({ component: 'orchestrator:economy' })
  const ceiling = components.maxPricePer1kTokens ?? DEFAULT_MAX_PRICE_PER_1K_TOKENS
  const overpriced = new Set<string>()
  /** The node's price capped at the ceiling; a node over it is logged once (it is paid the ceiling). */
  const priceOf = (entry: NodeEntry): bigint => {
    const price = chargedPrice(entry, ceiling)
    if (price < BigInt(entry.record.pricePer1kTokens) && !overpriced.has(entry.record.peerId)) {
      overpriced.add(entry.record.peerId)
      log.warn({ peerId: entry.record.peerId, announced: entry.record.pricePer1kTokens, ceiling: ceiling.toString() }, 'node announces a price above the ceiling; charging the ceiling')
    }
    return price
  }
  return {
    async beforeAttempt(entry, parameters) {
      const digest = parameters.context?.paymentDigest
      if (digest === undefined || components.payments === undefined) return undefined
      const worst = usageBounds({ messages: parameters.messages, maxTokens: parameters.maxTokens, modelHash: entry.record.model.hash, tokenizer: components.tokenizer })
      return await components.payments.reserve(digest, costOf(worst.inputTokens + worst.outputTokens, priceOf(entry)))
    },
    async afterSuccess(entry, parameters, outcome, hold) {
      const { usage, receipt } = outcome.final
      const context = parameters.context ?? {}
      const bounds = usageBounds({ messages: parameters.messages, text: outcome.text, maxTokens: parameters.maxTokens, modelHash: entry.record.model.hash, tokenizer: components.tokenizer })
      const lied = usage.inputTokens > bounds.inputTokens || usage.outputTokens > bounds.outputTokens
      const reservation = hold as Reservation | undefined
      let charged = 0n
      if (lied) {
        reservation?.release()
        const mismatch: ReceiptMismatch = { peerId: entry.record.peerId, node: receipt.node, requestId: receipt.requestId, reported: { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens }, bounds }
        log.warn(mismatch, 'receipt mismatch: the node claimed more tokens than it could have used; nothing charged or credited')
        components.onReceiptMismatch?.(entry, mismatch)
      } else if (reservation !== undefined) {
        charged = await reservation.commit(costOf(usage.inputTokens + usage.outputTokens, priceOf(entry)))
      }
      const result = await components.receipts.record({
        receipt,
        sessionId: context.sessionId ?? 'unattributed',
        ...(context.payer === undefined ? {} : { user: context.payer }),
        ...(context.paymentDigest === undefined ? {} : { paymentDigest: context.paymentDigest }),
        amount: charged,
        ...(components.chain?.activeModelTrainer === undefined ? {} : { trainer: components.chain.activeModelTrainer }),
        curators: context.curators ?? []
      })
      log.debug({ digest: result.digest, charged: charged.toString(), duplicate: result.duplicate, mismatch: lied }, 'receipt stored')
    }
  }
}
