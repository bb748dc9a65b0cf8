import { InvalidMessageError } from './errors.ts'
import { isStrictObject } from './isStrictObject.ts'
import { formatZodIssues } from '../util/formatZodIssues.ts'
import { MAX_FRAME_INTERVAL_MS } from './constants.ts'
import { MAX_MESSAGE_CHARACTERS, MAX_MESSAGES, MAX_OUTPUT_TOKENS, MAX_SEED, MAX_STOP_SEQUENCE_CHARACTERS, MAX_STOP_SEQUENCES, MAX_TEMPERATURE, inferenceRequestSchema, type InferenceRequest } from './inference.ts'

const decoder = new TextDecoder('utf-8', { fatal: true })

const HEX32 = /^0x[0-9a-f]{64}$/
const REQUEST_KEYS = new Set(['type', 'id', 'messages', 'maxTokens', 'temperature', 'topP', 'seed', 'stop', 'frameIntervalMs'])
const MESSAGE_KEYS = new Set(['role', 'content'])
const ROLES = new Set(['system', 'user', 'assistant'])

/** `z.number().int().min(low).max(high)`: zod 4's `int()` takes safe integers only. */
const isIntegerIn = (value: unknown, low: number, high: number): boolean => Number.isSafeInteger(value) && (value as number) >= low && (value as number) <= high
/** `z.number()` refuses what JSON.parse makes of a huge literal (Infinity). */
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Whether `json` is a chat message exactly as `chatMessageSchema` accepts one. */
function isChatMessage(json: unknown): boolean {
  if (!isStrictObject(json, MESSAGE_KEYS)) return false
  const { role, content } = json
  return typeof role === 'string' && ROLES.has(role) && typeof content === 'string' && content.length <= MAX_MESSAGE_CHARACTERS
}

/**
 * Whether `json` is a request exactly as `inferenceRequestSchema` accepts one, before its defaults
 * (strict objects, a lowercase 32-byte hex id, the bounds of inference.ts). Only an acceptance must
 * agree with the schema: a request refused here is handed to the schema, which gives its own error.
 */
function isInferenceRequest(json: unknown): json is Record<string, unknown> {
  if (!isStrictObject(json, REQUEST_KEYS) || json.type !== 'request') return false
  if (typeof json.id !== 'string' || !HEX32.test(json.id)) return false
  const { messages, stop } = json
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > MAX_MESSAGES) return false
  for (const message of messages) if (!isChatMessage(message)) return false
  if (!isIntegerIn(json.maxTokens, 1, MAX_OUTPUT_TOKENS)) return false
  if ('temperature' in json && !(isFiniteNumber(json.temperature) && json.temperature >= 0 && json.temperature <= MAX_TEMPERATURE)) return false
  if ('topP' in json && !(isFiniteNumber(json.topP) && json.topP > 0 && json.topP <= 1)) return false
  if ('seed' in json && !isIntegerIn(json.seed, 0, MAX_SEED)) return false
  if ('stop' in json) {
    if (!Array.isArray(stop) || stop.length > MAX_STOP_SEQUENCES) return false
    for (const sequence of stop) if (typeof sequence !== 'string' || sequence.length < 1 || sequence.length > MAX_STOP_SEQUENCE_CHARACTERS) return false
  }
  if ('frameIntervalMs' in json && !isIntegerIn(json.frameIntervalMs, 0, MAX_FRAME_INTERVAL_MS)) return false
  return true
}

/**
 * Parses one request frame, as `decodeFrame(bytes, inferenceRequestSchema, 'inference request')`
 * does: same requests accepted, same defaults (temperature 0.7, topP 1, no stop sequences), same
 * errors. A well-formed request is checked by hand ({@link isInferenceRequest}); anything it does
 * not pass goes through the schema for its error. Why: the node reads each request on the way to
 * its first token, usually with its code cold (it slept since the last one); there the read took
 * x0.60 the schema's time for a short chat (71 vs 118 µs) and x0.69 for a MAIA-sized prompt
 * (111 vs 161 µs; JSON.parse is most of the rest) in `npx tsx bench/protocol-decode.ts`.
 *
 * @throws {InvalidMessageError} when the bytes are not UTF-8 JSON or not an inference request.
 */
export function decodeInferenceRequest(bytes: Uint8Array): InferenceRequest {
  let json: unknown
  try {
    json = JSON.parse(decoder.decode(bytes))
  } catch (cause) {
    throw new InvalidMessageError('inference request', 'not UTF-8 JSON', { cause })
  }
  if (isInferenceRequest(json)) {
    const request = { ...json, temperature: json.temperature ?? 0.7, topP: json.topP ?? 1, stop: json.stop ?? [] }
    return request as InferenceRequest
  }
  const parsed = inferenceRequestSchema.safeParse(json)
  if (!parsed.success) throw new InvalidMessageError('inference request', formatZodIssues(parsed.error))
  return parsed.data
}
