// Adversaries against the closed quality loop: how many requests each kind of lying node serves
// before the real loop (10% sampling, teacher-forcing verifier, honest peers, Beta reputation,
// evidence, chain slasher on an in-process Hardhat chain) quarantines and slashes it, and how many
// honest answers the same verifier flags (goal: 0 of ≥ 2,000). Method: README.md.
//   npx tsx bench/quality/adversaries.ts [--json] [--runs 20] [--max-requests 300] [--honest 2160] [--claims tokens|text]
import pino from 'pino'
import { DEFAULT_SAMPLE_RATE } from '../../orchestrator/quality/index.ts'
import { runAdversary, type AdversaryRunResult } from './support/adversaryRun.ts'
import { startBenchChain } from './support/chain.ts'
import { openBenchDatabase } from './support/database.ts'
import { createBenchEnvironment } from './support/environment.ts'
import { runHonestSet } from './support/honestSet.ts'
import { loadBenchModels } from './support/models.ts'
import { parseBenchOptions } from './support/options.ts'
import { printReport } from './support/printReport.ts'
import { measureServingShape } from './support/servingShape.ts'
import { DEFAULT_COST_ASSUMPTIONS, samplingCost } from './support/samplingCost.ts'
import { median } from './support/stats.ts'
import { buildReport, summarizeAdversary } from './support/summary.ts'

const options = parseBenchOptions(process.argv.slice(2))
const started = performance.now()
const progress = (message: string): void => { console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`) }
const logger = pino({ level: options.verbose ? 'warn' : 'silent' }, pino.destination(2))

await using db = await openBenchDatabase()
await using models = await loadBenchModels({ verifierThreads: options.verifierThreads })
progress('models loaded; starting the chain')
await using chain = await startBenchChain(logger)
progress(`chain ${chain.chainId} up, suite deployed`)
const env = createBenchEnvironment({ models, chain, db: db.db, logger, claims: options.claims })

const summaries = []
const adversaryRecordsStart = env.log.records.length
for (const kind of options.kinds) {
  const runs: AdversaryRunResult[] = []
  for (let run = 0; run < options.runs; run++) {
    const result = await runAdversary(env, kind, run, { seed: options.seed, maxRequests: options.maxRequests })
    runs.push(result)
    progress(`${kind} run ${run + 1}/${options.runs}: served ${result.served}, sampled ${result.sampled}, quarantined at ${result.requestsUntilQuarantine ?? '-'}, slashed at ${result.requestsUntilSlash ?? '-'} (checks ${result.checks.total}: ${result.checks.dishonest} dishonest, ${result.checks.suspicious} suspicious)`)
  }
  summaries.push(summarizeAdversary(kind, runs))
}
const adversaryRecords = env.log.since(adversaryRecordsStart)

progress(`honest set: ${options.honest} answers, all verified`)
const honest = await runHonestSet(env, options.honest, options.seed, options.twoThreadEvery)
progress(`honest set done: ${honest.flagged} dishonest, ${honest.suspicious} suspicious of ${honest.verified}`)
const servingShape = await measureServingShape(env, options.servingAnswers, options.seed)
progress(`serving shape: ${servingShape.answers} answers (${servingShape.promptTokensMedian ?? '-'} prompt / ${servingShape.answerTokensMedian ?? '-'} answer tokens), verify/generate median ${servingShape.ratioMedian?.toFixed(3) ?? '-'}, flagged ${servingShape.flagged}`)

const cost = samplingCost({
  ...DEFAULT_COST_ASSUMPTIONS,
  turnsPerSession: options.turnsPerSession,
  sampleRate: DEFAULT_SAMPLE_RATE,
  cpuHourUsd: options.cpuHourUsd,
  verifierThreads: options.verifierThreads,
  promptTokens: honest.promptTokens.length === 0 ? 0 : median([...honest.promptTokens]) + 1,
  answerTokens: honest.completionTokens.length === 0 ? 0 : median([...honest.completionTokens]),
  verifyMs: honest.records.length === 0 ? 0 : median(honest.records.map((record) => record.verifyMs))
})
const report = buildReport({
  adversaries: summaries, honest, adversaryRecords, cost, servingShape,
  settings: { runs: options.runs, maxRequests: options.maxRequests, sampleRate: DEFAULT_SAMPLE_RATE, seed: options.seed, verifierThreads: options.verifierThreads, honest: options.honest, twoThreadEvery: options.twoThreadEvery, claims: options.claims, servingAnswers: options.servingAnswers },
  wallSeconds: Math.round((performance.now() - started) / 100) / 10
})
if (options.json) process.stdout.write(`${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}\n`)
else console.log(printReport(report))
