/**
 * The public face of `orchestrator/maia/knowledge/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export type { Embedder, IngestProgress, SearchOptions, SearchResult } from './KnowledgeBase.ts'
export { collectDocuments } from './collectDocuments.ts'
export { resolveLibraryDirectory } from './defaultLibrary.ts'
export { DEFAULT_BUDGET_TOKENS, DEFAULT_CHUNKING, DEFAULT_INDEX_DIRECTORY } from './defaults.ts'
export { createLlamaEmbedder } from './embedders/createLlamaEmbedder.ts'
export { formatContext } from './formatContext.ts'
export { curatorSchema, topicListSchema } from './metadataSchemas.ts'
export { openKnowledgeBase } from './openKnowledgeBase.ts'
export { openLibraryKnowledgeBase } from './openLibraryKnowledgeBase.ts'
export type { IngestReport, WithheldPassage } from './KnowledgeBase.ts'
export { CopiedPassagesError, SourceCuratorConflictError } from './errors.ts'
export { screenPassageText, screenPassageTextRemembered, type PassageFlag, type PassageFlagReason } from './screenPassage.ts'
