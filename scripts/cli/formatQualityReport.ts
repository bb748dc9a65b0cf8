import { z } from 'zod'

/** `GET /v1/quality` as `maia report` reads it (extra fields pass through to `--json`). */
export const qualityReportSchema = z.object({
  counters: z.object({ served: z.number(), sampled: z.number(), verified: z.number(), peerAnswers: z.number(), referenceAnswers: z.number(), flagged: z.number(), slashed: z.number(), failedChecks: z.number() }).passthrough(),
  sampledShare: z.number(),
  reference: z.object({ answers: z.number(), inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number().optional() }).passthrough().optional(),
  nodes: z.array(z.object({
    ethAddress: z.string(),
    peerIds: z.array(z.string()),
    mean: z.number(),
    integrityChecks: z.number(),
    integrityFailures: z.number(),
    meanRelativeQuality: z.number().nullable(),
    quarantinedUntil: z.number(),
    routingWeight: z.number(),
    rewardMultiplier: z.number()
  }).passthrough())
}).passthrough()
export type QualityReport = z.infer<typeof qualityReportSchema>

/** The quality-sampling section of `maia report`: what was checked, and each node's standing. */
export function formatQualityReport(report: QualityReport, now = Date.now()): string {
  const { counters } = report
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`
  const lines = [
    `Quality sampling: ${counters.sampled} of ${counters.served} network answers sampled (${percent(report.sampledShare)}); ` +
      `${counters.verified} verified, ${counters.peerAnswers} peer re-answers, ${counters.referenceAnswers} reference answers; ` +
      `${counters.flagged} flagged, ${counters.slashed} slashed${counters.failedChecks > 0 ? `, ${counters.failedChecks} checks failed` : ''}`
  ]
  if (report.reference !== undefined) {
    lines.push(`Reference (Claude) for sampling: ${report.reference.answers} answers, ${report.reference.inputTokens + report.reference.outputTokens} tokens` +
      (report.reference.costUsd === undefined ? '' : `, $${report.reference.costUsd.toFixed(4)}`))
  }
  if (report.nodes.length === 0) return lines.join('\n')
  lines.push('', 'Node                                        reputation  weight  rewards  checks  failed  quality  status')
  for (const node of report.nodes) {
    const quarantined = node.quarantinedUntil > now
    lines.push([
      node.ethAddress.padEnd(43),
      node.mean.toFixed(3).padStart(10),
      node.routingWeight.toFixed(2).padStart(7),
      `×${node.rewardMultiplier.toFixed(2)}`.padStart(8),
      String(node.integrityChecks).padStart(7),
      String(node.integrityFailures).padStart(7),
      (node.meanRelativeQuality === null ? '—' : node.meanRelativeQuality.toFixed(2)).padStart(8),
      quarantined ? ` quarantined until ${new Date(node.quarantinedUntil).toISOString()}` : ' serving'
    ].join(' '))
  }
  return lines.join('\n')
}
