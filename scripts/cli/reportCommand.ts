import type { Command } from 'commander'
import { z } from 'zod'
import { formatCostReport, type CostReport } from '../../orchestrator/economy/index.ts'
import { BaseError } from '../../shared/errors/index.ts'

export class ReportUnavailableError extends BaseError {
  override name = 'ReportUnavailableError'
  constructor(url: string, reason: string) {
    super('Could not read the cost report from the orchestrator', { details: { url, reason } })
  }
}

const reportShape = z.object({ sessions: z.number(), sovereigntyPercent: z.number() }).passthrough()

export function registerReportCommand(program: Command): void {
  program.command('report')
    .description('print the cost and sovereignty table computed from the traffic an orchestrator recorded')
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
      if (!response.ok) throw new ReportUnavailableError(url, `HTTP ${response.status}: ${await response.text()}`)
      const parsed = reportShape.safeParse(await response.json())
      if (!parsed.success) throw new ReportUnavailableError(url, 'the response is not a cost report')
      const report = parsed.data as unknown as CostReport
      process.stdout.write(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : `${formatCostReport(report)}\n`)
    })
}
