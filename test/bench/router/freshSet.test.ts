import { describe, expect, it } from 'vitest'
import { freshSetName, refuseFreshSet } from '../../../bench/router/freshSet.ts'

describe('the fresh one-shot set', () => {
  it('is the name heldout.ts gives FRESH', () => {
    expect(freshSetName("const FRESH = 'v12'\n")).toBe('v12')
    expect(freshSetName('no such constant')).toBeUndefined()
    expect(freshSetName()).toMatch(/^v\d+$/u)
  })

  it('is refused by name, and other sets pass', () => {
    expect(() => refuseFreshSet(['v10', 'v12'], 'trained on', 'v12')).toThrow('v12 is the fresh one-shot set: it is never trained on')
    expect(() => refuseFreshSet(['v10', 'v11'], 'trained on', 'v12')).not.toThrow()
    expect(() => refuseFreshSet([freshSetName()!], 'scored by a tuning lab')).toThrow(/fresh one-shot set/u)
  })
})
