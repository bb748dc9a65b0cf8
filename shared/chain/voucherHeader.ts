import { getAddress, isAddress, type TypedDataDomain } from 'ethers'
import { z } from 'zod'
import { recoverVoucherSigner, type Voucher } from './voucher.ts'
import { formatZodIssues } from '../util/formatZodIssues.ts'
import { BadSignatureError, InvalidVoucherHeaderError } from './errors.ts'

/**
 * The `x-maia-voucher` HTTP header: how an app hands the orchestrator a session voucher signed by
 * the user's wallet. Its value is base64 of the JSON
 * `{"voucher":{"user","sessionId","maxAmount","expiry","nonce"},"signature"}`, integers as decimal
 * strings (JSON numbers lose precision past 2^53). `maia session open` prints one; the orchestrator
 * decodes it with {@link decodeVoucherHeader} / {@link verifyVoucherHeader}.
 *
 * @example
 * const value = encodeVoucherHeader({ voucher, signature })
 * fetch(url, { headers: { [VOUCHER_HEADER_NAME]: value } })
 * const { voucher, signature } = verifyVoucherHeader(request.headers[VOUCHER_HEADER_NAME], domain)
 */
export const VOUCHER_HEADER_NAME = 'x-maia-voucher'

/** Longest header value accepted; a real one is about 500 characters. Checked before decoding. */
export const MAX_VOUCHER_HEADER_LENGTH = 2048

const UINT64_MAX = (1n << 64n) - 1n
const UINT256_MAX = (1n << 256n) - 1n

const decimal = (max: bigint, what: string) => z.string()
  .regex(/^(0|[1-9]\d{0,77})$/, `expected ${what} as a decimal string without leading zeros`)
  .transform((value) => BigInt(value))
  .refine((value) => value <= max, `${what} out of range`)

/** A voucher as it travels in the header (bigints as decimal strings). */
export const VoucherJsonSchema = z.object({
  user: z.string().refine((value) => isAddress(value), 'expected a 20-byte hex address').transform((value) => getAddress(value)),
  sessionId: z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'expected 0x and 64 hex digits').transform((value) => value.toLowerCase()),
  maxAmount: decimal(UINT256_MAX, 'maxAmount'),
  expiry: decimal(UINT64_MAX, 'expiry'),
  nonce: decimal(UINT256_MAX, 'nonce')
})

/** The decoded header JSON: the voucher and the user's 65-byte EIP-712 signature. */
export const VoucherHeaderSchema = z.object({
  voucher: VoucherJsonSchema,
  signature: z.string().regex(/^0x[0-9a-fA-F]{130}$/, 'expected a 65-byte 0x-hex signature')
})

/** A voucher with its signature, as the header carries it. */
export interface SignedVoucher {
  voucher: Voucher
  signature: string
}

/** The voucher as JSON-safe strings (what goes inside the header). */
export function voucherToJson(voucher: Voucher): Record<keyof Voucher, string> {
  return {
    user: voucher.user,
    sessionId: voucher.sessionId,
    maxAmount: voucher.maxAmount.toString(),
    expiry: voucher.expiry.toString(),
    nonce: voucher.nonce.toString()
  }
}

/** The header value for a signed voucher. */
export function encodeVoucherHeader({ voucher, signature }: SignedVoucher): string {
  return Buffer.from(JSON.stringify({ voucher: voucherToJson(voucher), signature }), 'utf8').toString('base64')
}

/**
 * Parses a header value (standard or URL-safe base64). Does not check the signature: see
 * {@link verifyVoucherHeader}.
 *
 * @throws {InvalidVoucherHeaderError} for anything but a well-formed voucher.
 */
export function decodeVoucherHeader(value: string): SignedVoucher {
  const text = value.trim()
  if (text.length === 0) throw new InvalidVoucherHeaderError('empty header')
  if (text.length > MAX_VOUCHER_HEADER_LENGTH) throw new InvalidVoucherHeaderError(`longer than ${MAX_VOUCHER_HEADER_LENGTH} characters`)
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new InvalidVoucherHeaderError('not base64')
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(text, 'base64').toString('utf8'))
  } catch (cause) {
    throw new InvalidVoucherHeaderError('not base64 of JSON', { cause })
  }
  const result = VoucherHeaderSchema.safeParse(json)
  if (!result.success) throw new InvalidVoucherHeaderError(formatZodIssues(result.error), { cause: result.error })
  return { voucher: result.data.voucher, signature: result.data.signature.toLowerCase() }
}

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
