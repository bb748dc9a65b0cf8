import { z } from 'zod'
import { formatZodIssues } from '../../shared/util/index.ts'
import { ApiError, StreamedBody, type ApiRoute } from '../gateway/index.ts'
import { formatDistillationCursor, parseDistillationCursor, type DistillationExportOptions, type DistillationSet, type ExportedChatLine } from '../quality/index.ts'

/** Lines one page holds at most when a `limit` is asked for (without one, the whole set, streamed). */
export const MAX_DISTILLATION_PAGE = 1_000_000

const querySchema = z.object({
  format: z.enum(['json', 'jsonl']).default('json'),
  limit: z.coerce.number().int().min(1).max(MAX_DISTILLATION_PAGE).optional(),
  /** A page's `next` (`<createdAt>:<requestId>` of its last line). */
  after: z.string().max(240).optional(),
  since: z.coerce.number().int().min(0).optional()
})

/**
 * `GET /v1/quality/distillation`, for operators: the phase-3 distillation set as chat JSONL
 * (`maia quality export`), written as the store is read, never built whole in memory.
 * - default: `{"format": "chat-jsonl", "lines": [...], "count": n}` (one line per string), with
 *   `"next"` when `limit` filled the page;
 * - `?format=jsonl`: the lines themselves, one per line (`application/x-ndjson`);
 * - `?limit=<n>&after=<cursor>` pages through it, oldest first; the cursor of a line is
 *   `<metadata.createdAt>:<metadata.requestId>`; `?since=<ms>` starts at a time.
 */
export function distillationRoute(distillation: DistillationSet): ApiRoute {
  return {
    method: 'GET', path: /^\/v1\/quality\/distillation$/, admin: true,
    handle: (_parameters, _caller, query) => {
      const { format, ...options } = parseQuery(query)
      const lines = distillation.exportChatJsonl(options)
      return format === 'jsonl'
        ? new StreamedBody('application/x-ndjson', jsonLines(lines))
        : new StreamedBody('application/json', jsonDocument(lines, options.limit))
    }
  }
}

function parseQuery(query: URLSearchParams): DistillationExportOptions & { format: 'json' | 'jsonl' } {
  const parsed = querySchema.safeParse(Object.fromEntries(query))
  if (!parsed.success) throw new ApiError('invalid_request_error', formatZodIssues(parsed.error), { param: parsed.error.issues[0]?.path.join('.') })
  const { after, ...rest } = parsed.data
  if (after === undefined) return rest
  const cursor = parseDistillationCursor(after)
  if (cursor === undefined) throw new ApiError('invalid_request_error', 'after: expected a cursor <createdAt>:<requestId> (a page\'s "next")', { param: 'after' })
  return { ...rest, after: cursor }
}

async function* jsonLines(lines: AsyncIterable<ExportedChatLine>): AsyncGenerator<string> {
  for await (const line of lines) yield `${line.text}\n`
}

/** The export's JSON document, piece by piece; `count` (and `next`) come last, once known. */
async function* jsonDocument(lines: AsyncIterable<ExportedChatLine>, limit: number | undefined): AsyncGenerator<string> {
  yield '{"format":"chat-jsonl","lines":['
  let count = 0
  let last: ExportedChatLine | undefined
  for await (const line of lines) {
    yield `${count === 0 ? '' : ','}${JSON.stringify(line.text)}`
    count += 1
    last = line
  }
  const next = limit !== undefined && count >= limit && last !== undefined ? `,"next":${JSON.stringify(formatDistillationCursor(last.cursor))}` : ''
  yield `],"count":${count}${next}}`
}
