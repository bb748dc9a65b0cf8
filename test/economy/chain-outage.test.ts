import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOutageNetwork, type OutageNetwork } from './support/outageNetwork.ts'

const MAX_OFFLINE_CHARGING_MS = 4_000
const MAX_STALE_MS = 6_000

const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

// Issue 12, §3: the chain going down must degrade explicitly. A real `hardhat node` process is
// stopped (SIGSTOP: it accepts connections and never answers) and later continued with its state.
describe('the payment chain goes down and comes back', () => {
  let network: OutageNetwork
  let open: { header: string; voucher: { nonce: bigint } }
  let nearExpiry: { header: string }
  let depositBefore: bigint

  beforeAll(async () => {
    network = await startOutageNetwork({
      outage: { maxOfflineChargingMs: MAX_OFFLINE_CHARGING_MS },
      view: { refreshIntervalMs: 300, staleAfterMs: 1_000, maxStaleMs: MAX_STALE_MS }
    })
    await network.waitForEligibleNodes(1)
    depositBefore = await network.suite.SessionPayments.balanceOf(network.user.wallet.address, network.operator)
  }, 120_000)
  afterAll(async () => {
    await network?.stop()
  }, 30_000)

  it('serves paid sessions while the chain answers', async () => {
    open = await network.voucher()
    expect((await network.ask({ voucher: open.header })).status).toBe(200)
    // Valid for 500 s: enough with the chain up (2-minute margin), not during an outage (10 minutes).
    nearExpiry = await network.voucher({ expiry: BigInt((await network.health.estimatedChainSeconds()!) + 500) })
    expect((await network.ask({ voucher: nearExpiry.header })).status).toBe(200)
  })

  it('answers new paid sessions with a clear 503 and Retry-After in both API shapes, never a 500', async () => {
    network.pause()
    const anthropic = await network.ask({ voucher: (await network.voucher()).header })
    expect(anthropic.status).toBe(503)
    expect(anthropic.headers.get('retry-after')).toBe('2')
    expect(anthropic.body).toMatchObject({ type: 'error', error: { type: 'api_error' } })
    expect((anthropic.body.error as { message: string }).message).toMatch(/^The payment chain is unreachable: new paid sessions cannot be opened/)

    const openai = await network.ask({ voucher: (await network.voucher()).header, dialect: 'openai' })
    expect(openai.status).toBe(503)
    expect(openai.headers.get('retry-after')).toBe('2')
    expect(openai.body).toMatchObject({ error: { type: 'server_error', code: 'payment_chain_unavailable' } })
    expect((openai.body.error as { message: string }).message).toMatch(/payment chain is unreachable/)
  }, 20_000)

  it('keeps serving open sessions within limits: not a voucher near its expiry', async () => {
    expect((await network.ask({ voucher: open.header })).status).toBe(200)
    const late = await network.ask({ voucher: nearExpiry.header })
    expect(late.status).toBe(402)
    expect(JSON.stringify(late.body)).toMatch(/expired or about to/)
  })

  it('reports settlement failing for the outage, with its reason, and schedules a retry', async () => {
    const settled = await network.admin('POST', '/v1/settlement/epochs')
    expect(settled.status).toBe(200)
    expect((settled.body.redemptions as { error?: { name: string; message: string } }).error).toMatchObject({ name: 'ChainUnavailableError', message: expect.stringMatching(/payment chain is unreachable/) })
    const status = await network.admin('GET', '/v1/settlement')
    expect(status.status).toBe(200)
    expect(status.body.chain).toMatchObject({ reachable: false })
    expect(status.body.chainHealth).toMatchObject({ reachable: false })
    const retry = status.body.retry as { consecutiveFailures: number; nextRetryAt?: number; lastErrors?: object }
    expect(retry.consecutiveFailures).toBeGreaterThanOrEqual(1)
    expect(retry.nextRetryAt).toBeTypeOf('number')
    expect(retry.lastErrors).toHaveProperty('redemptions')
  }, 20_000)

  it('stops charging after the outage cap, and stops routing once the cached view expires', async () => {
    await until('the charging cap', () => network.health.msSinceSuccess() > MAX_OFFLINE_CHARGING_MS + 200)
    const capped = await network.ask({ voucher: open.header })
    expect(capped.status).toBe(503)
    expect((capped.body.error as { message: string }).message).toMatch(/no successful chain read for \d+ s/)
    await until('the view to expire', () => network.chainView.status?.().freshness === 'expired')
    const nodes = await network.admin('GET', '/v1/network/nodes')
    expect((nodes.body.nodes as Array<{ eligible: boolean }>).every((entry) => !entry.eligible)).toBe(true)
  }, 30_000)

  it('resumes when the chain comes back: settlement retries by itself, nothing lost, nothing paid twice', async () => {
    const charged = (await network.receipts.unassigned()).reduce((sum, receipt) => sum + receipt.amount, 0n)
    expect(charged).toBeGreaterThan(0n)
    network.resume()
    await until('a successful retry', async () => ((await network.admin('GET', '/v1/settlement')).body.retry as { consecutiveFailures: number; lastSuccessAt?: number }).lastSuccessAt !== undefined, 30_000)
    const status = await network.admin('GET', '/v1/settlement')
    expect(status.body.retry).toMatchObject({ consecutiveFailures: 0 })
    expect(status.body.chain).not.toHaveProperty('reachable')
    // Every charge, the outage's included, reached the chain exactly once.
    expect(await network.suite.SessionPayments.isNonceUsed(network.user.wallet.address, network.operator, open.voucher.nonce)).toBe(true)
    expect(await network.suite.SessionPayments.balanceOf(network.user.wallet.address, network.operator)).toBe(depositBefore - charged)
    expect(await network.suite.RewardsDistributor.currentEpoch()).toBe(1n)

    const again = await network.admin('POST', '/v1/settlement/epochs')
    expect(again.body.redemptions).toMatchObject({ redeemed: 0, failed: [] })
    expect(await network.suite.SessionPayments.balanceOf(network.user.wallet.address, network.operator)).toBe(depositBefore - charged)
    expect(await network.suite.RewardsDistributor.currentEpoch()).toBe(1n)

    // The view is fresh again and new sessions open.
    await until('the view to refresh', () => network.chainView.status?.().freshness === 'fresh')
    await network.waitForEligibleNodes(1)
    expect((await network.ask({ voucher: (await network.voucher()).header })).status).toBe(200)
  }, 60_000)
})
