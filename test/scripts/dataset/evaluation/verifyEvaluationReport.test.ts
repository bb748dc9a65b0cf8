import { describe, expect, it } from 'vitest'
import { decideVerdict } from '../../../../scripts/dataset/evaluation/decideVerdict.ts'
import { evaluationReportHash, type EvaluationReport } from '../../../../scripts/dataset/evaluation/evaluationReport.ts'
import { rougeL } from '../../../../scripts/dataset/evaluation/rougeL.ts'
import { summarizeExamples } from '../../../../scripts/dataset/evaluation/summarizeExamples.ts'
import { EvaluationReportMismatchError, verifyEvaluationReport } from '../../../../scripts/dataset/evaluation/verifyEvaluationReport.ts'

const sha = (n: number) => `0x${n.toString(16).padStart(64, '0')}`
const round = (value: number) => Math.round(value * 10_000) / 10_000

/** A report as `maia model evaluate` writes it: candidate better on every example. */
function honestReport(logProbs: Array<[number, number]> = [[-1.8, -2.0], [-1.7, -2.0], [-1.9, -2.1], [-2.0, -2.0]]): EvaluationReport {
  const examples = logProbs.map(([candidate, active], index) => {
    const texts = [`the heart opens ${index}`, `a restless mind ${index} wanders`] as const
    return {
      line: index + 1, promptSha256: sha(index + 1),
      candidate: { text: texts[0], rougeL: 0.3, referenceLogProb: candidate, referenceTokens: 16 },
      active: { text: texts[1], rougeL: 0.29, referenceLogProb: active, referenceTokens: 16 },
      agreement: round(rougeL(texts[0], texts[1]))
    }
  })
  const summary = summarizeExamples(examples, true)
  const body: Omit<EvaluationReport, 'hash'> = {
    format: 'maia-evaluation/1',
    candidate: { file: 'v2.gguf', sha256: sha(100), vocabularySize: 512 },
    active: { file: 'v1.gguf', sha256: sha(101), vocabularySize: 512 },
    dataset: { hash: sha(102), testSha256: sha(103), testExamples: examples.length },
    settings: { limit: examples.length, maxTokens: 8, referenceTokens: 16, temperature: 0, seed: 42, contextSize: 2048 },
    examples, skipped: 0, summary, verdict: decideVerdict(summary, 512, examples)
  }
  return { ...body, hash: evaluationReportHash(body) }
}

/** `report` edited by `edit`, then rehashed (what an editor who knows the hash rule does). */
function rehashed(report: EvaluationReport, edit: (body: Omit<EvaluationReport, 'hash'>) => Omit<EvaluationReport, 'hash'>): EvaluationReport {
  const { hash: _old, ...body } = structuredClone(report)
  const edited = edit(body)
  return { ...edited, hash: evaluationReportHash(edited) }
}

const mismatchOf = (report: EvaluationReport): string | undefined => {
  try {
    verifyEvaluationReport(report)
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(EvaluationReportMismatchError)
    return (error as EvaluationReportMismatchError).mismatch
  }
}

describe('verifyEvaluationReport', () => {
  it('accepts a report whose summary and verdict follow from its examples', () => {
    const report = honestReport()
    expect(report.verdict.passed).toBe(true)
    expect(verifyEvaluationReport(report)).toBe(report)
  })

  it('refuses an edit that was not rehashed, and every rehashed edit of the summary, verdict, agreement or examples', () => {
    const report = honestReport()
    expect(mismatchOf({ ...report, skipped: 1 })).toBe('hash')
    const failing = honestReport([[-3, -2], [-3, -2], [-3, -2]])
    expect(failing.verdict.passed).toBe(false)
    expect(mismatchOf(rehashed(failing, (body) => ({ ...body, verdict: { ...body.verdict, passed: true } })))).toBe('verdict')
    // The summary edited to match a pass (and the verdict recomputed from it): the examples say otherwise.
    expect(mismatchOf(rehashed(failing, (body) => {
      const summary = { ...body.summary, candidate: { meanRougeL: 0.5, meanReferenceLogProb: -1 } }
      return { ...body, summary, verdict: decideVerdict(summary, 512, body.examples) }
    }))).toBe('summary')
    // A clone's agreement lowered to dodge the clone check.
    expect(mismatchOf(rehashed(report, (body) => ({ ...body, examples: body.examples.map((example) => ({ ...example, agreement: 0 })) })))).toBe('agreement')
    expect(mismatchOf(rehashed(report, (body) => ({ ...body, examples: body.examples.map((example) => ({ ...example, active: null })) })))).toBe('examples')
  })
})
