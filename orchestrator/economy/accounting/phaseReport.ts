import { z } from 'zod'
import type { PriceTable } from '../../../shared/config/index.ts'
import { ROUTE_POLICY_PHASES } from '../../maia/intent/index.ts'
import { buildCostReport } from './costReport.ts'
import { sessionCount, type Route, type SessionRecord } from './SessionLedger.ts'

/** The seed's phases, in its order: everything to Anthropic first, the network alone last. */
export const PHASES = ['all-anthropic', '1A', '1B', '2', '3'] as const
export type Phase = (typeof PHASES)[number]

/** Where a replayed request goes: a route, or Claude with the whole library in its prompt. */
type ReplayRoute = Route | 'claude-full-library'

interface PhaseDefinition {
  phase: Phase
  label: string
  /** The policy, in words (printed under the table). */
  policy: string
  /** Where a request of `intent` goes; `recorded` is the route that answered it, for intents no policy names. */
  routeOf: (intent: string, recorded: Route) => ReplayRoute
  /** Share of network answers Claude re-answers as the quality reference. */
  sampleRate: number
  seedSovereignShare: number
  seedCostPer1000Sessions: number
}

/** Phase 2's quality sampling: the seed's "10% Claude sampling" (`orchestrator/quality`'s default). */
export const PHASE_2_SAMPLE_RATE = 0.1
/** Claude's context window: a full-library prompt larger than this is cut to fit. */
export const DEFAULT_CLAUDE_CONTEXT_TOKENS = 200_000
/** Sessions a month that fixed costs are spread over when the price table names none. */
export const DEFAULT_SESSIONS_PER_MONTH = 10_000
/** Hours in an average month (365 × 24 / 12), for GPUs priced by the hour. */
export const HOURS_PER_MONTH = 730

function policyRoute(phase: '1b' | '2', intent: string, recorded: Route): Route {
  const routes: Readonly<Record<string, Route>> = ROUTE_POLICY_PHASES[phase].routes
  const route = Object.hasOwn(routes, intent) ? routes[intent] : undefined
  // An intent no policy names keeps its recorded route, except that phase 2 sends no answer to Claude.
  return route ?? (phase === '2' && recorded === 'claude' ? 'network' : recorded)
}

const PHASE_DEFINITIONS: readonly PhaseDefinition[] = [
  {
    phase: 'all-anthropic', label: '100% Anthropic', seedSovereignShare: 0, seedCostPer1000Sessions: 5_250, sampleRate: 0,
    policy: 'every request to Claude, the whole library in the prompt (no retrieval, no templates, no fixed safety reply)',
    routeOf: () => 'claude-full-library'
  },
  {
    phase: '1A', label: 'Phase 1A', seedSovereignShare: 0.3, seedCostPer1000Sessions: 1_575, sampleRate: 0,
    policy: 'retrieval only: every request to Claude with the retrieved passages; crises get the fixed safety reply',
    routeOf: (intent, recorded) => intent === 'safety_escalation' || recorded === 'safety' ? 'safety' : 'claude'
  },
  {
    phase: '1B', label: 'Phase 1B', seedSovereignShare: 0.7, seedCostPer1000Sessions: 473, sampleRate: 0,
    policy: `retrieval + templates: routing policy 1b (${describePolicy('1b')})`,
    routeOf: (intent, recorded) => policyRoute('1b', intent, recorded)
  },
  {
    phase: '2', label: 'Phase 2', seedSovereignShare: 0.9, seedCostPer1000Sessions: 600, sampleRate: PHASE_2_SAMPLE_RATE,
    policy: `network + ${PHASE_2_SAMPLE_RATE * 100}% Claude sampling: routing policy 2 (${describePolicy('2')}); Claude re-answers the sampled share of network answers as the quality reference`,
    routeOf: (intent, recorded) => policyRoute('2', intent, recorded)
  },
  {
    phase: '3', label: 'Phase 3', seedSovereignShare: 1, seedCostPer1000Sessions: 500, sampleRate: 0,
    policy: `network only: routing policy 2 (${describePolicy('2')}), no Claude at all`,
    routeOf: (intent, recorded) => policyRoute('2', intent, recorded)
  }
]

