/** Small statistics helpers shared by the benchmarks. */
import { request as httpRequest, type Agent, type ClientRequest, type IncomingMessage } from 'node:http'
export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!
}

export function median(values: number[]): number {
  return percentile(values, 0.5)
}

export function format(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
}

/** Sends a POST with node:http on a kept-alive agent (headers and body in one write). */
function post(url: string, headers: Record<string, string>, payload: string, agent: Agent, onResponse: (response: IncomingMessage) => void, onError: (error: Error) => void): ClientRequest {
  const request = httpRequest(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(payload) } }, onResponse)
  request.on('error', onError)
  request.end(payload)
  return request
}

/** A POST with node:http on a kept-alive agent (headers and body in one write): its status and whole body. */
export function postJson(url: string, headers: Record<string, string>, payload: string, agent: Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    post(url, headers, payload, agent, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => { body += chunk })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      response.on('error', reject)
    }, reject)
  })
}

/** Parses an Anthropic SSE stream given in pieces: text deltas to `onText`, output tokens as reported; throws on an error event. */
function anthropicEventReader(onText: (text: string) => void): { push(chunk: string): void; readonly outputTokens: number } {
  let buffer = ''
  let outputTokens = 0
  return {
    get outputTokens() { return outputTokens },
    push(chunk) {
      buffer += chunk
      let boundary
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, boundary)
        buffer = buffer.slice(boundary + 2)
        const data = event.split('\n').find((line) => line.startsWith('data: '))?.slice(6)
        if (data === undefined) continue
        const parsed = JSON.parse(data) as { type: string; delta?: { text?: string }; usage?: { output_tokens?: number }; error?: { message: string } }
        if (parsed.type === 'content_block_delta' && parsed.delta?.text !== undefined) onText(parsed.delta.text)
        if (parsed.type === 'message_delta') outputTokens = parsed.usage?.output_tokens ?? outputTokens
        if (parsed.type === 'error') throw new Error(parsed.error?.message ?? 'stream error')
      }
    }
  }
}

/**
 * An Anthropic SSE stream posted with node:http on a kept-alive agent instead of fetch (undici): the
 * request's headers and body leave in one write and each event is parsed from plain buffers, so the
 * client's own cost is smaller. `onHeaders` hears when the response's headers arrive; returns the
 * output tokens reported.
 */
export function postAnthropicStream(url: string, headers: Record<string, string>, payload: string, agent: Agent, onText: (text: string) => void, onHeaders: () => void = () => {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = post(url, headers, payload, agent, (response) => {
      onHeaders()
      if (response.statusCode !== 200) {
        let body = ''
        response.setEncoding('utf8').on('data', (chunk: string) => { body += chunk }).on('end', () => reject(new Error(`HTTP ${response.statusCode}: ${body}`)))
        return
      }
      const events = anthropicEventReader(onText)
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        try {
          events.push(chunk)
        } catch (error) {
          request.destroy()
          reject(error)
        }
      })
      response.on('end', () => resolve(events.outputTokens))
      response.on('error', reject)
    }, reject)
  })
}

/** Reads an Anthropic SSE stream from fetch, calling `onText` per text delta; returns output tokens reported. */
export async function readAnthropicStream(response: Response, onText: (text: string) => void): Promise<number> {
  if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}: ${await response.text()}`)
  const decoder = new TextDecoder()
  const events = anthropicEventReader(onText)
  for await (const chunk of response.body) events.push(decoder.decode(chunk, { stream: true }))
  return events.outputTokens
}
