import type { TypedDataDomain } from 'ethers'
import type { Logger } from 'pino'
import type { LevelStore } from '../../LevelStore.ts'
import { hashVoucher, verifyVoucherHeader, voucherToJson, type SuiteContracts } from '../../../shared/chain/index.ts'
import { BaseError } from '../../../shared/errors/index.ts'
import { createChainHealth, type ChainHealth } from '../../chain/index.ts'
import { ChainUnavailableError } from '../../chain/index.ts'
import { createSerialQueue } from '../settlement/serialQueue.ts'
import { PaymentRequiredError } from './errors.ts'
import { createVoucherRedeemer } from './redeemVouchers.ts'
import { DEFAULT_OUTAGE_POLICY, OFFLINE_NEW_SESSION_REASON, chargingCapReason, type OutagePolicy } from './outagePolicy.ts'
import type { PaidSession, Reservation, SessionPayments } from './SessionPayments.ts'
import { commitmentOf, nonceKey, readSession, sessionsOfUser, type SessionRecord } from './sessionRecords.ts'

/** Seconds of validity a voucher must have left to be served: time to finish and redeem it. */
export const EXPIRY_MARGIN_SECONDS = 120n

export interface ChainSessionPaymentsComponents {
  store: LevelStore
  suite: SuiteContracts
  domain: TypedDataDomain
  /** Unix seconds as the chain sees them (its latest block), which redemption is judged by. */
  chainNow: () => Promise<number>
  /** Shared record of whether the chain answers (one of its own when absent). */
  health?: ChainHealth
  /** What open sessions may still do while the chain is unreachable ({@link DEFAULT_OUTAGE_POLICY}). */
  outage?: Partial<OutagePolicy>
  logger: Logger
  now?: () => number
  /** Most vouchers per redemption transaction (default 200). */
  maxBatch?: number
}

/**
 * Session payments against `SessionPayments`. Before serving, on every request: the voucher's
 * signature, its expiry (by chain time), that its session was opened by the same API key, and that
 * it was neither redeemed nor failed. When a session opens: its (user, nonce) is held by no other
 * session here nor used on chain, and the user's deposit (less any pending withdrawal) covers it
 * and every other open session of the user together. Budget is reserved per request and charged
 * afterwards; all of it is kept in `level`, except reservations, which die with the requests they
 * belong to. Redemption goes through `tryRedeemBatch`, where one bad voucher fails alone.
 */
