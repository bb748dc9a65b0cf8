import { setImmediate } from 'node:timers/promises'
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
  /** Indices of turns no screen read within the request's bounds (present only when there are some): never send them to a model either. */
  readonly unscreenedTurns?: readonly number[]
}

/** Screening every turn is linear; a bound keeps a pathological conversation cheap (older turns are not screened, so not sent to a model). */
export const MAX_SCREENED_TURNS = 200

/**
 * Characters of earlier turns, not screened before, that one request may send through the full
 * screen (its sentence windows and encoder: ~0.1 s per 1,000 characters of a calm repeated
 * sentence on one core, ~0.2–0.5 s of varied everyday text). Beyond it, or past
 * {@link EARLIER_TURN_DEADLINES}' `full`, older turns get the quicker screens. Without a bound one
 * request of 200 fresh turns of 4,500 characters cost about a minute of CPU before any admission
 * line (test/attacks/exhaustion/screen-cpu.test.ts).
 */
export const FULLY_SCREENED_CHARACTERS = 16_000

/**
 * The longest earlier turn the quick screen reads: the widest rules cost more than linearly in a turn's length on
 * varied text (~1 s at 8,000 characters of everyday messages, ~5 s at 40,000, the most the rules read of one turn;
 * one turn of 4,500 characters of outside-written look-alikes took 1.45 s); a longer older turn beyond the full
 * screen gets the light screen. Most turns are shorter than this.
 */
export const QUICKLY_SCREENED_TURN_CHARACTERS = 2_000

/**
 * Until when (milliseconds since the request's screen began, the last turn's included) each screen of earlier
 * turns may still start. Characters were not a measure of cost: on varied everyday text the quick screen costs
 * ~30 times as much per character as on a repeated calm sentence, and the full screen's cost per turn depends on
 * its sentences, so one request of fresh earlier turns cost 57–97 s of CPU
 * (test/attacks/exhaustion/screen-cpu.test.ts). A screen started before its deadline finishes (the full one at most
 * {@link FULLY_SCREENED_CHARACTERS}, the quick one at most {@link QUICKLY_SCREENED_TURN_CHARACTERS}, the light one
 * reads at most 20,000 characters of a turn), so the last deadline plus one light screen bounds the request.
 * The deadlines are wall time, the cost is CPU time: the full screen's sentence encoder runs in its own thread
 * beside the rules, so a second of the full screen can cost up to two of CPU, and the last turn's own screen (~1–2 s
 * of CPU for 4,500 characters of varied text) comes before any of them: 1.5/2.5/3.5 s gave the worst request up to
 * 4.1 s of CPU against its 5 s budget, 1/2/3 s up to 3.8 s (5.1 s under a profiler); hence 0.75/1.5/2.25 s.
 */
export interface EarlierTurnDeadlines {
  /** The full screen (`classify`). */
  readonly full: number
  /** The quick screen (`classifyQuickly`: rules and n-grams). */
  readonly quick: number
  /** The light screen (`classifyLightly`: the n-gram model alone, ~10 ms a turn). */
  readonly light: number
}

export const EARLIER_TURN_DEADLINES: EarlierTurnDeadlines = { full: 750, quick: 1_500, light: 2_250 }

/**
 * Characters of the newest unseen earlier turns that get at least the quick screen, and at least the light one,
 * whatever the clock says: the deadlines count the last turn's screen too, and a process's first request pays
 * for loading the models (4.8 s here), which alone would pass every deadline. Their cost is bounded: ~0.5 s and
 * ~0.1 s of varied text.
 */
export const SCREENED_WHATEVER_THE_CLOCK: { readonly quick: number; readonly light: number } = { quick: 4_000, light: 40_000 }

/** How long the screen of earlier turns holds the main thread before it lets other requests run. */
const YIELD_EVERY_MS = 20

/** Verdicts of turns already screened, by their exact text: a conversation resends its earlier turns every request. */
export interface TurnVerdictCache {
  get(turn: string): TurnVerdict | undefined
  set(turn: string, verdict: TurnVerdict): void
}

export interface ScreenConversationOptions {
  /**
   * The quick screen for turns beyond {@link FULLY_SCREENED_CHARACTERS} or the full screen's deadline (rules OR the
   * n-gram screen), for turns up to {@link QUICKLY_SCREENED_TURN_CHARACTERS}. Absent: every turn gets `classify`.
   */
  classifyQuickly?: (message: string) => TurnVerdict
  /** The light screen (the n-gram model alone) for turns neither of the others may read. Absent: those turns go unscreened. */
  classifyLightly?: (message: string) => TurnVerdict
  /** Turns screened before (each one was the last turn of an earlier request): not screened again. */
  cache?: TurnVerdictCache
  /** Stops once the caller has gone, between turns and (passed to `classify`) between a turn's encodings: a screen nobody waits for is not worth its CPU. */
  signal?: AbortSignal
  /**
   * When the request's screen began, on `now`'s clock (default: now): the last turn's screen counts against the
   * deadlines too. Only with `classifyQuickly` do deadlines apply: without it every turn gets `classify`.
   */
  startedAt?: number
  /** Default {@link EARLIER_TURN_DEADLINES}. */
  deadlines?: EarlierTurnDeadlines
  /** Default {@link SCREENED_WHATEVER_THE_CLOCK}. */
  floors?: { readonly quick: number; readonly light: number }
  /** Milliseconds, for the deadlines (default `performance.now`). */
  now?: () => number
}

