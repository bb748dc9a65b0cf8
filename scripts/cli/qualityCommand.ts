import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { z } from 'zod'
import { BaseError } from '../../shared/errors/index.ts'

export class DistillationUnavailableError extends BaseError {
  override name = 'DistillationUnavailableError'
  constructor(url: string, reason: string) {
    super('Could not read the distillation set from the orchestrator', { details: { url, reason } })
  }
}

const exportShape = z.object({ count: z.number().int().min(0), format: z.literal('chat-jsonl'), lines: z.array(z.string()) })

/**
 * `maia quality export --out set.jsonl`: the phase-3 distillation set an orchestrator kept from
 * quality sampling (each sampled prompt with the reference answer as the target), as chat JSONL.
 */
export function registerQualityCommand(program: Command): void {
  const quality = program.command('quality').description('quality sampling: the distillation set')
  quality.command('export')
    .description('write the distillation set (sampled prompts, the nodes\' answers, the reference answer) as chat JSONL')
    .requiredOption('--out <file>', 'where the JSONL goes (- for stdout)')
    .option('--url <url>', 'orchestrator API', process.env.MAIA_API_URL ?? 'http://127.0.0.1:8787')
    .option('--api-key <key>', 'an operator API key (or MAIA_API_KEY)', process.env.MAIA_API_KEY)
    .action(async (flags: { out: string; url: string; apiKey?: string }) => {
      const url = `${flags.url.replace(/\/+$/, '')}/v1/quality/distillation`
      let response: Response
      try {
        response = await fetch(url, { headers: { 'x-api-key': flags.apiKey ?? '' }, signal: AbortSignal.timeout(60_000) })
      } catch (cause) {
        throw new DistillationUnavailableError(url, cause instanceof Error ? cause.message : String(cause))
      }
      if (!response.ok) throw new DistillationUnavailableError(url, `HTTP ${response.status}: ${await response.text()}`)
      const parsed = exportShape.safeParse(await response.json())
      if (!parsed.success) throw new DistillationUnavailableError(url, 'the response is not a distillation export')
      const text = parsed.data.lines.map((line) => `${line}\n`).join('')
      if (flags.out === '-') process.stdout.write(text)
      else {
        await writeFile(flags.out, text, { mode: 0o600 })
        process.stderr.write(`wrote ${parsed.data.count} samples to ${flags.out}\n`)
      }
    })
}
