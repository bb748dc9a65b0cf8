import type { NetworkObserver } from '../inference/index.ts'
import type { EpochSettlementReport } from '../economy/index.ts'
import type { OrchestratorMetrics } from './createOrchestratorMetrics.ts'

/** Counts failovers and receipt checks as the router reports them. */
export function createNetworkObserver(metrics: OrchestratorMetrics): NetworkObserver {
  return {
    failover: ({ resumed }) => metrics.failovers.inc({ kind: resumed ? 'resume' : 'retry' }),
    receiptVerified: () => metrics.receiptsVerified.inc(),
    receiptRefused: ({ reason }) => metrics.receiptsRefused.inc({ reason: receiptReasonLabel(reason) })
  }
}

/** Reasons are fixed phrases but one names chain ids: folded so the label's values stay few. */
export function receiptReasonLabel(reason: string): string {
  return reason.startsWith('signed for chain') ? 'signed for another chain' : reason
}

/** Counts what one epoch settlement did: vouchers redeemed or failed, epochs posted, failed steps. */
export function recordSettlement(metrics: OrchestratorMetrics, report: EpochSettlementReport): void {
  metrics.vouchersRedeemed.inc(report.redemptions.redeemed)
  metrics.vouchersFailed.inc(report.redemptions.failed.length)
  if (report.redemptions.error !== undefined) metrics.settlementStepFailures.inc({ step: 'redemptions' })
  const settlement = report.settlement
  if (settlement === undefined) return
  if (settlement.error !== undefined) metrics.settlementStepFailures.inc({ step: 'settlement' })
  metrics.epochsSettled.inc((settlement.resumed === undefined ? 0 : 1) + (settlement.settled === undefined ? 0 : 1))
}
