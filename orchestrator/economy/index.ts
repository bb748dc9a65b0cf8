/**
 * The public face of `orchestrator/economy/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export type { EconomyInit } from './EconomyInit.ts'
export { emptyRouteTotals, isCarefulRecord, type Route, type SessionLedger, type SessionRecord } from './accounting/SessionLedger.ts'
export { buildPhaseReport, formatPhaseReport, phaseReportSchema, PHASES, type Phase, type PhaseReport, type PhaseReportOptions, type PhaseRow } from './accounting/phaseReport.ts'
export { buildCostReport, formatCostReport, routeCostUsd, type CostReport } from './accounting/costReport.ts'
export { createLevelSessionLedger } from './accounting/createLevelSessionLedger.ts'
export { createEconomyHooks } from './createEconomyHooks.ts'
export { createOrchestratorEconomy } from './createOrchestratorEconomy.ts'
export { createPassageCredits, medianPrice } from './createPassageCredits.ts'
export { createSettlementScheduler } from './createSettlementScheduler.ts'
export { PaymentRequiredError } from './payments/errors.ts'
export { NoPostedEpochError } from './settlement/errors.ts'
export { readSettlementStatus, settleEpochSafely, type EpochSettlementReport } from './settleEpochSafely.ts'
export { withPaymentGate } from './withPaymentGate.ts'
