import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hexlify, randomBytes, type Signer } from 'ethers'
import { Level } from 'level'
import { afterAll, beforeAll } from 'vitest'
import { createChainSessionPayments, type ChainSessionPaymentsComponents } from '../../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import { PaymentRequiredError } from '../../../../orchestrator/economy/payments/errors.ts'
import type { SessionPayments } from '../../../../orchestrator/economy/payments/SessionPayments.ts'
import { encodeVoucherHeader, signVoucher, type SuiteContracts, type Voucher } from '../../../../shared/chain/index.ts'
import { silentLogger } from '../../../../shared/log/index.ts'
import type { Suite } from '../../../contracts/support/suite.ts'

/**
 * The orchestrator's payments over the real contracts (a suite from `useSuiteFixture`), each on a
 * store of its own in a directory removed after the file.
 */
export function usePaymentsStores(suite: () => Suite) {
  let dir: string
  const dbs: Level<string, string>[] = []
  beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'maia-payments-')) })
  afterAll(async () => {
    for (const db of dbs) await db.close()
    await rm(dir, { recursive: true, force: true })
  })
  return {
    /** Payments redeeming as the suite's operator; `options` reach createChainSessionPayments. */
    async payments(options: Partial<Pick<ChainSessionPaymentsComponents, 'redeemAheadSeconds'>> = {}) {
      const s = suite()
      const db = new Level<string, string>(path.join(dir, `db-${dbs.length}`))
      await db.open()
      dbs.push(db)
      const store = db.sublevel<string, string>('payments', {})
      const contracts: SuiteContracts = { ...(s.contracts as SuiteContracts), SessionPayments: s.payments.connect(s.operator) }
      const payments: SessionPayments = createChainSessionPayments({
        store, suite: contracts, domain: s.domain, operator: s.operator.address, chainNow: async () => await s.networkHelpers.time.latest(), logger: silentLogger(), ...options
      })
      return { payments, store, suite: contracts }
    },
    /** A signed `x-maia-voucher` of `user` (fresh session and nonce, 1 hour, 10 MAIA unless overridden). */
    async header(user: Signer, overrides: Partial<Voucher> = {}): Promise<{ value: string; voucher: Voucher }> {
      const s = suite()
      const voucher: Voucher = {
        user: await user.getAddress(), operator: s.operator.address, sessionId: hexlify(randomBytes(32)), maxAmount: 10n * 10n ** 18n,
        expiry: BigInt(await s.networkHelpers.time.latest()) + 3_600n, nonce: BigInt(hexlify(randomBytes(8))), ...overrides
      }
      return { value: encodeVoucherHeader({ voucher, signature: await signVoucher(user, s.domain, voucher) }), voucher }
    }
  }
}

/** Opens (or resumes) a session and charges `amount`: what was charged, or the 402's message. */
export async function serve(payments: SessionPayments, value: string, amount: bigint): Promise<bigint | string> {
  try {
    const session = await payments.authorize(value)
    return await (await payments.reserve(session.digest, amount)).commit(amount)
  } catch (error) {
    if (error instanceof PaymentRequiredError) return error.shortMessage
    throw error
  }
}
