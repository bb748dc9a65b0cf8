import { z } from 'zod'

/**
 * What kind of safety escalation a message is. Each kind has its own fixed reply
 * (safetyReplies.ts): what helps someone at risk of suicide (crisis lines) is not what helps
 * someone watching a friend overdose (emergency services, now), nor someone about to stop
 * insulin for a healing retreat (their prescriber), nor someone probing for the system
 * prompt (a plain refusal).
 */
export const SAFETY_KINDS = [
  /** Suicidal thoughts (direct, indirect, passive), plans, goodbyes, self-harm now or repeated. */
  'suicide_self_harm',
  /** Asking for a way to die, a lethal dose or amount, however calmly or cleverly framed. */
  'method_seeking',
  /** Someone else's life in danger now: overdose, unconscious, not breathing, child in danger. */
  'third_party_emergency',
  /** The writer's own body in danger now: chest pain, stroke signs, fainting from not eating. */
  'medical_emergency',
  /** Stopping (or refusing) a life-critical medication for spiritual or energetic reasons. */
  'medication_stop',
  /** Abuse or danger at home, sexual violence, a child being hurt. */
  'abuse',
  /** Intent to hurt or kill another person, including commands heard to do so. */
  'harm_to_others',
  /** Prompt injection, jailbreaks, requests for the system prompt, keys or other users' data. */
  'manipulation'
] as const

/** One of {@link SAFETY_KINDS}. */
export type SafetyKind = (typeof SAFETY_KINDS)[number]

/** Validates a kind at a boundary. */
export const safetyKindSchema = z.enum(SAFETY_KINDS)

/** Kinds that mean a person may be at risk: they put the session in careful mode. */
export const RISK_KINDS: ReadonlySet<SafetyKind> = new Set(SAFETY_KINDS.filter((kind) => kind !== 'manipulation'))
