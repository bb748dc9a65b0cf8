import { id as keccakText } from 'ethers'
import type { EvidenceRequest } from '../../../orchestrator/quality/index.ts'
import type { SimulatedRequest } from '../../../orchestrator/quality/verification/index.ts'
import type { ChatMessage } from '../../../shared/protocol/index.ts'
import { pick } from './random.ts'

/** Conversations of the bench: single turn, system prompt, multi-turn, assistant prefill, non-ASCII. */
export const CONVERSATIONS: readonly (readonly ChatMessage[])[] = [
  [{ role: 'user', content: 'Hello, who are you?' }],
  [{ role: 'system', content: 'You are MAIA, a calm guide.' }, { role: 'user', content: 'Tell me a story about the sea.' }],
  [{ role: 'user', content: 'What is the meaning of life?' }, { role: 'assistant', content: 'That depends.' }, { role: 'user', content: 'On what?' }],
  [{ role: 'user', content: 'List three colours.' }],
  [{ role: 'user', content: 'Write a haiku about rain.' }, { role: 'assistant', content: 'Soft rain on' }],
  [{ role: 'user', content: 'Ça va ? Écris-moi un mot gentil 🌧️' }]
]

/** Sampling settings the network allows and nodes honour: greedy, and seeded draws with and without top-p. */
export const SAMPLING_SETTINGS: readonly { readonly temperature: number; readonly topP: number }[] = [
  { temperature: 0, topP: 1 }, { temperature: 0, topP: 0.9 },
  { temperature: 0.7, topP: 1 }, { temperature: 0.7, topP: 0.9 },
  { temperature: 1, topP: 1 }, { temperature: 1, topP: 0.9 }
]

/** Short answers keep the bench inside its time budget. */
export const MAX_TOKENS: readonly number[] = [16, 32, 48]

/** One request as the router sends it: the id its receipt names and the fields its prompt hash covers. */
export interface BenchRequest {
  readonly id: `0x${string}`
  readonly fields: EvidenceRequest
}

/** A request of the bench and which of `CONVERSATIONS` it asks. */
export interface DrawnRequest {
  readonly request: BenchRequest
  readonly conversation: number
}

export function requestId(label: string): `0x${string}` {
  return keccakText(label) as `0x${string}`
}

/**
 * A request for `conversation`; `variant` > 0 appends " (variant)" to the last user message, so
 * greedy requests repeated across seeds still ask (and get) different things.
 */
export function benchRequest(label: string, conversation: number, settings: { temperature: number; topP: number }, seed: number, maxTokens: number, stop: readonly string[] = [], variant = 0): DrawnRequest {
  const base = CONVERSATIONS[conversation]
  if (base === undefined) throw new RangeError(`no conversation #${conversation}`)
  const lastUser = base.map((message) => message.role).lastIndexOf('user')
  const messages = base.map((message, index) => ({ ...message, ...(variant > 0 && index === lastUser ? { content: `${message.content} (${variant})` } : {}) }))
  return {
    conversation,
    request: {
      id: requestId(label),
      fields: { messages, maxTokens, temperature: settings.temperature, topP: settings.topP, seed, stop: [...stop] }
    }
  }
}

/** The same fields under a new id: what a peer asked the sampled prompt receives (a request of its own). */
export function reissued(label: string, fields: EvidenceRequest): BenchRequest {
  return { id: requestId(label), fields }
}

/** A request drawn at random from the bench's conversations and settings. */
export function randomRequest(label: string, random: () => number): DrawnRequest {
  const conversation = Math.floor(random() * CONVERSATIONS.length)
  return benchRequest(label, conversation, pick(SAMPLING_SETTINGS, random), Math.floor(random() * 2 ** 31), pick(MAX_TOKENS, random))
}

/** Another conversation than `request`'s: what the replay adversary answers instead. */
export function otherConversation(drawn: DrawnRequest, random: () => number): readonly ChatMessage[] {
  const offset = 1 + Math.floor(random() * (CONVERSATIONS.length - 1))
  return CONVERSATIONS[(drawn.conversation + offset) % CONVERSATIONS.length]!
}

export function toSimulated(fields: EvidenceRequest): SimulatedRequest {
  const { messages, maxTokens, temperature, topP, seed, stop } = fields
  return { messages, maxTokens, temperature, topP, ...(seed === undefined ? {} : { seed }), stop }
}

/** What identifies an answer to a request, across the bench's layers (generation time lookup). */
export function answerKey(messages: readonly ChatMessage[], seed: number | undefined, text: string): string {
  return JSON.stringify([messages, seed ?? null, text])
}
