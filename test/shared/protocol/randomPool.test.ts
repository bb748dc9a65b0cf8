import { describe, expect, it } from 'vitest'
import { createRandomPool } from '../../../shared/protocol/randomPool.ts'

describe('createRandomPool', () => {
  it('hands out hex of the asked length, never the same bytes twice, across refills', () => {
    const random = createRandomPool(64)
    const seen = new Set<string>()
    // 200 draws of 32 bytes through a 64-byte pool: 100 refills, each value its own slice.
    for (let draw = 0; draw < 200; draw++) {
      const value = random.hex(32)
      expect(value).toMatch(/^[0-9a-f]{64}$/u)
      expect(seen.has(value)).toBe(false)
      seen.add(value)
    }
  })

  it('refills rather than hand out a value that would straddle the end of the pool', () => {
    const random = createRandomPool(40)
    const first = random.hex(32)
    const second = random.hex(32) // 8 bytes left: a fresh fill, not 8 old bytes + 24 new
    expect(second).not.toBe(first)
    expect(second).toHaveLength(64)
  })

  it('draws 32-bit seeds spread over the whole range', () => {
    const random = createRandomPool()
    const seeds = Array.from({ length: 2_000 }, () => random.uint32())
    for (const seed of seeds) expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffff_ffff).toBe(true)
    expect(new Set(seeds).size).toBeGreaterThan(1_990)
    expect(Math.max(...seeds)).toBeGreaterThan(0xf000_0000)
  })

  it('refuses a draw larger than the pool', () => {
    expect(() => createRandomPool(16).hex(17)).toThrow(RangeError)
  })
})
