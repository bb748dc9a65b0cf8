/**
 * The public face of `node/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { startNodeFromConfig } from './startNodeFromConfig.ts'
