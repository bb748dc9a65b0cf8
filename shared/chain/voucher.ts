import { Signature, TypedDataEncoder, verifyTypedData, type Signer, type TypedDataDomain } from 'ethers'
import { VoucherAmountExceedsMaxError } from './errors.ts'

/** EIP-712 domain name and version of `SessionPayments`. */
export const VOUCHER_DOMAIN_NAME = 'MAIA SessionPayments'
export const VOUCHER_DOMAIN_VERSION = '1'

/** EIP-712 types of a voucher; must match `SessionPayments.VOUCHER_TYPEHASH`. */
export const VOUCHER_TYPES = {
  Voucher: [
    { name: 'user', type: 'address' },
    { name: 'sessionId', type: 'bytes32' },
    { name: 'maxAmount', type: 'uint256' },
    { name: 'expiry', type: 'uint64' },
    { name: 'nonce', type: 'uint256' }
  ]
} as const satisfies Record<string, Array<{ name: string; type: string }>>

/** What a user signs to pay for one session (see `SessionPayments.Voucher`). */
export interface Voucher {
  /** The paying account, who signs. */
  user: string
  /** 32-byte hex session identifier. */
  sessionId: string
  /** Most the session may cost, in token base units. */
  maxAmount: bigint
  /** Last unix second at which it can be redeemed. */
  expiry: bigint
  /** Single-use number (any value; unordered). */
  nonce: bigint
}

/** A voucher ready for `SessionPayments.redeem` / `redeemBatch`. */
export interface Redemption {
  voucher: Voucher
  amount: bigint
  r: string
  vs: string
}

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
 * const signature = await signVoucher(userWallet, domain, { user, sessionId, maxAmount, expiry, nonce })
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

/**
 * Pairs a signed voucher with the amount charged, in the compact (r, vs) form the contract takes.
 *
 * @throws {VoucherAmountExceedsMaxError} when `amount > voucher.maxAmount`.
 *
 * @example
 * await payments.redeemBatch(sessions.map((s) => toRedemption(s.voucher, s.cost, s.signature)))
 */
export function toRedemption(voucher: Voucher, amount: bigint, signature: string): Redemption {
  if (amount > voucher.maxAmount) throw new VoucherAmountExceedsMaxError({ amount, maxAmount: voucher.maxAmount })
  const parsed = Signature.from(signature)
  return { voucher, amount, r: parsed.r, vs: parsed.yParityAndS }
}
