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
  softZ: 0, softVote: 0, neighbourSoftZ: 0
}

/**
 * The learned fusion's weights with soft term matching (softTermMatcher.ts: GloVe, best cosine per
 * question word, IDF-weighted), used where the word vectors load. Trained by `npx tsx
 * bench/knowledge/round7Lab.ts --variants 'lr=1;soft=1' --print-weights` on 514 development
 * questions (the old tune split and the A halves of heldoutV2-V7, both libraries, whose answer was
 * among the candidates). On the B halves, against round six's weights (LEARNED_FUSION_WEIGHTS):
 * shared library 142/193 -> 156/203 of 316 found @8k/@20k, second library 110/158 -> 132/174 of
 * 284 (bench/knowledge/round7Measurements.md).
 */
export const LEARNED_FUSION_SOFT_WEIGHTS: FusionWeights = {
  lexicalVote: 0.0975, denseZ: 0.13212, denseVote: 0.02285, neighbourDenseZ: 0.04322, neighbourLexicalVote: 0.04167, bookDenseZ: -0.04711,
  bookLexicalShare: -0.05647, length: -0.0089, denseXlexical: -0.01326, bookLexicalPlace: -0.00203, bookDensePlace: 0.04919, bias: 0.00097,
  softZ: 0.08811, softVote: 0.04562, neighbourSoftZ: 0.01918
}