function describePolicy(phase: '1b' | '2'): string {
  const byRoute = new Map<Route, string[]>()
  for (const [intent, route] of Object.entries(ROUTE_POLICY_PHASES[phase].routes)) byRoute.set(route, [...byRoute.get(route) ?? [], intent])
  return [...byRoute].map(([route, intents]) => `${intents.join(', ')} → ${route}`).join('; ')
}

export const phaseRowSchema = z.object({
  phase: z.enum(PHASES),
  label: z.string(),
  /** Share of requests (0–1) whose text never reached Anthropic (Claude answering, or sampling them). */
  sovereignShare: z.number(),
  costPer1000Sessions: z.number(),
  seedSovereignShare: z.number(),
  seedCostPer1000Sessions: z.number(),
  /** Per-token costs (Claude, network) and fixed costs (GPU, server) spread over the month's sessions. */
  variableCostPer1000Sessions: z.number(),
  fixedCostPer1000Sessions: z.number(),
  /** Share of answers (0–1) a user got from something other than Claude. */
  answersWithoutAnthropicShare: z.number(),
  /** Expected share of sessions (0–1) in which no request reached Anthropic. */
  sessionsWithoutAnthropicShare: z.number(),
  /** Replayed requests by where they went (Claude sampling not counted: it answers no user). */
  requestsByRoute: z.record(z.string(), z.number()),
  policy: z.string()
}).passthrough()
export type PhaseRow = z.infer<typeof phaseRowSchema>

/** `GET /v1/report/phases`: the seed's cost table, replayed from this network's recorded traffic. */
export const phaseReportSchema = z.object({
  phases: z.array(phaseRowSchema),
  assumptions: z.array(z.string()),
  sessions: z.number(),
  requests: z.number(),
  /** What the recorded traffic cost as it was actually routed (the cost report's figures). */
  recorded: z.object({ costPer1000Sessions: z.number(), answersWithoutAnthropicShare: z.number() }).passthrough()
}).passthrough()
export type PhaseReport = z.infer<typeof phaseReportSchema>

export interface PhaseReportOptions {
  /** Tokens of the whole library (the full-library prompt); without it the prompt fills Claude's context. */
  libraryTokens?: number
  /** Default {@link DEFAULT_CLAUDE_CONTEXT_TOKENS}. */
  claudeContextTokens?: number
}

interface CallEstimate { prompt: number; output: number; passages: number; calls: number }
interface Sums { calls: number; prompt: number; output: number; passages: number }

const million = 1_000_000

/**
 * The seed's cost table with this network's numbers: every recorded request is replayed under each
 * phase's policy by its intent, priced at the price table (Claude uncached: the seed's projection has
 * no cache), with the network's fixed costs (GPU, server) spread over `sessionsPerMonth`. A request
 * a model answered keeps its recorded tokens when the replay sends it to the same model; otherwise
 * it costs the average recorded call of its intent on that model (then of any intent on that model,
 * then of its intent on the other model, then any call at all). The full-library prompt is the
 * recorded prompt less its retrieved passages plus the whole library, cut to Claude's context.
 * Sessions recorded before intents were kept are left out (counted in the assumptions). A rollup
 * (sessions the ledger sums by day) counts as the sessions it sums, every figure the same as theirs,
 * and the rest of a rolled-up session (`continues`) as part of that session.
 *
 * @example
 * const report = buildPhaseReport(await ledger.all(), config.prices, { libraryTokens: 512_000 })
 * console.log(formatPhaseReport(report))
 */
