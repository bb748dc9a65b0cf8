import { createIntentRouter } from '../../orchestrator/router/createIntentRouter.ts'
import { LABELLED_EXAMPLES } from '../../orchestrator/router/data/index.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/router/defaultIntentClassifier.ts'
import type { Intent } from '../../orchestrator/router/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/router/LexicalIntentClassifier.ts'
import { screenForCrisis } from '../../orchestrator/router/screenForCrisis.ts'
import { LEGACY_FEATURE_WEIGHTS } from '../../orchestrator/router/textFeatures.ts'

/**
 * The router as it was before issue 11, rebuilt for a same-run baseline: the lexical
 * classifier trained on the original labelled set only, the original phrase screen, and
 * escalation at P(safety) >= 0.5. It has no kinds.
 */
export function createLegacyRouter(): (message: string) => { intent: Intent } {
  const router = createIntentRouter({
    classifier: trainLexicalIntentClassifier(LABELLED_EXAMPLES, { seed: DEFAULT_CLASSIFIER_SEED, featureWeights: LEGACY_FEATURE_WEIGHTS }),
    screen: (message) => screenForCrisis(message),
    safetyThreshold: 0.5
  })
  return (message) => ({ intent: router.route(message).intent })
}
