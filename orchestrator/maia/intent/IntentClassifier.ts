import type { Intent } from './intents.ts'

/** What a classifier says about one message. */
export interface IntentClassification {
  /** The most probable intent. */
  readonly intent: Intent
  /** Its probability, 0..1. */
  readonly confidence: number
  /** A probability per intent; they sum to 1. */
  readonly scores: Readonly<Record<Intent, number>>
}

/**
 * Anything that maps a user message to an intent. The router depends only on this, so a
 * lexical model, an embedding model or a remote one can stand behind it.
 *
 * @example
 * const { intent, confidence } = classifier.classify('pull a card for me')
 */
export interface IntentClassifier {
  classify(message: string): IntentClassification
}
