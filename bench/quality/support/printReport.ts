import { format } from '../../lib.ts'
import type { BenchReport } from './summary.ts'

/** How the bench measures, printed with the readable report (README.md has the same text). */
export const METHOD = `Method
- Per adversary kind, R seeded runs. A run registers and stakes (1,000 MAIA) an adversarial node and two
  honest peers on an in-process Hardhat chain with the suite deployed, then serves random requests
  (6 conversations, temperature 0/0.7/1, top-p 1/0.9, 16/32/48 tokens, random seed) from the adversary:
  real generation on the impostor GGUF / approved GGUF (simulateAdversaryAnswer), real EIP-712 receipts.
- Every answer goes to the real createQualityLoop at the default 10% (createQualitySampler, seeded).
  A sampled answer is verified by the teacher-forcing verifier on the approved tiny GGUF
  (asAnswerVerifier: 16 random positions read first, every position when that pass is in doubt), asked again of the two honest peers (askNode: real generation, signed), scored by
  consensus, entered into a real Beta reputation book; non-honest verdicts are kept in a level evidence
  store; dishonest ones quarantine and go to the real createChainSlasher (bounded slasher role).
- Counted: requests served until the node is first quarantined and until the slasher returns an amount.
  A quarantine stops traffic; the bench moves its clock past it and serves on, up to the request cap.
  caught = quarantined in every run; slashed = slashed in every run; medians/max over runs.
- Honest: N answers of the approved model (6 settings × 6 conversations × 16/32/48 tokens × stop "e"
  or none, then new seeds and prompt variants; every 40th from a node on 2 threads), each through the
  same loop at sample rate 1 (every answer verified, not 10%); the honest node is staked too.
- verifierCostRatio: median over the honest answers of the 1-thread node of the verifier's own wall
  time (1 thread, queue wait excluded) ÷ the node's generation time for the same answer (same run).
- verifierCostRatioServingShape: the same ratio, through the loop's port, on answers shaped like MAIA's
  network turns (library passages in the system prompt, a question, up to 256 tokens, no stop sequence).`

export function printReport(report: BenchReport): string {
  const lines: string[] = [METHOD, '']
  const header = ['adversary', 'caught', 'req→quarantine med/max', 'samples→q med/max', 'slashed', 'req→slash med/max', 'runs q/s', 'checks', 'dishonest', 'suspicious', 'MAIA/run', 'peers harmed']
  const rows = report.adversaries.map((entry) => [
    entry.kind, entry.caught ? 'yes' : 'no',
    `${entry.requestsUntilQuarantineMedian ?? '>cap'} / ${entry.requestsUntilQuarantineMax ?? '>cap'}`,
    `${entry.samplesUntilQuarantineMedian ?? '-'} / ${entry.samplesUntilQuarantineMax ?? '-'}`,
    entry.slashed ? 'yes' : 'no',
    `${entry.requestsUntilSlashMedian ?? '>cap'} / ${entry.requestsUntilSlashMax ?? '>cap'}`,
    `${entry.runsQuarantined}/${entry.runsSlashed} of ${entry.runs}`,
    String(entry.sampledChecks), String(entry.dishonestVerdicts), String(entry.suspiciousVerdicts), format(entry.slashedMaiaMedian), String(entry.honestPeersHarmed)
  ])
  lines.push(...table([header, ...rows]), '')
  lines.push(`Honest: ${report.honestRequests} answers verified (${report.honestDistinctAnswers} distinct; node threads ${Object.entries(report.honestByNodeThreads).map(([threads, count]) => `${threads}: ${count}`).join(', ')}): ` +
    `${report.honestFlagged} dishonest, ${report.honestSuspicious} suspicious; honest node quarantined: ${report.honestNodeQuarantined ? 'yes' : 'no'}, slashed: ${report.honestNodeSlashed ? 'yes' : 'no'}`)
  if (Object.keys(report.honestReasons).length > 0) lines.push(`  reasons: ${Object.entries(report.honestReasons).map(([code, count]) => `${code} ×${count}`).join(', ')}`)
  lines.push(`Verification mode: ${report.verificationMode}${report.verificationPassesStopReason ? ', with the stop reason' : ', without the stop reason'}`)
  lines.push(`Verifier cost: median ${format(report.verifierMsMedian ?? Number.NaN, 2)} ms per answer vs generation ${format(report.generationMsMedian ?? Number.NaN, 2)} ms: ratio median ${format(report.verifierCostRatio ?? Number.NaN, 3)}, p90 ${format(report.verifierCostRatioP90 ?? Number.NaN, 3)} (loop samples: ${format(report.verifierCostRatioLoopSamples ?? Number.NaN, 3)}); read every position after a doubtful sample: honest ${report.honestEscalated}, adversaries ${report.adversaryEscalated}`)
  lines.push(`Verifier cost on MAIA's shape (${report.servingShape.answers} answers, median ${report.servingShape.promptTokensMedian ?? '-'} prompt / ${report.servingShape.answerTokensMedian ?? '-'} answer tokens): ratio median ${format(report.verifierCostRatioServingShape ?? Number.NaN, 3)}, p90 ${format(report.verifierCostRatioServingShapeP90 ?? Number.NaN, 3)}; flagged ${report.servingShape.flagged}`)
  lines.push('', 'Cost of sampling per 1,000 sessions (assumptions in each line):', ...report.samplingCostPer1000Sessions.formula.map((line) => `  ${line}`))
  lines.push('', `Settings: ${Object.entries(report.settings).map(([key, value]) => `${key}=${value}`).join(', ')}; wall ${format(report.wallSeconds)} s`)
  return lines.join('\n')
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd())
}
