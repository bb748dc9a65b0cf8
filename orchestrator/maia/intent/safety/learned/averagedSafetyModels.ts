import { LearnedSafetyModelError } from '../../errors.ts'
import type { LearnedSafetyScreen } from './learnedSafetyScreen.ts'
import { logOdds, type SentenceSafetyModel } from './sentenceSafetyModel.ts'

/*
 * Two trained screens heard together (round eighty-eight). A retrained screen moves many messages both ways on every
 * held-out set: round eighty-seven's S54u caught more crises at fewer false alarms over v87–v92, yet lost a Thai
 * lethal-dose question the shipped screen caught near its threshold. Averaging the two screens' log-odds keeps the
 * messages both score clearly and moves only those they disagree on, by half as much.
 *
 * The screen fuses the n-gram probability p and the sentence vector's log-odds s as w·logit(p) + (1 − w)·s
 * (sentenceSafetyModel.ts). When both models fuse with the same w, the average of the two fused scores is exactly the
 * fused score of the averaged parts: logit(p) averaged, s averaged. So the averaged n-gram screen and the averaged
 * sentence model below, used together wherever the screen uses one pair, give the average fused score, and every
 * rule floor, window and threshold reads it unchanged.
 */

const checkWeight = (secondWeight: number): void => {
  if (!(secondWeight >= 0 && secondWeight <= 1)) throw new LearnedSafetyModelError('the second model\'s weight must be in [0, 1]', { details: { secondWeight } })
}

/**
 * The n-gram screen whose log-odds are `(1 − secondWeight)·first + secondWeight·second`. Its threshold, rule floor and
 * kind model are the first's (the kind names the reply, not whether to escalate); its training record lists the sets
 * both were trained on, so a held-out set either trained on is never reported as fresh (its example counts stay the
 * first's).
 */
export function averageLearnedScreens(first: LearnedSafetyScreen, second: LearnedSafetyScreen, secondWeight: number): LearnedSafetyScreen {
  checkWeight(secondWeight)
  const sets = [...new Set([...first.meta.trainedOn.sets, ...second.meta.trainedOn.sets])]
  return {
    threshold: first.threshold,
    meta: { ...first.meta, trainedOn: { ...first.meta.trainedOn, sets } },
    probability(message) {
      const averaged = (1 - secondWeight) * logOdds(first.probability(message)) + secondWeight * logOdds(second.probability(message))
      return 1 / (1 + Math.exp(-averaged))
    },
    kindOf: (message) => first.kindOf(message)
  }
}

/**
 * The sentence model whose log-odds are `(1 − secondWeight)·first + secondWeight·second`, with the first's thresholds
 * and floors. Both must fuse with the same n-gram weight, or the average of the fused scores is not the fused score of
 * the averaged parts.
 */
export function averageSentenceModels(first: SentenceSafetyModel, second: SentenceSafetyModel, secondWeight: number): SentenceSafetyModel {
  checkWeight(secondWeight)
  if (first.meta.ngramWeight !== second.meta.ngramWeight || first.meta.encoderId !== second.meta.encoderId) {
    throw new LearnedSafetyModelError('averaged sentence models must share their n-gram weight and encoder', { details: { first: [first.meta.ngramWeight, first.meta.encoderId], second: [second.meta.ngramWeight, second.meta.encoderId] } })
  }
  const { ngramWeight } = first.meta
  const logit = (vector: Float32Array): number => (1 - secondWeight) * first.logit(vector) + secondWeight * second.logit(vector)
  return {
    meta: first.meta,
    logit,
    fused: (ngramProbability, vector) => ngramWeight * logOdds(ngramProbability) + (1 - ngramWeight) * logit(vector)
  }
}
