import type { Logger } from 'pino'
import type { RedemptionReport, SessionPayments } from '../payments/SessionPayments.ts'
import type { EpochSettler, SettleResult } from '../settlement/EpochSettler.ts'

/** Why a step of an epoch's settlement failed (it is retried next epoch). */
export interface SettlementStepError {
  name: string
  message: string
}

/** What one epoch settlement did, step by step; a failed step says why and does not stop the other. */
export interface EpochSettlementReport {
  /** Vouchers redeemed, gas, and each voucher that failed (skipped on chain) with its reason. */
  redemptions: RedemptionReport & { error?: SettlementStepError }
  settlement: (SettleResult & { error?: SettlementStepError }) | undefined
}

const stepError = (error: unknown): SettlementStepError => ({
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error)
})

/**
 * Redeems pending vouchers, then seals and posts a rewards epoch, never throwing: a voucher that
 * fails redemption is reported (and stored) alone while the rest settle, and when a whole step fails
 * (the chain is unreachable, a root cannot be posted) the other still runs, the error is logged and
 * returned. Posting after a failed redemption is safe because receipts earn only once their
 * voucher is redeemed (`EpochSettlerInit.paymentState`).
 *
 * @example
 * const report = await settleEpochSafely({ payments, settler, logger })
 * if (report.redemptions.failed.length > 0) alert(report.redemptions.failed)
 */
export async function settleEpochSafely(components: { payments?: SessionPayments | undefined; settler?: EpochSettler | undefined; logger: Logger }): Promise<EpochSettlementReport> {
  const log = components.logger.child({ component: 'orchestrator:epoch' })
  let redemptions: EpochSettlementReport['redemptions'] = { redeemed: 0, gasUsed: 0n, failed: [] }
  try {
    if (components.payments !== undefined) redemptions = await components.payments.redeemPending()
  } catch (error) {
    redemptions = { ...redemptions, error: stepError(error) }
    log.error({ err: redemptions.error }, 'voucher redemption failed; will retry next epoch')
  }
  let settlement: EpochSettlementReport['settlement']
  try {
    settlement = await components.settler?.settle()
  } catch (error) {
    settlement = { error: stepError(error) }
    log.error({ err: settlement.error }, 'rewards epoch failed; will retry next epoch')
  }
  return { redemptions, settlement }
}
