import { createHash } from 'node:crypto'
import { z } from 'zod'
import { chatMessageSchema, type ChatMessage } from '../../shared/protocol/index.ts'
import { formatZodIssues } from '../../shared/util/index.ts'
import type { CandidateExample } from './chatExample.ts'
import { InvalidDatasetLineError } from './errors.ts'
import { readJsonLines } from './readJsonLines.ts'

const answerSchema = z.object({
  peerId: z.string(),
  text: z.string(),
  relativeScore: z.number().min(0).optional(),
  verdict: z.enum(['honest', 'suspicious', 'dishonest']).optional()
})

/** A line of `maia quality export`: the conversation with its target answer last, and where the target came from. */
const exportedLineSchema = z.object({
  messages: z.array(chatMessageSchema).min(2),
  metadata: z.object({ requestId: z.string().min(1).optional(), owner: z.string().min(1).max(200).optional(), target: z.enum(['reference', 'network']).optional() }).loose().optional()
})
/** A raw sample as the orchestrator stores it (orchestrator/quality/distillation/distillationSet.ts). */
const rawSampleSchema = z.object({
  createdAt: z.number().int().min(0).optional(),
  requestId: z.string().min(1),
  owner: z.string().min(1).max(200).optional(),
  messages: z.array(chatMessageSchema).min(1),
  reference: z.string().optional(),
  answers: z.array(answerSchema)
})

/** A distillation example with whose request it was (the API key id), when the line says. */
export interface DistillationExample extends CandidateExample {
  readonly owner?: string
}

/**
 * Examples from distillation triples: lines written by `maia quality export --out` (`{ messages:
 * [..., assistant], metadata: { requestId, target, answers } }`), or raw samples (`{ requestId,
 * messages, reference?, answers }`), whose target is the reference answer when there is one, else
 * the best-scoring answer not judged suspicious or dishonest (the export's own rule). A sample
 * without a target is skipped. The request id is the source unit; the owner (`metadata.owner` or
 * `owner`) is passed on for the per-key cap.
 *
 * @throws {InvalidDatasetLineError} for a line of neither shape.
 */
export async function* readDistillation(files: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<DistillationExample> {
  for await (const { file, line, value } of readJsonLines(files, onBytes)) {
    const messages = toMessages(value, file, line)
    if (messages === undefined) continue
    const requestId = requestIdOf(value) ?? createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 32)
    const owner = ownerOf(value)
    yield { origin: { kind: 'distillation', unit: `distillation:${requestId}`, file }, messages, ...(owner === undefined ? {} : { owner }) }
  }
}

function toMessages(value: unknown, file: string, line: number): ChatMessage[] | undefined {
  const raw = rawSampleSchema.safeParse(value)
  if (raw.success) {
    const target = raw.data.reference ?? bestHonestAnswer(raw.data.answers)
    return target === undefined ? undefined : [...raw.data.messages, { role: 'assistant', content: target }]
  }
  const exported = exportedLineSchema.safeParse(value)
  if (!exported.success) throw new InvalidDatasetLineError(file, line, formatZodIssues(exported.error))
  if (exported.data.messages.at(-1)?.role !== 'assistant') throw new InvalidDatasetLineError(file, line, 'the last message must be the assistant target')
  return exported.data.messages
}

function requestIdOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const record = value as { requestId?: unknown; metadata?: { requestId?: unknown } }
  const id = record.requestId ?? record.metadata?.requestId
  return typeof id === 'string' && id !== '' ? id : undefined
}

function ownerOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const record = value as { owner?: unknown; metadata?: { owner?: unknown } }
  const owner = record.owner ?? record.metadata?.owner
  return typeof owner === 'string' && owner !== '' ? owner : undefined
}

function bestHonestAnswer(answers: z.infer<typeof answerSchema>[]): string | undefined {
  const honest = answers.filter((answer) => answer.verdict !== 'dishonest' && answer.verdict !== 'suspicious')
  honest.sort((a, b) => (b.relativeScore ?? 0) - (a.relativeScore ?? 0))
  return honest[0]?.text
}
