import type { TypedDataDomain } from 'ethers'
import { recoverVoucherSigner } from './voucher.ts'
import { decodeVoucherHeader, type SignedVoucher } from './voucherCodec.ts'
import { BadSignatureError } from './errors.ts'

/**
 * The `x-maia-voucher` HTTP header: how an app hands the orchestrator a session voucher signed by
 * the user's wallet. Its value is base64 of the JSON
 * `{"voucher":{"user","operator","sessionId","maxAmount","expiry","nonce"},"signature"}`, integers as decimal
 * strings (the codec, `voucherCodec.ts`, encodes and decodes it). `maia session open` prints one; the
 * orchestrator checks it with {@link verifyVoucherHeader}.
 *
 * @example
 * const value = encodeVoucherHeader({ voucher, signature })
 * fetch(url, { headers: { [VOUCHER_HEADER_NAME]: value } })
 * const { voucher, signature } = verifyVoucherHeader(request.headers[VOUCHER_HEADER_NAME], domain)
 */
export const VOUCHER_HEADER_NAME = 'x-maia-voucher'

/**
 * Decodes a header value and checks that the voucher's own user signed it for `domain` (the
 * SessionPayments deployment's EIP-712 domain, see `voucherDomain`).
 *
 * @throws {InvalidVoucherHeaderError} when malformed; {@link BadSignatureError} when signed by someone else or for another domain.
 */
export function verifyVoucherHeader(value: string, domain: TypedDataDomain): SignedVoucher {
  const signed = decodeVoucherHeader(value)
  let signer: string
  try {
    signer = recoverVoucherSigner(domain, signed.voucher, signed.signature)
  } catch (cause) {
    throw new BadSignatureError('voucher', { user: signed.voucher.user, reason: `unrecoverable: ${cause instanceof Error ? cause.message : String(cause)}` })
  }
  if (signer !== signed.voucher.user) {
    throw new BadSignatureError('voucher', { user: signed.voucher.user, recovered: signer, reason: 'not signed by the voucher user (or for another chain / contract)' })
  }
  return signed
}
