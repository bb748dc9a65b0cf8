import { z } from 'zod'
import { MAX_FRAME_BYTES, MAX_FRAME_INTERVAL_MS } from './constants.ts'
import { ethSignatureSchema } from './ethSignature.ts'

/**
 * Schemas of the `/maia/infer/1.0.0` protocol. Each frame is one length-prefixed JSON object.
 * The client sends exactly one `request`; the node answers with `accepted`, any number of
 * `token` frames, then exactly one `final` or `error`, and closes the stream. (A `/maia/infer/1.2.0`
 * request that carries `frameIntervalMs`, and every `/maia/infer/1.3.0` request, gets `accepted`
 * only when it is queued behind others.)
 */

/**
 * Limits shared by the node protocol and the HTTP API, so the API never accepts what a node must
 * refuse. Each number lives here once: the schemas below and the gateway's request schemas and
 * checks are built from these constants.
 */
export const MAX_MESSAGE_CHARACTERS = 512 * 1024
export const MAX_MESSAGES = 1_000
export const MAX_STOP_SEQUENCES = 8
export const MAX_STOP_SEQUENCE_CHARACTERS = 200
export const MAX_OUTPUT_TOKENS = 32_768
/** Highest sampling temperature a node takes (the range OpenAI's API allows). */
export const MAX_TEMPERATURE = 2
/** Largest sampling seed (an unsigned 32-bit integer). */
export const MAX_SEED = 2 ** 32 - 1
/** Room a request frame keeps for everything but its messages (id, parameters, JSON punctuation). */
const REQUEST_FRAME_OVERHEAD_BYTES = 4 * 1024
/** Most bytes the JSON of a request's messages may take, so that the request fits one frame. */
export const MAX_MESSAGES_BYTES = MAX_FRAME_BYTES - REQUEST_FRAME_OVERHEAD_BYTES

export const chatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string().max(MAX_MESSAGE_CHARACTERS)
}).strict()
export type ChatMessage = z.infer<typeof chatMessageSchema>

const hex32 = z.string().regex(/^0x[0-9a-f]{64}$/, 'expected 0x-prefixed 32-byte lowercase hex')

export const inferenceRequestSchema = z.object({
  type: z.literal('request'),
  /** 32 random bytes chosen by the client; names the request in the receipt. */
  id: hex32,
  messages: z.array(chatMessageSchema).min(1).max(MAX_MESSAGES),
  maxTokens: z.number().int().min(1).max(MAX_OUTPUT_TOKENS),
  temperature: z.number().min(0).max(MAX_TEMPERATURE).default(0.7),
  topP: z.number().gt(0).max(1).default(1),
  seed: z.number().int().min(0).max(MAX_SEED).optional(),
  stop: z.array(z.string().min(1).max(MAX_STOP_SEQUENCE_CHARACTERS)).max(MAX_STOP_SEQUENCES).default([]),
  /**
   * How long the node may gather tokens into one frame, first token included (sent only on
   * `/maia/infer/1.2.0`); the node's own interval when absent. How the reply travels, not what it
   * is: not part of the prompt hash.
   */
  frameIntervalMs: z.number().int().min(0).max(MAX_FRAME_INTERVAL_MS).optional()
}).strict()
export type InferenceRequest = z.infer<typeof inferenceRequestSchema>
export type InferenceRequestInput = z.input<typeof inferenceRequestSchema>

export const usageSchema = z.object({
  inputTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0)
}).strict()
export type Usage = z.infer<typeof usageSchema>

export const receiptSchema = z.object({
  requestId: hex32,
  promptHash: hex32,
  outputHash: hex32,
  inputTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
  modelHash: hex32,
  node: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  chainId: z.number().int().positive(),
  signature: ethSignatureSchema
}).strict()
export type Receipt = z.infer<typeof receiptSchema>

export const stopReasonSchema = z.enum(['end_turn', 'max_tokens', 'stop_sequence'])
export type StopReason = z.infer<typeof stopReasonSchema>

export const acceptedFrameSchema = z.object({
  type: z.literal('accepted'),
  queuePosition: z.number().int().min(0)
}).strict()

export const tokenFrameSchema = z.object({
  type: z.literal('token'),
  text: z.string(),
  /**
   * How many tokens the frame gathers (nodes coalesce tokens into frames); absent means one. A
   * node's claim, used only where no receipt exists (a node that died mid-answer): never billed.
   */
  tokens: z.number().int().min(1).max(1_000_000).optional()
}).strict()

/**
 * Largest token id a frame may carry: llama.cpp's `llama_token` is a signed 32-bit integer. With
 * at most {@link MAX_OUTPUT_TOKENS} ids of at most 10 digits, a final frame's ids take at most
 * 32,768 × 11 = 360,448 bytes of JSON ("2147483647,"), well inside {@link MAX_FRAME_BYTES} next
 * to the rest of the frame (~1 KB); real vocabularies (≤ 262,144 tokens) need at most 7 bytes an
 * id (229,376 bytes). Checked in test/network/final-frame-token-ids.test.ts.
 */
export const MAX_TOKEN_ID = 2 ** 31 - 1

/**
 * The token ids a node's model evaluated after the prompt (every sampled token but the last,
 * which ended the answer), for the orchestrator's verifier. When a node sends them, its receipt's
 * `outputHash` covers the text and the ids together (`hashInferenceOutput(text, tokens)`): the ids
 * are the node's signed claim, so evidence built on them cannot be forged by an orchestrator that
 * swaps in other ids that spell the same text; and the verifier refuses ids that do not spell the
 * text ("text ≠ ids" is dishonest).
 */
export const generatedTokensSchema = z.array(z.number().int().min(0).max(MAX_TOKEN_ID)).max(MAX_OUTPUT_TOKENS)

export const finalFrameSchema = z.object({
  type: z.literal('final'),
  stopReason: stopReasonSchema,
  stopSequence: z.string().nullable(),
  usage: usageSchema,
  timings: z.object({
    queueMs: z.number().min(0),
    firstTokenMs: z.number().min(0).nullable(),
    totalMs: z.number().min(0)
  }).strict(),
  receipt: receiptSchema,
  /** The generated token ids (see {@link generatedTokensSchema}); absent from nodes that cannot tell. */
  tokens: generatedTokensSchema.optional()
}).strict()
export type FinalFrame = z.infer<typeof finalFrameSchema>

export const errorCodeSchema = z.enum(['bad_request', 'frame_too_large', 'busy', 'internal', 'model_unavailable', 'unauthorized'])
export type InferenceErrorCode = z.infer<typeof errorCodeSchema>

export const errorFrameSchema = z.object({
  type: z.literal('error'),
  code: errorCodeSchema,
  message: z.string()
}).strict()
export type ErrorFrame = z.infer<typeof errorFrameSchema>

export const responseFrameSchema = z.discriminatedUnion('type', [
  acceptedFrameSchema,
  tokenFrameSchema,
  finalFrameSchema,
  errorFrameSchema
])
export type ResponseFrame = z.infer<typeof responseFrameSchema>
