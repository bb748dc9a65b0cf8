import { getAddress, id, type TypedDataDomain } from 'ethers'
import type { Logger } from 'pino'
import type { LevelStore } from '../../LevelStore.ts'
import { hashVoucher, verifyVoucherHeader, voucherToJson, type SuiteContracts } from '../../../shared/chain/index.ts'
import { BaseError } from '../../../shared/errors/index.ts'
import { createChainHealth, type ChainHealth } from '../../chain/index.ts'
import { ChainUnavailableError } from '../../chain/index.ts'
import { createSerialQueue } from '../settlement/serialQueue.ts'
import { PaymentRequiredError } from './errors.ts'
import { createDepositReader, owedBy, type DepositSnapshot } from './depositCover.ts'
import { createVoucherRedeemer } from './redeemVouchers.ts'
import { DEFAULT_OUTAGE_POLICY, OFFLINE_NEW_SESSION_REASON, chargingCapReason, type OutagePolicy } from './outagePolicy.ts'
import type { PaidSession, Reservation, SessionPayments } from './SessionPayments.ts'
import { allSessions, commitmentOf, hasUnredeemedCharge, nonceKey, readSession, sessionsOfUser, type SessionRecord } from './sessionRecords.ts'

/** Seconds of validity a voucher must have left to be served: time to finish and redeem it. */
export const EXPIRY_MARGIN_SECONDS = 120n
/**
 * A charged session whose voucher expires (or whose user's withdrawal unlocks) within this many
 * seconds is redeemed now, not at the next epoch (an hour away by default): right after a charge, and
 * by `redeemExpiring` (swept every minute by the orchestrator). Room for a few sweeps and a slow
 * confirmation before the voucher lapses or the deposit leaves.
 */
export const REDEEM_AHEAD_SECONDS = 900n
/**
 * Within this many seconds of the voucher's expiry (or the withdrawal's unlock), the sweep redeems a
 * session even with a request in flight (whose charge then comes too late and is lost): the refusal
 * margin for new requests plus one sweep interval. Earlier, it leaves the session to the request,
 * whose charge triggers the redemption when it lands.
 */
export const REDEEM_REGARDLESS_SECONDS = 180n
/**
 * How old a deposit read started by `authorize` may be when its request's `reserve` takes it: the
 * work between them (the MAIA pipeline's screen and retrieval) is well under this; past it the
 * deposit is read again, as before.
 */
export const DEPOSIT_PREFETCH_MAX_AGE_MS = 2_000
/**
 * Blocks of `WithdrawalRequested` logs one sweep reads at most: RPC providers refuse wide log ranges,
 * and a sweep that always asked for the whole gap after an outage would never get past it.
 */
export const WITHDRAWAL_LOG_BLOCKS_PER_SWEEP = 2_000
/** `SessionPayments.OPERATOR_ROLE`: without it this orchestrator could redeem nothing it serves. */
const OPERATOR_ROLE = id('OPERATOR_ROLE')

export interface ChainSessionPaymentsComponents {
  store: LevelStore
  suite: SuiteContracts
  domain: TypedDataDomain
  /**
   * The account this orchestrator redeems with (`suite`'s signer). Only vouchers naming it are served,
   * and only the user's deposit with it covers them: another orchestrator's vouchers and deposits are
   * not this one's to spend.
   */
  operator: string
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
  /** Charged sessions whose voucher expires within this are redeemed at once ({@link REDEEM_AHEAD_SECONDS}). */
  redeemAheadSeconds?: bigint
  /**
   * Whether `authorize` starts the user's deposit read beside its chain-time read, for `reserve` to
   * take (default true): the request then waits one RPC round trip before its node, not two
   * (bench/paid-request-rpc.ts). False reads the deposit in `reserve`, the baseline.
   */
  prefetchDeposit?: boolean
}

/**
 * Session payments against `SessionPayments`. Before serving, on every request: the voucher's
 * signature, that it names this orchestrator's operator, its expiry (by chain time), that its session was opened by the same API key, and that
 * it was neither redeemed nor failed. When a session opens: its (user, nonce) is held by no other
 * session here nor used on chain, and the user's deposit with this operator (less any pending withdrawal) covers it
 * and every other open session of the user together. Budget is reserved per request and charged
 * afterwards; all of it is kept in `level`, except reservations, which die with the requests they
 * belong to. Redemption goes through `tryRedeemBatch`, where one bad voucher fails alone.
 *
 * Two checks keep every charge redeemable. Each reservation must fit, with everything the user's
 * unredeemed sessions charged or hold, in the deposit available now (re-read from the chain: a
 * withdrawal requested after the session opened counts). And a charge on a voucher that expires
 * within `redeemAheadSeconds` is redeemed right away, so no voucher lapses before its epoch comes.
 */
