import { describe, expect, it } from 'vitest'
import { fnv1a, fnv1aContinue, FNV1A_OFFSET } from '../../../shared/util/index.ts'

describe('fnv1a', () => {
  it('keeps its published values (the shipped safety weights rely on them)', () => {
    // FNV-1a 32-bit test vectors.
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(fnv1a('foobar')).toBe(0xbf9cf968)
  })

  it('reads on from a state: a prefix then a slice gives the whole string, without building it', () => {
    const text = 'forgive the wound, j’ai pris 20 comprimés, 我要杀了'
    for (let start = 0; start < text.length; start += 3) {
      for (const size of [3, 4, 5, 6]) {
        const end = Math.min(text.length, start + size)
        expect(fnv1aContinue(fnv1aContinue(FNV1A_OFFSET, 'c'), text, start, end) >>> 0).toBe(fnv1a(`c${text.slice(start, end)}`))
      }
    }
  })
})
