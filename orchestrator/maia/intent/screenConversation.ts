import { RISK_KINDS, type SafetyKind } from './safetyKinds.ts'
import { KIND_PRIORITY } from './safety/screenForSafety.ts'

/** What routing says about one user turn (the router's decision, or the responder's `classify`). */
export interface TurnVerdict {
  readonly intent: string
  readonly kind?: string
}

/** Every user turn of a conversation, screened. */
export interface ConversationVerdict {
  /** The most urgent risk kind disclosed in any user turn (not manipulation); puts the session in careful mode. */
  readonly riskKind?: SafetyKind
  /** Indices (into the user turns given) of turns that were manipulation attempts: never send them to a model. */
  readonly manipulationTurns: readonly number[]
}

/** Screening every turn is linear; a bound keeps a pathological conversation cheap. */
export const MAX_SCREENED_TURNS = 200

/**
 * Screens every user turn, not only the last: a crisis told in turn 1 and followed by "ok, pull a
 * card" is still a crisis conversation, and an injection smuggled in turn 2 must not reach a
 * model in turn 5. Turns beyond the last {@link MAX_SCREENED_TURNS} are not looked at.
 *
 * @example
 * (await screenConversation(['I took all my pills', 'anyway, card of the day?'], router.routeAsync)).riskKind // 'suicide_self_harm'
 */
export async function screenConversation(userTurns: readonly string[], classify: (message: string) => TurnVerdict | Promise<TurnVerdict>): Promise<ConversationVerdict> {
  const first = Math.max(0, userTurns.length - MAX_SCREENED_TURNS)
  const kinds: SafetyKind[] = []
  const manipulationTurns: number[] = []
  for (let index = first; index < userTurns.length; index++) {
    const turn = userTurns[index] as string
    if (turn.trim() === '') continue
    const verdict = await classify(turn)
    if (verdict.intent !== 'safety_escalation') continue
    const kind = (KIND_PRIORITY as readonly string[]).includes(verdict.kind ?? '') ? verdict.kind as SafetyKind : 'suicide_self_harm'
    if (kind === 'manipulation') manipulationTurns.push(index)
    else if (RISK_KINDS.has(kind)) kinds.push(kind)
  }
  const riskKind = KIND_PRIORITY.find((kind) => kinds.includes(kind))
  return riskKind === undefined ? { manipulationTurns } : { riskKind, manipulationTurns }
}
