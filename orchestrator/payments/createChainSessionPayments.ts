import type { LevelStore } from '../storage/LevelStore.ts'
import { Signature, type TypedDataDomain } from 'ethers'
import type { Logger } from 'pino'
import { hashVoucher, type Voucher } from '../../shared/chain/voucher.ts'
import type { SuiteContracts } from '../../shared/chain/connectSuite.ts'
import { verifyVoucherHeader } from '../../shared/chain/voucherHeader.ts'
import { BaseError } from '../../shared/errors/BaseError.ts'
import { PaymentRequiredError } from './errors.ts'
import type { SessionPayments } from './SessionPayments.ts'

interface SessionRecord {
  voucher: Record<keyof Voucher, string>
  signature: string
  charged: string
  /** Set once the voucher is redeemed on chain: the session can take no more charges. */
  redeemed: boolean
}

/** Seconds of validity a voucher must have left to be accepted: time to serve and redeem it. */
const EXPIRY_MARGIN_SECONDS = 120n

/**
 * Session payments against `SessionPayments`: vouchers verified off chain (signature, expiry,
 * nonce unused, deposit covering the maximum), budgets kept in `level` so a restart loses no
 * charge, redemptions batched. A voucher whose nonce turns up used on chain (redeemed before a
 * crash) is marked redeemed rather than sent twice.
 */
export function createChainSessionPayments(components: {
  store: LevelStore
  suite: SuiteContracts
  domain: TypedDataDomain
  /** Unix seconds as the chain sees them (its latest block), which redemption is judged by. */
  chainNow: () => Promise<number>
  logger: Logger
}): SessionPayments {
  const { store, suite, domain } = components
  const log = components.logger.child({ component: 'orchestrator:payments' })
  const read = async (digest: string): Promise<SessionRecord | undefined> => {
    const raw = await store.get(digest)
    return raw === undefined ? undefined : JSON.parse(raw) as SessionRecord
  }
  const fromJson = (json: SessionRecord['voucher']): Voucher => ({
    user: json.user, sessionId: json.sessionId, maxAmount: BigInt(json.maxAmount), expiry: BigInt(json.expiry), nonce: BigInt(json.nonce)
  })
  // Charges to one session are applied one after another, so concurrent requests cannot overspend.
  let queue: Promise<unknown> = Promise.resolve()
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task)
    queue = result.catch(() => {})
    return result
  }

  return {
    async authorize(headerValue) {
      let signed
      try {
        signed = verifyVoucherHeader(headerValue, domain)
      } catch (error) {
        throw new PaymentRequiredError(`Invalid x-maia-voucher: ${error instanceof BaseError ? error.message : String(error)}`)
      }
      const { voucher, signature } = signed
      const digest = hashVoucher(domain, voucher)
      const existing = await read(digest)
      if (existing !== undefined) {
        if (existing.redeemed) throw new PaymentRequiredError('This session\'s voucher has been redeemed; open a new session', { sessionId: voucher.sessionId })
        return { digest, user: voucher.user, maxAmount: voucher.maxAmount, charged: BigInt(existing.charged) }
      }
      const nowSeconds = BigInt(await components.chainNow())
      if (voucher.expiry < nowSeconds + EXPIRY_MARGIN_SECONDS) throw new PaymentRequiredError('Voucher expired or about to', { expiry: voucher.expiry.toString() })
      const [used, balance] = await Promise.all([
        suite.SessionPayments.isNonceUsed(voucher.user, voucher.nonce),
        suite.SessionPayments.balanceOf(voucher.user)
      ])
      if (used) throw new PaymentRequiredError('Voucher nonce already used', { nonce: voucher.nonce.toString() })
      if (balance < voucher.maxAmount) {
        throw new PaymentRequiredError('Deposit does not cover the voucher\'s maximum; deposit more or sign a smaller voucher', { deposit: balance.toString(), maxAmount: voucher.maxAmount.toString() })
      }
      await store.put(digest, JSON.stringify({
        voucher: { user: voucher.user, sessionId: voucher.sessionId, maxAmount: voucher.maxAmount.toString(), expiry: voucher.expiry.toString(), nonce: voucher.nonce.toString() },
        signature, charged: '0', redeemed: false
      } satisfies SessionRecord))
      log.info({ user: voucher.user, sessionId: voucher.sessionId, maxAmount: voucher.maxAmount.toString() }, 'paid session opened')
      return { digest, user: voucher.user, maxAmount: voucher.maxAmount, charged: 0n }
    },

    async assertCanSpend(digest, amount) {
      const record = await read(digest)
      if (record === undefined) throw new PaymentRequiredError('Unknown session; send its x-maia-voucher')
      if (record.redeemed) throw new PaymentRequiredError('This session\'s voucher has been redeemed; open a new session')
      const remaining = BigInt(record.voucher.maxAmount) - BigInt(record.charged)
      if (amount > remaining) {
        throw new PaymentRequiredError('Session budget exhausted: this request may cost more than the voucher has left', { remaining: remaining.toString(), mayCost: amount.toString() })
      }
    },

    charge(digest, amount) {
      return serially(async () => {
        const record = await read(digest)
        if (record === undefined || record.redeemed) return 0n
        const remaining = BigInt(record.voucher.maxAmount) - BigInt(record.charged)
        const charged = amount < remaining ? amount : remaining
        record.charged = (BigInt(record.charged) + charged).toString()
        await store.put(digest, JSON.stringify(record))
        return charged
      })
    },

    redeemPending() {
      return serially(async () => {
        const pending: Array<{ digest: string; record: SessionRecord }> = []
        for await (const [digest, raw] of store.iterator()) {
          const record = JSON.parse(raw) as SessionRecord
          if (!record.redeemed && BigInt(record.charged) > 0n) pending.push({ digest, record })
        }
        const redeemable: typeof pending = []
        for (const entry of pending) {
          const voucher = fromJson(entry.record.voucher)
          if (await suite.SessionPayments.isNonceUsed(voucher.user, voucher.nonce)) {
            // Redeemed by a batch whose confirmation we did not see (a crash): never send it again.
            entry.record.redeemed = true
            await store.put(entry.digest, JSON.stringify(entry.record))
          } else {
            redeemable.push(entry)
          }
        }
        if (redeemable.length === 0) return { redeemed: 0, gasUsed: 0n }
        const redemptions = redeemable.map(({ record }) => {
          const signature = Signature.from(record.signature)
          return { voucher: fromJson(record.voucher), amount: BigInt(record.charged), r: signature.r, vs: signature.yParityAndS }
        })
        const receipt = await (await suite.SessionPayments.redeemBatch(redemptions)).wait()
        await store.batch(redeemable.map(({ digest, record }) => ({ type: 'put' as const, key: digest, value: JSON.stringify({ ...record, redeemed: true }) })))
        log.info({ vouchers: redeemable.length, gasUsed: receipt?.gasUsed.toString() }, 'vouchers redeemed')
        return { redeemed: redeemable.length, gasUsed: receipt?.gasUsed ?? 0n }
      })
    }
  }
}
