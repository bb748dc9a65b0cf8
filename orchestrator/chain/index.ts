/**
 * The public face of `orchestrator/chain/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { createChainHealth, type ChainHealth, type ChainHealthSnapshot } from './createChainHealth.ts'
export { createChainView, type ChainView } from './createChainView.ts'
export { ChainUnavailableError } from './errors.ts'
export { isChainUnreachable } from './isChainUnreachable.ts'
export { createChainSlasher, DEFAULT_SLASH_POLICY, type ChainSlasher, type SlashPolicy } from './createChainSlasher.ts'
