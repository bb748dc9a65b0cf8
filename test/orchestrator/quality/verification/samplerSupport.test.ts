import { describe, expect, it } from 'vitest'
import { checkToken, describeSupport, nucleusSize, type NextTokenLogits } from '../../../../orchestrator/quality/verification/samplerSupport.ts'
import { selectPositions } from '../../../../orchestrator/quality/verification/positions.ts'
import { checkUsage } from '../../../../orchestrator/quality/verification/usage.ts'

/** Logits 0, −1, −2, … for tokens 0, 1, 2, …: token i has probability ∝ e^−i. */
function ladder(size: number): NextTokenLogits {
  const top = Array.from({ length: size }, (_, token) => [token, -token] as const)
  const logNormalizer = Math.log(top.reduce((sum, [, logit]) => sum + Math.exp(logit), 0))
  return { top, requested: new Map(), logNormalizer, normalizerScope: 'vocabulary' }
}
const exact = { logit: 0, topP: 0 }

describe('sampler support (llama.cpp chain: top-k → top-p → temperature)', () => {
  it('keeps the fewest best tokens whose mass reaches topP', () => {
    const candidates = ladder(10).top
    // Masses ∝ 1, 0.37, 0.14, …: the first holds 63%, the first two 86%, three 95%.
    expect(nucleusSize(candidates, 0.5)).toBe(1)
    expect(nucleusSize(candidates, 0.8)).toBe(2)
    expect(nucleusSize(candidates, 0.9)).toBe(3)
    expect(nucleusSize(candidates, 1)).toBe(10)
  })

  it('is the argmax at temperature 0, with the logit tolerance around it', () => {
    const logits = ladder(50)
    const support = describeSupport(logits, { temperature: 0, topP: 1, topK: 40 }, { logit: 0.5, topP: 0 })
    expect(support.members.map(([token]) => token)).toEqual([0])
    expect(checkToken(logits, support, { temperature: 0, topP: 1, topK: 40 }, 0).insideSupport).toBe(true)
    expect(checkToken(logits, support, { temperature: 0, topP: 1, topK: 40 }, 1).insideSupport).toBe(false)
    expect(checkToken(logits, support, { temperature: 0, topP: 1, topK: 40 }, 1).deficit).toBeCloseTo(1)
  })

  it('cuts at top-k before top-p, measuring the nucleus at temperature 1', () => {
    const logits = ladder(60)
    const settings = { temperature: 2, topP: 1, topK: 40 }
    const support = describeSupport(logits, settings, exact)
    expect(support.members).toHaveLength(40)
    expect(checkToken(logits, support, settings, 39)).toMatchObject({ insideSupport: true, insideTopK: true })
    expect(checkToken(logits, support, settings, 40)).toMatchObject({ insideSupport: false, insideTopK: false, rank: 40 })
    // A high temperature does not widen the nucleus: it is taken before temperature applies.
    const nucleus = describeSupport(logits, { ...settings, topP: 0.9 }, exact)
    expect(nucleus.members).toHaveLength(3)
  })

  it('scores surprise against what an honest draw would give', () => {
    const logits = ladder(40)
    const settings = { temperature: 1, topP: 1, topK: 40 }
    const support = describeSupport(logits, settings, exact)
    const likely = checkToken(logits, support, settings, 0)
    const unlikely = checkToken(logits, support, settings, 30)
    expect(likely.surprise).toBeLessThan(likely.expectedSurprise ?? 0)
    expect(unlikely.surprise).toBeGreaterThan(unlikely.expectedSurprise ?? 0)
    expect(likely.logProb).toBeCloseTo(-logits.logNormalizer)
  })

  it('treats a token below every returned logit as outside, with a log-probability bound', () => {
    const logits = ladder(45)
    const settings = { temperature: 1, topP: 1, topK: 40 }
    const check = checkToken(logits, describeSupport(logits, settings, exact), settings, 999)
    expect(check).toMatchObject({ insideSupport: false, insideTopK: false, rank: 45 })
    expect(check.logProb).toBeCloseTo(-44 - logits.logNormalizer)
  })
})

describe('position selection', () => {
  it('checks every position, or a seeded sample that always keeps the end', () => {
    expect([...selectPositions(3, 'all')]).toEqual([0, 1, 2, 3])
    const sample = selectPositions(100, { sample: 10, seed: 7 })
    expect(sample.has(100)).toBe(true)
    expect(sample.has(99)).toBe(true)
    expect(sample.size).toBeLessThanOrEqual(12)
    expect(sample).toEqual(selectPositions(100, { sample: 10, seed: 7 }))
  })
})

describe('usage', () => {
  it('expects prompt − 1 input tokens and answer + 1 output tokens (node-llama-cpp meter)', () => {
    expect(checkUsage({ promptTokens: 35, answerTokens: 47, countSlack: 0, claimed: { promptTokens: 34, completionTokens: 48 } }).consistent).toBe(true)
    expect(checkUsage({ promptTokens: 35, answerTokens: 23, countSlack: 0, claimed: { promptTokens: 34, completionTokens: 48 } }).overbilledTokens).toBe(24)
    expect(checkUsage({ promptTokens: 35, answerTokens: 47, countSlack: 0, claimed: { promptTokens: 60, completionTokens: 48 } }).overbilledTokens).toBe(25)
    expect(checkUsage({ promptTokens: 35, answerTokens: 47, countSlack: 0, claimed: { promptTokens: 34, completionTokens: 40 } })).toMatchObject({ underbilled: true, overbilledTokens: 0 })
  })
})
