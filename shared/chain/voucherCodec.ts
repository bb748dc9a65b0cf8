import { Signature, getAddress, isAddress } from 'ethers'
import { z } from 'zod'
import { formatZodIssues } from '../util/formatZodIssues.ts'
import { InvalidVoucherHeaderError, InvalidVoucherJsonError, VoucherAmountExceedsMaxError } from './errors.ts'

/**
 * The one codec of a session voucher, between its forms:
 * - {@link Voucher}: in memory, integers as bigints;
 * - {@link VoucherJson}: integers as decimal strings (JSON numbers lose precision past 2^53), as the
 *   header carries it and the orchestrator stores it;
 * - the `x-maia-voucher` header value: base64 of `{"voucher": VoucherJson, "signature"}`;
 * - {@link Redemption}: the struct `SessionPayments.redeem` / `tryRedeemBatch` take.
 *
 * @example
 * const header = encodeVoucherHeader({ voucher, signature })
 * const { voucher: decoded } = decodeVoucherHeader(header)
 * await payments.redeem(toRedemption(voucherFromJson(voucherToJson(decoded)), charged, signature))
 */

/** What a user signs to pay for one session (see `SessionPayments.Voucher`). */
export interface Voucher {
  /** The paying account, who signs. */
  user: string
  /**
   * The orchestrator's operator account, the only one that may redeem it (against the user's deposit
   * with that operator): the same voucher is worthless at any other orchestrator.
   */
  operator: string
  /** 32-byte hex session identifier. */
  sessionId: string
  /** Most the session may cost, in token base units. */
  maxAmount: bigint
  /** Last unix second at which it can be redeemed. */
  expiry: bigint
  /** Single-use number (any value; unordered). */
  nonce: bigint
}

/** A voucher ready for `SessionPayments.redeem` / `redeemBatch`: the contract's struct, made by {@link toRedemption}. */
export interface Redemption {
  voucher: Voucher
  amount: bigint
  r: string
  vs: string
}

/** Longest header value accepted; a real one is about 500 characters. Checked before decoding. */
export const MAX_VOUCHER_HEADER_LENGTH = 2048

const UINT64_MAX = (1n << 64n) - 1n
const UINT256_MAX = (1n << 256n) - 1n

const decimal = (max: bigint, what: string) => z.string()
  .regex(/^(0|[1-9]\d{0,77})$/, `expected ${what} as a decimal string without leading zeros`)
  .transform((value) => BigInt(value))
  .refine((value) => value <= max, `${what} out of range`)

/** A voucher in its JSON form (bigints as decimal strings); parses to a {@link Voucher}. */
export const VoucherJsonSchema = z.object({
  user: z.string().refine((value) => isAddress(value), 'expected a 20-byte hex address').transform((value) => getAddress(value)),
  operator: z.string().refine((value) => isAddress(value), 'expected the operator\'s 20-byte hex address').transform((value) => getAddress(value)),
  sessionId: z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'expected 0x and 64 hex digits').transform((value) => value.toLowerCase()),
  maxAmount: decimal(UINT256_MAX, 'maxAmount'),
  expiry: decimal(UINT64_MAX, 'expiry'),
  nonce: decimal(UINT256_MAX, 'nonce')
})

/** A voucher as JSON carries it: every field a string. */
export type VoucherJson = Record<keyof Voucher, string>

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

/** The voucher as JSON-safe strings (what the header carries and the orchestrator stores). */
export function voucherToJson(voucher: Voucher): VoucherJson {
  return {
    user: voucher.user,
    operator: voucher.operator,
    sessionId: voucher.sessionId,
    maxAmount: voucher.maxAmount.toString(),
    expiry: voucher.expiry.toString(),
    nonce: voucher.nonce.toString()
  }
}

/**
 * The voucher a JSON form names, checked field by field (address, 32-byte session id, integer ranges).
 *
 * @throws {InvalidVoucherJsonError} for anything but a well-formed voucher.
 */
export function voucherFromJson(json: unknown): Voucher {
  const result = VoucherJsonSchema.safeParse(json)
  if (!result.success) throw new InvalidVoucherJsonError(formatZodIssues(result.error), { cause: result.error })
  return result.data
}

/** The header value for a signed voucher. */
export function encodeVoucherHeader({ voucher, signature }: SignedVoucher): string {
  return Buffer.from(JSON.stringify({ voucher: voucherToJson(voucher), signature }), 'utf8').toString('base64')
}

/**
 * Parses a header value (standard or URL-safe base64). Does not check the signature: see
 * `verifyVoucherHeader`.
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
 * Pairs a signed voucher with the amount charged, in the compact (r, vs) form the contract takes.
 * The amount is checked here, before any transaction: the contract would refuse it anyway.
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
