import { randomBytes } from 'node:crypto'
import type { JsonRpcProvider } from 'ethers'
import { signVoucher, voucherDomain, type Voucher } from '../../shared/chain/index.ts'
import { encodeVoucherHeader } from '../../shared/chain/index.ts'
import type { DevnetEconomy } from './prepareDevnetEconomy.ts'

/** A session voucher signed by the devnet's demo user, ready for the `x-maia-voucher` header. */
export interface DevnetVoucher {
  voucher: Voucher
  /** The `x-maia-voucher` header value. */
  header: string
}

/**
 * Signs a session voucher for the devnet's demo user (whose deposit the devnet funded): random
 * session id and nonce, `maxAmount` base units, valid `ttlSeconds` from the chain's clock.
 * Chain time, not wall time: the devnet's governance vote moves the chain's clock days ahead.
 *
 * @example
 * const { header } = await openDevnetVoucher(provider, economy, { maxAmount: parseUnits('1', 18), ttlSeconds: 3_600 })
 * fetch(`${apiUrl}/v1/messages`, { headers: { 'x-maia-voucher': header, ... } })
 */
export async function openDevnetVoucher(provider: JsonRpcProvider, economy: DevnetEconomy, options: { maxAmount: bigint; ttlSeconds: number }): Promise<DevnetVoucher> {
  const { chainId } = await provider.getNetwork()
  const latest = await provider.getBlock('latest')
  const voucher: Voucher = {
    user: economy.accounts.user.address,
    // The devnet's one orchestrator, with which the user deposited (bootstrapEconomy).
    operator: economy.orchestrator,
    sessionId: `0x${randomBytes(32).toString('hex')}`,
    maxAmount: options.maxAmount,
    expiry: BigInt((latest?.timestamp ?? Math.floor(Date.now() / 1000)) + options.ttlSeconds),
    nonce: BigInt(`0x${randomBytes(16).toString('hex')}`)
  }
  const domain = voucherDomain({ chainId, verifyingContract: economy.deployment.contracts.SessionPayments.address })
  const signature = await signVoucher(economy.accounts.user, domain, voucher)
  return { voucher, header: encodeVoucherHeader({ voucher, signature }) }
}
