import type { IntentClassification, IntentClassifier } from './IntentClassifier.ts'
import { InsufficientTrainingDataError } from './errors.ts'
import { INTENTS, type Intent, type LabelledExample } from './intents.ts'
import { SoftmaxRegression, type SoftmaxTrainingOptions } from './SoftmaxRegression.ts'
import { DEFAULT_FEATURE_WEIGHTS, FeatureSpace, type FeatureWeights } from './textFeatures.ts'

/** Options for {@link trainLexicalIntentClassifier}; all optional. */
export interface LexicalClassifierOptions extends Omit<SoftmaxTrainingOptions, 'classWeights'> {
  readonly featureWeights?: FeatureWeights
  /** Loss multiplier per intent (missing intents weigh 1). */
  readonly classWeights?: Partial<Record<Intent, number>>
}

/**
 * Crisis examples weigh more in training: missing one costs far more than a false alarm,
 * and the phrase screen is the second line, not the only one.
 */
export const DEFAULT_CLASS_WEIGHTS: Partial<Record<Intent, number>> = { safety_escalation: 1.5 }

/** A trained lexical model: its feature space and its regression, as stored (lexicalIntentModel.ts). */
export interface LexicalIntentModel {
  readonly space: FeatureSpace
  readonly model: SoftmaxRegression
}

/**
 * Trains a lexical classifier (word + bigram + char n-gram features, multinomial logistic
 * regression). Deterministic for a given example list and seed. The shipped classifier is stored
 * (lexicalIntentModel.ts): ~3,000 examples take 1–1.5 s to train.
 *
 * @example
 * const classifier = trainLexicalIntentClassifier(LABELLED_EXAMPLES, { seed: 7 })
 * classifier.classify('can you pull a tarot card for me').intent // 'oracle_reading'
 */
export function trainLexicalIntentClassifier(
  examples: readonly LabelledExample[],
  options: LexicalClassifierOptions = {}
): IntentClassifier {
  return lexicalIntentClassifier(trainLexicalIntentModel(examples, options))
}

/** {@link trainLexicalIntentClassifier}'s model itself, for storing. */
export function trainLexicalIntentModel(
  examples: readonly LabelledExample[],
  options: LexicalClassifierOptions = {}
): LexicalIntentModel {
  const missing = INTENTS.filter((intent) => !examples.some((example) => example.intent === intent))
  if (missing.length > 0) throw new InsufficientTrainingDataError(missing)

  const space = FeatureSpace.fit(examples.map((example) => example.text), options.featureWeights ?? DEFAULT_FEATURE_WEIGHTS)
  const classWeights = { ...DEFAULT_CLASS_WEIGHTS, ...options.classWeights }
  const model = SoftmaxRegression.train(
    examples.map((example) => space.vectorize(example.text)),
    examples.map((example) => INTENTS.indexOf(example.intent)),
    { classCount: INTENTS.length, featureCount: space.size },
    { ...options, classWeights: INTENTS.map((intent) => classWeights[intent] ?? 1) }
  )
  return { space, model }
}

/** The classifier a trained or stored model gives. */
export function lexicalIntentClassifier({ space, model }: LexicalIntentModel): IntentClassifier {
  return {
    classify(message: string): IntentClassification {
      const probabilities = model.probabilities(space.vectorize(message))
      const scores = Object.fromEntries(INTENTS.map((intent, index) => [intent, probabilities[index] as number])) as Record<Intent, number>
      let best: Intent = INTENTS[0]
      for (const intent of INTENTS) if (scores[intent] > scores[best]) best = intent
      return { intent: best, confidence: scores[best], scores }
    }
  }
}
