import type { ApiMetrics } from '../gateway/index.ts'
import type { OrchestratorMetrics } from './createOrchestratorMetrics.ts'

/** Feeds the API server's per-request outcomes into the request counter and the latency histograms. */
export function createApiMetrics(metrics: OrchestratorMetrics): ApiMetrics {
  return {
    observe({ api, route, status, firstTokenMs, generation }) {
      metrics.requests.inc({ api, route, status: String(status) })
      if (firstTokenMs !== undefined) metrics.firstTokenSeconds.observe({ api, route }, firstTokenMs / 1000)
      // One token, or an answer written at once (a template), has no meaningful rate.
      if (generation !== undefined && generation.outputTokens > 1 && generation.ms > 0) {
        metrics.tokensPerSecond.observe({ api, route }, (generation.outputTokens / generation.ms) * 1000)
      }
    },
    async render() {
      return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }
    }
  }
}
