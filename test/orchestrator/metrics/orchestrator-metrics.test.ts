import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import type { SessionLedger, SessionRecord, UsageEntry } from '../../../orchestrator/economy/accounting/SessionLedger.ts'
import { createOrchestratorMetrics } from '../../../orchestrator/metrics/createOrchestratorMetrics.ts'
import { meterLedger } from '../../../orchestrator/metrics/meterLedger.ts'
import { createNetworkObserver, receiptReasonLabel, recordSettlement } from '../../../orchestrator/metrics/meterNetwork.ts'
import { DEFAULT_PRICE_TABLE } from '../../../shared/config/priceTable.ts'
import { parsePrometheusText, sampleValue } from './parsePrometheusText.ts'

const scrape = async (registry: Registry) => parsePrometheusText(await registry.metrics())

describe('orchestrator metrics', () => {
  it('keeps each registry apart, so two orchestrators in one process do not collide', async () => {
    const first = createOrchestratorMetrics(new Registry())
    const second = createOrchestratorMetrics(new Registry())
    first.receiptsVerified.inc(3)
    expect(sampleValue(await scrape(first.registry), 'maia_network_receipts_verified_total')).toBe(3)
    expect(sampleValue(await scrape(second.registry), 'maia_network_receipts_verified_total')).toBe(0)
  })

  it('counts failovers by kind and refused receipts by a bounded reason', async () => {
    const metrics = createOrchestratorMetrics(new Registry())
    const observer = createNetworkObserver(metrics)
    observer.failover?.({ peerId: 'a', resumed: false })
    observer.failover?.({ peerId: 'b', resumed: true })
    observer.receiptRefused?.({ peerId: 'a', reason: 'signed for chain 1, not 31337' })
    observer.receiptRefused?.({ peerId: 'a', reason: 'signed for chain 5, not 31337' })
    const samples = await scrape(metrics.registry)
    expect(sampleValue(samples, 'maia_network_failovers_total', { kind: 'retry' })).toBe(1)
    expect(sampleValue(samples, 'maia_network_failovers_total', { kind: 'resume' })).toBe(1)
    expect(sampleValue(samples, 'maia_network_receipts_refused_total', { reason: 'signed for another chain' })).toBe(2)
    expect(receiptReasonLabel('usage differs')).toBe('usage differs')
  })

  it('counts vouchers, epochs and failed steps from a settlement report', async () => {
    const metrics = createOrchestratorMetrics(new Registry())
    const epoch = { epoch: 1, status: 'posted' as const, root: '0x', total: 0n, pool: 0n, receiptCount: 2, accounts: 1 }
    recordSettlement(metrics, { redemptions: { redeemed: 3, gasUsed: 0n, failed: [{ digest: '0x1', user: '0x2', sessionId: 's', nonce: '1', amount: '10', reason: 'SessionPaymentsVoucherExpired()', failedAt: 0 }] }, settlement: { resumed: epoch, settled: { ...epoch, epoch: 2 } } })
    recordSettlement(metrics, { redemptions: { redeemed: 0, gasUsed: 0n, failed: [], error: { name: 'ChainUnavailableError', message: 'down' } }, settlement: { error: { name: 'ChainUnavailableError', message: 'down' } } })
    const samples = await scrape(metrics.registry)
    expect(sampleValue(samples, 'maia_vouchers_redeemed_total')).toBe(3)
    expect(sampleValue(samples, 'maia_vouchers_failed_total')).toBe(1)
    expect(sampleValue(samples, 'maia_epochs_settled_total')).toBe(2)
    expect(sampleValue(samples, 'maia_settlement_step_failures_total', { step: 'redemptions' })).toBe(1)
    expect(sampleValue(samples, 'maia_settlement_step_failures_total', { step: 'settlement' })).toBe(1)
  })

  it('prices Claude tokens with the cost report\'s table, and passes every entry on', async () => {
    const metrics = createOrchestratorMetrics(new Registry())
    const recorded: UsageEntry[] = []
    const inner: SessionLedger = { record: async (_id, entry) => { recorded.push(entry) }, get: async () => undefined, all: async (): Promise<SessionRecord[]> => [] }
    const ledger = meterLedger(inner, metrics, DEFAULT_PRICE_TABLE)
    await ledger.record('s', { route: 'claude', inputTokens: 1_000_000, outputTokens: 100_000, cacheReadTokens: 1_000_000, cacheWriteTokens: 0 })
    await ledger.record('s', { route: 'network', inputTokens: 500, outputTokens: 50 })
    expect(recorded).toHaveLength(2)
    const samples = await scrape(metrics.registry)
    expect(sampleValue(samples, 'maia_claude_tokens_total', { kind: 'input' })).toBe(1_000_000)
    expect(sampleValue(samples, 'maia_claude_tokens_total', { kind: 'output' })).toBe(100_000)
    expect(sampleValue(samples, 'maia_claude_tokens_total', { kind: 'cache_read' })).toBe(1_000_000)
    // $3 input + $1.50 output + $0.30 cache reads at the default (Sonnet list) prices.
    expect(sampleValue(samples, 'maia_claude_cost_usd_total')).toBeCloseTo(4.8, 6)
  })
})
