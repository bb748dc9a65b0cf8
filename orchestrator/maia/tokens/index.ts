/**
 * The public face of `orchestrator/maia/tokens/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export type { DisposableTokenCounter, TokenCounter } from './TokenCounter.ts'
export { createTokenCounter } from './createTokenCounter.ts'
