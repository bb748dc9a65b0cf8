import { describe, expect, it } from 'vitest'
import { decodeInferenceRequest } from '../../../shared/protocol/decodeInferenceRequest.ts'
import { decodeFrame } from '../../../shared/protocol/frameCodec.ts'
import { inferenceRequestSchema } from '../../../shared/protocol/inference.ts'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const viaSchema = (bytes: Uint8Array): unknown => decodeFrame(bytes, inferenceRequestSchema, 'inference request')
const outcome = (decode: (bytes: Uint8Array) => unknown, bytes: Uint8Array): unknown => {
  try { return { request: decode(bytes) } } catch (error) { return { error: (error as Error).name, message: (error as Error).message } }
}
const id = `0x${'ab'.repeat(32)}`
const valid = (): Record<string, unknown> => ({
  type: 'request', id, messages: [{ role: 'system', content: 'You are MAIA.' }, { role: 'user', content: 'hello' }],
  maxTokens: 64, temperature: 0, topP: 1, seed: 7, stop: ['\n\n'], frameIntervalMs: 10
})
/** Checks both decoders agree on `request`; says whether it was accepted. */
const same = (request: unknown): boolean => {
  const bytes = encode(JSON.stringify(request))
  const answer = outcome(decodeInferenceRequest, bytes)
  expect(answer, JSON.stringify(request)).toEqual(outcome(viaSchema, bytes))
  return typeof answer === 'object' && answer !== null && 'request' in answer
}

