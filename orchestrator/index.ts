/**
 * The public face of `orchestrator/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { startOrchestratorFromConfig } from './startOrchestratorFromConfig.ts'
