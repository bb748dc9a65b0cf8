import type { EvaluationReport } from './evaluationReport.ts'

/**
 * The thresholds of the pass rule against an active model. A candidate replaces the model every
 * node serves and takes the trainer's share of every fee from then on, so it must be measurably
 * better, not merely "no worse": a tie (a clone of the active weights re-packed with one metadata
 * byte changed scores exactly as the active model) must fail.
 *
 * - `minLogProbGain` (nats/token): the candidate's mean log-probability of the held-out reference
 *   answers must exceed the active model's by more than this. 0.05 is the noise of small samples
 *   (8–100 examples, 64 scored tokens each) that the rule used to tolerate as "no worse": now it
 *   is the margin an improvement must clear.
 * - `rougeLTolerance`: the candidate's mean ROUGE-L against the references may be at most this
 *   much below the active model's (greedy answers of a few dozen tokens vary a lot; the log-prob,
 *   measured on every reference token, carries the improvement; ROUGE-L guards against a model
 *   that scores the references well but answers worse).
 * - Wins: the candidate must give the reference a higher log-probability than the active model
 *   on more examples than the reverse (ties, equal to 1e-4, count for neither), so that a gain on
 *   a few outliers does not pass.
 * - `cloneAgreement`: a candidate whose answers agree with the active model's at a mean ROUGE-L of
 *   this or more (or are word for word the same on every example) answers like the active model:
 *   it is the signature of copied weights (re-packed, or perturbed by noise to move the
 *   log-probabilities), and users would see no change, so it fails whatever its scores. Honest
 *   fine-tunes measured here agree far less (random-weight stand-ins: ~0.0; a real fine-tune's
 *   greedy answers change on most prompts).
 */
export const VERDICT_THRESHOLDS = { minLogProbGain: 0.05, rougeLTolerance: 0.02, cloneAgreement: 0.98 } as const

/** @deprecated the pass rule is {@link VERDICT_THRESHOLDS}; kept for readers of the old names. */
export const VERDICT_TOLERANCE = { referenceLogProb: VERDICT_THRESHOLDS.minLogProbGain, rougeL: VERDICT_THRESHOLDS.rougeLTolerance } as const

/** What the clone check reads of each example: the two answers and their agreement. */
export type VerdictExample = Pick<EvaluationReport['examples'][number], 'agreement'> & {
  candidate: { text: string }
  active: { text: string } | null
}

/**
 * The pass rule. Against an active model (thresholds and why: {@link VERDICT_THRESHOLDS}): the
 * candidate's mean reference log-probability beats the active model's by more than 0.05
 * nats/token, it wins more examples than it loses, its mean ROUGE-L is no more than 0.02 below the
 * active model's, and its answers do not agree with the active model's (mean agreement below 0.98
 * and not identical everywhere). Without an active model: the candidate must beat a uniform guess
 * over its vocabulary (−ln V nats/token), i.e. have learned anything at all.
 *
 * @param summary The report's summary (means and wins).
 * @param vocabularySize The candidate's vocabulary size.
 * @param examples The report's examples (their answers and agreement feed the clone check).
 */
export function decideVerdict(summary: EvaluationReport['summary'], vocabularySize: number, examples: readonly VerdictExample[]): EvaluationReport['verdict'] {
  const reasons: string[] = []
  const candidate = summary.candidate
  if (summary.active === null) {
    const uniform = -Math.log(Math.max(2, vocabularySize))
    const passed = candidate.meanReferenceLogProb > uniform
    reasons.push(`reference log-prob ${candidate.meanReferenceLogProb.toFixed(4)} ${passed ? '>' : '<='} uniform ${uniform.toFixed(4)}`)
    return { passed, rule: 'no active model: mean reference log-prob above a uniform guess (-ln vocabulary)', reasons }
  }
  const { minLogProbGain, rougeLTolerance, cloneAgreement } = VERDICT_THRESHOLDS
  const gain = candidate.meanReferenceLogProb - summary.active.meanReferenceLogProb
  const logProbOk = gain > minLogProbGain
  const wins = summary.wins ?? { candidate: 0, active: 0, ties: 0 }
  const winsOk = wins.candidate > wins.active
  const rougeOk = candidate.meanRougeL >= summary.active.meanRougeL - rougeLTolerance
  const agreements = examples.map((example) => example.agreement ?? 0)
  const meanAgreement = agreements.length === 0 ? 0 : agreements.reduce((sum, value) => sum + value, 0) / agreements.length
  const identical = examples.length > 0 && examples.every((example) => example.active !== null && example.candidate.text === example.active.text)
  const cloneOk = meanAgreement < cloneAgreement && !identical
  reasons.push(`reference log-prob ${candidate.meanReferenceLogProb.toFixed(4)} vs active ${summary.active.meanReferenceLogProb.toFixed(4)} (gain ${gain.toFixed(4)}, needs > ${minLogProbGain}): ${logProbOk ? 'better' : 'not better'}`)
  reasons.push(`wins ${wins.candidate} vs active ${wins.active} (ties ${wins.ties}): ${winsOk ? 'more' : 'not more'}`)
  reasons.push(`ROUGE-L ${candidate.meanRougeL.toFixed(4)} vs active ${summary.active.meanRougeL.toFixed(4)} (tolerance ${rougeLTolerance}): ${rougeOk ? 'ok' : 'worse'}`)
  reasons.push(`agreement with the active model's answers ${meanAgreement.toFixed(4)}${identical ? ' (identical answers)' : ''} (clone at >= ${cloneAgreement}): ${cloneOk ? 'distinct' : 'answers like the active model'}`)
  return {
    passed: logProbOk && winsOk && rougeOk && cloneOk,
    rule: `mean reference log-prob > active + ${minLogProbGain}, more wins than the active model, mean ROUGE-L >= active - ${rougeLTolerance}, mean agreement with the active model < ${cloneAgreement}`,
    reasons
  }
}
