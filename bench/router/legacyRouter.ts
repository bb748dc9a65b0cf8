import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { LABELLED_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import type { Intent } from '../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { screenForCrisis } from '../../orchestrator/maia/intent/screenForCrisis.ts'
import { LEGACY_FEATURE_WEIGHTS } from '../../orchestrator/maia/intent/textFeatures.ts'

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
