import { describe, expect, it } from 'vitest'
import { countsAt, flaggedAt, leaveOneSetOut, NO_SHIFT, OperatingPointError, pickOperatingPoint, type ScoredMessage } from '../../../bench/router/languageOperatingPoint.ts'

const crisis = (margin: number | undefined, language: ScoredMessage['language'] = 'English', set = 'a', flagged = false): ScoredMessage => ({ set, crisis: true, flagged, margin, language })
const ordinary = (margin: number | undefined, language: ScoredMessage['language'] = 'English', set = 'a', flagged = false): ScoredMessage => ({ set, crisis: false, flagged, margin, language })

describe('the operating point per language group (bench/router/languageOperatingPoint.ts)', () => {
  it('flags a message whose margin reaches minus its group\'s shift, and never un-flags one the router flagged', () => {
    expect(flaggedAt(crisis(-0.5), { ...NO_SHIFT, English: 0.5 })).toBe(true)
    expect(flaggedAt(crisis(-0.5), { ...NO_SHIFT, 'other Latin': 1 })).toBe(false)
    expect(flaggedAt(crisis(-9, 'English', 'a', true), NO_SHIFT)).toBe(true)
    expect(flaggedAt(crisis(undefined), { ...NO_SHIFT, English: 3 })).toBe(false)
  })

  it('counts crises caught and false alarms at given shifts', () => {
    expect(countsAt([crisis(-0.2), crisis(-2), ordinary(-0.1), ordinary(-3)], { ...NO_SHIFT, English: 0.5 })).toEqual({ caught: 1, crises: 2, alarms: 1, ordinary: 2 })
  })

  it('spends the false-alarm budget where it buys the most crises', () => {
    // English: 0.3 buys two crises for one alarm; non-Latin: 0.3 buys one crisis for one alarm. Budget: 1 of 100.
    const messages = [
      crisis(-0.25), crisis(-0.3), ordinary(-0.28),
      crisis(-0.2, 'non-Latin'), ordinary(-0.1, 'non-Latin'),
      ...Array.from({ length: 98 }, () => ordinary(-5, 'other Latin'))
    ]
    const picked = pickOperatingPoint(messages, { targetFalseAlarms: 0.01, maxShift: 1, step: 0.1 })
    expect(picked.shifts).toEqual({ English: 0.3, 'other Latin': 0, 'non-Latin': 0 })
    expect(picked.counts).toEqual({ caught: 2, crises: 3, alarms: 1, ordinary: 100 })
  })

  it('prefers fewer false alarms, then smaller shifts, among picks that catch as many', () => {
    const picked = pickOperatingPoint([crisis(-0.15), ordinary(-2), ordinary(-2.5)], { targetFalseAlarms: 1, maxShift: 3, step: 0.1 })
    expect(picked.shifts).toEqual({ English: 0.2, 'other Latin': 0, 'non-Latin': 0 })
    expect(picked.counts.alarms).toBe(0)
  })

  it('refuses a budget the router already exceeds, and a grid with no step', () => {
    expect(() => pickOperatingPoint([ordinary(1, 'English', 'a', true)], { targetFalseAlarms: 0 })).toThrow(OperatingPointError)
    expect(() => pickOperatingPoint([ordinary(1, 'English', 'a', true)], { targetFalseAlarms: 0 })).toThrow(/raises 1 false alarms, over the budget of 0/u)
    expect(() => pickOperatingPoint([crisis(-1)], { targetFalseAlarms: 0.01, step: 0 })).toThrow(/step must be > 0/u)
  })

  it('leaves each set out in turn: picked on the others, counted on it', () => {
    const messages = [
      crisis(-0.4, 'English', 'a'), ordinary(-3, 'English', 'a'),
      crisis(-0.4, 'English', 'b'), ordinary(-0.3, 'English', 'b')
    ]
    const results = leaveOneSetOut(messages, { targetFalseAlarms: 0, maxShift: 1, step: 0.1 })
    // Picked on b: its alarm at -0.3 caps the shift below 0.3, where no crisis of b is caught, so the smallest shift (0)
    // wins, and a's crisis at -0.4 stays missed.
    expect(results[0]).toMatchObject({ set: 'a', shifts: { English: 0 }, before: { caught: 0 }, after: { caught: 0, alarms: 0 } })
    // Picked on a (nothing to lose): the shift reaches b's crisis, and b's alarm with it.
    expect(results[1]).toMatchObject({ set: 'b', shifts: { English: 0.4 }, after: { caught: 1, alarms: 1 } })
    expect(() => leaveOneSetOut([crisis(-1)], { targetFalseAlarms: 0.01 })).toThrow(/at least two sets/u)
  })
})
