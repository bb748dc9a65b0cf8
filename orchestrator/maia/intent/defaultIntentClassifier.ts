import type { IntentClassifier } from './IntentClassifier.ts'
import { INTENT_ROUTER_TRAINING } from './data/index.ts'
import { trainLexicalIntentClassifier } from './LexicalIntentClassifier.ts'

/** The seed the shipped classifier trains with; fixed so every process routes alike. */
export const DEFAULT_CLASSIFIER_SEED = 20_240_501

let cached: IntentClassifier | undefined

/**
 * The classifier trained on the shipped training set (the original labelled set, the varied
 * messages of issue 11 and the spent development sets' intent messages: INTENT_ROUTER_TRAINING),
 * trained once per process on first use
 * (nothing is persisted: the labelled data and the code are the model).
 *
 * @example
 * getDefaultIntentClassifier().classify('I feel fiery today').intent // 'elemental_check_in'
 */
export function getDefaultIntentClassifier(): IntentClassifier {
  cached ??= trainLexicalIntentClassifier(INTENT_ROUTER_TRAINING, { seed: DEFAULT_CLASSIFIER_SEED })
  return cached
}
