/**
 * The public face of `orchestrator/metrics/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { createApiMetrics } from './createApiMetrics.ts'
export { createOrchestratorMetrics } from './createOrchestratorMetrics.ts'
export { meterLedger } from './meterLedger.ts'
export { createNetworkObserver, recordSettlement } from './meterNetwork.ts'
