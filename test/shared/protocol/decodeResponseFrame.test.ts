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
