import { z } from 'zod'

/**
 * The six kinds of message the router tells apart. The order is fixed: it is the row/column
 * order of score vectors and confusion matrices, so reports stay comparable across runs.
 */
export const INTENTS = [
  'elemental_check_in',
  'simple_reflection',
  'shadow_work',
  'complex_synthesis',
  'oracle_reading',
  'safety_escalation'
] as const

/** One of {@link INTENTS}. */
export type Intent = (typeof INTENTS)[number]

/** Validates an intent name at a boundary (policy files, CLI input). */
export const intentSchema = z.enum(INTENTS)

/** A message with the intent a person assigned to it. */
export interface LabelledExample {
  readonly text: string
  readonly intent: Intent
}
