import type { FusionWeights } from './learnedFusion.ts'

/**
 * The learned fusion's weights (learnedFusion.ts), trained by `npx tsx bench/knowledge/round6Lab.ts
 * --variants lr=1 --print-weights`: a listwise softmax over the candidates of the 374 development
 * questions (the old tune split and the A halves of heldoutV2-V5, both libraries) whose answer was
 * among them. Used where the word vectors for soft term matching cannot load (round seven: retrained
 * on the A halves of heldoutV6-V7 too, it moved the B halves by a few questions only, so these stay).
 */
export const LEARNED_FUSION_WEIGHTS: FusionWeights = {
  lexicalVote: 0.18973, denseZ: 0.13728, denseVote: 0.03076, neighbourDenseZ: 0.03726, neighbourLexicalVote: 0.03953, bookDenseZ: -0.08276,
  bookLexicalShare: -0.0444, length: 0.06003, denseXlexical: -0.00038, bookLexicalPlace: -0.00473, bookDensePlace: 0.05051, bias: -0.0011,
  softZ: 0, softVote: 0, neighbourSoftZ: 0, sentenceSoft: 0, sentenceSoftCandidateZ: 0, bookSize: 0, bookDensePlaceXsmall: 0, bookSoftPlaceXsmall: 0,
  sentenceDense: 0, sentenceDenseCandidateZ: 0
}

/**
 * The learned fusion's weights with soft term matching (softTermMatcher.ts: GloVe, best cosine per
 * question word, IDF-weighted; the conversation's earlier turns' words at half weight), used where
 * the word vectors load; the soft ranking's top 100 join the candidates (learnedFusion.ts). Round
 * nine adds the soft match inside the passage's best sentence and the book's size (a small book found
 * early is read deeper). Trained by `npx tsx bench/knowledge/round9Lab.ts --variants
 * 'lr=1;sent=1;size=1' --print-weights` on 782 development questions (the old tune split and the A
 * halves of heldoutV2-V10, both libraries, whose answer was among the candidates). On the B halves,
 * against round eight's weights: shared library 243/319 -> 265/340 of 488 found @8k/@20k, second
 * library 198/270 -> 206/272 of 438 (bench/knowledge/round9Measurements.md).
 */
export const LEARNED_FUSION_SOFT_WEIGHTS: FusionWeights = {
  lexicalVote: 0.06752, denseZ: 0.08865, denseVote: 0.04162, neighbourDenseZ: 0.03495, neighbourLexicalVote: 0.02378, bookDenseZ: 0.12675,
  bookLexicalShare: -0.00068, length: -0.00118, denseXlexical: 0.0049, bookLexicalPlace: 0.0006, bookDensePlace: 0.03197, bias: -0.00061,
  softZ: 0.01498, softVote: 0.06781, neighbourSoftZ: 0.04231,
  sentenceSoft: 0.28659, sentenceSoftCandidateZ: 0.01667, bookSize: -0.4018, bookDensePlaceXsmall: -0.12793, bookSoftPlaceXsmall: 0.0608,
  sentenceDense: 0, sentenceDenseCandidateZ: 0
}

/**
 * Round ten-b: the soft weights' signals plus the cosine of the candidate's best sentence (for King
 * James text its best verse; sentenceUnits.ts) with the question and its z-score among the
 * candidates, used once the passages' sentences are encoded (after the passages, in the background;
 * until then LEARNED_FUSION_SOFT_WEIGHTS). Trained by `npx tsx bench/knowledge/round10bLab.ts
 * --variants 'lr=1;sent=1;size=1;sdense=3' --print-weights` on the 947 development questions of the
 * A halves (the old tune split and heldoutV2-V12, both libraries) whose answer was among the
 * candidates (bench/knowledge/round10bMeasurements.md).
 */
export const LEARNED_FUSION_SENTENCE_WEIGHTS: FusionWeights = {
  lexicalVote: 0.05935, denseZ: -0.00479, denseVote: 0.05593, neighbourDenseZ: 0.02515, neighbourLexicalVote: 0.01824, bookDenseZ: 0.12956,
  bookLexicalShare: -0.004, length: -0.0126, denseXlexical: -0.00734, bookLexicalPlace: 0.0049, bookDensePlace: 0.0279, bias: 0.00131,
  softZ: -0.01226, softVote: 0.08014, neighbourSoftZ: 0.0334,
  sentenceSoft: 0.23915, sentenceSoftCandidateZ: 0.03419, bookSize: -0.38714, bookDensePlaceXsmall: -0.18433, bookSoftPlaceXsmall: 0.02581,
  sentenceDense: 0.07158, sentenceDenseCandidateZ: 0.12684
}
