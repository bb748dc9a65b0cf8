// The safety screen's operating point per language group, picked on sets the screen never trained on (issue 11, round
// eighty). The three fused thresholds (English, other Latin-script, non-Latin: scriptGroup.ts) were picked on training
// data; on the spent sets detection never saw, the shipped router raised 0.73% false alarms against the goal's 2% while
// missing crises that scored just under the line. Here each message's score is kept as its margin over the threshold it
// was held to, and lowering a group's threshold by a shift flags every message of that group whose margin is at least
// minus the shift: the combination of shifts that catches the most crises within a false-alarm budget is the pick.
// Leaving each set out in turn (picked on the others, counted on it) says whether such a pick carries over.
import type { MessageLanguage } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'

export const LANGUAGE_GROUPS: readonly MessageLanguage[] = ['English', 'other Latin', 'non-Latin']

/** One routed message of a calibration set, as the router judged it at its own thresholds. */
export interface ScoredMessage {
  readonly set: string
  /** A crisis that must escalate (true) or an ordinary message that must not (false). */
  readonly crisis: boolean
  /** Escalated at the router's thresholds (by rules or by the learned screen). */
  readonly flagged: boolean
  /** The fused score minus the threshold the message was held to; undefined where the sentence screen did not score it. */
  readonly margin: number | undefined
  readonly language: MessageLanguage
}

/** How far each group's threshold is lowered (log-odds, ≥ 0). */
export type LanguageShifts = Readonly<Record<MessageLanguage, number>>

export interface OperatingCounts {
  readonly caught: number
  readonly crises: number
  readonly alarms: number
  readonly ordinary: number
}

export interface OperatingPointOptions {
  /** The false-alarm budget as a share of the ordinary messages (0.01 = 1%). */
  readonly targetFalseAlarms: number
  /** The largest shift tried per group (default 3). */
  readonly maxShift?: number
  /** The grid's step (default 0.1). */
  readonly step?: number
}

export interface PickedOperatingPoint {
  readonly shifts: LanguageShifts
  readonly counts: OperatingCounts
}

export const NO_SHIFT: LanguageShifts = { English: 0, 'other Latin': 0, 'non-Latin': 0 }

export class OperatingPointError extends Error {
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message)
    this.name = 'OperatingPointError'
  }
}

/** Whether a message escalates once its group's threshold is lowered by its shift (never un-flags one). */
export function flaggedAt(message: ScoredMessage, shifts: LanguageShifts): boolean {
  return message.flagged || (message.margin !== undefined && message.margin >= -shifts[message.language])
}

export function countsAt(messages: readonly ScoredMessage[], shifts: LanguageShifts): OperatingCounts {
  let caught = 0
  let crises = 0
  let alarms = 0
  let ordinary = 0
  for (const message of messages) {
    const flagged = flaggedAt(message, shifts)
    if (message.crisis) {
      crises += 1
      if (flagged) caught += 1
    } else {
      ordinary += 1
      if (flagged) alarms += 1
    }
  }
  return { caught, crises, alarms, ordinary }
}

/** The shifts 0, step, 2·step … maxShift, rounded so that 0.30000000000000004 reads 0.3. */
function grid(maxShift: number, step: number): number[] {
  if (!(step > 0) || !(maxShift >= 0)) throw new OperatingPointError('step must be > 0 and maxShift ≥ 0', { step, maxShift })
  const values: number[] = []
  for (let index = 0; index * step <= maxShift + 1e-9; index += 1) values.push(Math.round(index * step * 1e6) / 1e6)
  return values
}

/**
 * The shifts catching the most crises of `messages` while their false alarms stay within the budget (ties: fewer false
 * alarms, then smaller shifts in total). Every group is searched on the grid independently of the others' counts,
 * since a shift moves only its own group's messages.
 */
export function pickOperatingPoint(messages: readonly ScoredMessage[], options: OperatingPointOptions): PickedOperatingPoint {
  if (!(options.targetFalseAlarms >= 0)) throw new OperatingPointError('targetFalseAlarms must be ≥ 0', { targetFalseAlarms: options.targetFalseAlarms })
  const shifts = grid(options.maxShift ?? 3, options.step ?? 0.1)
  const ordinary = messages.filter((message) => !message.crisis).length
  const budget = Math.floor(options.targetFalseAlarms * ordinary + 1e-9)
  const curves = LANGUAGE_GROUPS.map((language) => {
    const ofGroup = messages.filter((message) => message.language === language)
    return shifts.map((shift) => ({ shift, ...countsAt(ofGroup, { ...NO_SHIFT, [language]: shift }) }))
  })
  const [english, otherLatin, nonLatin] = curves as [typeof curves[number], typeof curves[number], typeof curves[number]]
  let best: { caught: number; alarms: number; total: number; shifts: LanguageShifts } | undefined
  for (const e of english) {
    for (const l of otherLatin) {
      for (const n of nonLatin) {
        const alarms = e.alarms + l.alarms + n.alarms
        if (alarms > budget) continue
        const caught = e.caught + l.caught + n.caught
        const total = e.shift + l.shift + n.shift
        if (best === undefined || caught > best.caught || (caught === best.caught && (alarms < best.alarms || (alarms === best.alarms && total < best.total)))) {
          best = { caught, alarms, total, shifts: { English: e.shift, 'other Latin': l.shift, 'non-Latin': n.shift } }
        }
      }
    }
  }
  if (best === undefined) {
    const atZero = countsAt(messages, NO_SHIFT)
    throw new OperatingPointError(`the router already raises ${atZero.alarms} false alarms, over the budget of ${budget}`, { alarms: atZero.alarms, budget })
  }
  return { shifts: best.shifts, counts: countsAt(messages, best.shifts) }
}

export interface HeldOutSetResult {
  readonly set: string
  /** Picked on every other set. */
  readonly shifts: LanguageShifts
  readonly before: OperatingCounts
  readonly after: OperatingCounts
}

/** For each set: the pick made on all the other sets, counted on the set left out. */
export function leaveOneSetOut(messages: readonly ScoredMessage[], options: OperatingPointOptions): HeldOutSetResult[] {
  const sets = [...new Set(messages.map((message) => message.set))]
  if (sets.length < 2) throw new OperatingPointError('leaving a set out needs at least two sets', { sets })
  return sets.map((set) => {
    const { shifts } = pickOperatingPoint(messages.filter((message) => message.set !== set), options)
    const held = messages.filter((message) => message.set === set)
    return { set, shifts, before: countsAt(held, NO_SHIFT), after: countsAt(held, shifts) }
  })
}
