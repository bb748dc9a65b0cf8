import { createWriteStream } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { Readable, Transform, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { Command } from 'commander'
import { z } from 'zod'
import { BaseError } from '../../shared/errors/index.ts'

export class DistillationUnavailableError extends BaseError {
  override name = 'DistillationUnavailableError'
  constructor(url: string, reason: string) {
    super('Could not read the distillation set from the orchestrator', { details: { url, reason } })
  }
}

/** The JSON document an orchestrator from before the streamed export answers, whatever `format` asks. */
const exportShape = z.object({ count: z.number().int().min(0), format: z.literal('chat-jsonl'), lines: z.array(z.string()) })

/** How long the orchestrator may take to start answering; the export itself takes as long as it streams. */
const HEADERS_TIMEOUT_MS = 60_000

/**
 * `maia quality export --out set.jsonl`: the phase-3 distillation set an orchestrator kept from
 * quality sampling (each sampled prompt with the reference answer as the target), as chat JSONL,
 * streamed to the file (`?format=jsonl`): the set may hold hundreds of MiB.
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
      const response = await requestExport(`${url}?format=jsonl`, flags.apiKey ?? '', url)
      const lines = (response.headers.get('content-type') ?? '').startsWith('application/json')
        ? await writeJsonExport(response, flags.out, url)
        : await writeStreamedExport(response, flags.out, url)
      if (flags.out !== '-') process.stderr.write(`wrote ${lines} samples to ${flags.out}\n`)
    })
}

async function requestExport(target: string, apiKey: string, url: string): Promise<Response> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(new Error(`no answer within ${HEADERS_TIMEOUT_MS / 1000} s`)), HEADERS_TIMEOUT_MS)
  try {
    const response = await fetch(target, { headers: { 'x-api-key': apiKey }, signal: abort.signal })
    if (!response.ok) throw new DistillationUnavailableError(url, `HTTP ${response.status}: ${await response.text()}`)
    return response
  } catch (cause) {
    if (cause instanceof DistillationUnavailableError) throw cause
    throw new DistillationUnavailableError(url, cause instanceof Error ? cause.message : String(cause))
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Copies the JSONL body as it arrives, counting its lines. A file is written beside its name and
 * renamed once whole: an export cut short leaves no file that looks complete.
 */
async function writeStreamedExport(response: Response, out: string, url: string): Promise<number> {
  if (response.body === null) throw new DistillationUnavailableError(url, 'the response has no body')
  let lines = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) lines += 1
      done(null, chunk)
    }
  })
  const source = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)
  const partial = `${out}.partial`
  try {
    if (out === '-') await pipeline(source, counter, process.stdout as Writable, { end: false })
    else {
      await pipeline(source, counter, createWriteStream(partial, { mode: 0o600 }))
      await rename(partial, out)
    }
  } catch (cause) {
    if (out !== '-') await rm(partial, { force: true })
    throw new DistillationUnavailableError(url, `the export was cut short: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
  return lines
}

async function writeJsonExport(response: Response, out: string, url: string): Promise<number> {
  const parsed = exportShape.safeParse(await response.json())
  if (!parsed.success) throw new DistillationUnavailableError(url, 'the response is not a distillation export')
  const text = parsed.data.lines.map((line) => `${line}\n`).join('')
  if (out === '-') process.stdout.write(text)
  else await writeFile(out, text, { mode: 0o600 })
  return parsed.data.count
}
