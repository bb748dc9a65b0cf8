import type { IntentClassifier } from './IntentClassifier.ts'
import { INTENT_ROUTER_TRAINING } from './data/index.ts'
import { lexicalIntentClassifier, trainLexicalIntentModel } from './LexicalIntentClassifier.ts'
import { lexicalTrainingFingerprint, loadLexicalIntentModel } from './lexicalIntentModel.ts'

/** The seed the shipped classifier trains with; fixed so every process routes alike. */
export const DEFAULT_CLASSIFIER_SEED = 20_240_501

let cached: IntentClassifier | undefined

/**
 * The classifier trained on the shipped training set (the original labelled set, the varied
 * messages of issue 11 and the spent development sets' intent messages: INTENT_ROUTER_TRAINING).
 * Read from the stored model (lexicalIntentModel.bin/.json, written by
 * bench/router/intentNgramTrain.ts) when it was trained on exactly that set and seed; otherwise
 * (a stale or unreadable file) trained once per process on first use, as it was before it was stored.
 *
 * @example
 * getDefaultIntentClassifier().classify('I feel fiery today').intent // 'elemental_check_in'
 */
export function getDefaultIntentClassifier(): IntentClassifier {
  cached ??= storedClassifier() ?? lexicalIntentClassifier(trainLexicalIntentModel(INTENT_ROUTER_TRAINING, { seed: DEFAULT_CLASSIFIER_SEED }))
  return cached
}

function storedClassifier(): IntentClassifier | undefined {
  try {
    const { model, meta } = loadLexicalIntentModel()
    return meta.trainingFingerprint === lexicalTrainingFingerprint(INTENT_ROUTER_TRAINING, DEFAULT_CLASSIFIER_SEED) ? lexicalIntentClassifier(model) : undefined
  } catch {
    return undefined
  }
}
