import type { RetrievedChunk } from '../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { chunkText, type ChunkingOptions } from '../../orchestrator/maia/knowledge/chunkText.ts'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { DEFAULT_CHUNKING } from '../../orchestrator/maia/knowledge/defaults.ts'
import type { TokenCounter } from '../../orchestrator/maia/tokens/TokenCounter.ts'

type Chunk = Pick<RetrievedChunk, 'source' | 'text' | 'tokens'>

/**
 * The chance baseline for recall: chunks of the same library (same chunking) drawn at random,
 * seeded, until the budget is full. Recall above this is what retrieval adds.
 */
export async function createRandomBaseline(library: string, counter: TokenCounter, chunking: ChunkingOptions = DEFAULT_CHUNKING, seed = 1): Promise<(budget: number) => Chunk[]> {
  const documents = await collectDocuments([library])
  const all: Chunk[] = documents.flatMap((document) => chunkText(document.text, counter, chunking).map((chunk) => ({ source: document.source, text: chunk.text, tokens: chunk.tokens })))
  const random = mulberry32(seed)
  return (budget) => {
    const order = all.map((chunk) => ({ chunk, key: random() })).sort((a, b) => a.key - b.key)
    const picked: Chunk[] = []
    let total = 0
    for (const { chunk } of order) {
      if (total + chunk.tokens > budget) break
      picked.push(chunk)
      total += chunk.tokens
    }
    return picked
  }
}

/** A small seeded PRNG (mulberry32), so the baseline is the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}
