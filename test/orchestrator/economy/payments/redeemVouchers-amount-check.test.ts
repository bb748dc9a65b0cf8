import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Wallet, type TypedDataDomain } from 'ethers'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createChainSessionPayments } from '../../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import type { SessionPayments } from '../../../../orchestrator/economy/payments/SessionPayments.ts'
import type { Redemption, SuiteContracts } from '../../../../shared/chain/index.ts'
import { encodeVoucherHeader, signVoucher, voucherDomain, type Voucher } from '../../../../shared/chain/index.ts'
import { silentLogger } from '../../../../shared/log/index.ts'

const CHAIN_NOW = 1_800_000_000
const MAX_AMOUNT = 1_000n

/**
 * Just enough of `SessionPayments` for the orchestrator's payments: every nonce unused, a deposit
 * that covers anything, and a `tryRedeemBatch` that records what was sent and skips nothing.
 */
function fakeSuite(sent: Redemption[]): SuiteContracts {
  const SessionPayments = {
    isNonceUsed: async () => false,
    hasRole: async () => true,
    balanceOf: async () => 10n ** 30n,
    pendingWithdrawal: async () => ({ amount: 0n }),
    tryRedeemBatch: async (redemptions: Redemption[]) => {
      sent.push(...redemptions)
      return { wait: async () => ({ logs: [], gasUsed: 21_000n * BigInt(redemptions.length) }) }
    },
    interface: { parseLog: () => null, parseError: () => null }
  }
  return { SessionPayments } as unknown as SuiteContracts
}

describe('redeeming vouchers checks each charge against its voucher before any transaction', () => {
  let directory: string
  let db: Level<string, string>
  let sent: Redemption[]
  let payments: SessionPayments
  const domain: TypedDataDomain = voucherDomain({ chainId: 31337n, verifyingContract: Wallet.createRandom().address })
  const user = Wallet.createRandom()
  const operator = Wallet.createRandom().address

  const openSession = async (nonce: bigint, charge: bigint): Promise<{ digest: string; voucher: Voucher }> => {
    const voucher: Voucher = { user: user.address, operator, sessionId: `0x${nonce.toString(16).padStart(64, '0')}`, maxAmount: MAX_AMOUNT, expiry: BigInt(CHAIN_NOW + 3_600), nonce }
    const header = encodeVoucherHeader({ voucher, signature: await signVoucher(user, domain, voucher) })
    const { digest } = await payments.authorize(header)
    await (await payments.reserve(digest, charge)).commit(charge)
    return { digest, voucher }
  }

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maia-redeem-'))
    db = new Level<string, string>(join(directory, 'db'))
    await db.open()
    sent = []
    payments = createChainSessionPayments({ store: db.sublevel<string, string>('payments', {}), suite: fakeSuite(sent), domain, operator, chainNow: async () => CHAIN_NOW, logger: silentLogger() })
  })
  afterEach(async () => {
    await db.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('refuses a stored charge above the voucher maximum, sends only the sound vouchers, and closes that session', async () => {
    const sound = await openSession(1n, 400n)
    const overcharged = await openSession(2n, 500n)
    // Charges are capped at the voucher's maximum when taken; only a damaged (or hand-edited) store
    // holds more, and the codec must catch it rather than hand the contract a redemption it refuses.
    const store = db.sublevel<string, string>('payments', {})
    const record = JSON.parse(await store.get(overcharged.digest) ?? '{}') as { charged: string }
    await store.put(overcharged.digest, JSON.stringify({ ...record, charged: (MAX_AMOUNT + 1n).toString() }))

    const report = await payments.redeemPending()

    expect(sent.map((redemption) => redemption.voucher.nonce)).toEqual([sound.voucher.nonce])
    expect(sent[0]?.amount).toBe(400n)
    expect(report.redeemed).toBe(1)
    expect(report.failed).toEqual([expect.objectContaining({
      digest: overcharged.digest, nonce: '2', amount: (MAX_AMOUNT + 1n).toString(), reason: expect.stringMatching(/exceeds the voucher maximum/)
    })])
    expect(await payments.paymentState(overcharged.digest)).toBe('failed')
    expect(await payments.paymentState(sound.digest)).toBe('redeemed')
    expect(await payments.failures()).toEqual([expect.objectContaining({ digest: overcharged.digest })])

    // The refused voucher is never sent again.
    sent.length = 0
    expect(await payments.redeemPending()).toEqual({ redeemed: 0, gasUsed: 0n, failed: [] })
    expect(sent).toEqual([])
  })
})
