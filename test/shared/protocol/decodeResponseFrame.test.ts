import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeResponseFrame } from '../../../shared/protocol/decodeResponseFrame.ts'
import { decodeFrame } from '../../../shared/protocol/frameCodec.ts'
import { responseFrameSchema } from '../../../shared/protocol/inference.ts'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const viaSchema = (bytes: Uint8Array): unknown => decodeFrame(bytes, responseFrameSchema, 'inference response frame')
const outcome = (decode: (bytes: Uint8Array) => unknown, bytes: Uint8Array): unknown => {
  try { return { frame: decode(bytes) } } catch (error) { return { error: (error as Error).name, message: (error as Error).message } }
}

describe('decodeResponseFrame: the schema\'s answers, token frames checked by hand', () => {
  const cases = [
    '{"type":"token","text":"hello"}', '{"type":"token","text":""}', '{"type":"token","text":"a","tokens":3}',
    '{"type":"token","text":"a","tokens":1}', '{"type":"token","text":"a","tokens":1000000}',
    '{"type":"token","text":"a","tokens":0}', '{"type":"token","text":"a","tokens":1000001}', '{"type":"token","text":"a","tokens":1.5}',
    '{"type":"token","text":"a","tokens":"2"}', '{"type":"token","text":"a","tokens":null}', '{"type":"token","text":5}',
    '{"type":"token"}', '{"type":"token","text":"a","extra":1}', '{"type":"token","text":"a","__proto__":{"x":1}}',
    '{"type":"TOKEN","text":"a"}', '["token","a"]', 'null', '"token"', '{"type":"accepted","queuePosition":0}',
    '{"type":"accepted","queuePosition":-1}', '{"type":"error","code":"busy","message":"full"}', '{"type":"error","code":"nope","message":""}',
    '{"type":"final"}', 'not json', '{"type":"token","text":"\\u00e9\\ud83d\\ude00"}'
  ]

  it('accepts and refuses exactly what the schema does, with the same errors', () => {
    for (const text of cases) expect(outcome(decodeResponseFrame, encode(text)), text).toEqual(outcome(viaSchema, encode(text)))
    const notUtf8 = Uint8Array.of(0x7b, 0xff, 0x7d)
    expect(outcome(decodeResponseFrame, notUtf8)).toEqual(outcome(viaSchema, notUtf8))
  })

  it('agrees with the schema on random token-like frames', () => {
    let seed = 7
    const random = (): number => { seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31; return seed / 2 ** 31 }
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
    for (let index = 0; index < 2_000; index += 1) {
      const frame: Record<string, unknown> = {}
      if (random() < 0.95) frame.type = pick(['token', 'token', 'token', 'accepted', 'x'])
      if (random() < 0.95) frame.text = pick(['w', '', 'two words', 3, null, ['a']])
      if (random() < 0.5) frame.tokens = pick([1, 2, 7, 0, -1, 2.5, 1_000_000, 1_000_001, '3', null, true])
      if (random() < 0.1) frame[pick(['queuePosition', 'other', 'usage'])] = 1
      const bytes = encode(JSON.stringify(frame))
      expect(outcome(decodeResponseFrame, bytes), JSON.stringify(frame)).toEqual(outcome(viaSchema, bytes))
    }
  })
})

describe('decodeResponseFrame: final frames checked by hand, the schema\'s answers', () => {
  const hex = (byte: string): string => `0x${byte.repeat(32)}`
  const valid = (): Record<string, unknown> => ({
    type: 'final', stopReason: 'end_turn', stopSequence: null,
    usage: { inputTokens: 3, outputTokens: 2 },
    timings: { queueMs: 0, firstTokenMs: 1.5, totalMs: 4 },
    receipt: {
      requestId: hex('ab'), promptHash: hex('01'), outputHash: hex('02'), inputTokens: 3, outputTokens: 2,
      modelHash: hex('03'), node: `0x${'Aa'.repeat(20)}`, chainId: 31_337, signature: `0x${'12'.repeat(64)}1b`
    },
    tokens: [5, 0, 2_147_483_647]
  })
  const same = (frame: unknown): void => {
    const bytes = encode(JSON.stringify(frame))
    expect(outcome(decodeResponseFrame, bytes), JSON.stringify(frame)).toEqual(outcome(viaSchema, bytes))
  }

  it('accepts a valid final frame (with and without token ids) as the schema does', () => {
    same(valid())
    const { tokens: _tokens, ...withoutIds } = valid()
    same(withoutIds)
    expect((decodeResponseFrame(encode(JSON.stringify(valid()))) as { type: string }).type).toBe('final')
  })

  // Each path, mutated into values at and past the schema's edges: every answer the schema's.
  const edges: unknown[] = [
    null, undefined, 0, -0, -1, 1, 1.5, 2 ** 53, 2 ** 53 - 1, 2 ** 31, 2 ** 31 - 1, 1e400, '', 'x', '1', true, [], {}, [1], { a: 1 },
    hex('AB'), hex('ab'), `${hex('ab')}0`, `0x${'Aa'.repeat(20)}`, `0x${'aa'.repeat(19)}`, `0x${'12'.repeat(64)}1c`, `0x${'12'.repeat(64)}1d`, `0x${'12'.repeat(64)}00`,
    'end_turn', 'max_tokens', 'stop_sequence', 'END_TURN', 'final', 'token'
  ]
  const paths = [
    ['type'], ['stopReason'], ['stopSequence'], ['usage'], ['usage', 'inputTokens'], ['usage', 'outputTokens'], ['usage', 'extra'],
    ['timings'], ['timings', 'queueMs'], ['timings', 'firstTokenMs'], ['timings', 'totalMs'], ['timings', 'extra'],
    ['receipt'], ['receipt', 'requestId'], ['receipt', 'promptHash'], ['receipt', 'outputHash'], ['receipt', 'modelHash'], ['receipt', 'inputTokens'],
    ['receipt', 'outputTokens'], ['receipt', 'node'], ['receipt', 'chainId'], ['receipt', 'signature'], ['receipt', 'extra'],
    ['tokens'], ['tokens', '0'], ['tokens', '2'], ['extra'], ['__proto__'], ['receipt', '__proto__']
  ]
  const mutate = (frame: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> => {
    let target = frame
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>
    const last = path.at(-1)!
    if (value === undefined) delete target[last]
    // A copy: the edge objects are shared, and a later mutation must not write into them.
    else Object.defineProperty(target, last, { value: structuredClone(value), enumerable: true, writable: true, configurable: true })
    return frame
  }

  it('agrees with the schema on every field set to every edge value', () => {
    for (const path of paths) for (const value of edges) same(mutate(valid(), path, value))
  })

  it('agrees with the schema on random mixes of mutations (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...edges)), { minLength: 1, maxLength: 4 }),
      (mutations) => {
        const frame = valid()
        for (const [path, value] of mutations) {
          try { mutate(frame, path, value) } catch { /* the parent was replaced by a non-object: nothing to mutate */ }
        }
        same(frame)
      }
    ), { numRuns: 3_000 })
  })

  it('agrees with the schema on token id lists at the length limit', () => {
    same({ ...valid(), tokens: Array.from({ length: 32_768 }, (_, index) => index) })
    same({ ...valid(), tokens: Array.from({ length: 32_769 }, (_, index) => index) })
  })
})
