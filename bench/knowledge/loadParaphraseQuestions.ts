import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { questionSetSchema, type Question } from './support.ts'

/** `tune`/`test`: the book split of paraphraseQuestions.json (shared library); `second`: the second library's set. */
export type Split = 'tune' | 'test' | 'second'

const PARAPHRASE_FILE = new URL('./paraphraseQuestions.json', import.meta.url)
const SECOND_LIBRARY_FILE = new URL('./secondLibraryQuestions.json', import.meta.url)
const splitSchema = z.object({ questions: z.array(z.object({ id: z.string(), split: z.enum(['tune', 'test']) })) })

/**
 * The questions of one split. The tune split is the only one to tune retrieval on; the test split
 * and the second library are reported, never tuned on.
 *
 * @example
 * const tune = await loadParaphraseQuestions('tune')
 */
export async function loadParaphraseQuestions(split: Split): Promise<Question[]> {
  if (split === 'second') return questionSetSchema.parse(JSON.parse(await readFile(SECOND_LIBRARY_FILE, 'utf8'))).questions
  const json: unknown = JSON.parse(await readFile(PARAPHRASE_FILE, 'utf8'))
  const splits = new Map(splitSchema.parse(json).questions.map((question) => [question.id, question.split]))
  return questionSetSchema.parse(json).questions.filter((question) => splits.get(question.id) === split)
}
