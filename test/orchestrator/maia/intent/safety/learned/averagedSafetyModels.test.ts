import { describe, expect, it } from 'vitest'
import { LearnedSafetyModelError } from '../../../../../../orchestrator/maia/intent/errors.ts'
import { averageLearnedScreens, averageSentenceModels } from '../../../../../../orchestrator/maia/intent/safety/learned/averagedSafetyModels.ts'
import type { LearnedSafetyScreen } from '../../../../../../orchestrator/maia/intent/safety/learned/learnedSafetyScreen.ts'
import { loadSentenceSafetyModel, type SentenceSafetyMeta, type SentenceSafetyModel } from '../../../../../../orchestrator/maia/intent/safety/learned/sentenceSafetyModel.ts'
import { getShippedLearnedSafetyScreen, loadShippedSentenceSafetyModel } from '../../../../../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'

const logOdds = (p: number): number => Math.log(p / (1 - p))

/** A scripted n-gram screen: a fixed probability for every message, its own kind. */
function screenOf(probability: number, kind: 'manipulation' | 'abuse', sets: readonly string[]): LearnedSafetyScreen {
  const shipped = getShippedLearnedSafetyScreen()
  return { threshold: 0.5, meta: { ...shipped.meta, trainedOn: { positives: 1, negatives: 1, sets: [...sets] } }, probability: () => probability, kindOf: () => kind }
}

/** A scripted sentence model: log-odds = the vector's first value × slope. */
function sentenceModelOf(slope: number, meta: Partial<SentenceSafetyMeta> = {}): SentenceSafetyModel {
  const base = loadSentenceSafetyModel().meta
  const full = { ...base, ...meta } as SentenceSafetyMeta
  const logit = (vector: Float32Array): number => slope * (vector[0] ?? 0)
  return { meta: full, logit, fused: (p, vector) => full.ngramWeight * logOdds(p) + (1 - full.ngramWeight) * logit(vector) }
}

describe('two safety models heard together', () => {
  it('averages the n-gram log-odds with the given weight, keeps the first kind and lists the sets both trained on', () => {
    const averaged = averageLearnedScreens(screenOf(0.2, 'manipulation', ['v1', 'v2']), screenOf(0.8, 'abuse', ['v2', 'v3']), 0.25)
    expect(logOdds(averaged.probability('any message'))).toBeCloseTo(0.75 * logOdds(0.2) + 0.25 * logOdds(0.8))
    expect(averaged.kindOf('any message')).toBe('manipulation')
    expect(averaged.threshold).toBe(0.5)
    expect(averaged.meta.trainedOn.sets).toEqual(['v1', 'v2', 'v3'])
  })

  it('gives the first model alone at weight 0 and the second alone at weight 1', () => {
    expect(averageLearnedScreens(screenOf(0.2, 'abuse', []), screenOf(0.9, 'abuse', []), 0).probability('x')).toBeCloseTo(0.2)
    expect(averageLearnedScreens(screenOf(0.2, 'abuse', []), screenOf(0.9, 'abuse', []), 1).probability('x')).toBeCloseTo(0.9)
  })

  it('fuses the averaged parts into exactly the average of the two fused scores', () => {
    const first = sentenceModelOf(2)
    const second = sentenceModelOf(-1)
    const weight = 0.6
    const ngram = averageLearnedScreens(screenOf(0.3, 'abuse', []), screenOf(0.7, 'abuse', []), weight)
    const sentence = averageSentenceModels(first, second, weight)
    const vector = Float32Array.from([0.8, 0.1])
    const expected = (1 - weight) * first.fused(0.3, vector) + weight * second.fused(0.7, vector)
    expect(sentence.fused(ngram.probability('x'), vector)).toBeCloseTo(expected, 10)
    expect(sentence.meta).toBe(first.meta)
  })

  it('refuses a weight outside [0, 1] and sentence models that fuse or encode differently', () => {
    expect(() => averageLearnedScreens(screenOf(0.2, 'abuse', []), screenOf(0.8, 'abuse', []), 1.5)).toThrow(LearnedSafetyModelError)
    expect(() => averageSentenceModels(sentenceModelOf(1), sentenceModelOf(1), Number.NaN)).toThrow(LearnedSafetyModelError)
    expect(() => averageSentenceModels(sentenceModelOf(1), sentenceModelOf(1, { ngramWeight: 0.3 }), 0.5)).toThrow(/n-gram weight and encoder/)
    expect(() => averageSentenceModels(sentenceModelOf(1), sentenceModelOf(1, { encoderId: 'another encoder' }), 0.5)).toThrow(LearnedSafetyModelError)
  })

  it('ships the two models averaged: the shipped files load, share their fusion weight and keep the first model\'s thresholds', () => {
    const shipped = loadShippedSentenceSafetyModel()
    const first = loadSentenceSafetyModel()
    expect(shipped.meta).toEqual(first.meta)
    const vector = new Float32Array(first.meta.dimensions).fill(0.03)
    expect(shipped.logit(vector)).not.toBeCloseTo(first.logit(vector), 6)
  })
})
