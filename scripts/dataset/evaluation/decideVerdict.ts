import type { EvaluationReport } from './evaluationReport.ts'

/** How much worse than the active model a candidate may score and still pass (noise of small samples). */
export const VERDICT_TOLERANCE = { referenceLogProb: 0.05, rougeL: 0.02 } as const

/**
 * The pass rule. Against an active model: the candidate's mean log-probability of the reference
 * answers is no more than 0.05 nats/token below the active model's, and its mean ROUGE-L against
 * the references no more than 0.02 below (it learned the held-out answers at least as well and
 * answers at least as close to them). Without an active model: the candidate must beat a uniform
 * guess over its vocabulary (−ln V nats/token), i.e. have learned anything at all.
 */
export function decideVerdict(summary: EvaluationReport['summary'], vocabularySize: number): EvaluationReport['verdict'] {
  const reasons: string[] = []
  const candidate = summary.candidate
  if (summary.active === null) {
    const uniform = -Math.log(Math.max(2, vocabularySize))
    const passed = candidate.meanReferenceLogProb > uniform
    reasons.push(`reference log-prob ${candidate.meanReferenceLogProb.toFixed(4)} ${passed ? '>' : '<='} uniform ${uniform.toFixed(4)}`)
    return { passed, rule: 'no active model: mean reference log-prob above a uniform guess (-ln vocabulary)', reasons }
  }
  const logProbOk = candidate.meanReferenceLogProb >= summary.active.meanReferenceLogProb - VERDICT_TOLERANCE.referenceLogProb
  const rougeOk = candidate.meanRougeL >= summary.active.meanRougeL - VERDICT_TOLERANCE.rougeL
  reasons.push(`reference log-prob ${candidate.meanReferenceLogProb.toFixed(4)} vs active ${summary.active.meanReferenceLogProb.toFixed(4)} (tolerance ${VERDICT_TOLERANCE.referenceLogProb}): ${logProbOk ? 'ok' : 'worse'}`)
  reasons.push(`ROUGE-L ${candidate.meanRougeL.toFixed(4)} vs active ${summary.active.meanRougeL.toFixed(4)} (tolerance ${VERDICT_TOLERANCE.rougeL}): ${rougeOk ? 'ok' : 'worse'}`)
  return {
    passed: logProbOk && rougeOk,
    rule: `mean reference log-prob >= active - ${VERDICT_TOLERANCE.referenceLogProb} and mean ROUGE-L >= active - ${VERDICT_TOLERANCE.rougeL}`,
    reasons
  }
}
