import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JsonRpcSigner, Wallet, hexlify, parseEther, randomBytes } from 'ethers'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deploySuite } from '../../../scripts/deploy/deploySuite.ts'
import { connectSuite, signVoucher, toRedemption, type Voucher } from '../../../shared/chain/index.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import { createEpochSettler } from '../../../orchestrator/economy/settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from '../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { epochPool } from '../../../orchestrator/economy/settlement/earnings.ts'
import { MAIA, randomOracle, startTestChain, type TestChain } from '../../orchestrator/economy/settlement/support/chain.ts'
import { entry } from '../../orchestrator/economy/settlement/support/receipts.ts'

// Governance changes `SessionPayments.feeBps` by vote (a normal parameter change); the orchestrator's
// settler keeps the fee it read at start-up.
describe('attack: a fee change between start-up and settlement', () => {
  let chain: TestChain
  let dir: string
  let db: Level<string, string> | undefined
  beforeAll(async () => {
    chain = await startTestChain()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-attack-fee-'))
  })
  afterAll(async () => {
    await db?.close()
    await chain.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('HOLE: the epoch root promises only what the redemptions actually put into the pool, and settles', async () => {
    const oracle = randomOracle(chain)
    const operator = Wallet.createRandom().connect(chain.provider)
    const { deployment } = await deploySuite({
      signer: chain.deployer, networkName: 'fee-change-attack', parameters: { feeBps: 1_000 },
      roles: { oracles: [oracle.address], operators: [operator.address] }
    })
    const suite = connectSuite(deployment, chain.deployer)
    for (const account of [oracle.address, operator.address]) await (await chain.deployer.sendTransaction({ to: account, value: parseEther('10') })).wait()

    // The orchestrator starts and reads the fee (as createOrchestratorEconomy does).
    const feeAtStart = Number(await suite.SessionPayments.feeBps())
    db = new Level<string, string>(path.join(dir, 'db'))
    const store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: oracle, now: Date.now, logger: silentLogger() })
    const settler = createEpochSettler({
      store, distributor: connectSuite(deployment, oracle).RewardsDistributor, wallet: oracle, feeBps: feeAtStart, now: Date.now, logger: silentLogger(), confirmTimeoutMs: 10_000
    })

    // Governance raises the fee to 20% (the timelock, impersonated here, is SessionPayments' admin).
    const timelock = deployment.contracts.MaiaTimelock.address
    await chain.provider.send('hardhat_impersonateAccount', [timelock])
    await chain.provider.send('hardhat_setBalance', [timelock, '0x56bc75e2d63100000'])
    await (await suite.SessionPayments.connect(new JsonRpcSigner(chain.provider, timelock)).setFeeRate(2_000)).wait()

    // A user pays 100 MAIA for a node's inference; the operator redeems it under the new fee.
    const user = Wallet.createRandom().connect(chain.provider)
    await (await chain.deployer.sendTransaction({ to: user.address, value: parseEther('1') })).wait()
    await (await suite.MaiaToken.transfer(user.address, 100n * MAIA)).wait()
    const asUser = connectSuite(deployment, user)
    await (await asUser.MaiaToken.approve(deployment.contracts.SessionPayments.address, 100n * MAIA)).wait()
    await (await asUser.SessionPayments.deposit(operator.address, 100n * MAIA)).wait()
    const latest = await chain.provider.getBlock('latest')
    const voucher: Voucher = { user: user.address, operator: operator.address, sessionId: hexlify(randomBytes(32)), maxAmount: 100n * MAIA, expiry: BigInt((latest?.timestamp ?? 0) + 3_600), nonce: 1n }
    const { chainId } = await chain.provider.getNetwork()
    const domain = { name: 'MAIA SessionPayments', version: '1', chainId, verifyingContract: deployment.contracts.SessionPayments.address }
    await (await connectSuite(deployment, operator).SessionPayments.redeem(toRedemption(voucher, 100n * MAIA, await signVoucher(user, domain, voucher)))).wait()
    const arrived = await suite.MaiaToken.balanceOf(deployment.contracts.RewardsDistributor.address)
    expect(arrived).toBe(80n * MAIA)

    const node = Wallet.createRandom()
    await store.record(await entry(node, 100n * MAIA, { user: user.address }))
    // What the sealed epoch promises (its pool); before it is sealed, what the fee read at start-up computes.
    let promised = epochPool([{ amount: 100n * MAIA }], feeAtStart)
    const outcome = await settler.settle().then((result) => {
      promised = result.settled?.pool ?? promised
      return result.settled?.status ?? 'nothing sealed'
    }, (error: unknown) => error instanceof Error ? error.message : String(error))
    // Restarting the orchestrator (the fee read anew) does not help: the sealed epoch is resumed first, as stored.
    const restarted = createEpochSettler({
      store, distributor: connectSuite(deployment, oracle).RewardsDistributor, wallet: oracle, feeBps: Number(await suite.SessionPayments.feeBps()), now: Date.now, logger: silentLogger(), confirmTimeoutMs: 10_000
    })
    await store.record(await entry(node, 0n, { user: user.address }))
    const afterRestart = await restarted.settle().then((result) => result.resumed?.status ?? 'nothing resumed', (error: unknown) => error instanceof Error ? error.message : String(error))
    expect({ promised, outcome, afterRestart }).toEqual({ promised: arrived, outcome: 'posted', afterRestart: 'nothing resumed' })
  })
})
