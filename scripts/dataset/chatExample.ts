import { z } from 'zod'
import { chatMessageSchema, type ChatMessage } from '../../shared/protocol/index.ts'

/** One line of `train.jsonl` / `validation.jsonl` / `test.jsonl`. */
export const chatExampleSchema = z.object({
  messages: z.array(chatMessageSchema).min(2).refine((messages) => messages.at(-1)?.role === 'assistant', 'must end with an assistant message'),
  /** The conversation rendered in the serving model's chat template (only with `--template`). */
  text: z.string().optional()
})
export type ChatExample = z.infer<typeof chatExampleSchema>

/** Where a candidate example came from; `unit` is what splits are drawn by (never split apart). */
export interface ExampleOrigin {
  readonly kind: 'library' | 'distillation' | 'dialogue'
  /** A passage, a sampled request or a dialogue: every example of one unit lands in one split. */
  readonly unit: string
  /** The input file (library-relative for books, the file name for JSONL inputs). */
  readonly file: string
}

/** An example on its way through the build. */
export interface CandidateExample {
  readonly origin: ExampleOrigin
  readonly messages: ChatMessage[]
  /**
   * What makes the example what it is, for duplicate checks: a library example's passage (its
   * question and framing are templates that differ between books for the same passage).
   * Default: every turn but the system prompt.
   */
  readonly content?: string
}

/** The text duplicate and contamination checks look at: every turn but the system prompt (shared by all). */
export function comparableText(messages: readonly ChatMessage[]): string {
  return messages.filter((message) => message.role !== 'system').map((message) => message.content).join('\n')
}
