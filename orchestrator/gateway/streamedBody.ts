import { once } from 'node:events'
import type { ServerResponse } from 'node:http'

/**
 * What a route returns to have its body written as it is produced (an export of any size),
 * instead of a value serialised whole: the orchestrator holds one chunk at a time, not the body.
 *
 * @example
 * handle: () => new StreamedBody('application/x-ndjson', lines())
 */
export class StreamedBody {
  readonly contentType: string
  readonly chunks: AsyncIterable<string>
  constructor(contentType: string, chunks: AsyncIterable<string>) {
    this.contentType = contentType
    this.chunks = chunks
  }
}

/** Chunks are gathered up to this many characters per write: one system call per line was most of the cost of a large export. */
const WRITE_CHARACTERS = 64 * 1024

/**
 * Writes a streamed body (chunked), waiting for the client to drain what it was sent before
 * reading on: a slow reader holds up the producer, not the orchestrator's memory. When the client
 * leaves (`signal`), the producer is closed and nothing more is read. A failure once the 200 is
 * out cuts the connection, so the client sees an error, not a body that merely ends early.
 */
export async function sendStreamedBody(response: ServerResponse, body: StreamedBody, signal: AbortSignal): Promise<void> {
  response.writeHead(200, { 'content-type': body.contentType, 'cache-control': 'no-store' })
  let pending = ''
  const flush = async (): Promise<void> => {
    const chunk = pending
    pending = ''
    if (!response.write(chunk)) await once(response, 'drain', { signal })
  }
  try {
    for await (const chunk of body.chunks) {
      signal.throwIfAborted()
      pending += chunk
      if (pending.length >= WRITE_CHARACTERS) await flush()
    }
    if (pending !== '') await flush()
    response.end()
  } catch (error) {
    response.destroy()
    if (!signal.aborted) throw error
  }
}