export function createChainSessionPayments(components: ChainSessionPaymentsComponents): SessionPayments {
  const { store, suite, domain } = components
  const log = components.logger.child({ component: 'orchestrator:payments' })
  const health = components.health ?? createChainHealth({ logger: components.logger, ...(components.now === undefined ? {} : { now: components.now }) })
  const outage: OutagePolicy = { ...DEFAULT_OUTAGE_POLICY, ...components.outage }
  const redeemAhead = components.redeemAheadSeconds ?? REDEEM_AHEAD_SECONDS
  const operator = getAddress(components.operator)
  const deposits = createDepositReader({ suite, health, operator })
  const clock = components.now ?? Date.now
  const prefetchDeposit = components.prefetchDeposit ?? true
  /**
   * Completed redemption runs: a deposit read started before one may still hold what it redeemed,
   * while the sessions it redeemed no longer count as owed; such a read is not taken.
   */
  let redemptionRuns = 0
  /** Deposit reads started by `authorize`, by session digest, oldest first; `reserve` takes its own. */
  const prefetched = new Map<string, { read: Promise<DepositSnapshot>; startedAt: number; redemptionRuns: number }>()
  const startDepositRead = (digest: string, user: string): void => {
    const now = clock()
    // Pruned from the oldest: a request routed to a template or Claude never reserves.
    for (const [key, entry] of prefetched) {
      if (now - entry.startedAt <= DEPOSIT_PREFETCH_MAX_AGE_MS) break
      prefetched.delete(key)
    }
    const read = deposits.read(user)
    // Taken or not, its failure is reserve's to meet (it reads again).
    read.catch(() => {})
    prefetched.delete(digest)
    prefetched.set(digest, { read, startedAt: now, redemptionRuns })
  }
  /** The deposit for a request of `digest`: the read its `authorize` started when still fresh, else a new one. */
  const depositFor = async (digest: string, user: string): Promise<DepositSnapshot> => {
    const entry = prefetched.get(digest)
    prefetched.delete(digest)
    if (entry !== undefined && clock() - entry.startedAt <= DEPOSIT_PREFETCH_MAX_AGE_MS && entry.redemptionRuns === redemptionRuns) {
      try {
        return await entry.read
      } catch {
        // Read again below: the chain may have come back, or the cached snapshot stands in.
      }
    }
    return await deposits.read(user)
  }
  const counted = async <T>(redemption: Promise<T>): Promise<T> => {
    try {
      return await redemption
    } finally {
      redemptionRuns += 1
    }
  }
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
      : record.failure !== undefined ? `This session's voucher failed redemption (${record.failure.reason}); open a new session`
        : record.redeeming === undefined ? undefined : 'This session\'s voucher is being redeemed; open a new session'

  const assertServable = (record: SessionRecord, nowSeconds: bigint, apiKeyId: string | undefined, marginSeconds = EXPIRY_MARGIN_SECONDS): void => {
    // Expiry first: a short voucher is redeemed once charged, and its user should hear why it ended.
    if (BigInt(record.voucher.expiry) < nowSeconds + marginSeconds) {
      throw new PaymentRequiredError('Voucher expired or about to: sign a new one', { expiry: record.voucher.expiry, chainTime: nowSeconds.toString() })
    }
    const closed = closedReason(record)
    if (closed !== undefined) throw new PaymentRequiredError(closed, { sessionId: record.voucher.sessionId })
    if ((record.apiKeyId ?? '') !== (apiKeyId ?? '')) {
      throw new PaymentRequiredError('This voucher\'s session was opened with another API key; a voucher is usable only with the key that opened it', { sessionId: record.voucher.sessionId })
    }
  }

  const open = (digest: string, record: SessionRecord, nowSeconds: bigint): Promise<void> => queue.run(async () => {
    if (await readSession(store, digest) !== undefined) return
    const { user, nonce, sessionId } = record.voucher
    const holder = await store.get(nonceKey(user, nonce))
    if (holder !== undefined) throw new PaymentRequiredError('Voucher nonce already used by another session: sign each session with a fresh nonce', { nonce, sessionId })
    const [used, balance, withdrawal, mayRedeem] = await health.read('session opening (nonce, deposit and role)', () => Promise.all([
      suite.SessionPayments.isNonceUsed(user, operator, BigInt(nonce)),
      suite.SessionPayments.balanceOf(user, operator),
      suite.SessionPayments.pendingWithdrawal(user, operator),
      suite.SessionPayments.hasRole(OPERATOR_ROLE, operator)
    ]))
    // Governance revoked this orchestrator's role (or never granted it): whatever it served now
    // could never be redeemed, while the user's deposit stays withdrawable.
    if (!mayRedeem) {
      log.error({ operator }, 'this orchestrator\'s operator account holds no OPERATOR_ROLE on SessionPayments: paid sessions are refused')
      throw new PaymentRequiredError(`This orchestrator cannot take payments: its operator account ${operator} holds no OPERATOR_ROLE on SessionPayments, so no voucher it served could be redeemed`, { operator })
    }
    if (used) throw new PaymentRequiredError('Voucher nonce already used', { nonce })
    // The snapshot also serves later charges' deposit check; its `available` is balance less the pending withdrawal.
    const { available } = deposits.remember(user, balance, withdrawal)
    let committed = 0n
    for await (const { record: other } of sessionsOfUser(store, user)) committed += commitmentOf(other, nowSeconds)
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
      async commit(actual) {
        if (done) return 0n
        done = true
        const charged = await queue.run(async () => {
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
        if (charged > 0n) await redeemIfExpiring(digest)
        return charged
      }
    }
  }

  /**
   * The last block whose `WithdrawalRequested` logs (for this operator) the sweep has read; undefined
   * before the first sweep, which reads the deposit of every user with unredeemed charges instead.
   */
  let withdrawalsScannedTo: number | undefined
  /**
   * Refreshes the deposit snapshots the sweep judges by, for users who asked for a withdrawal since
   * the last sweep: a user who asks right after their last charge and sends nothing more is otherwise
   * never seen withdrawing, and only the next epoch (which nothing makes come before the unlock)
   * would redeem what they were charged (test/attacks/payments-operator/withdrawal-race).
   */
  const refreshWithdrawals = async (): Promise<void> => {
    const payments = suite.SessionPayments
    const latest = await payments.runner?.provider?.getBlockNumber()
    if (latest === undefined) return
    const users = new Set<string>()
    let scannedTo = latest
    if (withdrawalsScannedTo === undefined) {
      for await (const { record } of allSessions(store)) {
        if (hasUnredeemedCharge(record)) users.add(getAddress(record.voucher.user))
      }
    } else {
      if (latest <= withdrawalsScannedTo) return
      scannedTo = Math.min(latest, withdrawalsScannedTo + WITHDRAWAL_LOG_BLOCKS_PER_SWEEP)
      const requested = await payments.queryFilter(payments.filters.WithdrawalRequested(undefined, operator), withdrawalsScannedTo + 1, scannedTo)
      for (const event of requested) users.add(getAddress(event.args.user))
    }
    for (const user of users) await deposits.read(user)
    withdrawalsScannedTo = scannedTo
  }

  const redeemer = createVoucherRedeemer({ store, suite, queue, logger: log, now: clock, maxBatch: components.maxBatch })
  /**
   * Whether a charged session must be redeemed now: its voucher expires within the lead, or its
   * user's withdrawal (as last seen) unlocks within it and could take what the session charged.
   */
  const expiringBefore = (seconds: bigint, lead = redeemAhead) => (_digest: string, record: SessionRecord): boolean => {
    if (BigInt(record.voucher.expiry) < seconds + lead) return true
    const deposit = deposits.last(record.voucher.user)
    return deposit !== undefined && deposit.pendingWithdrawal > 0n && deposit.unlockAt < seconds + lead
  }
  /**
   * What the sweep redeems: sessions due (`expiringBefore`) with no request in flight, and those with
   * one only when too close to lapse to wait for it (a request's charge landing after its session was
   * redeemed is lost: it was served free).
   */
  const sweepable = (seconds: bigint) => (digest: string, record: SessionRecord): boolean =>
    expiringBefore(seconds)(digest, record) && (reservedOf(digest) === 0n || expiringBefore(seconds, REDEEM_REGARDLESS_SECONDS)(digest, record))
  /**
   * After a charge: a session due (see `expiringBefore`) before the next epoch is redeemed now, unless
   * other requests of the session are still in flight (the last of them does it). Never throws: a
   * failure is logged and the sweep (`redeemExpiring`) tries again.
   */
  const redeemIfExpiring = async (digest: string): Promise<void> => {
    try {
      const { seconds, offline } = await chainTime()
      const record = await readSession(store, digest)
      if (offline || record === undefined || reservedOf(digest) > 0n || !expiringBefore(seconds)(digest, record)) return
      await health.observe('voucher redemption', () => counted(redeemer.redeemPending((candidate) => candidate === digest)))
    } catch (error) {
      log.warn({ digest, err: error instanceof Error ? error.message : String(error) }, 'redeeming a charged voucher near expiry failed; the sweep retries')
    }
  }

  return {
    async authorize(headerValue, caller = {}): Promise<PaidSession> {
      let signed
      try {
        signed = verifyVoucherHeader(headerValue, domain)
      } catch (error) {
        throw new PaymentRequiredError(`Invalid x-maia-voucher: ${error instanceof BaseError ? error.message : String(error)}`)
      }
      const { voucher, signature } = signed
      // Before anything is stored or read: a voucher for another orchestrator is never ours to
      // redeem, and serving it would be serving for free (that orchestrator may redeem it too).
      if (voucher.operator !== operator) {
        throw new PaymentRequiredError(`This voucher names another orchestrator's operator (${voucher.operator}); this orchestrator redeems as ${operator}: deposit with ${operator} and sign a voucher naming it`, { operator, voucherOperator: voucher.operator })
      }
      const digest = hashVoucher(domain, voucher)
      // Beside the chain-time read, not after it: `reserve` takes it (one round trip, not two).
      if (prefetchDeposit) startDepositRead(digest, voucher.user)
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

    async reserve(digest, amount) {
      const opened = await readSession(store, digest)
      if (opened === undefined) throw new PaymentRequiredError('Unknown session; send its x-maia-voucher')
      // Read outside the queue, so a slow chain delays this request only.
      const deposit = await depositFor(digest, opened.voucher.user)
      return await queue.run(async () => {
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
        const owed = await owedBy(store, record.voucher.user, reservedOf)
        if (owed + amount > deposit.available) {
          throw new PaymentRequiredError('Deposit no longer covers this request: the user\'s sessions already owe what the deposit (less any pending withdrawal) holds', {
            deposit: deposit.balance.toString(), pendingWithdrawal: deposit.pendingWithdrawal.toString(), owed: owed.toString(), mayCost: amount.toString()
          })
        }
        reserved.set(digest, reservedOf(digest) + amount)
        return reservation(digest, amount)
      })
    },

    // No deadline of its own: each transaction is waited on with one (a batch must not be abandoned
    // half way); a transport failure anywhere in it becomes ChainUnavailableError.
    // Sessions with requests in flight wait for the next run (their charges would come too late for
    // this one); the sweep takes them regardless once their voucher nears expiry.
    redeemPending: () => health.observe('voucher redemption', () => counted(redeemer.redeemPending((digest) => reservedOf(digest) === 0n))),
    async redeemExpiring() {
      const { seconds, offline } = await chainTime()
      if (offline) return { redeemed: 0, gasUsed: 0n, failed: [] }
      try {
        await health.read('withdrawal requests', refreshWithdrawals)
      } catch (error) {
        // The snapshots already held still judge this sweep; the next one reads from the same block.
        log.warn({ err: error instanceof Error ? error.message : String(error) }, 'reading withdrawal requests failed; the next sweep retries')
      }
      return await health.observe('voucher redemption', () => counted(redeemer.redeemPending(sweepable(seconds))))
    },
    failures: () => redeemer.failures(),
    async paymentState(digest) {
      const record = await readSession(store, digest)
      if (record === undefined) return 'failed'
      return record.redeemed ? 'redeemed' : record.failure === undefined ? 'pending' : 'failed'
    }
  }
}
