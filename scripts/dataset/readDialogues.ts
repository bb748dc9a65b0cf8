import { z } from 'zod'
import { curatorSchema } from '../../orchestrator/maia/knowledge/index.ts'
import { chatMessageSchema } from '../../shared/protocol/index.ts'
import { formatZodIssues } from '../../shared/util/index.ts'
import type { CandidateExample } from './chatExample.ts'
import { InvalidDatasetLineError } from './errors.ts'
import { readJsonLines } from './readJsonLines.ts'

/**
 * One practice dialogue: a line of a `.jsonl` file under `--dialogues <dir>`.
 *
 * ```json
 * {"id": "grief-01", "messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}],
 *  "licence": "CC-BY-4.0", "curator": "0x…", "source": "written for MAIA by the curators"}
 * ```
 * `id` is unique within its file and names the source unit; `messages` alternate freely but end
 * with an assistant turn (every assistant turn is trained on); a system message is optional
 * (without one the MAIA identity is put first). `licence` defaults to "unspecified" and is listed
 * in the dataset card with the `curator` credited.
 */
export const dialogueLineSchema = z.object({
  id: z.string().min(1).max(200),
  messages: z.array(chatMessageSchema).min(2).refine((messages) => messages.at(-1)?.role === 'assistant', 'must end with an assistant message'),
  licence: z.string().min(1).optional(),
  /** Checksummed like the library manifest's curator column, so one address is one curator on the card. */
  curator: curatorSchema.optional(),
  source: z.string().optional()
}).strict()
export type DialogueLine = z.infer<typeof dialogueLineSchema>

/** A dialogue example with the credits the card lists. */
export interface DialogueExample extends CandidateExample {
  readonly licence: string
  readonly curator?: string
}

/**
 * Examples from practice dialogue files (see {@link dialogueLineSchema}); the unit is the file and id.
 *
 * @throws {InvalidDatasetLineError} for a line that does not fit the format.
 */
export async function* readDialogues(files: readonly string[], systemPrompt: string, onBytes?: (bytes: number) => void): AsyncGenerator<DialogueExample> {
  for await (const { file, line, value } of readJsonLines(files, onBytes)) {
    const parsed = dialogueLineSchema.safeParse(value)
    if (!parsed.success) throw new InvalidDatasetLineError(file, line, formatZodIssues(parsed.error))
    const { id, messages, licence, curator } = parsed.data
    const withSystem = messages[0]?.role === 'system' || systemPrompt.trim() === '' ? messages : [{ role: 'system' as const, content: systemPrompt.trim() }, ...messages]
    yield { origin: { kind: 'dialogue', unit: `dialogue:${file}:${id}`, file }, messages: withSystem, licence: licence ?? 'unspecified', ...(curator === undefined ? {} : { curator }) }
  }
}