/**
 * Screens every user turn, not only the last: a crisis told in turn 1 and followed by "ok, pull a
 * card" is still a crisis conversation, and an injection smuggled in turn 2 must not reach a
 * model in turn 5. Newest first, each turn not screened before gets the fullest screen its
 * deadline and size allow: `classify` (up to {@link FULLY_SCREENED_CHARACTERS} together), else
 * `classifyQuickly`, else `classifyLightly`; the newest ones get at least the quick and the light
 * screen whatever the clock ({@link SCREENED_WHATEVER_THE_CLOCK}). A turn none may read (past the
 * last deadline and the floors, or beyond the last {@link MAX_SCREENED_TURNS}) is named in
 * `unscreenedTurns`: the caller must not send it to a model, as it does not send a manipulation attempt.
 *
 * @example
 * (await screenConversation(['I took all my pills', 'anyway, card of the day?'], router.routeAsync)).riskKind // 'suicide_self_harm'
 */
export async function screenConversation(userTurns: readonly string[], classify: (message: string, signal?: AbortSignal) => TurnVerdict | Promise<TurnVerdict>, options: ScreenConversationOptions = {}): Promise<ConversationVerdict> {
  const now = options.now ?? (() => performance.now())
  const startedAt = options.startedAt ?? now()
  const deadlines = options.deadlines ?? EARLIER_TURN_DEADLINES
  const first = Math.max(0, userTurns.length - MAX_SCREENED_TURNS)
  const kinds: SafetyKind[] = []
  const manipulationTurns: number[] = []
  const unscreenedTurns: number[] = []
  for (let index = 0; index < first; index++) if (userTurns[index]?.trim() !== '') unscreenedTurns.push(index)
  const floors = options.floors ?? SCREENED_WHATEVER_THE_CLOCK
  const left = { full: FULLY_SCREENED_CHARACTERS, quickFloor: floors.quick, lightFloor: floors.light }
  let yieldedAt = now()
  // Newest first: what the user said last matters most and gets the full screen.
  for (let index = userTurns.length - 1; index >= first; index--) {
    // The quick and light screens are synchronous: between turns, other requests get the thread.
    if (now() - yieldedAt >= YIELD_EVERY_MS) {
      await setImmediate()
      yieldedAt = now()
    }
    options.signal?.throwIfAborted()
    const turn = userTurns[index] as string
    if (turn.trim() === '') continue
    let verdict = options.cache?.get(turn)
    if (verdict === undefined) {
      const screen = options.classifyQuickly === undefined ? 'full' : screenFor(turn, now() - startedAt, left, deadlines, options.classifyLightly !== undefined)
      if (screen === undefined) {
        unscreenedTurns.push(index)
        continue
      }
      // A fuller screen counts toward the lighter ones' floors: they guarantee at least that screen.
      if (screen === 'full') left.full -= turn.length
      if (screen !== 'light') left.quickFloor -= turn.length
      left.lightFloor -= turn.length
      if (screen === 'full') {
        verdict = await classify(turn, options.signal)
        options.cache?.set(turn, verdict)
      } else {
        verdict = screen === 'quick' ? options.classifyQuickly!(turn) : options.classifyLightly!(turn)
      }
    }
    if (verdict.intent !== 'safety_escalation') continue
    const kind = (KIND_PRIORITY as readonly string[]).includes(verdict.kind ?? '') ? verdict.kind as SafetyKind : 'suicide_self_harm'
    if (kind === 'manipulation') manipulationTurns.push(index)
    else if (RISK_KINDS.has(kind)) kinds.push(kind)
  }
  manipulationTurns.sort((a, b) => a - b)
  unscreenedTurns.sort((a, b) => a - b)
  const riskKind = KIND_PRIORITY.find((kind) => kinds.includes(kind))
  const verdict = riskKind === undefined ? { manipulationTurns } : { riskKind, manipulationTurns }
  return unscreenedTurns.length === 0 ? verdict : { ...verdict, unscreenedTurns }
}

/**
 * The fullest screen a turn not screened before may get, `elapsed` ms into the request's screen, with `left`
 * characters of the full screen's budget and of the floors ({@link SCREENED_WHATEVER_THE_CLOCK}); undefined: none.
 */
function screenFor(turn: string, elapsed: number, left: { readonly full: number; readonly quickFloor: number; readonly lightFloor: number }, deadlines: EarlierTurnDeadlines, light: boolean): 'full' | 'quick' | 'light' | undefined {
  if (elapsed < deadlines.full && turn.length <= left.full) return 'full'
  if (turn.length <= QUICKLY_SCREENED_TURN_CHARACTERS && (elapsed < deadlines.quick || turn.length <= left.quickFloor)) return 'quick'
  if (light && (elapsed < deadlines.light || turn.length <= left.lightFloor)) return 'light'
  return undefined
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
