import { describe, expect, it } from 'vitest'
import { criticalOf, escalates, recordSchema, type Thresholds } from '../../../bench/router/scoredMessages.ts'

const AT: Thresholds = { English: -0.3, 'other Latin': -0.5, 'non-Latin': -0.9 }

describe("the operating-point lab's scored messages", () => {
  it('escalate when any part reaches its own language\'s threshold, and a part whose flag stands escalates at any threshold', () => {
    const message = recordSchema.parse({ set: 'v87', text: 'x', positive: true, shipped: true, parts: [{ language: 'English', critical: -0.4 }, { language: 'non-Latin', critical: -0.8 }] })
    expect(escalates(message, AT)).toBe(true)
    expect(escalates({ ...message, parts: [{ language: 'English', critical: -0.4 }] }, AT)).toBe(false)
    expect(escalates({ ...message, parts: [{ language: 'English', critical: null }] }, { ...AT, English: 1e9 })).toBe(true)
    expect(criticalOf({ language: 'English', critical: null })).toBe(Number.POSITIVE_INFINITY)
  })

  it('refuse a record with a language the lab does not know', () => {
    expect(() => recordSchema.parse({ set: 'v87', text: 'x', positive: true, shipped: true, parts: [{ language: 'Klingon', critical: 0 }] })).toThrow()
  })
})
