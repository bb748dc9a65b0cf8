import { z } from 'zod'
import type { LevelStore } from '../../LevelStore.ts'
import { chatMessageSchema } from '../../../shared/protocol/index.ts'

/** One sampled prompt: what nodes answered, what the reference answered, and how they scored. */
export const distillationSampleSchema = z.object({
  createdAt: z.number().int().min(0),
  requestId: z.string().min(1).max(200),
  messages: z.array(chatMessageSchema).min(1),
  reference: z.string().optional(),
  answers: z.array(z.object({
    peerId: z.string(),
    text: z.string(),
    relativeScore: z.number().min(0).optional(),
    verdict: z.enum(['honest', 'suspicious', 'dishonest']).optional()
  }).strict())
}).strict()
export type DistillationSample = z.infer<typeof distillationSampleSchema>

/**
 * The phase-3 distillation set: every sampled prompt with the network's answers and the
 * reference (Claude) answer. Exported as chat JSONL — one `{"messages": [..., assistant]}` per
 * line, the format fine-tuning tools read — with the reference as the target when there is one,
 * else the best-scoring honest node answer.
 */
export interface DistillationSet {
  add(sample: DistillationSample): Promise<void>
  count(): Promise<number>
  /** Chat JSONL lines, oldest first; a sample without a usable target is skipped. */
  exportChatJsonl(options?: { since?: number }): AsyncIterable<string>
}

export function createLevelDistillationSet(components: { store: LevelStore }): DistillationSet {
  const { store } = components
  return {
    async add(sample) {
      const checked = distillationSampleSchema.parse(sample)
      await store.put(`${String(checked.createdAt).padStart(16, '0')}:${checked.requestId}`, JSON.stringify(checked))
    },
    async count() {
      let total = 0
      for await (const _ of store.keys()) total += 1
      return total
    },
    async *exportChatJsonl(options = {}) {
      for await (const text of store.values({ gte: String(options.since ?? 0).padStart(16, '0') })) {
        const sample = distillationSampleSchema.parse(JSON.parse(text))
        const target = sample.reference ?? bestHonestAnswer(sample)
        if (target === undefined) continue
        yield JSON.stringify({
          messages: [...sample.messages, { role: 'assistant', content: target }],
          metadata: { requestId: sample.requestId, createdAt: sample.createdAt, target: sample.reference === undefined ? 'network' : 'reference', answers: sample.answers }
        })
      }
    }
  }
}

function bestHonestAnswer(sample: DistillationSample): string | undefined {
  const honest = sample.answers.filter((answer) => answer.verdict !== 'dishonest' && answer.verdict !== 'suspicious')
  honest.sort((a, b) => (b.relativeScore ?? 0) - (a.relativeScore ?? 0))
  return honest[0]?.text
}
