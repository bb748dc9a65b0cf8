import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hexlify, id, randomBytes, type Signer, type TypedDataDomain } from 'ethers'
import { Level } from 'level'
import { afterAll, beforeAll } from 'vitest'
import type { LevelStore } from '../../../orchestrator/LevelStore.ts'
import { createChainSessionPayments } from '../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import type { RedemptionReport, SessionPayments } from '../../../orchestrator/economy/payments/SessionPayments.ts'
import { encodeVoucherHeader, signVoucher, type SuiteContracts, type Voucher } from '../../../shared/chain/index.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import type { SessionPayments as SessionPaymentsContract } from '../../../types/ethers-contracts/index.ts'
import { MAIA, type Suite } from '../../contracts/support/suite.ts'
import { useSuiteFixture } from '../../contracts/support/useSuiteFixture.ts'

export { MAIA }

/** `SessionPayments.OPERATOR_ROLE`. */
export const OPERATOR_ROLE = id('OPERATOR_ROLE')

/** An orchestrator's payments as `createOrchestratorEconomy` builds them, with the store it persists into. */
export interface Orchestrator {
  payments: SessionPayments
  store: LevelStore
}

/** Where an orchestrator's payments run: which operator key, store, deployment and domain. */
export interface OrchestratorOptions {
  /** The store of an earlier process (a restart, or a second process sharing it); a new one when absent. */
  store?: LevelStore
  /** Another SessionPayments deployment (the suite's when absent). */
  contract?: SessionPaymentsContract
  /** That deployment's EIP-712 domain (the suite's when absent). */
  domain?: TypedDataDomain
}

/**
 * The bench every attack file here needs: the real suite on the in-process Hardhat chain (a fresh
 * snapshot per test, `useSuiteFixture`) and real orchestrator payments (`createChainSessionPayments`)
 * over Level stores in a directory removed after the file.
 *
 * @example
 * const bench = usePaymentsBench()
 * const { payments } = await bench.orchestrator(bench.suite().operator)
 */
export function usePaymentsBench() {
  let suite: Suite | undefined
  useSuiteFixture((fresh) => { suite = fresh })
  let dir = ''
  const dbs: Level<string, string>[] = []
  beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'maia-attack-operator-')) })
  afterAll(async () => {
    for (const db of dbs) await db.close()
    await rm(dir, { recursive: true, force: true })
  })
  const current = (): Suite => {
    if (suite === undefined) throw new Error('the suite fixture has not run yet')
    return suite
  }

  const newStore = async (): Promise<LevelStore> => {
    const db = new Level<string, string>(path.join(dir, `db-${dbs.length}`))
    await db.open()
    dbs.push(db)
    return db.sublevel<string, string>('payments', {})
  }

  return {
    suite: current,
    newStore,
    /** Payments redeeming as `operator` (the key the orchestrator process signs with). */
    async orchestrator(operator: Signer, options: OrchestratorOptions = {}): Promise<Orchestrator> {
      const s = current()
      const store = options.store ?? await newStore()
      const contract = (options.contract ?? s.payments).connect(operator)
      const contracts: SuiteContracts = { ...(s.contracts as SuiteContracts), SessionPayments: contract }
      const payments = createChainSessionPayments({
        store, suite: contracts, domain: options.domain ?? s.domain, operator: await operator.getAddress(),
        chainNow: async () => await s.networkHelpers.time.latest(), logger: silentLogger()
      })
      return { payments, store }
    },
    /** A voucher of `user` naming the suite's operator: fresh session and nonce, 1 hour, 10 MAIA unless overridden. */
    async voucher(user: Signer, overrides: Partial<Voucher> = {}): Promise<Voucher> {
      const s = current()
      return {
        user: await user.getAddress(), operator: s.operator.address, sessionId: hexlify(randomBytes(32)), maxAmount: 10n * MAIA,
        expiry: BigInt(await s.networkHelpers.time.latest()) + 3_600n, nonce: BigInt(hexlify(randomBytes(8))), ...overrides
      }
    },
    /** The `x-maia-voucher` value of `voucher` signed by `user` under `domain` (the suite's by default). */
    async header(user: Signer, voucher: Voucher, domain?: TypedDataDomain): Promise<string> {
      return encodeVoucherHeader({ voucher, signature: await signVoucher(user, domain ?? current().domain, voucher) })
    },
    /** Grants `OPERATOR_ROLE` to `account` through the timelock (governance), returning its address. */
    async grantOperator(account: Signer): Promise<string> {
      const s = current()
      const address = await account.getAddress()
      await (await s.payments.connect(s.timelock).grantRole(OPERATOR_ROLE, address)).wait()
      return address
    },
    /** `user` deposits `amount` with `operator`. */
    async deposit(user: Signer, operator: string, amount: bigint): Promise<void> {
      await (await current().payments.connect(user).deposit(operator, amount)).wait()
    }
  }
}

/** Opens (or resumes) the session of `value` and charges `amount`: what was charged, or the 402's message. */
export { serve } from '../../orchestrator/economy/payments/support.ts'

/** What `serve` charged, counting a refusal as nothing served. */
export const charged = (outcome: bigint | string): bigint => typeof outcome === 'bigint' ? outcome : 0n

/** The custom error names of the vouchers a run of redemptions skipped (`SessionPaymentsInsufficientBalance`, ...). */
export const failureNames = (reports: readonly RedemptionReport[]): string[] =>
  reports.flatMap((report) => report.failed.map((failure) => failure.reason.split('(')[0] ?? failure.reason))

/** The header's JSON, to tamper with field by field. */
export function headerJson(value: string): { voucher: Record<string, unknown>; signature: string } {
  return JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as { voucher: Record<string, unknown>; signature: string }
}

/** A header value from (tampered) JSON. */
export const headerOf = (json: unknown): string => Buffer.from(JSON.stringify(json), 'utf8').toString('base64')
