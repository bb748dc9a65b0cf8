/**
 * The public face of `orchestrator/dashboard/`: the web dashboard's files (served without a key)
 * and the readers behind its data routes (served with one). Everything else in the folder is internal
 * (checked by `npm run lint:deps`).
 */
export { createDashboardPages, DASHBOARD_PATH, type DashboardPages } from './createDashboardPages.ts'
export { buildReportHistory, type ReportHistory, type ReportHistoryPoint } from './buildReportHistory.ts'
export {
  createDashboardChainReader, type DashboardAccount, type DashboardChainReader, type DashboardChainReaderInit, type DashboardEconomy, type DashboardGovernance,
  type DashboardModelEvaluation, type DashboardModelVersion
} from './createDashboardChainReader.ts'
export { connectDashboardChain } from './connectDashboardChain.ts'
export { SEED_COST_TABLE, type SeedPhase } from './seedCostTable.ts'
