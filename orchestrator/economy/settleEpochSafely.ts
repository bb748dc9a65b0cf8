import type { Logger } from 'pino'
import type { ChainHealth, ChainHealthSnapshot } from '../chain/index.ts'
import { isChainUnreachable } from '../chain/index.ts'
import type { RedemptionReport, SessionPayments } from './payments/SessionPayments.ts'
import type { EpochSettler, SettleResult, SettlementStatus } from './settlement/EpochSettler.ts'
import type { ReceiptStore } from './settlement/ReceiptStore.ts'

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

/** A step's error as reported; a transport failure is named as the outage it is, whatever threw it. */
const stepError = (error: unknown): SettlementStepError => {
  const message = error instanceof Error ? error.message : String(error)
  if (isChainUnreachable(error) && !(error instanceof Error && error.name === 'ChainUnavailableError')) {
    return { name: 'ChainUnavailableError', message: `The payment chain is unreachable: ${message.split('\n')[0] ?? message}` }
  }
  return { name: error instanceof Error ? error.name : 'Error', message }
}

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
export async function settleEpochSafely(components: {
  payments?: SessionPayments | undefined
  settler?: EpochSettler | undefined
  /** Hears whether settlement reached the chain, so an outage seen here counts for payments and routing too. */
  health?: ChainHealth | undefined
  logger: Logger
}): Promise<EpochSettlementReport> {
  const log = components.logger.child({ component: 'orchestrator:epoch' })
  let redemptions: EpochSettlementReport['redemptions'] = { redeemed: 0, gasUsed: 0n, failed: [] }
  try {
    if (components.payments !== undefined) redemptions = await components.payments.redeemPending()
  } catch (error) {
    redemptions = { ...redemptions, error: stepError(error) }
    log.error({ err: redemptions.error }, 'voucher redemption failed; will retry')
  }
  let settlement: EpochSettlementReport['settlement']
  try {
    const { settler, health } = components
    settlement = settler === undefined ? undefined : health === undefined ? await settler.settle() : await health.observe('epoch settlement', () => settler.settle())
  } catch (error) {
    settlement = { error: stepError(error) }
    log.error({ err: settlement.error }, 'rewards epoch failed; will retry')
  }
  return { redemptions, settlement }
}

/** `GET /v1/settlement`: the settler's status, or what the store knows when the chain cannot be read. */
export type SettlementStatusReport = (SettlementStatus | (Awaited<ReturnType<ReceiptStore['counts']>> & { chain: { reachable: false; error: string } })) & {
  chainHealth?: ChainHealthSnapshot
}

/**
 * The settlement status without failing when the chain is down: the on-chain half is replaced by
 * `chain: { reachable: false, error }` (and the receipt counts, which are local, still show), so an
 * operator sees the outage instead of a 500.
 *
 * @example
 * const status = await readSettlementStatus({ settler, receipts, health })
 * if ('reachable' in status.chain) alert(status.chain.error)
 */
export async function readSettlementStatus(components: { settler: EpochSettler; receipts: ReceiptStore; health?: ChainHealth | undefined }): Promise<SettlementStatusReport> {
  const { settler, receipts, health } = components
  try {
    const status = health === undefined ? await settler.status() : await health.read('settlement status', () => settler.status())
    return { ...status, ...(health === undefined ? {} : { chainHealth: health.snapshot() }) }
  } catch (error) {
    if (!isChainUnreachable(error)) throw error
    return { ...await receipts.counts(), chain: { reachable: false, error: stepError(error).message }, ...(health === undefined ? {} : { chainHealth: health.snapshot() }) }
  }
}
