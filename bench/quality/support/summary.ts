import { formatUnits } from 'ethers'
import type { AdversaryKind } from '../../../orchestrator/quality/verification/index.ts'
import type { AdversaryRunResult } from './adversaryRun.ts'
import type { HonestSetResult } from './honestSet.ts'
import type { SamplingCost } from './samplingCost.ts'
import type { ServingShapeCost } from './servingShape.ts'
import { censoredMedian, maxOrNull, medianOrNull, percentileOrNull } from './stats.ts'
import type { VerificationRecord } from './verificationLog.ts'

/** One adversary over its runs: the fixed four keys first, distributions after. */
export interface AdversarySummary {
  readonly kind: AdversaryKind
  /** Quarantined in every run (within the request cap). */
  readonly caught: boolean
  /** Median requests served until quarantined (null: not reached within the cap in most runs). */
  readonly requestsUntilQuarantine: number | null
  /** Slashed (the chain slasher returned an amount) in every run. */
  readonly slashed: boolean
  readonly runs: number
  readonly runsQuarantined: number
  readonly runsSlashed: number
  readonly requestsUntilQuarantineMedian: number | null
  readonly requestsUntilQuarantineMax: number | null
  readonly requestsUntilQuarantinePerRun: ReadonlyArray<number | null>
  readonly requestsUntilSlashMedian: number | null
  readonly requestsUntilSlashMax: number | null
  readonly requestsUntilSlashPerRun: ReadonlyArray<number | null>
  /** Of those requests, how many the loop sampled (checked) before the quarantine. */
  readonly samplesUntilQuarantineMedian: number | null
  readonly samplesUntilQuarantineMax: number | null
  /** Integrity checks of the adversary's answers over all runs, and their verdicts. */
  readonly sampledChecks: number
  readonly dishonestVerdicts: number
  readonly suspiciousVerdicts: number
  /** MAIA slashed per run (median), out of a 1,000 MAIA stake. */
  readonly slashedMaiaMedian: number
  readonly honestPeersHarmed: number
}

export function summarizeAdversary(kind: AdversaryKind, runs: readonly AdversaryRunResult[]): AdversarySummary {
  const quarantineAt = runs.map((run) => run.requestsUntilQuarantine)
  const slashAt = runs.map((run) => run.requestsUntilSlash)
  const reached = (values: ReadonlyArray<number | null>): number[] => values.filter((value): value is number => value !== null)
  const median = censoredMedian(quarantineAt)
  return {
    kind,
    caught: runs.length > 0 && quarantineAt.every((value) => value !== null),
    requestsUntilQuarantine: median,
    slashed: runs.length > 0 && slashAt.every((value) => value !== null),
    runs: runs.length,
    runsQuarantined: reached(quarantineAt).length,
    runsSlashed: reached(slashAt).length,
    requestsUntilQuarantineMedian: median,
    requestsUntilQuarantineMax: quarantineAt.some((value) => value === null) ? null : maxOrNull(reached(quarantineAt)),
    requestsUntilQuarantinePerRun: quarantineAt,
    requestsUntilSlashMedian: censoredMedian(slashAt),
    requestsUntilSlashMax: slashAt.some((value) => value === null) ? null : maxOrNull(reached(slashAt)),
    requestsUntilSlashPerRun: slashAt,
    samplesUntilQuarantineMedian: censoredMedian(runs.map((run) => run.samplesUntilQuarantine)),
    samplesUntilQuarantineMax: runs.some((run) => run.samplesUntilQuarantine === null) ? null : maxOrNull(reached(runs.map((run) => run.samplesUntilQuarantine))),
    sampledChecks: runs.reduce((sum, run) => sum + run.checks.total, 0),
    dishonestVerdicts: runs.reduce((sum, run) => sum + run.checks.dishonest, 0),
    suspiciousVerdicts: runs.reduce((sum, run) => sum + run.checks.suspicious, 0),
    slashedMaiaMedian: medianOrNull(runs.map((run) => Number(formatUnits(run.slashedAmount, 18)))) ?? 0,
    honestPeersHarmed: runs.reduce((sum, run) => sum + run.peersHarmed, 0)
  }
}

