import type { EvaluationReport } from './evaluationReport.ts'

/** Two per-example log-probabilities closer than this (the reports' rounding) are a tie. */
export const LOG_PROB_TIE = 1e-4

/** Rounds to 1e-4, as every number in a report is. */
export const roundReportNumber = (value: number): number => Math.round(value * 10_000) / 10_000
const mean = (values: readonly number[]): number => values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * A report's `summary` from its examples: each model's mean ROUGE-L and mean reference
 * log-probability, and the examples each model wins on the log-probability (null without an
 * active model). `maia model evaluate` writes it; `maia model record-evaluation` recomputes it.
 */
export function summarizeExamples(examples: EvaluationReport['examples'], withActive: boolean): EvaluationReport['summary'] {
  const summarize = (pick: (entry: EvaluationReport['examples'][number]) => { rougeL: number; referenceLogProb: number } | null) => {
    const entries = examples.map(pick).filter((entry) => entry !== null)
    return { meanRougeL: roundReportNumber(mean(entries.map((entry) => entry.rougeL))), meanReferenceLogProb: roundReportNumber(mean(entries.map((entry) => entry.referenceLogProb))) }
  }
  const wins = !withActive ? null : examples.reduce((tally, entry) => {
    const delta = entry.candidate.referenceLogProb - (entry.active?.referenceLogProb ?? 0)
    if (Math.abs(delta) <= LOG_PROB_TIE) tally.ties += 1
    else if (delta > 0) tally.candidate += 1
    else tally.active += 1
    return tally
  }, { candidate: 0, active: 0, ties: 0 })
  return { candidate: summarize((entry) => entry.candidate), active: withActive ? summarize((entry) => entry.active) : null, wins }
}
