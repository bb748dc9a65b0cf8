import { InvalidMessageError } from './errors.ts'
import { isStrictObject } from './isStrictObject.ts'
import { formatZodIssues } from '../util/formatZodIssues.ts'
import { MAX_OUTPUT_TOKENS, MAX_TOKEN_ID, responseFrameSchema, type FinalFrame, type ResponseFrame } from './inference.ts'

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The token frame schema's bounds on `tokens` (inference.ts). */
const MAX_FRAME_TOKENS = 1_000_000

type TokenFrame = Extract<ResponseFrame, { type: 'token' }>

/**
 * Whether `json` is a token frame exactly as `tokenFrameSchema` accepts one (a strict object: `type`
 * 'token', `text` a string, `tokens` absent or an integer in [1, 1,000,000], nothing else).
 */
function isTokenFrame(json: unknown): json is TokenFrame {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false
  const frame = json as Record<string, unknown>
  if (frame.type !== 'token' || typeof frame.text !== 'string') return false
  for (const key in frame) if (key !== 'type' && key !== 'text' && key !== 'tokens') return false
  const tokens = frame.tokens
  return !('tokens' in frame) || (Number.isInteger(tokens) && (tokens as number) >= 1 && (tokens as number) <= MAX_FRAME_TOKENS)
}

const HEX32 = /^0x[0-9a-f]{64}$/
const ADDRESS = /^0x[0-9a-fA-F]{40}$/
const SIGNATURE = /^0x[0-9a-fA-F]{128}1[bc]$/
const STOP_REASONS = new Set(['end_turn', 'max_tokens', 'stop_sequence'])

/** `z.number().int().min(0)`: zod 4's `int()` takes safe integers only. */
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0
/** `z.number().min(0)` (JSON has no NaN or Infinity, but a huge literal parses to Infinity, which zod refuses). */
const isNonNegative = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0
const isHex32 = (value: unknown): boolean => typeof value === 'string' && HEX32.test(value)

const FINAL_KEYS = new Set(['type', 'stopReason', 'stopSequence', 'usage', 'timings', 'receipt', 'tokens'])
const USAGE_KEYS = new Set(['inputTokens', 'outputTokens'])
const TIMING_KEYS = new Set(['queueMs', 'firstTokenMs', 'totalMs'])
const RECEIPT_KEYS = new Set(['requestId', 'promptHash', 'outputHash', 'inputTokens', 'outputTokens', 'modelHash', 'node', 'chainId', 'signature'])

/**
 * Whether `json` is a final frame exactly as `finalFrameSchema` accepts one (strict objects at
 * every level, the receipt's hex shapes, safe integers where the schema says `int()`, token ids
 * in [0, MAX_TOKEN_ID], at most MAX_OUTPUT_TOKENS of them). Only an acceptance must agree with
 * the schema: a frame refused here is handed to the schema, which gives its own error.
 */
function isFinalFrame(json: unknown): json is FinalFrame {
  if (!isStrictObject(json, FINAL_KEYS) || json.type !== 'final') return false
  if (typeof json.stopReason !== 'string' || !STOP_REASONS.has(json.stopReason)) return false
  if (json.stopSequence !== null && typeof json.stopSequence !== 'string') return false
  const { usage, timings, receipt } = json
  if (!isStrictObject(usage, USAGE_KEYS) || !isCount(usage.inputTokens) || !isCount(usage.outputTokens)) return false
  if (!isStrictObject(timings, TIMING_KEYS) || !isNonNegative(timings.queueMs) || !isNonNegative(timings.totalMs)) return false
  if (timings.firstTokenMs !== null && !isNonNegative(timings.firstTokenMs)) return false
  if (!isStrictObject(receipt, RECEIPT_KEYS)) return false
  if (!isHex32(receipt.requestId) || !isHex32(receipt.promptHash) || !isHex32(receipt.outputHash) || !isHex32(receipt.modelHash)) return false
  if (!isCount(receipt.inputTokens) || !isCount(receipt.outputTokens)) return false
  if (typeof receipt.node !== 'string' || !ADDRESS.test(receipt.node)) return false
  if (!Number.isSafeInteger(receipt.chainId) || (receipt.chainId as number) <= 0) return false
  if (typeof receipt.signature !== 'string' || !SIGNATURE.test(receipt.signature)) return false
  if (!('tokens' in json)) return true
  const tokens = json.tokens
  if (!Array.isArray(tokens) || tokens.length > MAX_OUTPUT_TOKENS) return false
  for (const id of tokens) if (!Number.isSafeInteger(id) || id < 0 || id > MAX_TOKEN_ID) return false
  return true
}

/**
 * Parses one frame of a node's answer, as `decodeFrame(bytes, responseFrameSchema, ...)` does:
 * same frames accepted, same errors. Token frames, most of every answer, are checked by hand
 * ({@link isTokenFrame}) instead of through zod's discriminated union (~4x cheaper), and so are
 * final frames ({@link isFinalFrame}: zod was ~9% of the orchestrator's CPU per request); every
 * other frame, and any frame that does not pass, goes through the schema.
 *
 * @throws {InvalidMessageError} when the bytes are not UTF-8 JSON or not a response frame.
 */
export function decodeResponseFrame(bytes: Uint8Array): ResponseFrame {
  let json: unknown
  try {
    json = JSON.parse(decoder.decode(bytes))
  } catch (cause) {
    throw new InvalidMessageError('inference response frame', 'not UTF-8 JSON', { cause })
  }
  if (isTokenFrame(json) || isFinalFrame(json)) return json
  const parsed = responseFrameSchema.safeParse(json)
  if (!parsed.success) throw new InvalidMessageError('inference response frame', formatZodIssues(parsed.error))
  return parsed.data
}
