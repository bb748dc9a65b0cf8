/**
 * The public face of `orchestrator/maia/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export type { MaiaInit } from './MaiaInit.ts'
export { createMaiaPipeline } from './createMaiaPipeline.ts'
export { createMaiaResponder } from './createMaiaResponder.ts'
export { EmptyConversationError, ScreeningLineFullError } from './errors.ts'
export { createScreeningLine, DEFAULT_SCREENING_LINE, type ScreeningLine, type ScreeningLineOptions } from './createScreeningLine.ts'
export type { ClaudeGenerator } from './createClaudeGenerator.ts'
