import { homedir } from 'node:os'
import { join } from 'node:path'
import type { ChunkingOptions } from './chunkText.ts'

/**
 * Chunk sizes in tokens. ~300 tokens is a few paragraphs: small enough that an 8k budget holds
 * ~25 distinct passages, large enough that a passage keeps its argument. 50 tokens of overlap
 * (2–3 sentences) keeps a passage cut at a boundary whole in one of the two chunks.
 */
export const DEFAULT_CHUNKING: ChunkingOptions = { targetTokens: 300, overlapTokens: 50 }

/** Retrieved wisdom's share of a prompt (the prompt assembly default). */
export const DEFAULT_BUDGET_TOKENS = 20_000

/** Where `maia knowledge` keeps its index unless told otherwise (`--index-dir`, `MAIA_KNOWLEDGE_DIR`). */
export const DEFAULT_INDEX_DIRECTORY = join(homedir(), '.maia', 'knowledge')