export function buildPhaseReport(records: readonly SessionRecord[], prices: PriceTable, options: PhaseReportOptions = {}): PhaseReport {
  const detailed = records.filter((record) => record.byIntent !== undefined)
  const contextTokens = options.claudeContextTokens ?? DEFAULT_CLAUDE_CONTEXT_TOKENS
  const estimate = callEstimator(detailed)
  const claudeUsd = (prompt: number, output: number): number => (prompt * prices.claude.inputPerMillion + output * prices.claude.outputPerMillion) / million
  const networkUsd = (prompt: number, output: number): number => ((prompt + output) * prices.network.perMillion) / million
  const fullLibrary = (call: CallEstimate): number => Math.min(
    Math.max(0, call.prompt - call.passages) + (options.libraryTokens ?? contextTokens),
    Math.max(0, contextTokens - call.output))
  const fixedMonthly = fixedCostPerMonth(prices)
  const sessionsPerMonth = prices.sessionsPerMonth ?? DEFAULT_SESSIONS_PER_MONTH
  const sessions = detailed.reduce((sum, record) => sum + sessionCount(record), 0)
  const requests = detailed.reduce((sum, record) => sum + record.requests, 0)

  const phases = PHASE_DEFINITIONS.map((definition): PhaseRow => {
    const requestsByRoute: Record<string, number> = {}
    let variable = 0
    let touched = 0
    let claudeAnswers = 0
    let sessionsWithout = 0
    for (const record of detailed) {
      for (const [intent, totals] of Object.entries(record.byIntent ?? {})) {
        for (const [recordedRoute, onRoute] of Object.entries(totals.byRoute) as Array<[Route, NonNullable<(typeof totals.byRoute)[Route]>]>) {
          const route = definition.routeOf(intent, recordedRoute)
          const count = onRoute.requests
          requestsByRoute[route] = (requestsByRoute[route] ?? 0) + count
          // A request keeps its own tokens on the model that answered it; elsewhere it costs the average call.
          const own = (model: 'network' | 'claude'): CallEstimate => recordedRoute === model
            ? { prompt: onRoute.promptTokens / count, output: onRoute.outputTokens / count, passages: onRoute.passageTokens / count, calls: count }
            : estimate(intent, model)
          if (route === 'claude' || route === 'claude-full-library') {
            const call = own('claude')
            variable += count * claudeUsd(route === 'claude' ? call.prompt : fullLibrary(call), call.output)
            touched += count
            claudeAnswers += count
          } else if (route === 'network') {
            const call = own('network')
            variable += count * (networkUsd(call.prompt, call.output) + definition.sampleRate * claudeUsd(call.prompt, call.output))
            touched += count * definition.sampleRate
          }
        }
      }
      // A rollup's sessions were each replayed when they were summed: their totals cannot say it.
      sessionsWithout += record.rollup?.sessionsWithoutAnthropic[definition.phase] ?? addedWithoutAnthropic(record, definition)
    }
    const usesNetwork = (requestsByRoute.network ?? 0) > 0
    const fixed = usesNetwork ? (fixedMonthly / sessionsPerMonth) * 1_000 : 0
    const variablePer1000 = sessions === 0 ? 0 : (variable / sessions) * 1_000
    return {
      phase: definition.phase,
      label: definition.label,
      sovereignShare: requests === 0 ? 0 : 1 - touched / requests,
      costPer1000Sessions: variablePer1000 + fixed,
      seedSovereignShare: definition.seedSovereignShare,
      seedCostPer1000Sessions: definition.seedCostPer1000Sessions,
      variableCostPer1000Sessions: variablePer1000,
      fixedCostPer1000Sessions: fixed,
      answersWithoutAnthropicShare: requests === 0 ? 0 : 1 - claudeAnswers / requests,
      sessionsWithoutAnthropicShare: sessions === 0 ? 0 : sessionsWithout / sessions,
      requestsByRoute,
      policy: definition.policy
    }
  })

  const costReport = buildCostReport([...detailed], prices)
  const recordedClaude = costReport.requestsByRoute.claude
  return {
    phases,
    assumptions: assumptionsOf({ records, detailed, prices, options, contextTokens, fixedMonthly, sessionsPerMonth, estimate }),
    sessions,
    requests,
    recorded: { costPer1000Sessions: costReport.costUsd.per1000Sessions, answersWithoutAnthropicShare: requests === 0 ? 0 : 1 - recordedClaude / requests }
  }
}

