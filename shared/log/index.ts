/**
 * The public face of `shared/log/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export type { ProgressReporter } from './ProgressReporter.ts'
export { createLogger, silentLogger, type Logger } from './logger.ts'
