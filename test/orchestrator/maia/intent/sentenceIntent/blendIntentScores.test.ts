import { describe, expect, it } from 'vitest'
import { INTENTS, type Intent } from '../../../../../orchestrator/maia/intent/intents.ts'
import { blendIntentScores } from '../../../../../orchestrator/maia/intent/sentenceIntent/blendIntentScores.ts'

const scores = (values: number[]): Record<Intent, number> => Object.fromEntries(INTENTS.map((intent, index) => [intent, values[index]!])) as Record<Intent, number>
const best = (record: Record<Intent, number>): Intent => INTENTS.reduce((top, intent) => (record[intent] > record[top] ? intent : top), INTENTS[0] as Intent)
const sum = (record: Record<Intent, number>): number => Object.values(record).reduce((total, value) => total + value, 0)

// Order: elemental_check_in, simple_reflection, shadow_work, complex_synthesis, oracle_reading, safety_escalation
const ngram = scores([0.5, 0.3, 0.1, 0.05, 0.03, 0.02])
const vector = scores([0.05, 0.8, 0.05, 0.04, 0.03, 0.03])

describe('blendIntentScores', () => {
  it('follows the n-gram at weight 1 and the vector at weight 0, and sums to 1', () => {
    expect(best(blendIntentScores(ngram, vector, 1))).toBe('elemental_check_in')
    expect(best(blendIntentScores(ngram, vector, 0))).toBe('simple_reflection')
    for (const w of [0, 0.3, 0.8, 1]) expect(sum(blendIntentScores(ngram, vector, w))).toBeCloseTo(1, 9)
    expect(blendIntentScores(ngram, vector, 1).elemental_check_in).toBeCloseTo(0.5, 9)
  })

  it('lets a confident vector overturn an unsure n-gram', () => {
    expect(best(blendIntentScores(scores([0.35, 0.3, 0.15, 0.1, 0.05, 0.05]), scores([0.01, 0.95, 0.01, 0.01, 0.01, 0.01]), 0.8))).toBe('simple_reflection')
  })

  it('never gives safety_escalation less than the n-gram did, whatever the vector says', () => {
    const alarmed = scores([0.1, 0.1, 0.1, 0.05, 0.05, 0.6])
    const calm = scores([0.9, 0.05, 0.02, 0.01, 0.01, 0.01])
    for (const w of [0, 0.5, 0.8]) {
      const blended = blendIntentScores(alarmed, calm, w)
      expect(blended.safety_escalation).toBeGreaterThanOrEqual(0.6)
      expect(sum(blended)).toBeCloseTo(1, 9)
    }
  })
})
