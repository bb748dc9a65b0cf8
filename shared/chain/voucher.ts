import { TypedDataEncoder, verifyTypedData, type Signer, type TypedDataDomain } from 'ethers'
import type { Voucher } from './voucherCodec.ts'
import { VOUCHER_TYPES } from './eip712Types.ts'

// A voucher's forms (in memory, JSON, header, the contract's struct) and the conversions between
// them live in the codec; re-exported so that this file stays the one import a voucher's users need.
export { toRedemption, type Redemption, type Voucher } from './voucherCodec.ts'

/** EIP-712 domain name and version of `SessionPayments`. */
export const VOUCHER_DOMAIN_NAME = 'MAIA SessionPayments'
export const VOUCHER_DOMAIN_VERSION = '1'

/** EIP-712 types of a voucher, parsed from the contract's `VOUCHER_TYPE` (checked against it by test/contracts/eip712Types.test.ts). */
export { VOUCHER_TYPES }

/**
 * The EIP-712 domain of a `SessionPayments` deployment.
 *
 * @example
 * const domain = voucherDomain({ chainId: 31337n, verifyingContract: deployment.contracts.SessionPayments.address })
 */
export function voucherDomain({ chainId, verifyingContract }: { chainId: bigint | number; verifyingContract: string }): TypedDataDomain {
  return { name: VOUCHER_DOMAIN_NAME, version: VOUCHER_DOMAIN_VERSION, chainId, verifyingContract }
}

/**
 * Signs `voucher` with `signer` (who must be `voucher.user`), returning a 65-byte signature.
 *
 * @example
 * const signature = await signVoucher(userWallet, domain, { user, operator, sessionId, maxAmount, expiry, nonce })
 */
export async function signVoucher(signer: Signer, domain: TypedDataDomain, voucher: Voucher): Promise<string> {
  return await signer.signTypedData(domain, VOUCHER_TYPES, voucher)
}

/**
 * The EIP-712 digest of `voucher` (equals `SessionPayments.hashVoucher`).
 *
 * @example
 * hashVoucher(domain, voucher) === await payments.hashVoucher(voucher)
 */
export function hashVoucher(domain: TypedDataDomain, voucher: Voucher): string {
  return TypedDataEncoder.hash(domain, VOUCHER_TYPES, voucher)
}

/**
 * The address that signed `voucher`; the orchestrator checks it equals `voucher.user` before serving.
 *
 * @example
 * if (recoverVoucherSigner(domain, voucher, signature) !== getAddress(voucher.user)) reject()
 */
export function recoverVoucherSigner(domain: TypedDataDomain, voucher: Voucher, signature: string): string {
  return verifyTypedData(domain, VOUCHER_TYPES, voucher, signature)
}
