/**
 * The public face of `orchestrator/maia/memory/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export type { UserMemory } from './UserMemory.ts'
export { createLevelUserMemory, DEFAULT_MEMORY_BYTES_PER_KEY } from './createLevelUserMemory.ts'
export { createMemoryCipher } from './memoryCipher.ts'
