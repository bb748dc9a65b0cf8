import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BaseWallet } from 'ethers'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectContract } from '../../../../shared/chain/connectSuite.ts'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { createEpochSettler, type EpochSettlerInit } from '../../../../orchestrator/economy/settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from '../../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { EpochConflictError, EpochPostFailedError, NoPostedEpochError } from '../../../../orchestrator/economy/settlement/errors.ts'
import type { EpochSettler, SettlementStep } from '../../../../orchestrator/economy/settlement/EpochSettler.ts'
import type { ReceiptEntryInput, ReceiptStore } from '../../../../orchestrator/economy/settlement/ReceiptStore.ts'
import { MAIA, deployFundedSuite, randomOracle, startTestChain, type TestChain } from './support/chain.ts'
import { claimEachOnce } from './support/claims.ts'
import { createParties, entry, expectedEarnings } from './support/receipts.ts'
import { buildRewardsTree } from '../../../../shared/chain/index.ts'
import { accumulateEarnings } from '../../../../orchestrator/economy/settlement/earnings.ts'
import { settledWeight, weighByStandingWhenServed, type RewardStanding } from '../../../../orchestrator/economy/settlement/rewardWeighting.ts'

const FEE_BPS = 1_000
const FINNEY = 10n ** 15n

