import { z } from 'zod'
import { chatMessageSchema, MAX_MESSAGES, MAX_OUTPUT_TOKENS, MAX_STOP_SEQUENCE_CHARACTERS, MAX_STOP_SEQUENCES } from '../../../shared/protocol/index.ts'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { InvalidVerificationRequestError } from './errors.ts'

/**
 * node-llama-cpp's top-k when none is given (`LlamaContextSequence` sampler defaults); the node
 * never sets one, so every honest token at temperature > 0 is among the 40 likeliest.
 */
export const NODE_LLAMA_CPP_DEFAULT_TOP_K = 40

/** The generation parameters the node was asked to use: they decide which tokens it could emit. */
export const samplingSchema = z.object({
  temperature: z.number().min(0).max(2),
  topP: z.number().gt(0).max(1),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
  maxTokens: z.number().int().min(1).max(MAX_OUTPUT_TOKENS),
  /** The request's stop sequences (`InferenceRequest.stop`). */
  stop: z.array(z.string().min(1).max(MAX_STOP_SEQUENCE_CHARACTERS)).max(MAX_STOP_SEQUENCES).default([]),
  /** Top-k the node's sampler applied; node-llama-cpp's default unless the network ever sets one. */
  topK: z.number().int().min(1).max(1_000).default(NODE_LLAMA_CPP_DEFAULT_TOP_K)
}).strict()
export type Sampling = z.infer<typeof samplingSchema>

/** What the node billed (its receipt's `inputTokens` / `outputTokens`). */
export const claimedUsageSchema = z.object({
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0)
}).strict()
export type ClaimedUsage = z.infer<typeof claimedUsageSchema>

/**
 * Which answer positions are checked: all of them, or `sample` positions drawn at random (the
 * end-of-answer position is always checked). Sampling cuts the per-position work, never the
 * evaluation itself, and a node cannot know which positions will be looked at.
 */
export const positionsSchema = z.union([
  z.literal('all'),
  z.object({ sample: z.number().int().min(1), seed: z.number().int().min(0).max(2 ** 32 - 1).optional() }).strict()
])
export type PositionSelection = z.infer<typeof positionsSchema>

export const verificationRequestSchema = z.object({
  messages: z.array(chatMessageSchema).min(1).max(MAX_MESSAGES),
  /** The answer text the node returned. Used alone only when token ids are unknown (see README). */
  claimedText: z.string().optional(),
  /**
   * The token ids the node evaluated into its context after the prompt, in order: every sampled
   * token but the last one (that one ended the answer and is never decoded). In node-llama-cpp,
   * `sequence.contextTokens.slice(usage.inputTokens + 1)` right after `generateResponse`. Not the
   * ids `onToken` reports: at a stop sequence those are the released text re-tokenized.
   */
  claimedTokens: z.array(z.number().int().min(0)).max(MAX_OUTPUT_TOKENS).optional(),
  sampling: samplingSchema,
  claimedUsage: claimedUsageSchema,
  /** The node's `final` frame stop reason, checked against what the model makes plausible. */
  claimedStopReason: z.enum(['end_turn', 'max_tokens', 'stop_sequence']).optional(),
  positions: positionsSchema.default('all')
}).strict().refine((request) => request.claimedText !== undefined || request.claimedTokens !== undefined, {
  message: 'give claimedText, claimedTokens or both',
  path: ['claimedTokens']
})
export type VerificationRequest = z.infer<typeof verificationRequestSchema>
export type VerificationRequestInput = z.input<typeof verificationRequestSchema>

/** @throws {InvalidVerificationRequestError} listing every issue. */
export function parseVerificationRequest(input: unknown): VerificationRequest {
  const result = verificationRequestSchema.safeParse(input)
  if (!result.success) throw new InvalidVerificationRequestError(formatZodIssues(result.error))
  return result.data
}
