import { SAFETY_TRAINING } from './data/safetyTraining.ts'
import { trainSafetyKindClassifier, type SafetyKindClassifier } from './SafetyKindClassifier.ts'

let cached: SafetyKindClassifier | undefined

/**
 * The kind classifier trained on the shipped safety training set, once per process, at the
 * first escalation that the screen did not name (most processes never need it).
 */
export function getDefaultSafetyKindClassifier(): SafetyKindClassifier {
  cached ??= trainSafetyKindClassifier(SAFETY_TRAINING)
  return cached
}
