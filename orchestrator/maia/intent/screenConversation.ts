import { createHash } from 'node:crypto'
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
 * Characters of earlier turns, not screened before, that one request may send through the full
 * screen (its sentence windows and encoder: ~0.1 s per 1,000 characters on one core). Beyond it,
 * older turns get the quick screen (rules and n-grams). Without a bound one request of 200 fresh
 * turns of 4,500 characters cost about a minute of CPU before any admission line
 * (test/attacks/exhaustion/screen-cpu.test.ts).
 */
export const FULLY_SCREENED_CHARACTERS = 16_000

/** Verdicts of turns already screened, by their exact text: a conversation resends its earlier turns every request. */
export interface TurnVerdictCache {
  get(turn: string): TurnVerdict | undefined
  set(turn: string, verdict: TurnVerdict): void
}

export interface ScreenConversationOptions {
  /**
   * The quick screen for turns beyond {@link FULLY_SCREENED_CHARACTERS} (rules OR the n-gram
   * screen): every turn is still screened. Absent: every turn gets `classify`.
   */
  classifyQuickly?: (message: string) => TurnVerdict
  /** Turns screened before (each one was the last turn of an earlier request): not screened again. */
  cache?: TurnVerdictCache
  /** Stops once the caller has gone, between turns and (passed to `classify`) between a turn's encodings: a screen nobody waits for is not worth its CPU. */
  signal?: AbortSignal
}

/**
 * Screens every user turn, not only the last: a crisis told in turn 1 and followed by "ok, pull a
 * card" is still a crisis conversation, and an injection smuggled in turn 2 must not reach a
 * model in turn 5. Turns beyond the last {@link MAX_SCREENED_TURNS} are not looked at. The newest
 * turns not screened before get `classify`, up to {@link FULLY_SCREENED_CHARACTERS} together; older
 * ones get `classifyQuickly`.
 *
 * @example
 * (await screenConversation(['I took all my pills', 'anyway, card of the day?'], router.routeAsync)).riskKind // 'suicide_self_harm'
 */
export async function screenConversation(userTurns: readonly string[], classify: (message: string, signal?: AbortSignal) => TurnVerdict | Promise<TurnVerdict>, options: ScreenConversationOptions = {}): Promise<ConversationVerdict> {
  const first = Math.max(0, userTurns.length - MAX_SCREENED_TURNS)
  const kinds: SafetyKind[] = []
  const manipulationTurns: number[] = []
  let fullBudget = FULLY_SCREENED_CHARACTERS
  // Newest first: what the user said last matters most and gets the full screen.
  for (let index = userTurns.length - 1; index >= first; index--) {
    options.signal?.throwIfAborted()
    const turn = userTurns[index] as string
    if (turn.trim() === '') continue
    let verdict = options.cache?.get(turn)
    if (verdict === undefined) {
      const quickly = options.classifyQuickly !== undefined && turn.length > fullBudget
      verdict = quickly ? options.classifyQuickly!(turn) : await classify(turn, options.signal)
      if (!quickly) {
        fullBudget -= turn.length
        options.cache?.set(turn, verdict)
      }
    }
    if (verdict.intent !== 'safety_escalation') continue
    const kind = (KIND_PRIORITY as readonly string[]).includes(verdict.kind ?? '') ? verdict.kind as SafetyKind : 'suicide_self_harm'
    if (kind === 'manipulation') manipulationTurns.push(index)
    else if (RISK_KINDS.has(kind)) kinds.push(kind)
  }
  manipulationTurns.sort((a, b) => a - b)
  const riskKind = KIND_PRIORITY.find((kind) => kinds.includes(kind))
  return riskKind === undefined ? { manipulationTurns } : { riskKind, manipulationTurns }
}

/**
 * A bounded cache of turn verdicts (least recently used out first), keyed by a hash of the turn:
 * the last turn's verdict is kept, so the next request, which resends it as an earlier turn, does
 * not screen it again.
 */
export function createTurnVerdictCache(maxEntries = 10_000): TurnVerdictCache {
  const entries = new Map<string, TurnVerdict>()
  const keyOf = (turn: string): string => createHash('sha256').update(turn).digest('base64')
  return {
    get(turn) {
      const key = keyOf(turn)
      const verdict = entries.get(key)
      if (verdict === undefined) return undefined
      entries.delete(key)
      entries.set(key, verdict)
      return verdict
    },
    set(turn, verdict) {
      const key = keyOf(turn)
      entries.delete(key)
      entries.set(key, { intent: verdict.intent, ...(verdict.kind === undefined ? {} : { kind: verdict.kind }) })
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    }
  }
}
