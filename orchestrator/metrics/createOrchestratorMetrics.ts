import { Counter, Gauge, Histogram, type Registry } from 'prom-client'
import type { NodeEntry } from '../inference/index.ts'

/** Which API a request came in on; `other` for every route that is not a completion. */
export type ApiName = 'anthropic' | 'openai' | 'other'

/** Where the orchestrator learns the node gauges from, read at scrape time (never stale). */
export interface NodeGaugeSources {
  /** Every node in the table, fresh or not. */
  all(): NodeEntry[]
  /** Nodes a request could go to now (fresh, not quarantined, eligible). */
  routable(): NodeEntry[]
}

/** The orchestrator's Prometheus series, registered on the registry its composition root owns. */
export interface OrchestratorMetrics {
  readonly registry: Registry
  readonly requests: Counter<'api' | 'route' | 'status'>
  readonly firstTokenSeconds: Histogram<'api' | 'route'>
  readonly tokensPerSecond: Histogram<'api' | 'route'>
  readonly failovers: Counter<'kind'>
  readonly receiptsVerified: Counter
  readonly receiptsRefused: Counter<'reason'>
  readonly receiptMismatches: Counter
  readonly vouchersRedeemed: Counter
  readonly vouchersFailed: Counter
  readonly epochsSettled: Counter
  readonly settlementStepFailures: Counter<'step'>
  readonly claudeTokens: Counter<'kind'>
  readonly claudeCostUsd: Counter
}

/** Buckets for the first token: a template answers in milliseconds, a cold node in tens of seconds. */
const FIRST_TOKEN_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30]
/** Buckets for tokens/s: a CPU node writes a few, a GPU node hundreds. */
const TOKENS_PER_SECOND_BUCKETS = [1, 2, 5, 10, 20, 40, 80, 160, 320]

/**
 * Registers the orchestrator's series on `registry` (one per process, never prom-client's global
 * one, so several orchestrators in one test process keep their counts apart). Node gauges are read
 * from `nodes` when scraped.
 *
 * @example
 * const metrics = createOrchestratorMetrics(new Registry(), { all: () => table.all(), routable: () => table.routable() })
 * metrics.failovers.inc({ kind: 'retry' })
 */
export function createOrchestratorMetrics(registry: Registry, nodes?: NodeGaugeSources): OrchestratorMetrics {
  const registers = [registry]
  if (nodes !== undefined) registerNodeGauges(registry, nodes)
  return {
    registry,
    requests: new Counter({ name: 'maia_api_requests_total', help: 'HTTP requests by API, MAIA route (none when nothing was generated) and status', labelNames: ['api', 'route', 'status'] as const, registers }),
    firstTokenSeconds: new Histogram({ name: 'maia_api_time_to_first_token_seconds', help: 'From the request arriving to its first token leaving', labelNames: ['api', 'route'] as const, buckets: FIRST_TOKEN_BUCKETS, registers }),
    tokensPerSecond: new Histogram({ name: 'maia_api_output_tokens_per_second', help: 'Output tokens per second of each answer, from its first token to its end', labelNames: ['api', 'route'] as const, buckets: TOKENS_PER_SECOND_BUCKETS, registers }),
    failovers: new Counter({ name: 'maia_network_failovers_total', help: 'Nodes that failed a request: retry (before its first token) or resume (continued mid-answer by another node)', labelNames: ['kind'] as const, registers }),
    receiptsVerified: new Counter({ name: 'maia_network_receipts_verified_total', help: 'Node receipts whose fields and signature checked out', registers }),
    receiptsRefused: new Counter({ name: 'maia_network_receipts_refused_total', help: 'Node receipts refused, by reason', labelNames: ['reason'] as const, registers }),
    receiptMismatches: new Counter({ name: 'maia_network_receipt_mismatches_total', help: 'Signed receipts claiming more usage than the orchestrator could account for (node quarantined, nothing charged)', registers }),
    vouchersRedeemed: new Counter({ name: 'maia_vouchers_redeemed_total', help: 'Session vouchers redeemed on chain', registers }),
    vouchersFailed: new Counter({ name: 'maia_vouchers_failed_total', help: 'Session vouchers whose redemption failed', registers }),
    epochsSettled: new Counter({ name: 'maia_epochs_settled_total', help: 'Rewards epochs sealed and posted (resumed ones included)', registers }),
    settlementStepFailures: new Counter({ name: 'maia_settlement_step_failures_total', help: 'Settlement steps that failed and will be retried', labelNames: ['step'] as const, registers }),
    claudeTokens: new Counter({ name: 'maia_claude_tokens_total', help: 'Tokens billed by Claude, by kind', labelNames: ['kind'] as const, registers }),
    claudeCostUsd: new Counter({ name: 'maia_claude_cost_usd_total', help: 'What Claude cost, in USD at the configured price table', registers })
  }
}

function registerNodeGauges(registry: Registry, nodes: NodeGaugeSources): void {
  const registers = [registry]
  new Gauge({
    name: 'maia_network_nodes', help: 'Nodes in the table (known) and those a request could go to now (routable)', labelNames: ['state'] as const, registers,
    collect() {
      this.set({ state: 'known' }, nodes.all().length)
      this.set({ state: 'routable' }, nodes.routable().length)
    }
  })
  // Per-node series: bounded by the node table, and reset each scrape so departed nodes vanish.
  new Gauge({
    name: 'maia_network_node_in_flight', help: 'Requests this orchestrator has open on each node', labelNames: ['peer_id'] as const, registers,
    collect() {
      this.reset()
      for (const entry of nodes.all()) this.set({ peer_id: entry.record.peerId }, entry.outstanding)
    }
  })
  new Gauge({
    name: 'maia_network_node_queue_depth', help: 'Requests waiting on each node, as it last announced', labelNames: ['peer_id'] as const, registers,
    collect() {
      this.reset()
      for (const entry of nodes.all()) this.set({ peer_id: entry.record.peerId }, entry.record.queueDepth)
    }
  })
}
