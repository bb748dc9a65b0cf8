// Picking the safety screen's fused threshold on a calibration group (issue 11, round twenty-four-b).
// Round twenty-four compared the tenth batch with and without at the KEPT operating point: a batch that
// moves every score also moves how many false alarms a fixed threshold gives, so "more recall and more
// false alarms" could not tell a better screen from a more trigger-happy one. Here each side gets its own
// threshold, chosen on sets that are neither trained on nor tested on, so that it gives the same number
// of false alarms there; the test sets are then scored at each side's own threshold.

/** One scored ordinary message of the calibration group, as `safetyGroupFold.ts --dump` writes it. */
export interface CalibrationOrdinary {
  /** The fused score (n-gram and sentence logits, weighted). */
  readonly fused: number
  /** A rule flag that stands (n-gram floor passed, not overruled by the fused floor): alarms at any threshold. */
  readonly ruleStands: boolean
}

export interface CalibratedThreshold {
  /** The fused threshold: a message is flagged when a rule stands or fused ≥ threshold. */
  readonly threshold: number
  /** False alarms it gives on the calibration group (never more than the target). */
  readonly falseAlarms: number
  /** Of those, the ones the rules raise whatever the threshold. */
  readonly ruleFalseAlarms: number
}

export class UnreachableFalseAlarmTarget extends Error {
  constructor(readonly target: number, readonly ruleFalseAlarms: number) {
    super(`the rules alone raise ${ruleFalseAlarms} false alarms on the calibration group, more than the target ${target}`)
    this.name = 'UnreachableFalseAlarmTarget'
  }
}

/**
 * The lowest fused threshold whose calibration false alarms do not exceed `targetFalseAlarms`: the rules'
 * alarms are counted first, the rest of the budget (k) goes to the k highest-scoring ordinary messages,
 * and the threshold sits halfway between the k-th and the (k+1)-th score (a tie at that boundary stays
 * below it: fewer alarms, never more). When the budget covers every candidate, the threshold is the lowest
 * candidate score (every one alarms).
 */
export function calibratedFusedThreshold(ordinary: readonly CalibrationOrdinary[], targetFalseAlarms: number): CalibratedThreshold {
  const ruleFalseAlarms = ordinary.filter((message) => message.ruleStands).length
  const budget = targetFalseAlarms - ruleFalseAlarms
  if (budget < 0) throw new UnreachableFalseAlarmTarget(targetFalseAlarms, ruleFalseAlarms)
  const scores = ordinary.filter((message) => !message.ruleStands).map((message) => message.fused).sort((a, b) => b - a)
  if (scores.length === 0) return { threshold: -Infinity, falseAlarms: ruleFalseAlarms, ruleFalseAlarms }
  const firstBelow = scores[budget]
  if (firstBelow === undefined) return { threshold: scores[scores.length - 1]!, falseAlarms: ruleFalseAlarms + scores.length, ruleFalseAlarms }
  // Ties: every score equal to the first one left below must stay below, so the alarms above are those > it.
  const above = scores.filter((score) => score > firstBelow)
  const lowestAbove = above[above.length - 1]
  const threshold = lowestAbove === undefined ? nextUp(firstBelow) : (lowestAbove + firstBelow) / 2
  return { threshold, falseAlarms: ruleFalseAlarms + above.length, ruleFalseAlarms }
}

/** The smallest double above x: a threshold that leaves x itself below. */
function nextUp(x: number): number {
  const buffer = new Float64Array([x])
  const bits = new BigInt64Array(buffer.buffer)
  if (x === 0) return Number.MIN_VALUE
  bits[0] = x > 0 ? bits[0]! + 1n : bits[0]! - 1n
  return buffer[0]!
}
