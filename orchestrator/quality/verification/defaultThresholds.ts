import type { VerificationThresholds } from './verdict.ts'

/**
 * Thresholds that hold for any model, from the calibration recorded in README.md (tiny GGUF,
 * 216 honest answers over node threads 1 and 2, temperatures 0 / 0.7 / 1, topP 0.5..1, seeds,
 * stop sequences, five prompt shapes):
 * - tolerance 0.05 logits: the largest logit drift measured between the verifier's batched pass
 *   and a decode-like pass on another thread count was 5.2e-3 (≈10× margin); the largest honest
 *   deficit below a support cutoff was 1e-3. Hardware other than CPU may drift more: recalibrate.
 * - outside support: honest 0 tokens in every run at δ ≥ 0.01; the weakest adversary (a replayed
 *   answer at temperature 1) had 10.6% outside, so "≥ 2 tokens and > 5%" leaves 2× margin both ways.
 * - surprise z: honest −3.0..2.8 (≈ N(0, 1) as designed): suspicious above 5, dishonest above 8.
 * - mean log-probability: model-specific, so off here; `calibrateThresholds` sets it per model.
 */
export const DEFAULT_THRESHOLDS: VerificationThresholds = Object.freeze({
  tolerance: Object.freeze({ logit: 0.05, topP: 0.01 }),
  dishonestOutsideShare: 0.05,
  minOutsideForDishonest: 2,
  suspiciousSurpriseZ: 5,
  dishonestSurpriseZ: 8,
  suspiciousMeanLogProb: -Infinity,
  minTokensForMeanLogProb: 16
})