/** Verify time ÷ generation time for the same answer, over the records that have both. */
export function costRatios(records: readonly VerificationRecord[]): { median: number | null; p90: number | null; answers: number; verifyMsMedian: number | null; generationMsMedian: number | null } {
  const timed = records.filter((record): record is VerificationRecord & { generationMs: number } => record.generationMs !== undefined && record.generationMs > 0)
  const ratios = timed.map((record) => record.verifyMs / record.generationMs)
  return {
    median: medianOrNull(ratios), p90: percentileOrNull(ratios, 0.9), answers: timed.length,
    verifyMsMedian: medianOrNull(timed.map((record) => record.verifyMs)),
    generationMsMedian: medianOrNull(timed.map((record) => record.generationMs))
  }
}

/** How the loop handed answers to the verifier: with the node's token ids, as text only, or both. */
export function verificationMode(records: readonly VerificationRecord[]): 'token ids' | 'text only' | 'mixed' | 'none' {
  if (records.length === 0) return 'none'
  const withTokens = records.filter((record) => record.withTokens).length
  return withTokens === records.length ? 'token ids' : withTokens === 0 ? 'text only' : 'mixed'
}

export interface BenchReport {
  readonly adversaries: readonly AdversarySummary[]
  readonly honestRequests: number
  readonly honestFlagged: number
  readonly honestSuspicious: number
  readonly honestDistinctAnswers: number
  readonly honestReasons: Readonly<Record<string, number>>
  readonly honestNodeQuarantined: boolean
  readonly honestNodeSlashed: boolean
  readonly honestByNodeThreads: Readonly<Record<string, number>>
  /** Median verify ÷ generate over the honest set's answers from the 1-thread node (verifier on 1 thread too; same process, same run). */
  readonly verifierCostRatio: number | null
  readonly verifierCostRatioP90: number | null
  readonly verifierMsMedian: number | null
  readonly generationMsMedian: number | null
  /** The same ratio over the answers the loop verified in the adversary runs (peers' and impostors'). */
  readonly verifierCostRatioLoopSamples: number | null
  /** Honest answers whose sampled pass was doubtful, so every position was read too (each costs a second pass). */
  readonly honestEscalated: number
  /** Adversary answers checked at every position after a doubtful sampled pass. */
  readonly adversaryEscalated: number
  /** The same ratio on answers shaped like MAIA's network turns (passages in the prompt, 256-token answers). */
  readonly verifierCostRatioServingShape: number | null
  readonly verifierCostRatioServingShapeP90: number | null
  readonly servingShape: ServingShapeCost
  readonly verificationMode: ReturnType<typeof verificationMode>
  readonly verificationPassesStopReason: boolean
  readonly samplingCostPer1000Sessions: Omit<SamplingCost, 'formula'> & { readonly formula: readonly string[] }
  readonly settings: Readonly<Record<string, number | string>>
  readonly wallSeconds: number
}

export function buildReport(input: {
  adversaries: readonly AdversarySummary[]
  honest: HonestSetResult
  adversaryRecords: readonly VerificationRecord[]
  cost: SamplingCost
  servingShape: ServingShapeCost
  settings: Readonly<Record<string, number | string>>
  wallSeconds: number
}): BenchReport {
  const honestCost = costRatios(input.honest.oneThreadRecords)
  const all = [...input.adversaryRecords, ...input.honest.records]
  const { formula, ...cost } = input.cost
  return {
    adversaries: input.adversaries,
    honestRequests: input.honest.verified,
    honestFlagged: input.honest.flagged,
    honestSuspicious: input.honest.suspicious,
    honestDistinctAnswers: input.honest.distinctAnswers,
    honestReasons: input.honest.reasons,
    honestNodeQuarantined: input.honest.quarantined,
    honestNodeSlashed: input.honest.slashed,
    honestByNodeThreads: input.honest.byThreads,
    verifierCostRatio: honestCost.median,
    verifierCostRatioP90: honestCost.p90,
    verifierMsMedian: honestCost.verifyMsMedian,
    generationMsMedian: honestCost.generationMsMedian,
    verifierCostRatioLoopSamples: costRatios(input.adversaryRecords).median,
    honestEscalated: input.honest.records.filter((record) => record.escalated).length,
    adversaryEscalated: input.adversaryRecords.filter((record) => record.escalated).length,
    verifierCostRatioServingShape: input.servingShape.ratioMedian,
    verifierCostRatioServingShapeP90: input.servingShape.ratioP90,
    servingShape: input.servingShape,
    verificationMode: verificationMode(all),
    verificationPassesStopReason: all.length > 0 && all.every((record) => record.withStopReason),
    samplingCostPer1000Sessions: { ...cost, formula: formula.split('\n') },
    settings: input.settings,
    wallSeconds: input.wallSeconds
  }
}
