import { describe, expect, it } from 'vitest'
import { calibrateThresholds, DEFAULT_THRESHOLDS } from '../../../../orchestrator/quality/verification/calibration.ts'
import type { AnswerStatistics } from '../../../../orchestrator/quality/verification/statistics.ts'
import { decideVerdict } from '../../../../orchestrator/quality/verification/verdict.ts'

/** Statistics of a clean, honest 255-token answer that ended at max_tokens, with the node's ids. */
function statistics(overrides: Partial<AnswerStatistics> = {}): AnswerStatistics {
  return {
    promptTokens: 20, claimedTokens: 255, tokensChecked: 255,
    outsideTopK: 0, outsideTopKShare: 0, outsideSupport: 0, outsideSupportShare: 0, maxDeficit: 0,
    logProbScope: 'vocabulary', meanLogProb: -5, minLogProb: -5.5, meanRank: 10, surpriseZ: 0.3,
    tokenization: { mode: 'tokens', roundTrip: true, textMatchesTokens: true, canonical: true },
    usage: { expectedPromptTokens: { min: 19, max: 20 }, expectedCompletionTokens: { min: 256, max: 256 }, claimed: { promptTokens: 19, completionTokens: 256 }, overbilledTokens: 0, underbilled: false, consistent: true },
    ending: { ending: 'max_tokens', maxTokensReached: true, endTokenPlausible: false, stopPlausible: false, stopInsideText: null, endTokenInsideAnswer: false, textMatchesTokens: true },
    ...overrides
  }
}
const context = { claimedStopReason: 'max_tokens' as const, maxTokens: 256 }
const verdictOf = (overrides: Partial<AnswerStatistics>) => decideVerdict(statistics(overrides), DEFAULT_THRESHOLDS, context)

describe('verdict', () => {
  it('judges 2 tokens outside the sampler support dishonest whatever their share when the node signed its ids', () => {
    expect(verdictOf({}).verdict).toBe('honest')
    expect(verdictOf({ outsideSupport: 1, outsideSupportShare: 1 / 255 }).verdict).toBe('suspicious')
    expect(verdictOf({ outsideSupport: 2, outsideSupportShare: 2 / 255 }).verdict).toBe('dishonest')
    expect(verdictOf({ outsideSupport: 12, outsideSupportShare: 12 / 255 }).verdict).toBe('dishonest')
    // Without ids (text re-tokenized) distribution evidence is never proof.
    const textMode = { mode: 'text' as const, roundTrip: true, textMatchesTokens: null, canonical: true }
    expect(verdictOf({ outsideSupport: 12, outsideSupportShare: 12 / 255, tokenization: textMode }).verdict).toBe('suspicious')
  })

  it('tests surprise on both sides: far likelier than the asked temperature allows (greedy) is suspicious below −5, dishonest below −8', () => {
    expect(verdictOf({ surpriseZ: -3 }).verdict).toBe('honest')
    expect(verdictOf({ surpriseZ: -6 }).verdict).toBe('suspicious')
    const greedy = verdictOf({ surpriseZ: -14 })
    expect(greedy.verdict).toBe('dishonest')
    expect(greedy.reasons.map((reason) => reason.code)).toEqual(['too-predictable'])
    // Temperature 0 has no z: the argmax is exactly what was asked.
    expect(verdictOf({ surpriseZ: null }).verdict).toBe('honest')
  })

  it('calibrates both surprise lines beyond the worst honest z, and the outside-share line only when honest answers had outside tokens', () => {
    const clean = calibrateThresholds([statistics({ surpriseZ: -3 }), statistics({ surpriseZ: 2.8 })], { measuredDrift: 0 })
    expect(clean).toMatchObject({ suspiciousLowSurpriseZ: -5, dishonestLowSurpriseZ: -8, dishonestOutsideShare: 0, minOutsideForDishonest: 2 })
    const wide = calibrateThresholds([statistics({ surpriseZ: -4.5, outsideSupport: 1, outsideSupportShare: 0.01 })], { measuredDrift: 0 })
    expect(wide.suspiciousLowSurpriseZ).toBeCloseTo(-6.5)
    expect(wide.dishonestLowSurpriseZ).toBeCloseTo(-9.5)
    expect(wide).toMatchObject({ dishonestOutsideShare: 0.02, minOutsideForDishonest: 3 })
  })
})
