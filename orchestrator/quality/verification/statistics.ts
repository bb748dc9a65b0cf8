import type { EndingCheck } from './ending.ts'
import type { TokenCheck } from './samplerSupport.ts'
import type { UsageCheck } from './usage.ts'

/** How the claimed answer's tokens were obtained and whether text and tokens agree. */
export interface TokenizationCheck {
  /** `tokens`: ids sent by the node; `text`: ids re-derived from the text (see README). */
  readonly mode: 'tokens' | 'text'
  /** Text mode: the re-tokenized text detokenizes back to the same text. */
  readonly roundTrip: boolean
  /** Both given: the ids detokenize to the claimed text (null when only one was given). */
  readonly textMatchesTokens: boolean | null
  /** The ids are the canonical tokenization of their text (informational: models may emit others). */
  readonly canonical: boolean
}

/** Per-answer statistics: what the verdict is decided on, and what calibration records. */
export interface AnswerStatistics {
  readonly promptTokens: number
  readonly claimedTokens: number
  readonly tokensChecked: number
  /** Claimed tokens below the top-k (less the tolerance): impossible for an honest node at temperature > 0. */
  readonly outsideTopK: number
  readonly outsideTopKShare: number
  /** Claimed tokens the node's sampler (argmax, or top-k then top-p) could not have picked. */
  readonly outsideSupport: number
  readonly outsideSupportShare: number
  /** Largest logit gap below the exact support cutoff among checked tokens: calibrates the tolerance. */
  readonly maxDeficit: number
  /** Whether log-probabilities are over the whole vocabulary or the top candidates only (upper bounds). */
  readonly logProbScope: 'vocabulary' | 'top'
  /** Natural log-probabilities of claimed tokens at temperature 1. */
  readonly meanLogProb: number | null
  readonly minLogProb: number | null
  readonly meanRank: number | null
  /**
   * Σ(surprise − expected) / √Σvariance under the node's sampler, over tokens inside the support:
   * about N(0, 1) for honest answers at any temperature; null at temperature 0 or with no spread.
   */
  readonly surpriseZ: number | null
  readonly tokenization: TokenizationCheck
  readonly usage: UsageCheck
  readonly ending: EndingCheck
}

export function aggregateChecks(checks: readonly TokenCheck[]): Pick<AnswerStatistics, 'tokensChecked' | 'outsideTopK' | 'outsideTopKShare' | 'outsideSupport' | 'outsideSupportShare' | 'maxDeficit' | 'meanLogProb' | 'minLogProb' | 'meanRank' | 'surpriseZ'> {
  const count = checks.length
  const outsideTopK = checks.filter((check) => !check.insideTopK).length
  const outsideSupport = checks.filter((check) => !check.insideSupport).length
  const finite = checks.map((check) => check.logProb).filter(Number.isFinite)
  let surplus = 0
  let variance = 0
  for (const check of checks) {
    if (check.surprise === null || check.expectedSurprise === null || check.surpriseVariance === null) continue
    surplus += check.surprise - check.expectedSurprise
    variance += check.surpriseVariance
  }
  return {
    tokensChecked: count,
    outsideTopK,
    outsideTopKShare: count === 0 ? 0 : outsideTopK / count,
    outsideSupport,
    outsideSupportShare: count === 0 ? 0 : outsideSupport / count,
    maxDeficit: Math.max(0, ...checks.map((check) => check.deficit)),
    meanLogProb: count === 0 ? null : checks.reduce((sum, check) => sum + Math.max(check.logProb, -1e3), 0) / count,
    minLogProb: finite.length < count ? -Infinity : count === 0 ? null : Math.min(...finite),
    meanRank: count === 0 ? null : checks.reduce((sum, check) => sum + check.rank, 0) / count,
    surpriseZ: variance > 1e-9 ? surplus / Math.sqrt(variance) : null
  }
}
