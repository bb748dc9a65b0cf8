import type { EconomyInit } from './EconomyInit.ts'
import { PaymentRequiredError } from './payments/errors.ts'
import type { ChatGenerator } from '../inference/index.ts'

/**
 * Verifies the caller's voucher (when sent) before anything is generated and attaches the paid
 * session to the request; refuses unpaid requests with 402 when payment is required.
 *
 * @example
 * const gated = withPaymentGate(generator, { payments, receipts, requirePayment: true })
 */
export function withPaymentGate(generator: ChatGenerator, economy: Pick<EconomyInit, 'payments' | 'requirePayment'>): ChatGenerator {
  return {
    ...generator,
    async generate(request, options) {
      if (request.voucher !== undefined && economy.payments !== undefined) {
        const session = await economy.payments.authorize(request.voucher, request.apiKeyId === undefined ? {} : { apiKeyId: request.apiKeyId })
        return generator.generate({ ...request, payment: { digest: session.digest, payer: session.user } }, options)
      }
      if (economy.requirePayment === true) throw new PaymentRequiredError('This network serves paid sessions: send an x-maia-voucher header (see `maia session open`)')
      return generator.generate(request, options)
    }
  }
}