/**
 * The chance that none of one session's requests reaches Anthropic under a phase's policy: none
 * goes to Claude, and Claude samples none of those the network answers.
 */
function chanceWithoutAnthropic(record: SessionRecord, definition: PhaseDefinition): number {
  let untouched = 1
  for (const [intent, totals] of Object.entries(record.byIntent ?? {})) {
    for (const [recordedRoute, onRoute] of Object.entries(totals.byRoute) as Array<[Route, NonNullable<(typeof totals.byRoute)[Route]>]>) {
      const route = definition.routeOf(intent, recordedRoute)
      if (route === 'claude' || route === 'claude-full-library') return 0
      if (route === 'network') untouched *= (1 - definition.sampleRate) ** onRoute.requests
    }
  }
  return untouched
}

/**
 * The chance that no request of a record's whole session reaches Anthropic: for the rest of a
 * rolled-up session, its rolled-up part's chance times its own (each request is a draw of its own).
 */
function wholeSessionWithoutAnthropic(record: SessionRecord, definition: PhaseDefinition): number {
  const own = chanceWithoutAnthropic(record, definition)
  return record.continues === undefined ? own : (record.continues.withoutAnthropic[definition.phase] ?? 0) * own
}

/**
 * What a record adds to the expected count of sessions without Anthropic: its session's chance, or
 * for the rest of a rolled-up session, what it changes of the chance its rollup already counts.
 */
function addedWithoutAnthropic(record: SessionRecord, definition: PhaseDefinition): number {
  return wholeSessionWithoutAnthropic(record, definition) - (record.continues?.withoutAnthropic[definition.phase] ?? 0)
}

/**
 * By phase, the chance that none of one session's requests reaches Anthropic (its rolled-up part
 * included, for the rest of a rolled-up session): what the ledger's marker of a rolled-up session keeps.
 *
 * @example
 * sessionsWithoutAnthropicByPhase(session) // { 'all-anthropic': 0, '1A': 0, '1B': 1, '2': 0.9, '3': 1 }
 */
export function sessionsWithoutAnthropicByPhase(record: SessionRecord): Record<Phase, number> {
  return Object.fromEntries(PHASE_DEFINITIONS.map((definition) => [definition.phase, wholeSessionWithoutAnthropic(record, definition)])) as Record<Phase, number>
}

/**
 * By phase, what one record adds to the phase report's expected count of sessions without
 * Anthropic: what a rollup keeps of each record it sums, so that share survives it. For a session,
 * its chance ({@link sessionsWithoutAnthropicByPhase}); for the rest of a rolled-up session, the
 * change to the chance its rollup counts (zero or less).
 *
 * @example
 * addedSessionsWithoutAnthropicByPhase(session) // { 'all-anthropic': 0, '1A': 0, '1B': 1, '2': 0.9, '3': 1 }
 */
export function addedSessionsWithoutAnthropicByPhase(record: SessionRecord): Record<Phase, number> {
  return Object.fromEntries(PHASE_DEFINITIONS.map((definition) => [definition.phase, addedWithoutAnthropic(record, definition)])) as Record<Phase, number>
}

/** The network's fixed costs a month: GPUs (by the month, else by the hour) and the server. */
export function fixedCostPerMonth(prices: PriceTable): number {
  const { gpuPerMonth, gpuPerHour, gpus, serverPerMonth } = prices.network
  const gpu = gpuPerMonth ?? (gpuPerHour === undefined ? 0 : gpuPerHour * HOURS_PER_MONTH)
  return gpu * (gpus ?? 1) + (serverPerMonth ?? 0)
}

