import { addRelatedTerms } from './addRelatedTerms.ts'
import { chunkNeighbours } from './chunkNeighbours.ts'
import { analyzeText } from './analyzeText.ts'
import { chunkAcceptor } from './chunkAcceptor.ts'
import type { ChunkFilter, StoredChunk } from './createLanceChunkStore.ts'
import { topHits, type LexicalIndex, type ScoreTable } from './createLexicalIndex.ts'
import { expandQuery, type QueryExpansionOptions } from './expandQuery.ts'
import { interleaveRankings } from './interleaveRankings.ts'
import { toConversationQuery } from './toConversationQuery.ts'

export interface LexicalRetrievalOptions {
  /** Pseudo-relevance feedback; null searches with the question's own terms only. */
  expansion: QueryExpansionOptions | null
  /** Weight of the user's earlier turns relative to the current message (0: ignore them). */
  earlierTurnsWeight: number
  /** Weight lent by a query term to its related terms (WordNet synonyms and derived forms), shared among them. */
  relatedWeight: number
  /** Share of a chunk's score added to its neighbours' (same book, next or previous chunk); 0: none. */
  neighbourWeight: number
  /**
   * Share of the ranking taken, turn about, from BM25 of the asked terms alone (no related terms,
   * no feedback, no smoothing): interleaveRankings.ts. 0: the expanded ranking only.
   */
  plainShare: number
}

/** Ranks a library's chunks for a question, in memory. */
export interface LexicalRetriever {
  rank(question: string, filter: ChunkFilter, limit: number, earlierTurns?: readonly string[]): StoredChunk[]
}

/**
 * BM25 over `chunks` (indexed in `index`, in the same order, with terms from `analyze`) with, in
 * this order: the conversation's earlier turns at a lower weight (toConversationQuery.ts), related
 * terms (addRelatedTerms.ts, when a table is given), pseudo-relevance feedback (expandQuery.ts),
 * neighbour smoothing; then interleaved with the plain BM25 ranking of the asked terms. Filters
 * mean what the LanceDB store's do: the author contains the text, the chunk carries the topic,
 * both case-insensitive.
 *
 * @example
 * const chunks = await store.allChunks()
 * const retriever = createLexicalRetriever(chunks, createLexicalIndex(chunks.map((chunk) => chunk.text)), DEFAULT_LEXICAL_RETRIEVAL)
 * retriever.rank('How do I stop being afraid of dying?', {}, 100)
 */
export function createLexicalRetriever(chunks: readonly StoredChunk[], index: LexicalIndex, options: LexicalRetrievalOptions, relatedStems?: ReadonlyMap<string, readonly string[]>, analyze: (text: string) => string[] = analyzeText): LexicalRetriever {
  const neighbours = chunkNeighbours(chunks)
  const occurs = (term: string): boolean => index.documentFrequency(term) > 0
  const smooth = (table: ScoreTable): ScoreTable => {
    if (options.neighbourWeight <= 0) return table
    const own = Float64Array.from(table.scores)
    for (const position of [...table.matched]) {
      for (const other of neighbours[position]!) {
        if (table.scores[other] === 0) table.matched.push(other)
        table.scores[other]! += options.neighbourWeight * own[position]!
      }
    }
    return table
  }
  return {
    rank(question, filter, limit, earlierTurns = []) {
      const accept = chunkAcceptor(chunks, filter)
      const asked = toConversationQuery(question, earlierTurns, options.earlierTurnsWeight, analyze)
      let query = asked
      if (relatedStems !== undefined && options.relatedWeight > 0) query = addRelatedTerms(query, relatedStems, options.relatedWeight, occurs)
      if (options.expansion !== null) query = expandQuery(index, query, options.expansion, accept)
      const expanded = topHits(smooth(index.scores(query)), limit, accept).map((hit) => chunks[hit.index]!)
      if (options.plainShare <= 0 || query === asked) return expanded
      const plain = topHits(index.scores(asked), limit, accept).map((hit) => chunks[hit.index]!)
      return interleaveRankings(plain, expanded, options.plainShare, limit, (chunk) => chunk.id)
    }
  }
}
