import { averageLearnedScreens, averageSentenceModels } from './averagedSafetyModels.ts'
import { loadLearnedSafetyScreen, type LearnedSafetyScreen } from './learnedSafetyScreen.ts'
import { loadSentenceSafetyModel, type SentenceSafetyModel } from './sentenceSafetyModel.ts'
import { SHIPPED_SECOND_MODEL_WEIGHT } from './shippedSecondModel.ts'

// The second model heard beside the first (shippedSecondModel.ts). Its kind section names the first's kind model, the
// only kind model read, so the second's own kind weights are not shipped.
const KIND_WEIGHTS_URL = new URL('./safetyKindModel.bin', import.meta.url)
const SECOND_WEIGHTS_URL = new URL('./safetyModel.second.bin', import.meta.url)
const SECOND_META_URL = new URL('./safetyModel.second.json', import.meta.url)
const SECOND_SENTENCE_WEIGHTS_URL = new URL('./safetySentenceModel.second.bin', import.meta.url)
const SECOND_SENTENCE_META_URL = new URL('./safetySentenceModel.second.json', import.meta.url)

let shipped: LearnedSafetyScreen | undefined

/**
 * The shipped learned n-gram screen, loaded once per process on first use (tables of a few MiB inflated: see
 * bench/router/safetyLatency.ts): the first model's log-odds averaged with the second's (shippedSecondModel.ts).
 */
export function getShippedLearnedSafetyScreen(): LearnedSafetyScreen {
  shipped ??= averageLearnedScreens(
    loadLearnedSafetyScreen(),
    loadLearnedSafetyScreen({ weights: SECOND_WEIGHTS_URL, kindWeights: KIND_WEIGHTS_URL, meta: SECOND_META_URL }),
    SHIPPED_SECOND_MODEL_WEIGHT
  )
  return shipped
}

/** The shipped sentence model: the first model's log-odds averaged with the second's (shippedSecondModel.ts), with the first's thresholds. */
export function loadShippedSentenceSafetyModel(): SentenceSafetyModel {
  return averageSentenceModels(loadSentenceSafetyModel(), loadSentenceSafetyModel({ weights: SECOND_SENTENCE_WEIGHTS_URL, meta: SECOND_SENTENCE_META_URL }), SHIPPED_SECOND_MODEL_WEIGHT)
}
