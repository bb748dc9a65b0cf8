import type { LevelStore } from '../../LevelStore.ts'
import type { VoucherJson } from '../../../shared/chain/index.ts'
import type { RedemptionFailure } from './SessionPayments.ts'

/** A paid session as stored (key: the voucher digest). */
export interface SessionRecord {
  /** The voucher in the codec's JSON form (`voucherToJson` / `voucherFromJson`). */
  voucher: VoucherJson
  signature: string
  charged: string
  /** Set once the voucher is redeemed on chain: the session can take no more charges. */
  redeemed: boolean
  /** The API key (id) that opened the session; only it may use the voucher. */
  apiKeyId?: string
  /** Set when redemption failed: the session is closed and its charges never reached the chain. */
  failure?: Pick<RedemptionFailure, 'reason' | 'failedAt'>
  /**
   * Set (durably) just before a redemption is sent and cleared once its outcome is known: the amount
   * sent and the block the chain was at, where recovery looks for its `VoucherRedeemed` log. While it
   * is set the session takes no charges, since they could not join a redemption already on its way.
   */
  redeeming?: { amount: string; fromBlock: number }
}

// Key layout of the payments sublevel:
//   0x<digest>              a session record (JSON)
//   n:<user>:<nonce>        the digest of the one session that holds this (user, nonce)
const SESSION_RANGE = { gte: '0x', lt: '0y' } as const
const noncePrefix = (user: string): string => `n:${user.toLowerCase()}:`

/** The index key that reserves a voucher nonce for one session. */
export const nonceKey = (user: string, nonce: bigint | string): string => noncePrefix(user) + nonce.toString()

export async function readSession(store: LevelStore, digest: string): Promise<SessionRecord | undefined> {
  const raw = await store.get(digest)
  return raw === undefined ? undefined : JSON.parse(raw) as SessionRecord
}

/** Every session record, in digest order. */
/** Whether a session has charges the chain has not paid yet (neither redeemed nor failed). */
export function hasUnredeemedCharge(record: SessionRecord): boolean {
  return !record.redeemed && record.failure === undefined && BigInt(record.charged) > 0n
}

export async function* allSessions(store: LevelStore): AsyncGenerator<{ digest: string; record: SessionRecord }> {
  for await (const [digest, raw] of store.iterator(SESSION_RANGE)) yield { digest, record: JSON.parse(raw) as SessionRecord }
}

/** The sessions a user opened (through the nonce index). */
export async function* sessionsOfUser(store: LevelStore, user: string): AsyncGenerator<{ digest: string; record: SessionRecord }> {
  const prefix = noncePrefix(user)
  for await (const digest of store.values({ gte: prefix, lt: prefix.slice(0, -1) + ';' })) {
    const record = await readSession(store, digest)
    if (record !== undefined) yield { digest, record }
  }
}

/**
 * What a session may still take from the user's deposit: its whole maximum while it is open, what
 * it charged once it expired unredeemed, nothing once redeemed (already debited) or failed.
 */
export function commitmentOf(record: SessionRecord, nowSeconds: bigint): bigint {
  if (record.redeemed || record.failure !== undefined) return 0n
  return BigInt(record.voucher.expiry) < nowSeconds ? BigInt(record.charged) : BigInt(record.voucher.maxAmount)
}
