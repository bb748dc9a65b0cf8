import { Counter, Gauge, Histogram, type Registry } from 'prom-client'
import type { InferenceErrorCode } from '../../shared/protocol/index.ts'
import type { InferenceServerObserver } from '../inference/serveInferenceStream.ts'

/** Where the node gauges are read from when scraped. */
export interface NodeGaugeSources {
  /** Requests generating now. */
  inFlight(): number
  /** Requests waiting for a slot. */
  queued(): number
}

/** A provider node's Prometheus series, registered on the registry its composition root owns. */
export interface NodeMetrics {
  readonly registry: Registry
  readonly served: Counter
  readonly refused: Counter<'code'>
  readonly tokensGenerated: Counter
  readonly tokensPerSecond: Histogram
  readonly firstTokenSeconds: Histogram
  /** Feeds the inference server's events into the series above. */
  readonly observer: InferenceServerObserver
}

/**
 * Registers the node's series on `registry` (its own, never prom-client's global one, so several
 * nodes in one test process keep their counts apart); queue gauges are read from `sources` at scrape.
 *
 * @example
 * const metrics = createNodeMetrics(new Registry(), { inFlight: () => queue.inFlight, queued: () => queue.queued })
 */
export function createNodeMetrics(registry: Registry, sources: NodeGaugeSources): NodeMetrics {
  const registers = [registry]
  new Gauge({ name: 'maia_node_in_flight', help: 'Requests generating now', registers, collect() { this.set(sources.inFlight()) } })
  new Gauge({ name: 'maia_node_queue_depth', help: 'Requests waiting for a slot', registers, collect() { this.set(sources.queued()) } })
  const served = new Counter({ name: 'maia_node_requests_served_total', help: 'Requests answered with a signed receipt', registers })
  const refused = new Counter({ name: 'maia_node_requests_refused_total', help: 'Requests answered with an error frame, by code', labelNames: ['code'] as const, registers })
  const tokensGenerated = new Counter({ name: 'maia_node_tokens_generated_total', help: 'Output tokens generated for served requests', registers })
  const tokensPerSecond = new Histogram({ name: 'maia_node_tokens_per_second', help: 'Output tokens per second of each served request, from its first token', buckets: [1, 2, 5, 10, 20, 40, 80, 160, 320], registers })
  const firstTokenSeconds = new Histogram({ name: 'maia_node_time_to_first_token_seconds', help: 'From a request arriving (queue wait included) to its first token', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30], registers })
  const observer: InferenceServerObserver = {
    served({ outputTokens, firstTokenMs, generationMs }) {
      served.inc()
      tokensGenerated.inc(outputTokens)
      if (firstTokenMs !== null) firstTokenSeconds.observe(firstTokenMs / 1000)
      // As the throughput meter: one token, or none, has no rate.
      if (outputTokens > 1 && generationMs > 0) tokensPerSecond.observe((outputTokens / generationMs) * 1000)
    },
    refused(code: InferenceErrorCode) {
      refused.inc({ code })
    }
  }
  return { registry, served, refused, tokensGenerated, tokensPerSecond, firstTokenSeconds, observer }
}