/** Average recorded model calls, by intent and model, with the fallbacks `buildPhaseReport` describes. */
function callEstimator(records: readonly SessionRecord[]): (intent: string, model: 'network' | 'claude') => CallEstimate {
  const sums = new Map<string, Sums>()
  const add = (key: string, calls: number, prompt: number, output: number, passages: number): void => {
    const sum = sums.get(key) ?? { calls: 0, prompt: 0, output: 0, passages: 0 }
    sums.set(key, { calls: sum.calls + calls, prompt: sum.prompt + prompt, output: sum.output + output, passages: sum.passages + passages })
  }
  for (const record of records) {
    for (const [intent, totals] of Object.entries(record.byIntent ?? {})) {
      for (const model of ['network', 'claude'] as const) {
        const onRoute = totals.byRoute[model]
        if (onRoute === undefined || onRoute.requests === 0) continue
        for (const key of [`${intent}\n${model}`, `*\n${model}`, '*\n*']) add(key, onRoute.requests, onRoute.promptTokens, onRoute.outputTokens, onRoute.passageTokens)
        add(`${intent}\n*`, onRoute.requests, onRoute.promptTokens, onRoute.outputTokens, onRoute.passageTokens)
      }
    }
  }
  const average = (key: string): CallEstimate | undefined => {
    const sum = sums.get(key)
    return sum === undefined ? undefined : { prompt: sum.prompt / sum.calls, output: sum.output / sum.calls, passages: sum.passages / sum.calls, calls: sum.calls }
  }
  return (intent, model) => average(`${intent}\n${model}`) ?? average(`*\n${model}`) ?? average(`${intent}\n*`) ?? average('*\n*') ?? { prompt: 0, output: 0, passages: 0, calls: 0 }
}

