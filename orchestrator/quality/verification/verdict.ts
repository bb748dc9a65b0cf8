import type { AnswerStatistics } from './statistics.ts'
import type { SupportTolerance } from './samplerSupport.ts'

export type Verdict = 'honest' | 'suspicious' | 'dishonest'

export type ReasonCode =
  | 'outside-support'
  | 'surprise'
  | 'too-predictable'
  | 'low-log-prob'
  | 'overbilled'
  | 'underbilled'
  | 'unexplained-stop'
  | 'stop-reason-mismatch'
  | 'stop-inside-text'
  | 'end-token-inside'
  | 'over-max-tokens'
  | 'text-token-mismatch'
  | 'unverifiable-text'

export interface VerdictReason {
  readonly code: ReasonCode
  readonly severity: Exclude<Verdict, 'honest'>
  readonly message: string
}

/**
 * Decision thresholds. Chosen from honest runs (see calibration.ts and README.md): every honest
 * answer measured stays clear of each line by the margin recorded there.
 */
export interface VerificationThresholds {
  /** Numerical slack of the support test (threads, batch shape, hardware). */
  readonly tolerance: SupportTolerance
  /**
   * More than this share of checked tokens outside the support → dishonest... (0 by default: an
   * honest node never sent one in calibration; `calibrateThresholds` raises it only when honest
   * answers on some hardware did)
   */
  readonly dishonestOutsideShare: number
  /** ...provided at least this many are outside (one stray token is only suspicious). */
  readonly minOutsideForDishonest: number
  /** Sampler surprise z-score above which an answer is suspicious / dishonest. */
  readonly suspiciousSurpriseZ: number
  readonly dishonestSurpriseZ: number
  /**
   * Sampler surprise z-score below which an answer is suspicious / dishonest: tokens far likelier
   * than sampling at the asked temperature allows (greedy decoding whatever was asked).
   */
  readonly suspiciousLowSurpriseZ: number
  readonly dishonestLowSurpriseZ: number
  /** Mean temperature-1 log-probability below which an answer is suspicious (model-specific). */
  readonly suspiciousMeanLogProb: number
  /** Fewest checked tokens before the mean log-probability is judged at all. */
  readonly minTokensForMeanLogProb: number
}

export interface VerdictContext {
  readonly claimedStopReason?: 'end_turn' | 'max_tokens' | 'stop_sequence'
  readonly maxTokens: number
}

/** Turns statistics into a verdict: the worst severity among the reasons found. */
export function decideVerdict(statistics: AnswerStatistics, thresholds: VerificationThresholds, context: VerdictContext): { verdict: Verdict; reasons: VerdictReason[] } {
  const reasons: VerdictReason[] = []
  const add = (code: ReasonCode, severity: VerdictReason['severity'], message: string): void => { reasons.push({ code, severity, message }) }
  // Without the node's token ids, positions line up only if the model emitted the canonical
  // tokenization of its text, which nothing guarantees (random weights rarely do): evidence from
  // the distribution then makes an answer suspicious, never dishonest on its own.
  const aligned = statistics.tokenization.mode === 'tokens'
  if (!aligned && !statistics.tokenization.roundTrip) add('unverifiable-text', 'suspicious', 'the claimed text does not re-tokenize to itself; token ids are needed to check it')
  const distributionSeverity: VerdictReason['severity'] = aligned ? 'dishonest' : 'suspicious'

  if (statistics.outsideSupport > 0) {
    const dishonest = statistics.outsideSupportShare > thresholds.dishonestOutsideShare && statistics.outsideSupport >= thresholds.minOutsideForDishonest
    add('outside-support', dishonest ? distributionSeverity : 'suspicious',
      `${statistics.outsideSupport} of ${statistics.tokensChecked} checked tokens could not have been sampled (${percent(statistics.outsideSupportShare)})`)
  }
  if (statistics.surpriseZ !== null && statistics.surpriseZ > thresholds.suspiciousSurpriseZ) {
    add('surprise', statistics.surpriseZ > thresholds.dishonestSurpriseZ ? distributionSeverity : 'suspicious',
      `claimed tokens are less likely than honest sampling allows (z = ${statistics.surpriseZ.toFixed(1)})`)
  }
  // The z-score is null at temperature 0, where the argmax is exactly what is asked.
  if (statistics.surpriseZ !== null && statistics.surpriseZ < thresholds.suspiciousLowSurpriseZ) {
    add('too-predictable', statistics.surpriseZ < thresholds.dishonestLowSurpriseZ ? distributionSeverity : 'suspicious',
      `claimed tokens are likelier than sampling at the asked temperature allows, as if decoded greedily (z = ${statistics.surpriseZ.toFixed(1)})`)
  }
  if (statistics.meanLogProb !== null && statistics.tokensChecked >= thresholds.minTokensForMeanLogProb && statistics.meanLogProb < thresholds.suspiciousMeanLogProb) {
    add('low-log-prob', 'suspicious', `mean log-probability ${statistics.meanLogProb.toFixed(2)} is below ${thresholds.suspiciousMeanLogProb}`)
  }
  if (statistics.tokenization.textMatchesTokens === false) add('text-token-mismatch', 'dishonest', 'the claimed text is not what the claimed tokens spell')

  const { usage, ending } = statistics
  // Counts re-derived from text that does not even round-trip say little about what was sampled.
  const countSeverity: VerdictReason['severity'] = aligned || statistics.tokenization.roundTrip ? 'dishonest' : 'suspicious'
  if (usage.overbilledTokens > 0) add('overbilled', countSeverity, `billed ${usage.overbilledTokens} token(s) more than the answer explains`)
  if (usage.underbilled) add('underbilled', 'suspicious', 'billed fewer tokens than the answer holds')
  // The claimed tokens plus the final, undecoded one must fit in maxTokens.
  if (statistics.claimedTokens + 1 > context.maxTokens) {
    add('over-max-tokens', aligned ? 'dishonest' : 'suspicious', `answer has ${statistics.claimedTokens} tokens plus a final one, over maxTokens ${context.maxTokens}`)
  }
  if (ending.stopInsideText !== null) add('stop-inside-text', 'dishonest', 'the answer contains a stop sequence it should have stopped at')
  if (ending.endTokenInsideAnswer) add('end-token-inside', 'dishonest', 'the answer contains an end-of-generation token')
  if (ending.ending === 'unexplained') add('unexplained-stop', aligned ? 'dishonest' : 'suspicious', 'the answer stops early without an end token, stop sequence or token limit the model makes plausible')
  const claimed = context.claimedStopReason
  if (claimed !== undefined && ending.ending !== 'unexplained') {
    const plausible = claimed === 'max_tokens' ? ending.maxTokensReached : claimed === 'end_turn' ? ending.endTokenPlausible : ending.stopPlausible
    if (!plausible) add('stop-reason-mismatch', 'suspicious', `claimed stop reason ${claimed} is not what the model makes plausible (${ending.ending})`)
  }

  const verdict: Verdict = reasons.some((reason) => reason.severity === 'dishonest') ? 'dishonest' : reasons.length > 0 ? 'suspicious' : 'honest'
  return { verdict, reasons }
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}
