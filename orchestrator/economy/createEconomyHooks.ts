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

/** A node's signed receipt claimed more usage than the orchestrator can account for. */
export interface ReceiptMismatch {
  peerId: string
  node: string
  requestId: string
  reported: UsageBounds
  bounds: UsageBounds
}

/**
 * The economy around each routed inference. Before dialing, a paid session reserves the worst case
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
  logger: Logger
}): InferenceHooks {
  const log = components.logger.child({ component: 'orchestrator:economy' })
  return {
    async beforeAttempt(entry, parameters) {
      const digest = parameters.context?.paymentDigest
      if (digest === undefined || components.payments === undefined) return undefined
      const worst = usageBounds({ messages: parameters.messages, maxTokens: parameters.maxTokens, modelHash: entry.record.model.hash, tokenizer: components.tokenizer })
      return await components.payments.reserve(digest, costOf(worst.inputTokens + worst.outputTokens, BigInt(entry.record.pricePer1kTokens)))
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
        charged = await reservation.commit(costOf(usage.inputTokens + usage.outputTokens, BigInt(entry.record.pricePer1kTokens)))
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
