import type { FusionWeights } from './learnedFusion.ts'

/**
 * The learned fusion's weights (learnedFusion.ts), trained by `npx tsx bench/knowledge/round6Lab.ts
 * --variants lr=1 --print-weights`: a listwise softmax over the candidates of the 374 development
 * questions (the old tune split and the A halves of heldoutV2-V5, both libraries) whose answer was
 * among them. Off by default: on the B halves it gained on the shared library and not on the second
 * (bench/knowledge/round6Measurements.md).
 */
export const LEARNED_FUSION_WEIGHTS: FusionWeights = {
  lexicalVote: 0.18973, denseZ: 0.13728, denseVote: 0.03076, neighbourDenseZ: 0.03726, neighbourLexicalVote: 0.03953, bookDenseZ: -0.08276,
  bookLexicalShare: -0.0444, length: 0.06003, denseXlexical: -0.00038, bookLexicalPlace: -0.00473, bookDensePlace: 0.05051, bias: -0.0011
}
