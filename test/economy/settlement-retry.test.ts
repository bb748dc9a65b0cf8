import { describe, expect, it } from 'vitest'
import { backoffDelay, createSettlementScheduler, DEFAULT_SETTLEMENT_BACKOFF } from '../../orchestrator/economy/createSettlementScheduler.ts'
import type { EpochSettlementReport } from '../../orchestrator/economy/settleEpochSafely.ts'
import { silentLogger } from '../../shared/log/logger.ts'

const failed: EpochSettlementReport = {
  redemptions: { redeemed: 0, gasUsed: 0n, failed: [], error: { name: 'ChainUnavailableError', message: 'The payment chain is unreachable: connect ECONNREFUSED' } },
  settlement: {}
}
const clean: EpochSettlementReport = { redemptions: { redeemed: 1, gasUsed: 1n, failed: [] }, settlement: {} }

describe('settlement retries with capped, jittered exponential backoff', () => {
  it('doubles the delay up to the cap, within the jitter either way', () => {
    const middle = (): number => 0.5
    expect([1, 2, 3, 4, 10, 40].map((attempt) => backoffDelay(attempt, DEFAULT_SETTLEMENT_BACKOFF, middle))).toEqual([5_000, 10_000, 20_000, 40_000, 300_000, 300_000])
    expect(backoffDelay(1, DEFAULT_SETTLEMENT_BACKOFF, () => 0)).toBe(4_000)
    expect(backoffDelay(1, DEFAULT_SETTLEMENT_BACKOFF, () => 1)).toBe(6_000)
    // Jitter never pushes past the cap.
    expect(backoffDelay(40, DEFAULT_SETTLEMENT_BACKOFF, () => 1)).toBe(300_000)
  })

  it('retries a failed step by itself until an attempt is clean, and reports where it stands', async () => {
    const outcomes = [failed, failed, clean]
    let calls = 0
    const scheduler = createSettlementScheduler({
      settle: async () => outcomes[Math.min(calls++, outcomes.length - 1)]!,
      logger: silentLogger(), random: () => 0.5, backoff: { initialMs: 20, maxMs: 100 }
    })
    const first = await scheduler.settleNow()
    expect(first.redemptions.error?.name).toBe('ChainUnavailableError')
    expect(scheduler.status()).toMatchObject({ consecutiveFailures: 1, nextRetryAt: expect.any(Number), lastErrors: { redemptions: { name: 'ChainUnavailableError' } } })
    const deadline = Date.now() + 5_000
    while (scheduler.status().lastSuccessAt === undefined && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(calls).toBe(3)
    const status = scheduler.status()
    expect(status.consecutiveFailures).toBe(0)
    expect(status.nextRetryAt).toBeUndefined()
    expect(status.lastErrors).toBeUndefined()
    await scheduler.stop()
  })

  it('schedules nothing after stop', async () => {
    let calls = 0
    const scheduler = createSettlementScheduler({ settle: async () => { calls += 1; return failed }, logger: silentLogger(), backoff: { initialMs: 10, maxMs: 10 } })
    const attempt = scheduler.settleNow()
    await scheduler.stop()
    await attempt
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(calls).toBe(1)
    expect(scheduler.status().nextRetryAt).toBeUndefined()
  })
})
