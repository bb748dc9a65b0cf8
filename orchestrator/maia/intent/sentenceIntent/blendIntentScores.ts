import { INTENTS, type Intent } from '../intents.ts'

/**
 * Fuses two classifiers' probabilities as a weighted product of experts:
 * `P(k) ∝ P_ngram(k)^w · P_vector(k)^(1−w)`, w = `ngramWeight` (chosen by leave-one-set-out in
 * bench/router/intentLosoLevers.ts, inside each fold). Safety is never weakened by the fusion: `safety_escalation`
 * keeps the larger of the n-gram probability and the fused one, and the other intents share the
 * rest in the fused proportions (so the best other intent is the fused one's).
 */
export function blendIntentScores(ngram: Readonly<Record<Intent, number>>, vector: Readonly<Record<Intent, number>>, ngramWeight: number): Record<Intent, number> {
  const floor = 1e-12
  const logs = INTENTS.map((intent) => ngramWeight * Math.log(Math.max(ngram[intent], floor)) + (1 - ngramWeight) * Math.log(Math.max(vector[intent], floor)))
  const max = Math.max(...logs)
  const exps = logs.map((value) => Math.exp(value - max))
  const total = exps.reduce((sum, value) => sum + value, 0)
  const fused = Object.fromEntries(INTENTS.map((intent, index) => [intent, exps[index]! / total])) as Record<Intent, number>
  const safety = Math.max(fused.safety_escalation, ngram.safety_escalation)
  const othersTotal = 1 - fused.safety_escalation
  const scale = othersTotal > 0 ? (1 - safety) / othersTotal : 0
  for (const intent of INTENTS) if (intent !== 'safety_escalation') fused[intent] = fused[intent] * scale
  fused.safety_escalation = safety
  return fused
}
