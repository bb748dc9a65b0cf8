import { BaseError } from '../../../shared/errors/index.ts'

/** The request needs a (valid, funded, unspent) voucher, or more budget than the session has left. */
export class PaymentRequiredError extends BaseError {
  override name = 'PaymentRequiredError'
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(reason, { details })
  }
}
