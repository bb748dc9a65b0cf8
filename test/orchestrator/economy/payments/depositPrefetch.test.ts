import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Wallet } from 'ethers'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEPOSIT_PREFETCH_MAX_AGE_MS, createChainSessionPayments } from '../../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import type { SessionPayments } from '../../../../orchestrator/economy/payments/SessionPayments.ts'
import type { SuiteContracts } from '../../../../shared/chain/index.ts'
import { encodeVoucherHeader, signVoucher, voucherDomain, type Voucher } from '../../../../shared/chain/index.ts'
import { silentLogger } from '../../../../shared/log/index.ts'

const CHAIN_NOW = 1_800_000_000

/** Just enough of `SessionPayments`: a deposit read that counts its calls (and can be made to fail). */
function countingSuite(reads: { balance: number; failNext: boolean }): SuiteContracts {
  const SessionPayments = {
    isNonceUsed: async () => false,
    hasRole: async () => true,
    balanceOf: async () => {
      reads.balance += 1
      if (reads.failNext) {
        reads.failNext = false
        throw new Error('rpc: connection reset')
      }
      return 10n ** 30n
    },
    pendingWithdrawal: async () => ({ amount: 0n, unlockAt: 0n }),
    tryRedeemBatch: async () => ({ wait: async () => ({ logs: [], gasUsed: 0n }) }),
    interface: { parseLog: () => null, parseError: () => null }
  }
  return { SessionPayments } as unknown as SuiteContracts
}

describe('a paid request reads the deposit once, when it arrives', () => {
  let directory: string
  let db: Level<string, string>
  const reads = { balance: 0, failNext: false }
  let clock = 0
  const user = Wallet.createRandom()
  const operator = Wallet.createRandom().address
  const domain = voucherDomain({ chainId: 31337n, verifyingContract: Wallet.createRandom().address })
  const paymentsOf = (prefetchDeposit?: boolean): SessionPayments => createChainSessionPayments({
    store: db.sublevel<string, string>('payments', {}), suite: countingSuite(reads), domain, operator, chainNow: async () => CHAIN_NOW,
    logger: silentLogger(), now: () => clock, ...(prefetchDeposit === undefined ? {} : { prefetchDeposit })
  })
  const header = async (nonce: bigint): Promise<string> => {
    const voucher: Voucher = { user: user.address, operator, sessionId: `0x${nonce.toString(16).padStart(64, '0')}`, maxAmount: 1_000n, expiry: BigInt(CHAIN_NOW + 3_600), nonce }
    return encodeVoucherHeader({ voucher, signature: await signVoucher(user, domain, voucher) })
  }
  /** Deposit reads made by the second request of a session (the first one opens it, with reads of its own). */
  const readsOfSecondRequest = async (payments: SessionPayments, between: () => Promise<void> = async () => {}): Promise<number> => {
    const value = await header(1n)
    const opened = await payments.authorize(value)
    // Nothing charged: a redemption run in between (below) leaves this session open.
    await (await payments.reserve(opened.digest, 10n)).commit(0n)
    const before = reads.balance
    const session = await payments.authorize(value)
    await between()
    await (await payments.reserve(session.digest, 10n)).commit(1n)
    return reads.balance - before
  }

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maia-prefetch-'))
    db = new Level<string, string>(join(directory, 'db'))
    await db.open()
    reads.balance = 0
    reads.failNext = false
    clock = 1_000_000
  })
  afterEach(async () => {
    await db.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('starts the read in authorize and lets reserve take it: one read per request, as without the prefetch', async () => {
    expect(await readsOfSecondRequest(paymentsOf())).toBe(1)
    expect(await readsOfSecondRequest(paymentsOf(false))).toBe(1)
  })

  it('reads again when reserve comes later than the prefetch may be old', async () => {
    expect(await readsOfSecondRequest(paymentsOf(), async () => { clock += DEPOSIT_PREFETCH_MAX_AGE_MS + 1 })).toBe(2)
  })

  it('reads again after a redemption ran in between: the read may still hold what it redeemed', async () => {
    const payments = paymentsOf()
    // Another session's charge, for the redemption run to redeem.
    const other = await payments.authorize(await header(2n))
    await (await payments.reserve(other.digest, 10n)).commit(5n)
    expect(await readsOfSecondRequest(payments, async () => { expect((await payments.redeemPending()).redeemed).toBe(1) })).toBe(2)
  })

  it('reads again when the prefetched read failed, instead of failing the request', async () => {
    const payments = paymentsOf()
    expect(await readsOfSecondRequest(payments, async () => {})).toBe(1)
    reads.failNext = true
    const before = reads.balance
    const session = await payments.authorize(await header(1n))
    await expect(payments.reserve(session.digest, 10n)).resolves.toMatchObject({ amount: 10n })
    // The prefetch that failed, then the read reserve made itself.
    expect(reads.balance - before).toBe(2)
  })
})
