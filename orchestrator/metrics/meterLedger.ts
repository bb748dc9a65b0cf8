import type { PriceTable } from '../../shared/config/index.ts'
import { emptyRouteTotals, type SessionLedger } from '../economy/index.ts'
import { routeCostUsd } from '../economy/index.ts'
import type { OrchestratorMetrics } from './createOrchestratorMetrics.ts'

/**
 * The session ledger, counting Claude's tokens by kind and their cost as each answer is recorded.
 * The cost comes from the same price table and formula as the cost report, so the two agree.
 */
export function meterLedger(ledger: SessionLedger, metrics: OrchestratorMetrics, prices: PriceTable): SessionLedger {
  // Delegated by name, not spread: a ledger written as a class keeps its methods on the prototype.
  return {
    get: (sessionId) => ledger.get(sessionId),
    all: () => ledger.all(),
    async record(sessionId, entry) {
      await ledger.record(sessionId, entry)
      if (entry.route !== 'claude') return
      const totals = { ...emptyRouteTotals(), requests: 1, inputTokens: entry.inputTokens, outputTokens: entry.outputTokens, cacheReadTokens: entry.cacheReadTokens ?? 0, cacheWriteTokens: entry.cacheWriteTokens ?? 0 }
      metrics.claudeTokens.inc({ kind: 'input' }, totals.inputTokens)
      metrics.claudeTokens.inc({ kind: 'output' }, totals.outputTokens)
      metrics.claudeTokens.inc({ kind: 'cache_read' }, totals.cacheReadTokens)
      metrics.claudeTokens.inc({ kind: 'cache_write' }, totals.cacheWriteTokens)
      metrics.claudeCostUsd.inc(routeCostUsd('claude', totals, prices))
    }
  }
}
