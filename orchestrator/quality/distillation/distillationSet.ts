import { z } from 'zod'
import { chatMessageSchema } from '../../../shared/protocol/index.ts'

/** One sampled prompt: what nodes answered, what the reference answered, and how they scored. */
export const distillationSampleSchema = z.object({
  createdAt: z.number().int().min(0),
  requestId: z.string().min(1).max(200),
  /**
   * Whose request it was: the API key id (a hash, never the key). Each owner holds at most its
   * share of the set, so one key cannot push every other key's samples out. Absent in samples
   * kept before owners were recorded (they share one anonymous owner).
   */
  owner: z.string().min(1).max(200).optional(),
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

/** Where an export page ends: the last sample's time and request id (`<createdAt>:<requestId>`). */
export interface DistillationCursor {
  createdAt: number
  requestId: string
}

/** One exported chat-JSONL line and the cursor that continues after it. */
export interface ExportedChatLine {
  /** `{"messages": [..., assistant], "metadata": {...}}`, without a trailing newline. */
  text: string
  cursor: DistillationCursor
}

export interface DistillationExportOptions {
  /** Only samples taken at or after this time (ms). */
  since?: number
  /** Only samples after this one (a page's last line), oldest first. */
  after?: DistillationCursor
  /** Lines at most (a page). */
  limit?: number
}

/** What `add` did with a sample. */
export type DistillationAddOutcome =
  | { kept: true; evicted: number }
  | { kept: false; reason: 'sample-too-large'; bytes: number; largestSampleBytes: number }

/** What one owner (API key id) holds; `''` names the samples of unknown owner. */
export interface DistillationOwnerUsage {
  owner: string
  bytes: number
  samples: number
}

/** What the set holds now, in the bytes its store holds (keys and values, the index included). */
export interface DistillationUsage {
  bytes: number
  samples: number
  owners: DistillationOwnerUsage[]
  maxBytes: number
  ownerMaxBytes: number
}

/**
 * The phase-3 distillation set: sampled prompts with the network's answers and the reference
 * (Claude) answer, within a byte budget (the oldest dropped first, and no owner past its share).
 * Exported as chat JSONL — one `{"messages": [..., assistant]}` per line, the format fine-tuning
 * tools read — with the reference as the target when there is one, else the best-scoring honest
 * node answer.
 */
export interface DistillationSet {
  /** Keeps the sample, dropping the oldest ones to make room; a sample over the per-sample cap is not kept (and logged). */
  add(sample: DistillationSample): Promise<DistillationAddOutcome>
  count(): Promise<number>
  usage(): Promise<DistillationUsage>
  /** Chat JSONL lines, oldest first, read as they are consumed; a sample without a usable target is skipped. */
  exportChatJsonl(options?: DistillationExportOptions): AsyncIterable<ExportedChatLine>
}
