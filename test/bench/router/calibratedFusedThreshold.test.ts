import { describe, expect, it } from 'vitest'
import { calibratedFusedThreshold, UnreachableFalseAlarmTarget } from '../../../bench/router/calibratedFusedThreshold.ts'

const learned = (...scores: number[]) => scores.map((fused) => ({ fused, ruleStands: false }))
const alarmsAt = (scores: number[], threshold: number) => scores.filter((score) => score >= threshold).length

describe('calibratedFusedThreshold', () => {
  it('spends the budget on the highest scores and sits halfway to the next one', () => {
    const picked = calibratedFusedThreshold(learned(0.1, 2, -1, 1, 3), 2)
    expect(picked.threshold).toBe(1.5)
    expect(picked).toMatchObject({ falseAlarms: 2, ruleFalseAlarms: 0 })
    expect(alarmsAt([0.1, 2, -1, 1, 3], picked.threshold)).toBe(2)
  })
  it('counts the rules first: their alarms come at any threshold', () => {
    const picked = calibratedFusedThreshold([...learned(3, 2, 1), { fused: -5, ruleStands: true }], 2)
    expect(picked).toMatchObject({ threshold: 2.5, falseAlarms: 2, ruleFalseAlarms: 1 })
  })
  it('never exceeds the target on a tie at the boundary: the tied scores stay below', () => {
    const scores = [3, 2, 2, 2, 1]
    const picked = calibratedFusedThreshold(learned(...scores), 2)
    expect(picked).toMatchObject({ threshold: 2.5, falseAlarms: 1 })
    expect(alarmsAt(scores, picked.threshold)).toBe(1)
    const allTied = calibratedFusedThreshold(learned(2, 2), 1)
    expect(allTied.falseAlarms).toBe(0)
    expect(alarmsAt([2, 2], allTied.threshold)).toBe(0)
  })
  it('lets every candidate alarm when the budget covers them all', () => {
    expect(calibratedFusedThreshold(learned(1, 0), 5)).toMatchObject({ threshold: 0, falseAlarms: 2 })
  })
  it('refuses a target the rules alone exceed', () => {
    expect(() => calibratedFusedThreshold([{ fused: 0, ruleStands: true }, { fused: 0, ruleStands: true }], 1)).toThrow(UnreachableFalseAlarmTarget)
  })
})
