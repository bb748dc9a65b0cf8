import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectContract } from '../../../../shared/chain/connectSuite.ts'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { createEpochSettler, type EpochSettlerInit } from '../../../../orchestrator/economy/settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from '../../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { computeEpochEarnings } from '../../../../orchestrator/economy/settlement/earnings.ts'
import { MAIA, deployFundedSuite, randomOracle, startTestChain, type TestChain } from './support/chain.ts'
import { claimEachOnce } from './support/claims.ts'
import { createParties, entry } from './support/receipts.ts'

// Governance may change `SessionPayments.feeBps` while the orchestrator runs (H6): a root computed
// with a stale fee would promise more than the pool received and be refused for ever.
describe('settlement pays what the pool received', () => {
  let chain: TestChain
  let dir: string
  const dbs: Level<string, string>[] = []
  beforeAll(async () => {
    chain = await startTestChain()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-fee-change-'))
  })
  afterAll(async () => {
    for (const db of dbs) await db.close()
    await chain.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function setup(rewardsFunding: bigint, feeBps: EpochSettlerInit['feeBps']) {
    const oracle = randomOracle(chain)
    const funded = await deployFundedSuite(chain, { oracle: oracle.address, rewardsFunding })
    const db = new Level<string, string>(path.join(dir, `db-${dbs.length}`))
    dbs.push(db)
    const store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: oracle, now: Date.now, logger: silentLogger() })
    const settler = createEpochSettler({
      store, distributor: connectContract(funded.deployment, 'RewardsDistributor', oracle), wallet: oracle, feeBps, now: Date.now, logger: silentLogger()
    })
    return { funded, store, settler }
  }

  it('caps an epoch at what the distributor holds unpromised, and every share can be claimed', async () => {
    // Receipts charged 10 MAIA; at the 10% fee read at start-up they promise 9, but 8 arrived (a 20% fee).
    const { funded, store, settler } = await setup(8n * MAIA, 1_000)
    const parties = createParties(1, 1)
    const node = parties.nodes[0]!
    await store.record(await entry(node, 6n * MAIA, { trainer: parties.trainer, curators: [{ account: parties.curators[0]!, passages: 1 }] }))
    await store.record(await entry(node, 4n * MAIA))
    const { settled } = await settler.settle()
    expect(settled).toMatchObject({ epoch: 1, status: 'posted', pool: 8n * MAIA, total: 8n * MAIA })
    const claims = new Map([...(await store.getEpoch(1))!.cumulative])
    expect([...claims.values()].reduce((sum, amount) => sum + amount, 0n)).toBe(8n * MAIA)
    await claimEachOnce(funded.suite, settler, claims)
    expect(await funded.suite.MaiaToken.balanceOf(await funded.suite.RewardsDistributor.getAddress())).toBe(0n)
  })

  it('reads the fee anew at each settlement when given a function', async () => {
    let fee = 1_000
    const { store, settler } = await setup(1_000n * MAIA, async () => fee)
    const node = createParties(1, 0).nodes[0]!
    await store.record(await entry(node, 10n * MAIA, { sessionId: 'first' }))
    expect((await settler.settle()).settled?.pool).toBe(9n * MAIA)
    fee = 2_000
    await store.record(await entry(node, 10n * MAIA, { sessionId: 'second' }))
    expect((await settler.settle()).settled).toMatchObject({ epoch: 2, pool: 8n * MAIA, total: 17n * MAIA })
  })

  it('splits a capped pool exactly, never above what the fee leaves', () => {
    const entries = [{ digest: '0x01', amount: 1_000n, provider: '0x' + '11'.repeat(20), curators: [] }]
    const sum = (map: Map<string, bigint>): bigint => [...map.values()].reduce((total, amount) => total + amount, 0n)
    expect(sum(computeEpochEarnings(entries, { feeBps: 1_000, pool: 700n }))).toBe(700n)
    // A pool above what the charges less the fee leave is ignored.
    expect(sum(computeEpochEarnings(entries, { feeBps: 1_000, pool: 5_000n }))).toBe(900n)
  })
})
