import { INTENTS, type Intent } from '../../orchestrator/maia/intent/intents.ts'
import type { EvaluationReport } from '../../orchestrator/maia/intent/evaluation.ts'

const SHORT: Record<Intent, string> = {
  elemental_check_in: 'check_in',
  simple_reflection: 'reflect',
  shadow_work: 'shadow',
  complex_synthesis: 'synth',
  oracle_reading: 'oracle',
  safety_escalation: 'SAFETY'
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`

/** Accuracy, per-class precision/recall, and the confusion matrix (rows actual, columns predicted). */
export function formatReport(title: string, report: EvaluationReport): string {
  const lines = [`${title}: accuracy ${percent(report.accuracy)} (${Math.round(report.accuracy * report.total)}/${report.total})`]
  lines.push(`  ${'intent'.padEnd(20)} precision   recall   support`)
  for (const intent of INTENTS) {
    const metrics = report.perClass[intent]
    lines.push(`  ${intent.padEnd(20)} ${percent(metrics.precision).padStart(9)} ${percent(metrics.recall).padStart(8)} ${String(metrics.support).padStart(9)}`)
  }
  lines.push(`  confusion (rows: actual, columns: predicted)`)
  lines.push(`  ${''.padEnd(10)}${INTENTS.map((intent) => SHORT[intent].padStart(9)).join('')}`)
  for (const actual of INTENTS) {
    lines.push(`  ${SHORT[actual].padEnd(10)}${INTENTS.map((predicted) => String(report.confusion[actual][predicted]).padStart(9)).join('')}`)
  }
  return lines.join('\n')
}

export function formatErrors(report: EvaluationReport): string {
  return report.errors.map((error) => `    ${SHORT[error.actual]} → ${SHORT[error.predicted]}: ${error.text}`).join('\n')
}

export { percent }
