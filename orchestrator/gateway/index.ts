/**
 * The public face of `orchestrator/gateway/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { ApiError } from './ApiError.ts'
export type { ApiMetrics } from './ApiMetrics.ts'
export { scopedUserId } from './callerContext.ts'
export { startApiServer, type ApiRoute, type ApiServer } from './startApiServer.ts'
export { StreamedBody } from './streamedBody.ts'
