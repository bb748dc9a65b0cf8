import type { VerificationThresholds } from './verdict.ts'

/**
 * Thresholds that hold for any model, from the calibration recorded in README.md (tiny GGUF,
 * 216 honest answers over node threads 1 and 2, temperatures 0 / 0.7 / 1, topP 0.5..1, seeds,
 * stop sequences, five prompt shapes):
 * - tolerance 0.05 logits: the largest logit drift measured between the verifier's batched pass
 *   and a decode-like pass on another thread count was 5.2e-3 (≈10× margin); the largest honest
 *   deficit below a support cutoff was 1e-3. Hardware other than CPU may drift more: recalibrate.
 * - outside support: honest 0 tokens in every run at δ ≥ 0.01 (216 calibrated, 2,160 in the
 *   adversary bench), so with the node's signed ids 2 outside tokens are dishonest whatever their
 *   share: a share line let an ad of 12 tokens in 255 (4.7%) pass as merely suspicious.
 * - surprise z: honest −3.0..2.8 (≈ N(0, 1) as designed): suspicious above 5, dishonest above 8;
 *   and on the low side below −5 / −8: greedy answers to a temperature-0.7 request read −8..−9 on
 *   16 sampled positions. At temperature 0 there is no z (the argmax is what was asked).
 * - mean log-probability: model-specific, so off here; `calibrateThresholds` sets it per model.
 */
export const DEFAULT_THRESHOLDS: VerificationThresholds = Object.freeze({
  tolerance: Object.freeze({ logit: 0.05, topP: 0.01 }),
  dishonestOutsideShare: 0,
  minOutsideForDishonest: 2,
  suspiciousSurpriseZ: 5,
  dishonestSurpriseZ: 8,
  suspiciousLowSurpriseZ: -5,
  dishonestLowSurpriseZ: -8,
  suspiciousMeanLogProb: -Infinity,
  minTokensForMeanLogProb: 16
})
