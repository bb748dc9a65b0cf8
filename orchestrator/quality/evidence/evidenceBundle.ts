import { keccak256, toUtf8Bytes } from 'ethers'
import { z } from 'zod'
import { chatMessageSchema, generatedTokensSchema, MAX_OUTPUT_TOKENS, receiptSchema, stopReasonSchema, MAX_STOP_SEQUENCES, MAX_STOP_SEQUENCE_CHARACTERS, MAX_MESSAGES } from '../../../shared/protocol/index.ts'
import { canonicalJson } from '../../../shared/util/index.ts'

const hex32 = z.string().regex(/^0x[0-9a-f]{64}$/, 'expected 0x-prefixed 32-byte lowercase hex')

/** The request exactly as the node received it: the fields its receipt's prompt hash commits to. */
export const evidenceRequestSchema = z.object({
  messages: z.array(chatMessageSchema).min(1).max(MAX_MESSAGES),
  maxTokens: z.number().int().min(1).max(MAX_OUTPUT_TOKENS),
  temperature: z.number().min(0).max(2),
  topP: z.number().gt(0).max(1),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
  stop: z.array(z.string().min(1).max(MAX_STOP_SEQUENCE_CHARACTERS)).max(MAX_STOP_SEQUENCES)
}).strict()
export type EvidenceRequest = z.infer<typeof evidenceRequestSchema>

/** What the verifier concluded, in a form anyone can compare with their own re-run. */
export const verificationSummarySchema = z.object({
  verdict: z.enum(['honest', 'suspicious', 'dishonest']),
  reasons: z.array(z.string().max(500)).max(50),
  /** The figures the verdict rests on (top-k misses, mean log-probability, tokens checked...). */
  statistics: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()]))
}).strict()
export type VerificationSummary = z.infer<typeof verificationSummarySchema>

export const peerScoreSummarySchema = z.object({
  yardstick: z.enum(['reference', 'consensus']),
  similarity: z.number().min(0).max(1),
  relativeScore: z.number().min(0),
  median: z.number().min(0).max(1),
  peers: z.number().int().min(0)
}).strict()

/**
 * Everything needed to re-check one judgement of one node's answer without trusting the
 * orchestrator: the node's own signed receipt (which commits to the request and the output by
 * hash), the request and the claimed output themselves (with the node's token ids and stop reason
 * when it sent them), the approved model's hash, and what the verifier found. `hashEvidence` of it is what a slashing transaction cites on chain.
 */
export const evidenceBundleSchema = z.object({
  version: z.literal(1),
  createdAt: z.number().int().min(0),
  node: z.object({ peerId: z.string().min(1).max(200), ethAddress: z.string().regex(/^0x[0-9a-fA-F]{40}$/) }).strict(),
  approvedModelHash: hex32,
  request: evidenceRequestSchema,
  claimedOutput: z.string().max(4 * 1024 * 1024),
  /**
   * The token ids the node sent with the answer (its final frame), when it sent any: the verifier
   * re-runs on them. They are not signed, and need not be: the receipt commits to
   * `claimedOutput`, and the verifier judges ids that do not spell exactly that text dishonest, so
   * nobody can pin other ids on the node (`findEvidenceDefect` checks the binding of the text).
   */
  claimedTokens: generatedTokensSchema.optional(),
  /** The stop reason of the node's final frame, when known: the verifier checks its plausibility too. */
  claimedStopReason: stopReasonSchema.optional(),
  receipt: receiptSchema,
  verification: verificationSummarySchema.optional(),
  quality: peerScoreSummarySchema.optional()
}).strict()
export type EvidenceBundle = z.infer<typeof evidenceBundleSchema>

/** The bundle's identity on chain: keccak256 of its canonical JSON (sorted keys, no whitespace). */
export function hashEvidence(bundle: EvidenceBundle): `0x${string}` {
  return keccak256(toUtf8Bytes(canonicalJson(bundle))) as `0x${string}`
}