describe('epoch settlement on chain', () => {
  let chain: TestChain
  let dir: string
  const dbs: Level<string, string>[] = []
  beforeAll(async () => {
    chain = await startTestChain()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-settler-'))
  })
  afterAll(async () => {
    for (const db of dbs) await db.close()
    await chain.close()
    await rm(dir, { recursive: true, force: true })
  })

  /** A fresh deployment, store and settler; `overrides` reach createEpochSettler. */
  async function setup(options: { rewardsFunding?: bigint; onStep?: EpochSettlerInit['onStep']; standing?: RewardStanding } = {}) {
    const oracle = randomOracle(chain)
    const funded = await deployFundedSuite(chain, { oracle: oracle.address, feeBps: FEE_BPS, ...(options.rewardsFunding === undefined ? {} : { rewardsFunding: options.rewardsFunding }) })
    const db = new Level<string, string>(path.join(dir, `db-${dbs.length}`))
    dbs.push(db)
    const store = createLevelReceiptStore({
      store: db.sublevel<string, string>('settlement', {}), countersigner: oracle, now: Date.now, logger: silentLogger(),
      ...(options.standing === undefined ? {} : { standing: options.standing })
    })
    const settlerFor = (onStep?: EpochSettlerInit['onStep']): EpochSettler => createEpochSettler({
      store,
      distributor: connectContract(funded.deployment, 'RewardsDistributor', oracle),
      wallet: oracle,
      feeBps: FEE_BPS,
      now: Date.now,
      logger: silentLogger(),
      ...(onStep === undefined ? {} : { onStep }),
      ...(options.standing === undefined ? {} : { weighEpoch: weighByStandingWhenServed(options.standing) })
    })
    return { oracle, funded, store, settler: settlerFor(options.onStep), settlerFor }
  }

  async function recordAll(store: ReceiptStore, entries: readonly ReceiptEntryInput[]): Promise<void> {
    for (const item of entries) await store.record(item)
  }

  it('posts cumulative roots epoch after epoch; every party claims exactly what it earned, once', async () => {
    const { funded, store, settler } = await setup()
    const parties = createParties()
    const [nodeA, nodeB] = parties.nodes as [BaseWallet, BaseWallet]
    const [curator1, curator2] = parties.curators as [string, string]
    await expect(settler.claimFor(nodeA.address)).rejects.toThrow(NoPostedEpochError)
    expect(await settler.settle()).toEqual({})

    const epoch1 = [
      await entry(nodeA, 40n * FINNEY, { trainer: parties.trainer, curators: [{ account: curator1, passages: 1 }, { account: curator2, passages: 3 }], user: parties.user }),
      await entry(nodeB, 20n * FINNEY, { trainer: parties.trainer }),
      await entry(nodeA, 80n * FINNEY)
    ]
    await recordAll(store, epoch1)
    const first = await settler.settle()
    expect(first.resumed).toBeUndefined()
    expect(first.settled).toMatchObject({ epoch: 1, status: 'posted', receiptCount: 3, pool: 126n * FINNEY, total: 126n * FINNEY, foundOnChain: false })
    const distributor = funded.suite.RewardsDistributor
    expect(await distributor.currentEpoch()).toBe(1n)
    expect(await distributor.merkleRoot()).toBe(first.settled?.root)
    expect(await distributor.totalCumulative()).toBe(126n * FINNEY)
    await claimEachOnce(funded.suite, settler, expectedEarnings(epoch1))

    const epoch2 = [
      await entry(nodeB, 40n * FINNEY, { curators: [{ account: curator2, passages: 2 }] }),
      await entry(nodeA, 10n * FINNEY, { trainer: parties.trainer })
    ]
    await recordAll(store, epoch2)
    await store.record(epoch1[0]!) // a late duplicate changes nothing
    const second = await settler.settle()
    expect(second.settled).toMatchObject({ epoch: 2, receiptCount: 2, pool: 45n * FINNEY, total: 171n * FINNEY })
    await claimEachOnce(funded.suite, settler, expectedEarnings([...epoch1, ...epoch2]))
    expect(await distributor.totalClaimed()).toBe(171n * FINNEY)

    const status = await settler.status()
    expect(status).toMatchObject({ receipts: 5, unassigned: 0, latestEpoch: { epoch: 2, status: 'posted' }, latestPosted: { epoch: 2 } })
    expect(status.chain).toEqual({ epoch: 2n, root: second.settled?.root, totalCumulative: 171n * FINNEY, totalClaimed: 171n * FINNEY })
    expect(await settler.settle()).toEqual({})
  })

  it('weighs each receipt by the standing it was served in, forfeits a proven liar\'s epoch, and stores the weights so the root can be recomputed', async () => {
    // Mutable standing, as the reputation book changes while the epoch runs.
    const multipliers = new Map<string, number>()
    const lies = new Map<string, number>()
    const standing: RewardStanding = { rewardMultiplier: (node) => multipliers.get(node) ?? 1, provenLies: (node) => lies.get(node) ?? 0 }
    const { store, settler } = await setup({ standing })
    const parties = createParties(3, 0)
    const [lowScores, liar, steady] = parties.nodes as [BaseWallet, BaseWallet, BaseWallet]
    // Served in good standing by all three; then `lowScores` serves one at 0.5 and is quarantined
    // for low scores, and `liar` is proven to lie (a dishonest verdict with evidence).
    await recordAll(store, [await entry(lowScores, 10n * FINNEY), await entry(liar, 10n * FINNEY), await entry(steady, 10n * FINNEY)])
    multipliers.set(lowScores.address, 0.5)
    await recordAll(store, [await entry(lowScores, 10n * FINNEY)])
    multipliers.set(lowScores.address, 0)
    multipliers.set(liar.address, 0)
    lies.set(liar.address, 1)

    const settled = (await settler.settle()).settled!
    expect(settled).toMatchObject({ epoch: 1, receiptCount: 4, pool: 36n * FINNEY })
    const record = (await store.getEpoch(1))!
    // Weights 1 + 0.5 (lowScores), 0 (liar), 1 (steady) over 10 finney each: the pool splits 1.5 : 0 : 1.
    expect(record.cumulative.get(lowScores.address)).toBe(216n * FINNEY / 10n)
    expect(record.cumulative.get(liar.address)).toBeUndefined()
    expect(record.cumulative.get(steady.address)).toBe(144n * FINNEY / 10n)

    const sealed = await store.receiptsOfEpoch(1)
    expect(sealed.map((receipt) => [receipt.node, receipt.servedStanding?.rewardMultiplier, receipt.settledWeight]).sort()).toEqual([
      [lowScores.address, 0.5, 0.5], [lowScores.address, 1, 1], [liar.address, 1, 0], [steady.address, 1, 1]
    ].sort())
    // Anyone holding the stored receipts recomputes the same root, whatever the reputation says now.
    multipliers.clear()
    lies.clear()
    const recomputed = accumulateEarnings(new Map(), sealed, { feeBps: FEE_BPS, pool: record.pool, weight: settledWeight })
    expect(buildRewardsTree([...recomputed].map(([account, cumulativeAmount]) => ({ account, cumulativeAmount }))).root).toBe(settled.root)
  })

  it('keeps an underfunded epoch sealed and posts it first once funded, then the next epoch', async () => {
    const { funded, store, settler } = await setup({ rewardsFunding: 0n })
    const parties = createParties(1, 0)
    const node = parties.nodes[0]!
    const first = [await entry(node, 100n * FINNEY)]
    await recordAll(store, first)
    const failure = await settler.settle().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(EpochPostFailedError)
    expect((failure as EpochPostFailedError).details.reason).toMatch(/^RewardsUnderfunded\(/)
    expect(await store.latestEpoch()).toMatchObject({ epoch: 1, status: 'sealed' })

    const later = [await entry(node, 50n * FINNEY)]
    await recordAll(store, later)
    await (await funded.suite.MaiaToken.transfer(await funded.suite.RewardsDistributor.getAddress(), 10n * MAIA)).wait()
    const result = await settler.settle()
    expect(result.resumed).toMatchObject({ epoch: 1, status: 'posted', receiptCount: 1, total: 90n * FINNEY })
    expect(result.settled).toMatchObject({ epoch: 2, status: 'posted', receiptCount: 1, total: 135n * FINNEY })
    await claimEachOnce(funded.suite, settler, expectedEarnings([...first, ...later]))
  })

  it('replaces a signed postRoot whose nonce was spent before it was sent', async () => {
    let crashAt: SettlementStep | undefined = 'transaction-signed'
    const { oracle, funded, store, settler } = await setup({
      onStep: (step) => {
        if (step === crashAt) throw new Error(`simulated crash at ${step}`)
      }
    })
    const items = [await entry(createParties(1, 0).nodes[0]!, 30n * FINNEY)]
    await recordAll(store, items)
    await expect(settler.settle()).rejects.toThrow(/simulated crash/)
    const stored = await store.latestEpoch()
    expect(stored?.transaction).toBeDefined()
    // The oracle's key sends something else with that nonce while the orchestrator is down.
    await (await oracle.sendTransaction({ to: oracle.address, value: 0n })).wait()
    crashAt = undefined
    const result = await settler.settle()
    expect(result.resumed).toMatchObject({ epoch: 1, status: 'posted', foundOnChain: false })
    expect(result.resumed?.transactionHash).not.toBe(stored?.transaction?.hash)
    expect(await funded.suite.RewardsDistributor.currentEpoch()).toBe(1n)
  })

  it('refuses to settle over a root it did not post', async () => {
    const { oracle, funded, store, settler } = await setup()
    await recordAll(store, [await entry(createParties(1, 0).nodes[0]!, 10n * FINNEY)])
    await (await funded.suite.RewardsDistributor.connect(oracle).postRoot(1n, '0x' + '42'.repeat(32), 1n)).wait()
    await expect(settler.settle()).rejects.toThrow(EpochConflictError)
    expect(await store.latestEpoch()).toMatchObject({ epoch: 1, status: 'sealed' })
  })

  it('measures postRoot gas per settled epoch', async () => {
    const { oracle, store, settler } = await setup()
    const parties = createParties(3, 2)
    const gas: bigint[] = []
    const executionGas: bigint[] = []
    for (let epoch = 1; epoch <= 4; epoch += 1) {
      for (const node of parties.nodes) {
        await store.record(await entry(node, BigInt(epoch) * FINNEY, { trainer: parties.trainer, curators: [{ account: parties.curators[epoch % 2]!, passages: 1 }] }))
      }
      const { settled } = await settler.settle()
      gas.push(settled!.gasUsed!)
      // Calldata costs 4 gas per zero byte and 16 per other byte, so the random root's bytes move the
      // total by a few gas; what the contract itself spends is the total minus that.
      const transaction = await oracle.provider!.getTransaction(settled!.transactionHash!)
      executionGas.push(settled!.gasUsed! - calldataGas(transaction!.data))
    }
    // First post writes three zero slots; later posts overwrite them. Tree size does not matter on chain.
    console.info(`postRoot gasUsed per epoch (EDR, JSON-RPC): ${gas.join(', ')}`)
    expect(gas[0]! > gas[1]!).toBe(true)
    expect(executionGas[2]).toBe(executionGas[1])
    expect(executionGas[3]).toBe(executionGas[1])
    expect(gas[3]! < 60_000n).toBe(true)
  })
})

function calldataGas(data: string): bigint {
  let gas = 0n
  for (let index = 2; index < data.length; index += 2) gas += data.slice(index, index + 2) === '00' ? 4n : 16n
  return gas
}