describe('decodeInferenceRequest: the schema\'s answers, well-formed requests checked by hand', () => {
  it('accepts a full request and a minimal one, with the schema\'s defaults', () => {
    same(valid())
    const minimal = { type: 'request', id, messages: [{ role: 'user', content: 'hi' }], maxTokens: 1 }
    same(minimal)
    expect(decodeInferenceRequest(encode(JSON.stringify(minimal)))).toEqual({ ...minimal, temperature: 0.7, topP: 1, stop: [] })
  })

  it('gives each request its own default stop list (a caller may change it)', () => {
    const minimal = encode(JSON.stringify({ type: 'request', id, messages: [{ role: 'user', content: 'hi' }], maxTokens: 1 }))
    expect(decodeInferenceRequest(minimal).stop).not.toBe(decodeInferenceRequest(minimal).stop)
  })

  it('refuses exactly what the schema refuses, with the same errors', () => {
    const edits: Array<(request: Record<string, unknown>) => void> = [
      (r) => { r.type = 'final' }, (r) => { delete r.type }, (r) => { r.id = id.toUpperCase() }, (r) => { r.id = id.slice(0, -2) }, (r) => { r.id = 5 },
      (r) => { r.messages = [] }, (r) => { r.messages = 'hi' }, (r) => { r.messages = [{ role: 'tool', content: 'x' }] }, (r) => { r.messages = [{ role: 'user' }] },
      (r) => { r.messages = [{ role: 'user', content: 'x', name: 'n' }] }, (r) => { r.messages = [{ role: 'user', content: 5 }] }, (r) => { r.messages = [null] },
      (r) => { r.messages = [{ role: 'user', content: 'x'.repeat(512 * 1024 + 1) }] }, (r) => { r.messages = [{ role: 'user', content: 'x'.repeat(512 * 1024) }] },
      (r) => { r.messages = Array.from({ length: 1_001 }, () => ({ role: 'user', content: 'x' })) }, (r) => { r.messages = Array.from({ length: 1_000 }, () => ({ role: 'user', content: 'x' })) },
      (r) => { r.maxTokens = 0 }, (r) => { r.maxTokens = 32_768 }, (r) => { r.maxTokens = 32_769 }, (r) => { r.maxTokens = 1.5 }, (r) => { r.maxTokens = '64' }, (r) => { delete r.maxTokens },
      (r) => { r.temperature = -0.1 }, (r) => { r.temperature = 2 }, (r) => { r.temperature = 2.01 }, (r) => { r.temperature = null }, (r) => { delete r.temperature },
      (r) => { r.topP = 0 }, (r) => { r.topP = 1.01 }, (r) => { r.topP = 0.01 }, (r) => { delete r.topP }, (r) => { r.topP = '1' },
      (r) => { r.seed = -1 }, (r) => { r.seed = 2 ** 32 - 1 }, (r) => { r.seed = 2 ** 32 }, (r) => { r.seed = 0.5 }, (r) => { r.seed = null }, (r) => { delete r.seed },
      (r) => { r.stop = [] }, (r) => { r.stop = [''] }, (r) => { r.stop = ['x'.repeat(200)] }, (r) => { r.stop = ['x'.repeat(201)] }, (r) => { r.stop = Array.from({ length: 9 }, () => 'x') },
      (r) => { r.stop = Array.from({ length: 8 }, () => 'x') }, (r) => { r.stop = 'x' }, (r) => { r.stop = [3] }, (r) => { delete r.stop }, (r) => { r.stop = null },
      (r) => { r.frameIntervalMs = -1 }, (r) => { r.frameIntervalMs = 1_000 }, (r) => { r.frameIntervalMs = 1_001 }, (r) => { r.frameIntervalMs = 2.5 }, (r) => { delete r.frameIntervalMs },
      (r) => { r.extra = 1 }, (r) => { r.model = 'x' }
    ]
    for (const edit of edits) {
      const request = valid()
      edit(request)
      same(request)
    }
    for (const text of ['null', '[]', '"request"', '{}', 'not json', '{"type":"request","__proto__":{"x":1}}', `{"type":"request","id":"${id}","messages":[{"role":"user","content":"x"}],"maxTokens":1e999}`]) {
      expect(outcome(decodeInferenceRequest, encode(text)), text).toEqual(outcome(viaSchema, encode(text)))
    }
    const notUtf8 = Uint8Array.of(0x7b, 0xff, 0x7d)
    expect(outcome(decodeInferenceRequest, notUtf8)).toEqual(outcome(viaSchema, notUtf8))
  })

  it('agrees with the schema on random request-like frames', () => {
    let seed = 11
    const random = (): number => { seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31; return seed / 2 ** 31 }
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
    // Each field is well formed most of the time, so that about a quarter of the frames are requests.
    const message = (): unknown => random() < 0.95 ? { role: pick(['user', 'system', 'assistant', 'user', 'tool']), content: random() < 0.95 ? pick(['hi', '', 'two words']) : 4 } : pick([null, 'x', { role: 'user' }, { content: 'x' }])
    const field = <T>(good: readonly T[], bad: readonly unknown[]): unknown => random() < 0.93 ? pick(good) : pick(bad)
    let accepted = 0
    for (let index = 0; index < 3_000; index += 1) {
      const request: Record<string, unknown> = {}
      if (random() < 0.98) request.type = field(['request'], ['token', 'REQUEST'])
      if (random() < 0.98) request.id = field([id], [id.toUpperCase(), '0x12', 7])
      if (random() < 0.98) request.messages = random() < 0.97 ? Array.from({ length: Math.floor(random() * 3) + (random() < 0.97 ? 1 : 0) }, message) : pick(['x', null, {}])
      if (random() < 0.98) request.maxTokens = field([1, 64, 32_768], [0, 32_769, 2.5, -3, '8', null])
      if (random() < 0.6) request.temperature = field([0, 0.7, 2], [2.5, -1, '1', null, 1e308])
      if (random() < 0.6) request.topP = field([1, 0.5], [0, 1.5, null, 'x'])
      if (random() < 0.4) request.seed = field([0, 42, 2 ** 32 - 1], [2 ** 32, -1, 0.5, null])
      if (random() < 0.5) request.stop = random() < 0.95 ? Array.from({ length: Math.floor(random() * (random() < 0.9 ? 4 : 10)) }, () => field(['a', 'stop here'], ['', 'x'.repeat(201), 5])) : pick(['a', null])
      if (random() < 0.3) request.frameIntervalMs = field([0, 10, 1_000], [1_001, -1, 1.5])
      if (random() < 0.03) request[pick(['model', 'queuePosition', 'text'])] = 1
      if (same(request)) accepted += 1
    }
    // Both sides of the hand check are exercised: enough random frames pass it.
    expect(accepted).toBeGreaterThan(500)
  })
})