function assumptionsOf(input: {
  records: readonly SessionRecord[]; detailed: readonly SessionRecord[]; prices: PriceTable; options: PhaseReportOptions
  contextTokens: number; fixedMonthly: number; sessionsPerMonth: number; estimate: (intent: string, model: 'network' | 'claude') => CallEstimate
}): string[] {
  const { records, detailed, prices, options, contextTokens, fixedMonthly, sessionsPerMonth, estimate } = input
  const count = (value: number): string => Math.round(value).toLocaleString('en-US')
  const requests = detailed.reduce((sum, record) => sum + record.requests, 0)
  const sessions = detailed.reduce((sum, record) => sum + sessionCount(record), 0)
  const rolledUp = detailed.filter((record) => record.rollup !== undefined).reduce((sum, record) => sum + sessionCount(record), 0)
  const intents = new Map<string, number>()
  for (const record of detailed) for (const [intent, totals] of Object.entries(record.byIntent ?? {})) intents.set(intent, (intents.get(intent) ?? 0) + totals.requests)
  const mix = [...intents].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([intent, n]) => `${intent} ${((n / Math.max(1, requests)) * 100).toFixed(0)}%`).join(', ')
  const recordedCalls = (model: 'network' | 'claude'): number => detailed.reduce((sum, record) =>
    sum + Object.values(record.byIntent ?? {}).reduce((calls, totals) => calls + (totals.byRoute[model]?.requests ?? 0), 0), 0)
  const call = (model: 'network' | 'claude'): string => {
    const other = model === 'claude' ? 'network' : 'Claude'
    if (recordedCalls(model) === 0) return recordedCalls(model === 'claude' ? 'network' : 'claude') === 0 ? 'none recorded, so model calls cost nothing' : `none recorded; the ${other}'s calls stand in`
    const average = estimate('*', model)
    return `${count(average.prompt)} prompt tokens (${count(average.passages)} of them library passages, counted by the orchestrator's tokenizer), ${count(average.output)} output tokens (${count(average.calls)} calls)`
  }
  const { network, claude } = prices
  const fixedParts = [
    network.gpuPerMonth !== undefined ? `GPU $${network.gpuPerMonth}/month` : network.gpuPerHour !== undefined ? `GPU $${network.gpuPerHour}/hour (${HOURS_PER_MONTH} h a month)` : undefined,
    network.gpus !== undefined && network.gpus > 1 ? `× ${network.gpus} GPUs` : undefined,
    network.serverPerMonth !== undefined ? `server $${network.serverPerMonth}/month` : undefined
  ].filter((part) => part !== undefined)
  const left = records.reduce((sum, record) => sum + sessionCount(record), 0) - sessions
  return [
    `Replayed ${count(sessions)} sessions (${count(requests)} requests) this orchestrator recorded${left > 0 ? `; ${count(left)} sessions recorded before intents were kept are left out` : ''}. Every phase sees the same traffic; only the policy differs.`,
    ...(rolledUp > 0 ? [`${count(rolledUp)} of those sessions are kept as daily totals (each API key keeps its most recent sessions one by one); each was replayed under every phase when it was summed.`] : []),
    `Intent mix of that traffic: ${mix === '' ? 'none' : mix}.`,
    ...PHASE_DEFINITIONS.map((definition) => `${definition.label}: ${definition.policy}.`),
    `Claude $${claude.inputPerMillion}/M input, $${claude.outputPerMillion}/M output, priced uncached in every replay (the seed's projection caches nothing).`,
    `Network $${network.perMillion}/M tokens (prompt + output); fixed costs ${fixedParts.length === 0
      ? 'none (a market price pays the providers\' GPUs; set prices.network.gpuPerHour or gpuPerMonth, gpus, serverPerMonth to price a model you host)'
      : `${fixedParts.join(', ')} = $${fixedMonthly.toFixed(2)}/month, spread over ${count(sessionsPerMonth)} sessions a month, in phases that use the network`}.`,
    `A Claude call costs what the request used on Claude, else the average recorded Claude call: ${call('claude')}.`,
    `A network call costs what the request used on the network, else the average recorded network call: ${call('network')}.`,
    `Full-library prompt: the recorded prompt less its retrieved passages, plus ${options.libraryTokens === undefined ? 'a library assumed to fill the context' : `the whole library (${count(options.libraryTokens)} tokens)`}, cut to Claude's ${count(contextTokens)}-token context.`,
    'Sovereign share: requests whose text never reached Anthropic (Claude answering it, or re-answering it as a quality sample).',
    'Seed figures are the seed\'s projection per 1,000 sessions, printed for comparison; they are not measured here.'
  ]
}

/** The table `maia report` prints: the seed's shape, this network's numbers, the assumptions under it. */
export function formatPhaseReport(report: PhaseReport): string {
  const usd = (value: number): string => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
  const percent = (value: number): string => `${(value * 100).toFixed(0)}%`
  const header = `${'Phase'.padEnd(16)}${'sovereign'.padStart(10)}${'cost / 1,000 sessions'.padStart(23)}   |${'seed: sovereign'.padStart(16)}${'cost / 1,000'.padStart(14)}`
  const rows = report.phases.map((row) =>
    `${row.label.padEnd(16)}${percent(row.sovereignShare).padStart(10)}${usd(row.costPer1000Sessions).padStart(23)}   |${percent(row.seedSovereignShare).padStart(16)}${usd(row.seedCostPer1000Sessions).padStart(14)}`)
  return [
    'The seed\'s cost table, replayed from this network\'s recorded traffic',
    '',
    header,
    '-'.repeat(header.length),
    ...rows,
    '',
    `As recorded (the routing actually used): ${usd(report.recorded.costPer1000Sessions)} per 1,000 sessions, ${percent(report.recorded.answersWithoutAnthropicShare)} of answers written without Claude.`,
    '',
    'Assumptions:',
    ...report.assumptions.map((line) => `- ${line}`)
  ].join('\n')
}