export function createChainSessionPayments(components: ChainSessionPaymentsComponents): SessionPayments {
  const { store, suite, domain } = components
  const log = components.logger.child({ component: 'orchestrator:payments' })
  const health = components.health ?? createChainHealth({ logger: components.logger, ...(components.now === undefined ? {} : { now: components.now }) })
  const outage: OutagePolicy = { ...DEFAULT_OUTAGE_POLICY, ...components.outage }
  let probing: Promise<unknown> | undefined
  /**
   * Chain time for the expiry checks. While the chain is known to be down, the last seen block time
   * plus the wall time since stands in (a background probe notices the chain's return), so open
   * sessions are not held up by a read that would time out anyway; `offline` says it is an estimate.
   */
  const chainTime = async (): Promise<{ seconds: bigint; offline: boolean }> => {
    const estimate = health.estimatedChainSeconds()
    if (!health.snapshot().reachable && estimate !== undefined) {
      probing ??= health.read('latest block', components.chainNow).then((seconds) => health.observeChainTime(seconds), () => {}).finally(() => { probing = undefined })
      return { seconds: BigInt(estimate), offline: true }
    }
    try {
      const seconds = await health.read('latest block', components.chainNow)
      health.observeChainTime(seconds)
      return { seconds: BigInt(seconds), offline: false }
    } catch (error) {
      const fallback = health.estimatedChainSeconds()
      if (!(error instanceof ChainUnavailableError) || fallback === undefined) throw error
      return { seconds: BigInt(fallback), offline: true }
    }
  }
  // Opening sessions, reserving, charging and redeeming are applied one after another, so two
  // requests never both take the last of a budget, nor two sessions the last of a deposit.
  const queue = createSerialQueue()
  const reserved = new Map<string, bigint>()
  const reservedOf = (digest: string): bigint => reserved.get(digest) ?? 0n
  const unreserve = (digest: string, amount: bigint): void => {
    const left = reservedOf(digest) - amount
    if (left > 0n) reserved.set(digest, left)
    else reserved.delete(digest)
  }
  const closedReason = (record: SessionRecord): string | undefined =>
    record.redeemed ? 'This session\'s voucher has been redeemed; open a new session'
      : record.failure === undefined ? undefined : `This session's voucher failed redemption (${record.failure.reason}); open a new session`

  const assertServable = (record: SessionRecord, nowSeconds: bigint, apiKeyId: string | undefined, marginSeconds = EXPIRY_MARGIN_SECONDS): void => {
    const closed = closedReason(record)
    if (closed !== undefined) throw new PaymentRequiredError(closed, { sessionId: record.voucher.sessionId })
    if (BigInt(record.voucher.expiry) < nowSeconds + marginSeconds) {
      throw new PaymentRequiredError('Voucher expired or about to: sign a new one', { expiry: record.voucher.expiry, chainTime: nowSeconds.toString() })
    }
    if ((record.apiKeyId ?? '') !== (apiKeyId ?? '')) {
      throw new PaymentRequiredError('This voucher\'s session was opened with another API key; a voucher is usable only with the key that opened it', { sessionId: record.voucher.sessionId })
    }
  }

  const open = (digest: string, record: SessionRecord, nowSeconds: bigint): Promise<void> => queue.run(async () => {
    if (await readSession(store, digest) !== undefined) return
    const { user, nonce, sessionId } = record.voucher
    const holder = await store.get(nonceKey(user, nonce))
    if (holder !== undefined) throw new PaymentRequiredError('Voucher nonce already used by another session: sign each session with a fresh nonce', { nonce, sessionId })
    const [used, balance, withdrawal] = await health.read('session opening (nonce and deposit)', () => Promise.all([
      suite.SessionPayments.isNonceUsed(user, BigInt(nonce)),
      suite.SessionPayments.balanceOf(user),
      suite.SessionPayments.pendingWithdrawal(user)
    ]))
    if (used) throw new PaymentRequiredError('Voucher nonce already used', { nonce })
    let committed = 0n
    for await (const { record: other } of sessionsOfUser(store, user)) committed += commitmentOf(other, nowSeconds)
    const available = balance - (withdrawal.amount < balance ? withdrawal.amount : balance)
    if (committed + BigInt(record.voucher.maxAmount) > available) {
      throw new PaymentRequiredError('Deposit does not cover this voucher together with the user\'s open sessions; deposit more, sign a smaller voucher or wait for open sessions to settle', {
        deposit: balance.toString(), pendingWithdrawal: withdrawal.amount.toString(), openSessions: committed.toString(), maxAmount: record.voucher.maxAmount
      })
    }
    await store.batch([
      { type: 'put', key: digest, value: JSON.stringify(record) },
      { type: 'put', key: nonceKey(user, nonce), value: digest }
    ])
    log.info({ user, sessionId, maxAmount: record.voucher.maxAmount }, 'paid session opened')
  })

  const reservation = (digest: string, amount: bigint): Reservation => {
    let done = false
    return {
      digest,
      amount,
      release() {
        if (done) return
        done = true
        unreserve(digest, amount)
      },
      commit(actual) {
        if (done) return Promise.resolve(0n)
        done = true
        return queue.run(async () => {
          unreserve(digest, amount)
          const record = await readSession(store, digest)
          if (record === undefined || closedReason(record) !== undefined) return 0n
          const remaining = BigInt(record.voucher.maxAmount) - BigInt(record.charged)
          let charged = actual < amount ? actual : amount
          if (charged > remaining) charged = remaining
          if (charged <= 0n) return 0n
          record.charged = (BigInt(record.charged) + charged).toString()
          await store.put(digest, JSON.stringify(record))
          return charged
        })
      }
    }
  }

  const redeemer = createVoucherRedeemer({ store, suite, queue, logger: log, now: components.now ?? Date.now, maxBatch: components.maxBatch })

  return {
    async authorize(headerValue, caller = {}): Promise<PaidSession> {
      let signed
      try {
        signed = verifyVoucherHeader(headerValue, domain)
      } catch (error) {
        throw new PaymentRequiredError(`Invalid x-maia-voucher: ${error instanceof BaseError ? error.message : String(error)}`)
      }
      const { voucher, signature } = signed
      const digest = hashVoucher(domain, voucher)
      const { seconds: nowSeconds, offline } = await chainTime()
      const fresh: SessionRecord = {
        voucher: voucherToJson(voucher), signature, charged: '0', redeemed: false,
        ...(caller.apiKeyId === undefined ? {} : { apiKeyId: caller.apiKeyId })
      }
      const known = await readSession(store, digest)
      if (offline) {
        // Charges taken now are redeemable only once the chain is back: serve sessions already open,
        // for a bounded time, and only while their vouchers will outlive the outage's margin.
        if (known === undefined) throw health.unavailable('paid request', OFFLINE_NEW_SESSION_REASON)
        const capped = chargingCapReason(health.msSinceSuccess(), outage)
        if (capped !== undefined) throw health.unavailable('paid request', capped)
        assertServable(known, nowSeconds, caller.apiKeyId, outage.offlineExpiryMarginSeconds)
        return { digest, user: voucher.user, maxAmount: voucher.maxAmount, charged: BigInt(known.charged) }
      }
      // Expiry is checked on every request, not only when the session opens.
      assertServable(known ?? fresh, nowSeconds, caller.apiKeyId)
      await open(digest, fresh, nowSeconds)
      const record = await readSession(store, digest) ?? fresh
      assertServable(record, nowSeconds, caller.apiKeyId)
      return { digest, user: voucher.user, maxAmount: voucher.maxAmount, charged: BigInt(record.charged) }
    },

    reserve(digest, amount) {
      return queue.run(async () => {
        const record = await readSession(store, digest)
        if (record === undefined) throw new PaymentRequiredError('Unknown session; send its x-maia-voucher')
        const closed = closedReason(record)
        if (closed !== undefined) throw new PaymentRequiredError(closed)
        const remaining = BigInt(record.voucher.maxAmount) - BigInt(record.charged) - reservedOf(digest)
        if (amount > remaining) {
          throw new PaymentRequiredError('Session budget exhausted: this request may cost more than the voucher has left (requests in flight included)', {
            remaining: remaining.toString(), mayCost: amount.toString(), inFlight: reservedOf(digest).toString()
          })
        }
        reserved.set(digest, reservedOf(digest) + amount)
        return reservation(digest, amount)
      })
    },

    // No deadline of its own: each transaction is waited on with one (a batch must not be abandoned
    // half way); a transport failure anywhere in it becomes ChainUnavailableError.
    redeemPending: () => health.observe('voucher redemption', () => redeemer.redeemPending()),
    failures: () => redeemer.failures(),
    async paymentState(digest) {
      const record = await readSession(store, digest)
      if (record === undefined) return 'failed'
      return record.redeemed ? 'redeemed' : record.failure === undefined ? 'pending' : 'failed'
    }
  }
}
