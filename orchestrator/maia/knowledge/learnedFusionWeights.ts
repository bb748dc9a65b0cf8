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
 * question word, IDF-weighted; the conversation's earlier turns' words at half weight), used where
 * the word vectors load; the soft ranking's top 100 join the candidates (learnedFusion.ts). Trained
 * by `npx tsx bench/knowledge/round8Lab.ts --variants 'lr=1;soft=1;softrank=100;conv=0.5'
 * --print-weights` on 620 development questions (the old tune split and the A halves of
 * heldoutV2-V8, both libraries, whose answer was among the candidates). On the B halves, against
 * round seven's weights: shared library 187/240 -> 190/245 of 371 found @8k/@20k, second library
 * 151/203 -> 151/205 of 335 (bench/knowledge/round8Measurements.md: a small gain, most of it on
 * conversational questions).
 */
export const LEARNED_FUSION_SOFT_WEIGHTS: FusionWeights = {
  lexicalVote: 0.08406, denseZ: 0.10925, denseVote: 0.0395, neighbourDenseZ: 0.05492, neighbourLexicalVote: 0.03227, bookDenseZ: -0.04379,
  bookLexicalShare: -0.05662, length: -0.02123, denseXlexical: -0.0046, bookLexicalPlace: 0.00198, bookDensePlace: 0.04532, bias: 0.00048,
  softZ: 0.08433, softVote: 0.05797, neighbourSoftZ: 0.0372
}
