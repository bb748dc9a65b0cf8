/**
 * Which tokens a provider node's sampler could have emitted at one position, rebuilt from the
 * approved model's logits. node-llama-cpp (AddonSampler.cpp) chains top-k → top-p → min-p →
 * temperature → seeded draw, or a plain argmax at temperature 0; top-p therefore measures the
 * nucleus on the temperature-1 distribution of the top-k survivors, and temperature only
 * reweights what survived. A token outside that support cannot come from an honest node, whatever
 * its seed; `tolerance` absorbs the logit drift between thread counts, batch sizes and hardware.
 */

/** The approved model's next-token logits at one position, as the teacher-forcing pass returns them. */
export interface NextTokenLogits {
  /** The highest logits, best first: at least `topK` entries (the whole vocabulary when smaller). */
  readonly top: ReadonlyArray<readonly [token: number, logit: number]>
  /** Logits of tokens asked for by id (the claimed token, end tokens), wherever they rank. */
  readonly requested: ReadonlyMap<number, number>
  /** ln Σ exp(logit − maxLogit): turns a logit into a log-probability. */
  readonly logNormalizer: number
  /** Whether `logNormalizer` sums the whole vocabulary or only the `top` candidates (then log-probs are upper bounds). */
  readonly normalizerScope: 'vocabulary' | 'top'
}

export interface SamplerSettings {
  readonly temperature: number
  readonly topP: number
  readonly topK: number
}

export interface SupportTolerance {
  /** Logit slack below the support's cutoff still counted as inside. */
  readonly logit: number
  /** Probability mass added to top-p before the nucleus cutoff is taken. */
  readonly topP: number
}

/** The node's sampler support at one position. */
export interface Support {
  /** Lowest logit an honest token can have (the argmax at temperature 0). */
  readonly cutoffLogit: number
  /** `cutoffLogit` widened by the tolerance (nucleus at topP + tolerance, minus the logit slack). */
  readonly tolerantCutoffLogit: number
  /** Lowest logit of the top-k, less the logit slack: the "outside top-k" line. */
  readonly tolerantTopKLogit: number
  /** The tokens the sampler keeps, best first, with their logits. */
  readonly members: ReadonlyArray<readonly [token: number, logit: number]>
}

export interface TokenCheck {
  /** 0 for the argmax; `top.length` when below every returned logit. */
  readonly rank: number
  /**
   * Natural log-probability at temperature 1 (over the whole vocabulary, or over the top
   * candidates in `top` scope); for a token below every returned logit, the bound that gives.
   */
  readonly logProb: number
  readonly insideTopK: boolean
  readonly insideSupport: boolean
  /** How far (in logits) the token sits below the exact support cutoff; 0 inside. */
  readonly deficit: number
  /** −ln p under the node's own sampler (support renormalised at its temperature); null at temperature 0 or outside. */
  readonly surprise: number | null
  /** Expectation and variance of `surprise` for an honest draw at this position (null with `surprise`). */
  readonly expectedSurprise: number | null
  readonly surpriseVariance: number | null
}

export function maxLogit(logits: NextTokenLogits): number {
  const first = logits.top[0]
  if (first === undefined) throw new RangeError('no logits')
  return first[1]
}

export function logitOf(logits: NextTokenLogits, token: number): number | undefined {
  const requested = logits.requested.get(token)
  if (requested !== undefined) return requested
  return logits.top.find(([candidate]) => candidate === token)?.[1]
}

export function describeSupport(logits: NextTokenLogits, settings: SamplerSettings, tolerance: SupportTolerance): Support {
  const top = logits.top
  if (settings.temperature <= 0) {
    const best = maxLogit(logits)
    return { cutoffLogit: best, tolerantCutoffLogit: best - tolerance.logit, tolerantTopKLogit: best - tolerance.logit, members: top.slice(0, 1) }
  }
  const k = Math.min(settings.topK, top.length)
  const candidates = top.slice(0, k)
  const kthLogit = candidates.at(-1)?.[1] ?? maxLogit(logits)
  const exact = nucleusSize(candidates, settings.topP)
  const widened = nucleusSize(candidates, Math.min(1, settings.topP + tolerance.topP))
  const cutoffLogit = candidates[exact - 1]?.[1] ?? kthLogit
  const widenedLogit = candidates[widened - 1]?.[1] ?? kthLogit
  return {
    cutoffLogit,
    tolerantCutoffLogit: widenedLogit - tolerance.logit,
    tolerantTopKLogit: kthLogit - tolerance.logit,
    members: candidates.slice(0, exact)
  }
}

/** llama.cpp's top-p: the fewest best tokens whose softmax mass reaches `topP` (at least one; all at 1). */
export function nucleusSize(candidates: ReadonlyArray<readonly [number, number]>, topP: number): number {
  if (topP >= 1 || candidates.length <= 1) return candidates.length
  const best = candidates[0]?.[1] ?? 0
  const weights = candidates.map(([, logit]) => Math.exp(logit - best))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  let cumulative = 0
  for (let index = 0; index < weights.length; index++) {
    cumulative += (weights[index] ?? 0) / total
    if (cumulative >= topP) return index + 1
  }
  return candidates.length
}

export function checkToken(logits: NextTokenLogits, support: Support, settings: SamplerSettings, token: number): TokenCheck {
  const best = maxLogit(logits)
  const logit = logitOf(logits, token)
  const rankIndex = logits.top.findIndex(([candidate]) => candidate === token)
  const rank = rankIndex === -1 ? logits.top.length : rankIndex
  if (logit === undefined) {
    // Below every returned logit, so below the top-k: outside whatever the tolerance.
    const lowest = logits.top.at(-1)?.[1] ?? best
    return { rank, logProb: lowest - best - logits.logNormalizer, insideTopK: false, insideSupport: false, deficit: support.cutoffLogit - lowest, surprise: null, expectedSurprise: null, surpriseVariance: null }
  }
  const insideSupport = logit >= support.tolerantCutoffLogit
  const base = {
    rank,
    logProb: logit - best - logits.logNormalizer,
    insideTopK: logit >= support.tolerantTopKLogit,
    insideSupport,
    deficit: Math.max(0, support.cutoffLogit - logit)
  }
  if (!insideSupport || settings.temperature <= 0) return { ...base, surprise: null, expectedSurprise: null, surpriseVariance: null }
  return { ...base, ...samplerSurprise(support.members, settings.temperature, token, logit) }
}

/**
 * −ln p of the token under the node's sampler, with the mean and variance an honest draw would
 * have: summed over an answer they make a z-score that does not depend on temperature or on how
 * flat the model is. A token let in by the tolerance joins the support for this computation.
 */
function samplerSurprise(members: ReadonlyArray<readonly [number, number]>, temperature: number, token: number, logit: number): Pick<TokenCheck, 'surprise' | 'expectedSurprise' | 'surpriseVariance'> {
  const logits = members.some(([candidate]) => candidate === token) ? members.map(([, value]) => value) : [...members.map(([, value]) => value), logit]
  const scaled = logits.map((value) => value / temperature)
  const top = Math.max(...scaled)
  const logTotal = top + Math.log(scaled.reduce((sum, value) => sum + Math.exp(value - top), 0))
  let mean = 0
  let square = 0
  for (const value of scaled) {
    const logP = value - logTotal
    const p = Math.exp(logP)
    mean += p * -logP
    square += p * logP * logP
  }
  return { surprise: logTotal - logit / temperature, expectedSurprise: mean, surpriseVariance: Math.max(0, square - mean * mean) }
}
