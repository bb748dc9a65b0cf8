import type { Log } from 'ethers'
import type { SessionPayments as SessionPaymentsContract } from '../../../shared/chain/index.ts'
import type { SessionRecord } from './sessionRecords.ts'

/** Parses a `SessionPayments` log, or null for a log of another contract or event. */
export function parsePaymentsLog(payments: SessionPaymentsContract, entry: Log) {
  try {
    return payments.interface.parseLog(entry)
  } catch {
    return null
  }
}

/**
 * What the chain actually redeemed for a session's voucher: the amount of its `VoucherRedeemed` log
 * (from the block its redemption was sent after, or the first when that is unknown), or undefined
 * when no log is found. Recovery takes this, never the stored charge: a redemption sent before a
 * crash or a confirmation timeout carried what was charged then, not what was charged since.
 *
 * @example
 * const amount = await redeemedOnChain(suite.SessionPayments, record) // 3000000000000000000n
 */
export async function redeemedOnChain(payments: SessionPaymentsContract, record: SessionRecord): Promise<bigint | undefined> {
  const { user, operator, sessionId, nonce } = record.voucher
  const logs = await payments.queryFilter(payments.filters.VoucherRedeemed(user, sessionId, operator), record.redeeming?.fromBlock ?? 0)
  for (const entry of logs) {
    const event = parsePaymentsLog(payments, entry)
    if (event?.name === 'VoucherRedeemed' && String(event.args.nonce) === nonce) return BigInt(String(event.args.amount))
  }
  return undefined
}
