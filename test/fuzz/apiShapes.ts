import { expect } from 'vitest'

export type Dialect = 'anthropic' | 'openai'

export const PATHS: Record<Dialect, string> = { anthropic: '/v1/messages', openai: '/v1/chat/completions' }

export interface Answer {
  status: number
  contentType: string
  text: string
}

/** POSTs raw bytes with a deadline, so a hang fails the property instead of the whole test file. */
export async function postRaw(url: string, apiKey: string, dialect: Dialect, body: string | Uint8Array, timeoutMs = 5_000): Promise<Answer> {
  const response = await fetch(`${url}${PATHS[dialect]}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body,
    signal: AbortSignal.timeout(timeoutMs)
  })
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() }
}

/**
 * The contract every answer keeps, whatever was sent: never a 5xx; an error is JSON in the
 * caller's API shape with a non-empty message; a 200 is a complete answer of that API (JSON or a
 * stream that ended as the API ends one).
 */
export function expectWellFormedAnswer(dialect: Dialect, answer: Answer): void {
  const context = `${dialect} ${answer.status}: ${answer.text.slice(0, 300)}`
  expect(answer.status, context).toBeLessThan(500)
  if (answer.status !== 200) {
    expect(answer.contentType, context).toContain('application/json')
    const body = JSON.parse(answer.text) as Record<string, unknown>
    if (dialect === 'anthropic') expect(body, context).toMatchObject({ type: 'error', error: { type: expect.any(String), message: expect.stringMatching(/\S/) } })
    else expect(body, context).toMatchObject({ error: { type: expect.any(String), message: expect.stringMatching(/\S/), param: expect.toSatisfy((value) => value === null || typeof value === 'string'), code: expect.toSatisfy((value) => value === null || typeof value === 'string') } })
    return
  }
  if (answer.contentType.includes('text/event-stream')) {
    expect(answer.text, context).toMatch(dialect === 'anthropic' ? /event: message_stop\ndata: .*\n\n$/ : /data: \[DONE\]\n\n$/)
    expect(answer.text, context).not.toMatch(dialect === 'anthropic' ? /event: error/ : /"error"/)
    return
  }
  const body = JSON.parse(answer.text) as Record<string, unknown>
  if (dialect === 'anthropic') expect(body, context).toMatchObject({ type: 'message', role: 'assistant', content: expect.any(Array) })
  else expect(body, context).toMatchObject({ object: 'chat.completion', choices: [{ message: { role: 'assistant' } }] })
}
