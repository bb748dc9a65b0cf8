import { BaseError } from '../../../shared/errors/index.ts'
import { canonicalJson } from '../../../shared/util/index.ts'
import { decideVerdict } from './decideVerdict.ts'
import { evaluationReportHash, type EvaluationReport } from './evaluationReport.ts'
import { rougeL } from './rougeL.ts'
import { roundReportNumber, summarizeExamples } from './summarizeExamples.ts'

/** Which part of a report does not follow from its per-example numbers. */
export type EvaluationReportMismatch = 'hash' | 'examples' | 'agreement' | 'summary' | 'verdict'

/**
 * An evaluation report whose hash, summary or verdict is not what its own content gives: edited
 * after `maia model evaluate` wrote it (a verdict flipped to "passed" and the hash recomputed is
 * the case this catches that the hash alone cannot).
 */
export class EvaluationReportMismatchError extends BaseError {
  override name = 'EvaluationReportMismatchError'
  readonly mismatch: EvaluationReportMismatch
  constructor(mismatch: EvaluationReportMismatch, reason: string, details: Record<string, unknown> = {}) {
    super(`Evaluation report does not check out: ${reason}`, { details: { mismatch, ...details } })
    this.mismatch = mismatch
  }
}

/**
 * Checks that a (schema-valid) report is what `maia model evaluate` would have written from its
 * own examples: its hash matches its content; the examples are consistent with whether an active
 * model was compared; each example's agreement is the ROUGE-L between the two answers; the
 * summary is recomputed from the per-example numbers (summarizeExamples); and the verdict is
 * recomputed from that summary (decideVerdict). Any difference is an edit.
 *
 * What it cannot check without re-running the models: that the per-example numbers themselves are
 * true (that is what re-running `maia model evaluate` on the same files, same `hash`, is for).
 *
 * @throws {EvaluationReportMismatchError} naming the first part that does not check out.
 */
export function verifyEvaluationReport(report: EvaluationReport): EvaluationReport {
  if (evaluationReportHash(report) !== report.hash) throw new EvaluationReportMismatchError('hash', 'its hash does not match its content (it was edited)')
  const withActive = report.active !== null
  for (const example of report.examples) {
    if ((example.active !== null) !== withActive || (example.agreement !== null) !== withActive) {
      throw new EvaluationReportMismatchError('examples', `example at line ${example.line} ${withActive ? 'lacks' : 'has'} an active model's answer, but the report ${withActive ? 'compares with' : 'names no'} active model`)
    }
    if (example.active !== null && example.agreement !== roundReportNumber(rougeL(example.candidate.text, example.active.text))) {
      throw new EvaluationReportMismatchError('agreement', `example at line ${example.line}: agreement ${example.agreement} is not the ROUGE-L between the two answers`)
    }
  }
  const summary = summarizeExamples(report.examples, withActive)
  if (canonicalJson(summary) !== canonicalJson(report.summary)) {
    throw new EvaluationReportMismatchError('summary', 'its summary is not the one its examples give', { stated: canonicalJson(report.summary), recomputed: canonicalJson(summary) })
  }
  const verdict = decideVerdict(summary, report.candidate.vocabularySize, report.examples)
  if (canonicalJson(verdict) !== canonicalJson(report.verdict)) {
    throw new EvaluationReportMismatchError('verdict', `its verdict (${report.verdict.passed ? 'passed' : 'failed'}) is not the one its numbers give (${verdict.passed ? 'passed' : 'failed'}: ${verdict.reasons.join('; ')})`)
  }
  return report
}
