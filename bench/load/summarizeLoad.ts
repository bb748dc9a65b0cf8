import { format, percentile } from '../lib.ts'
import type { LoadClientReport } from './client.ts'
import type { NodeRow, NodeWatch } from './watchNodes.ts'

/** What one load run measured, judged against issue 12's goals. */
export interface LoadSummary {
  sessions: number
  nodes: number
  maxTokens: number
  loadMs: number
  byStatus: Record<string, number>
  byKind: Record<string, number>
  /** Refusals by status and error type, e.g. `429 rate_limit_error/rate_limit_exceeded`. */
  refusalsByType: Record<string, number>
  /** Sessions with no complete answer before the client's deadline (goal: 0). */
  hung: number
  /** 429/529/503 without `Retry-After` (goal: 0). */
  refusalsWithoutRetryAfter: number
  /** Any status but 200/429/529/503, broken streams and connection failures (goal: 0). */
  unexpected: number
  servedLatencyMs: { p50: number; p95: number; max: number }
  refusalLatencyMs: { p50: number; p95: number; max: number }
  orchestratorRssMb: { before: number; peak: number; after: number }
  /** Nodes quarantined or with failures at any poll during or after the load (goal: 0). */
  nodesQuarantined: number
  nodesWithFailures: number
  fewestNodesSeen: number
  /** Polls at which nodes seen before were missing from the table (expired records). */
  nodeShortfalls: string[]
  nodeTablePolls: { polls: number; unanswered: number; slowestMs: number }
  /** Load end to the first request served in full (goal ≤ 1,000 ms); null if none within the deadline. */
  recoveryMs: number | null
  recoveryProbes: number
  /** Examples of whatever went wrong, for the report. */
  samples: string[]
  pass: boolean
}

const count = (values: Array<string | number | null>): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1
  return counts
}
const spread = (values: number[]): { p50: number; p95: number; max: number } =>
  ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95), max: values.length === 0 ? Number.NaN : Math.max(...values) })

export function summarizeLoad(input: {
  client: LoadClientReport
  nodes: number
  maxTokens: number
  rss: { before: number; peak: number; after: number }
  watch: ReturnType<NodeWatch['report']>
  after: NodeRow[] | null
}): LoadSummary {
  const { outcomes } = input.client
  const refused = outcomes.filter((outcome) => outcome.kind === 'refused')
  const unexpected = outcomes.filter((outcome) => !['served', 'refused', 'hung'].includes(outcome.kind))
  const quarantined = new Set(input.watch.quarantinedPeers)
  const failing = new Set(input.watch.peersWithFailures)
  for (const node of input.after ?? []) {
    if (node.quarantinedUntil !== null) quarantined.add(node.peerId)
    if (node.failures > 0) failing.add(node.peerId)
  }
  const summary: LoadSummary = {
    sessions: outcomes.length,
    nodes: input.nodes,
    maxTokens: input.maxTokens,
    loadMs: input.client.loadMs,
    byStatus: count(outcomes.map((outcome) => outcome.status)),
    byKind: count(outcomes.map((outcome) => outcome.kind)),
    refusalsByType: count(outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== null).map((outcome) => `${outcome.status} ${outcome.errorType ?? ''}`)),
    hung: outcomes.filter((outcome) => outcome.kind === 'hung').length,
    refusalsWithoutRetryAfter: refused.filter((outcome) => outcome.retryAfter === null || !(Number(outcome.retryAfter) >= 1)).length,
    unexpected: unexpected.length,
    servedLatencyMs: spread(outcomes.filter((outcome) => outcome.kind === 'served').map((outcome) => outcome.totalMs)),
    refusalLatencyMs: spread(refused.map((outcome) => outcome.totalMs)),
    orchestratorRssMb: input.rss,
    nodesQuarantined: quarantined.size,
    nodesWithFailures: failing.size,
    fewestNodesSeen: Math.min(input.watch.fewestNodes, input.after?.length ?? 0),
    nodeShortfalls: input.watch.shortfalls,
    nodeTablePolls: { polls: input.watch.polls, unanswered: input.watch.unanswered, slowestMs: input.watch.slowestPollMs },
    recoveryMs: input.client.recoveryMs,
    recoveryProbes: input.client.recoveryProbes,
    samples: [...unexpected, ...outcomes.filter((outcome) => outcome.kind === 'hung'), ...input.client.failedProbes].slice(0, 5)
      .map((outcome) => `${outcome.kind} ${outcome.dialect} ${outcome.status ?? '-'}: ${outcome.detail ?? ''}`),
    pass: false
  }
  summary.pass = summary.hung === 0 && summary.refusalsWithoutRetryAfter === 0 && summary.unexpected === 0 &&
    summary.nodesQuarantined === 0 && summary.fewestNodesSeen === input.nodes && summary.recoveryMs !== null && summary.recoveryMs <= 1_000
  return summary
}

export function formatLoadSummary(summary: LoadSummary): string {
  const mark = (ok: boolean): string => ok ? 'ok ' : 'FAIL'
  return [
    `${summary.sessions} concurrent streamed sessions, ${summary.nodes} nodes, max_tokens ${summary.maxTokens}: load took ${format(summary.loadMs / 1000, 1)} s`,
    `  statuses:                  ${JSON.stringify(summary.byStatus)}  outcomes: ${JSON.stringify(summary.byKind)}`,
    `  refusals by type:          ${JSON.stringify(summary.refusalsByType)}`,
    `  ${mark(summary.hung === 0)} hung:                ${summary.hung}`,
    `  ${mark(summary.refusalsWithoutRetryAfter === 0)} refusals w/o Retry-After: ${summary.refusalsWithoutRetryAfter}`,
    `  ${mark(summary.unexpected === 0)} unexpected (5xx, broken streams, resets): ${summary.unexpected}`,
    `  ${mark(summary.nodesQuarantined === 0)} nodes quarantined:   ${summary.nodesQuarantined} (with failures: ${summary.nodesWithFailures})`,
    `  ${mark(summary.fewestNodesSeen === summary.nodes)} nodes in the table: fewest ${summary.fewestNodesSeen}/${summary.nodes}${summary.nodeShortfalls.length === 0 ? '' : ` (${summary.nodeShortfalls.join('; ')})`}; table polls ${summary.nodeTablePolls.polls}, unanswered ${summary.nodeTablePolls.unanswered}, slowest ${format(summary.nodeTablePolls.slowestMs, 0)} ms`,
    `  ${mark(summary.recoveryMs !== null && summary.recoveryMs <= 1_000)} recovery:            ${summary.recoveryMs === null ? 'none' : `${format(summary.recoveryMs, 0)} ms`} (${summary.recoveryProbes} probe(s); goal <= 1000 ms)`,
    `  orchestrator RSS MB:       before ${format(summary.orchestratorRssMb.before)}, peak ${format(summary.orchestratorRssMb.peak)}, after ${format(summary.orchestratorRssMb.after)}`,
    `  served latency ms:         p50 ${format(summary.servedLatencyMs.p50, 0)}, p95 ${format(summary.servedLatencyMs.p95, 0)}, max ${format(summary.servedLatencyMs.max, 0)}`,
    `  refusal latency ms:        p50 ${format(summary.refusalLatencyMs.p50, 0)}, p95 ${format(summary.refusalLatencyMs.p95, 0)}, max ${format(summary.refusalLatencyMs.max, 0)}`,
    ...summary.samples.map((sample) => `  sample: ${sample}`),
    summary.pass ? 'PASS' : 'FAIL'
  ].join('\n')
}
