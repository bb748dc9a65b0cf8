/**
 * The public face of `shared/config/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { InvalidConfigError } from './errors.ts'
export { loadConfig } from './loadConfig.ts'
export type { PriceTable } from './priceTable.ts'
export { logLevelSchema, nodeConfigSchema, orchestratorConfigSchema, type NodeConfig, type OrchestratorConfig } from './schemas.ts'
