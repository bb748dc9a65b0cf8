import type { IntentClassifier } from './IntentClassifier.ts'
import { INTENTS, type Intent, type LabelledExample } from './intents.ts'
import { seededRandom, shuffled } from './random.ts'

/** Precision, recall and support of one intent. */
export interface ClassMetrics {
  readonly precision: number
  readonly recall: number
  readonly support: number
}

/** How predictions compare with labels. `confusion[actual][predicted]` counts messages. */
export interface EvaluationReport {
  readonly accuracy: number
  readonly total: number
  readonly confusion: Readonly<Record<Intent, Readonly<Record<Intent, number>>>>
  readonly perClass: Readonly<Record<Intent, ClassMetrics>>
  readonly errors: ReadonlyArray<{ text: string; actual: Intent; predicted: Intent }>
}

/**
 * Scores predictions against labels.
 *
 * @example
 * const report = evaluatePredictions(test.map((example) => ({ actual: example.intent, predicted: router.route(example.text).intent, text: example.text })))
 */
export function evaluatePredictions(rows: ReadonlyArray<{ text: string; actual: Intent; predicted: Intent }>): EvaluationReport {
  const confusion = Object.fromEntries(INTENTS.map((actual) => [actual, Object.fromEntries(INTENTS.map((predicted) => [predicted, 0]))])) as Record<Intent, Record<Intent, number>>
  for (const row of rows) confusion[row.actual][row.predicted] += 1
  const perClass = Object.fromEntries(INTENTS.map((intent) => {
    const truePositives = confusion[intent][intent]
    const predicted = INTENTS.reduce((sum, actual) => sum + confusion[actual][intent], 0)
    const support = INTENTS.reduce((sum, predictedIntent) => sum + confusion[intent][predictedIntent], 0)
    return [intent, { precision: predicted === 0 ? 0 : truePositives / predicted, recall: support === 0 ? 0 : truePositives / support, support }]
  })) as Record<Intent, ClassMetrics>
  const correct = rows.filter((row) => row.actual === row.predicted).length
  return {
    accuracy: rows.length === 0 ? 0 : correct / rows.length,
    total: rows.length,
    confusion,
    perClass,
    errors: rows.filter((row) => row.actual !== row.predicted)
  }
}

/** Runs a classifier over labelled examples and scores it. */
export function evaluateClassifier(classifier: IntentClassifier, examples: readonly LabelledExample[]): EvaluationReport {
  return evaluatePredictions(examples.map((example) => ({ text: example.text, actual: example.intent, predicted: classifier.classify(example.text).intent })))
}

/**
 * Splits examples into k folds with each intent spread evenly (stratified), seeded.
 * Fold i is the test set of round i; the rest train.
 */
export function stratifiedFolds(examples: readonly LabelledExample[], k: number, seed: number): LabelledExample[][] {
  const random = seededRandom(seed)
  const folds: LabelledExample[][] = Array.from({ length: k }, () => [])
  let offset = 0
  for (const intent of INTENTS) {
    const ofIntent = shuffled(examples.filter((example) => example.intent === intent), random)
    ofIntent.forEach((example, index) => folds[(index + offset) % k]?.push(example))
    // Rotate where each intent starts so fold sizes stay within one of each other.
    offset += ofIntent.length
  }
  return folds
}

/** A seeded stratified train/test split (test ≈ `testFraction` of each intent). */
export function stratifiedSplit(
  examples: readonly LabelledExample[],
  testFraction: number,
  seed: number
): { train: LabelledExample[]; test: LabelledExample[] } {
  const random = seededRandom(seed)
  const train: LabelledExample[] = []
  const test: LabelledExample[] = []
  for (const intent of INTENTS) {
    const ofIntent = shuffled(examples.filter((example) => example.intent === intent), random)
    const testCount = Math.round(ofIntent.length * testFraction)
    test.push(...ofIntent.slice(0, testCount))
    train.push(...ofIntent.slice(testCount))
  }
  return { train, test }
}
