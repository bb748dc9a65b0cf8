import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Wallet } from 'ethers'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WITHDRAWAL_LOG_BLOCKS_PER_SWEEP, createChainSessionPayments } from '../../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import type { SuiteContracts } from '../../../../shared/chain/index.ts'
import { voucherDomain } from '../../../../shared/chain/index.ts'
import { silentLogger } from '../../../../shared/log/index.ts'

const CHAIN_NOW = 1_800_000_000

/** Just enough of `SessionPayments` for the sweep: a block height to set, and the log ranges it is asked for. */
function scanningSuite(chain: { height: number; ranges: Array<[number, number]> }): SuiteContracts {
  const SessionPayments = {
    runner: { provider: { getBlockNumber: async () => chain.height } },
    filters: { WithdrawalRequested: () => ({}) },
    queryFilter: async (_filter: unknown, from: number, to: number) => {
      chain.ranges.push([from, to])
      return []
    },
    tryRedeemBatch: async () => ({ wait: async () => ({ logs: [], gasUsed: 0n }) }),
    interface: { parseLog: () => null, parseError: () => null }
  }
  return { SessionPayments } as unknown as SuiteContracts
}

describe('the near-expiry sweep reads withdrawal requests', () => {
  let directory: string
  let db: Level<string, string>
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maia-withdrawal-scan-'))
    db = new Level<string, string>(join(directory, 'db'))
    await db.open()
  })
  afterEach(async () => {
    await db.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('from the block after its last, a bounded range per sweep, so a long gap (an outage) is crossed in steps, not asked for at once', async () => {
    const chain = { height: 10_000, ranges: [] as Array<[number, number]> }
    const payments = createChainSessionPayments({
      store: db.sublevel<string, string>('payments', {}), suite: scanningSuite(chain), domain: voucherDomain({ chainId: 31337n, verifyingContract: Wallet.createRandom().address }),
      operator: Wallet.createRandom().address, chainNow: async () => CHAIN_NOW, logger: silentLogger()
    })
    // The first sweep reads the deposits of users with unredeemed charges (none here), no logs.
    await payments.redeemExpiring!()
    expect(chain.ranges).toEqual([])
    chain.height = 10_000 + 2 * WITHDRAWAL_LOG_BLOCKS_PER_SWEEP + 500
    await payments.redeemExpiring!()
    await payments.redeemExpiring!()
    await payments.redeemExpiring!()
    // Nothing new: no query.
    await payments.redeemExpiring!()
    expect(chain.ranges).toEqual([
      [10_001, 10_000 + WITHDRAWAL_LOG_BLOCKS_PER_SWEEP],
      [10_001 + WITHDRAWAL_LOG_BLOCKS_PER_SWEEP, 10_000 + 2 * WITHDRAWAL_LOG_BLOCKS_PER_SWEEP],
      [10_001 + 2 * WITHDRAWAL_LOG_BLOCKS_PER_SWEEP, chain.height]
    ])
  })
})
