import type { ClaimedAnswer, SimulatedNode, SimulatedRequest } from './simulatedNode.ts'
import type { TeacherForcingVerifier } from './createTeacherForcingVerifier.ts'
import type { AnswerStatistics } from './statistics.ts'
import { DEFAULT_THRESHOLDS } from './defaultThresholds.ts'
import type { VerificationThresholds } from './verdict.ts'

export { DEFAULT_THRESHOLDS }

export interface CalibrationOptions {
  /** Largest |Δlogit| measured between evaluation paths (threads, batch vs decode, hardware). */
  readonly measuredDrift: number
  readonly base?: VerificationThresholds
  /** Multiplier on the measured drift for the support tolerance (default 10). */
  readonly driftMargin?: number
  /** Added above the largest honest z-score and below the lowest (default 2). */
  readonly zMargin?: number
  /** Subtracted from the lowest honest mean log-probability (default 0.25 nats). */
  readonly logProbMargin?: number
}

/**
 * Thresholds from honest runs: each line is put beyond the worst honest value by a margin, so
 * the honest answers calibrated on are never flagged, and nor are ones that vary a little more.
 * Honest answers with tokens outside the support (tolerance too tight for the hardware) raise the
 * outside-support lines above what they showed instead of failing.
 */
export function calibrateThresholds(honest: readonly AnswerStatistics[], options: CalibrationOptions): VerificationThresholds {
  const base = options.base ?? DEFAULT_THRESHOLDS
  const maxDeficit = Math.max(0, ...honest.map((entry) => entry.maxDeficit))
  const logit = Math.max(base.tolerance.logit, options.measuredDrift * (options.driftMargin ?? 10), maxDeficit * 2)
  const zs = honest.map((entry) => entry.surpriseZ).filter((z): z is number => z !== null)
  const suspiciousSurpriseZ = Math.max(base.suspiciousSurpriseZ, Math.max(0, ...zs) + (options.zMargin ?? 2))
  const suspiciousLowSurpriseZ = Math.min(base.suspiciousLowSurpriseZ, Math.min(0, ...zs) - (options.zMargin ?? 2))
  const judged = honest.filter((entry) => entry.meanLogProb !== null && entry.tokensChecked >= base.minTokensForMeanLogProb)
  const lowestMean = Math.min(...judged.map((entry) => entry.meanLogProb as number))
  const outsideCounts = honest.map((entry) => entry.outsideSupport)
  const outsideShares = honest.map((entry) => entry.outsideSupportShare)
  return {
    ...base,
    tolerance: { ...base.tolerance, logit },
    suspiciousSurpriseZ,
    dishonestSurpriseZ: Math.max(base.dishonestSurpriseZ, suspiciousSurpriseZ + 3),
    suspiciousLowSurpriseZ,
    dishonestLowSurpriseZ: Math.min(base.dishonestLowSurpriseZ, suspiciousLowSurpriseZ - 3),
    suspiciousMeanLogProb: Number.isFinite(lowestMean) ? lowestMean - (options.logProbMargin ?? 0.25) : base.suspiciousMeanLogProb,
    minOutsideForDishonest: Math.max(base.minOutsideForDishonest, Math.max(0, ...outsideCounts) + 2),
    dishonestOutsideShare: Math.max(base.dishonestOutsideShare, Math.max(0, ...outsideShares) * 2)
  }
}

/** One verified answer, as calibration records it. */
export interface CalibrationRecord {
  /** `honest`, or the adversary kind. */
  readonly group: string
  readonly temperature: number
  readonly topP: number
  readonly seed: number | null
  readonly threads: number
  readonly stop: readonly string[]
  readonly generationMs: number
  readonly verifyMs: number
  readonly verdict: string
  readonly reasons: readonly string[]
  readonly statistics: AnswerStatistics
}

/** Verifies one answer for `request` and records it under `group`. */
export async function recordAnswer(verifier: TeacherForcingVerifier, group: string, request: SimulatedRequest, answer: ClaimedAnswer, threads: number): Promise<CalibrationRecord> {
  const result = await verifier.verify({
    messages: [...request.messages],
    claimedTokens: answer.tokens,
    claimedText: answer.text,
    sampling: { temperature: request.temperature, topP: request.topP, seed: request.seed, maxTokens: request.maxTokens, stop: [...request.stop] },
    claimedUsage: answer.usage,
    claimedStopReason: answer.stopReason
  })
  return {
    group,
    temperature: request.temperature,
    topP: request.topP,
    seed: request.seed ?? null,
    threads,
    stop: [...request.stop],
    generationMs: answer.generationMs,
    verifyMs: result.timings.totalMs,
    verdict: result.verdict,
    reasons: result.reasons.map((reason) => reason.code),
    statistics: result.statistics
  }
}

/** Honest answers from each node (e.g. thread counts 1 and 2) for every request, verified. */
export async function collectHonestRecords(verifier: TeacherForcingVerifier, nodes: ReadonlyArray<{ node: SimulatedNode; threads: number }>, requests: readonly SimulatedRequest[]): Promise<CalibrationRecord[]> {
  const records: CalibrationRecord[] = []
  for (const request of requests) {
    for (const { node, threads } of nodes) records.push(await recordAnswer(verifier, 'honest', request, await node.generate(request), threads))
  }
  return records
}

/** Per group: count, verdicts and the range of each statistic the thresholds are set against. */
export function summarize(records: readonly CalibrationRecord[]): Record<string, Record<string, string | number>> {
  const groups = new Map<string, CalibrationRecord[]>()
  for (const record of records) groups.set(record.group, [...(groups.get(record.group) ?? []), record])
  const table: Record<string, Record<string, string | number>> = {}
  for (const [group, members] of groups) {
    const range = (pick: (record: CalibrationRecord) => number | null): string => {
      const values = members.map(pick).filter((value): value is number => value !== null && Number.isFinite(value))
      return values.length === 0 ? '-' : `${round(Math.min(...values))}..${round(Math.max(...values))}`
    }
    table[group] = {
      n: members.length,
      honest: members.filter((record) => record.verdict === 'honest').length,
      suspicious: members.filter((record) => record.verdict === 'suspicious').length,
      dishonest: members.filter((record) => record.verdict === 'dishonest').length,
      outsideSupportShare: range((record) => record.statistics.outsideSupportShare),
      outsideTopKShare: range((record) => record.statistics.outsideTopKShare),
      maxDeficit: range((record) => record.statistics.maxDeficit),
      surpriseZ: range((record) => record.statistics.surpriseZ),
      meanLogProb: range((record) => record.statistics.meanLogProb),
      minLogProb: range((record) => record.statistics.minLogProb),
      reasons: [...new Set(members.flatMap((record) => record.reasons))].join(',')
    }
  }
  return table
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
