import type { Socket } from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { formatZodIssues } from '../../shared/util/index.ts'
import { ApiError } from './ApiError.ts'

/**
 * Reads a JSON body of at most `limitBytes`, failing with the API's own error kinds. Listens for
 * the chunks rather than iterating the request asynchronously: the body of a small request is
 * already buffered when the handler asks, and an async iterator paid a `readable` tick and a
 * promise per chunk on the path to the first token. A body over the limit destroys the request,
 * as leaving a `for await` loop did.
 */
export function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > limitBytes) return Promise.reject(new ApiError('request_too_large', `Request body exceeds ${limitBytes} bytes`))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const settle = (outcome: () => void): void => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose)
      outcome()
    }
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limitBytes) {
        chunks.push(chunk)
        return
      }
      settle(() => reject(new ApiError('request_too_large', `Request body exceeds ${limitBytes} bytes`)))
      request.destroy()
    }
    const onEnd = (): void => settle(() => {
      try {
        resolve(parseJsonText(Buffer.concat(chunks).toString('utf8')))
      } catch (error) {
        reject(error)
      }
    })
    const onError = (error: Error): void => settle(() => reject(error))
    const onClose = (): void => settle(() => reject(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' })))
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose)
  })
}

function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new ApiError('invalid_request_error', 'Request body is empty; expected JSON')
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('invalid_request_error', 'Request body is not valid JSON')
  }
}

/** Validates a parsed body against a schema, naming every offending field. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new ApiError('invalid_request_error', formatZodIssues(parsed.error), { param: first?.path.join('.') })
  }
  return parsed.data
}

/** JSON where bigints (token amounts) become decimal strings, as JSON numbers lose precision past 2^53. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = stringifyWithBigInts(body)
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

const bigIntsAsStrings = (_key: string, value: unknown): unknown => typeof value === 'bigint' ? value.toString() : value

/**
 * JSON.stringify with bigints as decimal strings. Most bodies (every answer) hold none: they are
 * serialised without a replacer, which calls back into JavaScript for every value; only a body
 * that refuses (JSON.stringify throws a TypeError on a bigint) is serialised again with one.
 */
function stringifyWithBigInts(body: unknown): string {
  try {
    return JSON.stringify(body)
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    return JSON.stringify(body, bigIntsAsStrings)
  }
}

/** Starts a server-sent-events response. */
export function startEventStream(response: ServerResponse): void {
  // Not flushed on their own: the headers leave with the first events, in one write (writeEvent).
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
}

/**
 * Writes one SSE event; `event` is omitted for OpenAI-style data-only streams. Events written in
 * the same tick leave in one system call: a stream's start (headers, message_start, block start,
 * the first delta) and its end were four or five writes, each a wake-up of the reader, on the
 * path to the first token.
 */
export function writeEvent(response: ServerResponse, data: unknown, event?: string): void {
  const payload = typeof data === 'string' ? data : JSON.stringify(data)
  const socket = response.socket
  if (socket !== null && socket.writableCorked === 0) {
    socket.cork()
    process.nextTick(uncork, socket)
  }
  response.write(`${event === undefined ? '' : `event: ${event}\n`}data: ${payload}\n\n`)
}

function uncork(socket: Socket): void {
  socket.uncork()
}
