import type { Logger } from 'pino'
import type { ChainView } from '../chain/createChainView.ts'
import type { InferenceHooks } from '../network/createNetworkInference.ts'
import type { SessionPayments } from '../payments/SessionPayments.ts'
import type { ReceiptStore } from '../settlement/ReceiptStore.ts'

/** Cost of `tokens` at a node's announced price (base units per 1,000 tokens), rounded up. */
export function costOf(tokens: number, pricePer1kTokens: bigint): bigint {
  return (BigInt(tokens) * pricePer1kTokens + 999n) / 1000n
}

/**
 * The economy around each routed inference: before dialing, a paid session must have budget for
 * the most this request can cost in output; after a verified answer, the session is charged its
 * actual tokens at the node's announced price (never past the voucher's maximum) and the node's
 * receipt is countersigned and stored durably with the credits that settlement pays out
 * (provider, the active model's trainer, the curators of the passages used).
 */
export function createEconomyHooks(components: {
  payments?: SessionPayments
  receipts: ReceiptStore
  chain?: ChainView
  logger: Logger
}): InferenceHooks {
  const log = components.logger.child({ component: 'orchestrator:economy' })
  return {
    async beforeAttempt(entry, parameters) {
      const digest = parameters.context?.paymentDigest
      if (digest === undefined || components.payments === undefined) return
      await components.payments.assertCanSpend(digest, costOf(parameters.maxTokens, BigInt(entry.record.pricePer1kTokens)))
    },
    async afterSuccess(entry, parameters, outcome) {
      const { usage, receipt } = outcome.final
      const context = parameters.context ?? {}
      const amount = costOf(usage.inputTokens + usage.outputTokens, BigInt(entry.record.pricePer1kTokens))
      const charged = context.paymentDigest === undefined || components.payments === undefined
        ? 0n
        : await components.payments.charge(context.paymentDigest, amount)
      const result = await components.receipts.record({
        receipt,
        sessionId: context.sessionId ?? 'unattributed',
        ...(context.payer === undefined ? {} : { user: context.payer }),
        amount: charged,
        ...(components.chain?.activeModelTrainer === undefined ? {} : { trainer: components.chain.activeModelTrainer }),
        curators: context.curators ?? []
      })
      log.debug({ digest: result.digest, charged: charged.toString(), duplicate: result.duplicate }, 'receipt stored')
    }
  }
}
