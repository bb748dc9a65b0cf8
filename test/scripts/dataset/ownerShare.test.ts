import { describe, expect, it } from 'vitest'
import { ownerLabel, ownerLimits, UNKNOWN_OWNER } from '../../../scripts/dataset/ownerShare.ts'

describe('ownerLimits', () => {
  it('cuts a dominant key to the share while the others stay whole', () => {
    const limits = ownerLimits(new Map([['attacker', 300], ['a', 20], ['b', 20], ['c', 20]]), 0.2)
    expect(Object.fromEntries(limits)).toEqual({ attacker: 15, a: 20, b: 20, c: 20 })
    expect(15 / (15 + 60)).toBeLessThanOrEqual(0.2)
  })

  it('counts lines without an owner as one owner, does not cut a lone owner, and a share of 1 cuts nothing', () => {
    expect(Object.fromEntries(ownerLimits(new Map([[UNKNOWN_OWNER, 50], ['key', 4]]), 0.2))).toEqual({ [UNKNOWN_OWNER]: 1, key: 4 })
    expect(Object.fromEntries(ownerLimits(new Map([[UNKNOWN_OWNER, 50]]), 0.2))).toEqual({ [UNKNOWN_OWNER]: 50 })
    expect(Object.fromEntries(ownerLimits(new Map([['a', 90], ['b', 10]]), 1))).toEqual({ a: 90, b: 10 })
  })

  it('labels keys by a hash, one label per key', () => {
    expect(ownerLabel('key-1')).toMatch(/^0x[0-9a-f]{64}$/)
    expect(ownerLabel('key-1')).toBe(ownerLabel('key-1'))
    expect(ownerLabel('key-1')).not.toBe(ownerLabel('key-2'))
    expect(ownerLabel(UNKNOWN_OWNER)).toBe(UNKNOWN_OWNER)
  })
})
