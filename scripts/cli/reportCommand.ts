import type { Command } from 'commander'
import { z } from 'zod'
import { formatCostReport, formatPhaseReport, phaseReportSchema, type CostReport, type PhaseReport } from '../../orchestrator/economy/index.ts'
import { BaseError } from '../../shared/errors/index.ts'
import { formatQualityReport, qualityReportSchema, type QualityReport } from './formatQualityReport.ts'

export class ReportUnavailableError extends BaseError {
  override name = 'ReportUnavailableError'
  constructor(url: string, reason: string) {
    super('Could not read the cost report from the orchestrator', { details: { url, reason } })
  }
}

const reportShape = z.object({ sessions: z.number(), sovereigntyPercent: z.number() }).passthrough()

export function registerReportCommand(program: Command): void {
  program.command('report')
    .description('print the cost and sovereignty table computed from the traffic an orchestrator recorded, the seed\'s phase table replayed from that traffic, and each node\'s reputation from quality sampling')
    .option('--url <url>', 'orchestrator API', process.env.MAIA_API_URL ?? 'http://127.0.0.1:8787')
    .option('--api-key <key>', 'orchestrator API key (or MAIA_API_KEY)', process.env.MAIA_API_KEY)
    .option('--json', 'print the report as JSON')
    .action(async (flags: { url: string; apiKey?: string; json?: boolean }) => {
      const url = `${flags.url.replace(/\/+$/, '')}/v1/report`
      let response: Response
      try {
        response = await fetch(url, { headers: { 'x-api-key': flags.apiKey ?? '' }, signal: AbortSignal.timeout(10_000) })
      } catch (cause) {
        throw new ReportUnavailableError(url, cause instanceof Error ? cause.message : String(cause))
      }
      const quality = await readQuality(flags.url, flags.apiKey)
      // An orchestrator without the MAIA pipeline keeps no cost report; its quality figures still print.
      if (response.status === 404 && quality !== undefined) {
        process.stdout.write(flags.json === true ? `${JSON.stringify({ quality }, null, 2)}\n` : `${formatQualityReport(quality)}\n`)
        return
      }
      if (!response.ok) throw new ReportUnavailableError(url, `HTTP ${response.status}: ${await response.text()}`)
      const parsed = reportShape.safeParse(await response.json())
      if (!parsed.success) throw new ReportUnavailableError(url, 'the response is not a cost report')
      const report = parsed.data as unknown as CostReport
      const phases = await readPhases(flags.url, flags.apiKey)
      if (flags.json === true) {
        process.stdout.write(`${JSON.stringify({ ...report, ...(phases === undefined ? {} : { phases }), ...(quality === undefined ? {} : { quality }) }, null, 2)}\n`)
        return
      }
      process.stdout.write(`${formatCostReport(report)}\n${phases === undefined ? '' : `\n${formatPhaseReport(phases)}\n`}${quality === undefined ? '' : `\n${formatQualityReport(quality)}\n`}`)
    })
}

/** The seed's phase table replayed from the recorded traffic (404 from an orchestrator without it: left out). */
async function readPhases(base: string, apiKey: string | undefined): Promise<PhaseReport | undefined> {
  const url = `${base.replace(/\/+$/, '')}/v1/report/phases`
  let response: Response
  try {
    response = await fetch(url, { headers: { 'x-api-key': apiKey ?? '' }, signal: AbortSignal.timeout(30_000) })
  } catch (cause) {
    throw new ReportUnavailableError(url, cause instanceof Error ? cause.message : String(cause))
  }
  if (response.status === 404) return undefined
  if (!response.ok) throw new ReportUnavailableError(url, `HTTP ${response.status}: ${await response.text()}`)
  const parsed = phaseReportSchema.safeParse(await response.json())
  if (!parsed.success) throw new ReportUnavailableError(url, 'the response is not a phase report')
  return parsed.data
}

/** Quality sampling's figures, when the orchestrator runs it (404 otherwise: the section is left out). */
async function readQuality(base: string, apiKey: string | undefined): Promise<QualityReport | undefined> {
  const url = `${base.replace(/\/+$/, '')}/v1/quality`
  let response: Response
  try {
    response = await fetch(url, { headers: { 'x-api-key': apiKey ?? '' }, signal: AbortSignal.timeout(10_000) })
  } catch (cause) {
    throw new ReportUnavailableError(url, cause instanceof Error ? cause.message : String(cause))
  }
  if (response.status === 404) return undefined
  if (!response.ok) throw new ReportUnavailableError(url, `HTTP ${response.status}: ${await response.text()}`)
  const parsed = qualityReportSchema.safeParse(await response.json())
  if (!parsed.success) throw new ReportUnavailableError(url, 'the response is not a quality report')
  return parsed.data
}
