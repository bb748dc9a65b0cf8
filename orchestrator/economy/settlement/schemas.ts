import { getAddress } from 'ethers'
import { z } from 'zod'
import { receiptSchema } from '../../../shared/protocol/index.ts'
import type { EpochRecord, StoredReceipt } from './ReceiptStore.ts'

const MAX_UINT256 = (1n << 256n) - 1n

/**
 * Any-case 20-byte hex address, checksummed on the way in (so map keys never differ by case).
 *
 * @example
 * addressSchema.parse('0xabc…') // '0xAbC…'
 */
export const addressSchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, 'expected a 20-byte hex address')
  .transform((value) => getAddress(value.toLowerCase()))

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'expected a 32-byte hex value')
const hexBytes = z.string().regex(/^0x(?:[0-9a-fA-F]{2})+$/, 'expected hex bytes')
const decimalString = z.string().regex(/^(0|[1-9][0-9]*)$/, 'expected a non-negative decimal integer')

/**
 * A uint256 amount as a bigint or its decimal string; always a bigint after parsing.
 *
 * @example
 * amountSchema.parse('1000000000000000') // 1000000000000000n
 */
export const amountSchema = z
  .union([z.bigint(), decimalString])
  .transform((value) => BigInt(value))
  .refine((value) => value >= 0n && value <= MAX_UINT256, 'expected an amount within uint256')

export const curatorCreditSchema = z.object({
  account: addressSchema,
  passages: z.number().int().min(1).max(1_000_000),
  tokens: z.number().int().min(0).max(1_000_000_000).optional()
}).strict()

/**
 * The boundary schema of `ReceiptStore.record`: the receipt as the protocol defines it plus what the
 * orchestrator knows about the inference.
 *
 * @example
 * const entry = receiptEntryInputSchema.parse({ receipt, sessionId, amount: '1000' })
 */
export const receiptEntryInputSchema = z.object({
  receipt: receiptSchema,
  sessionId: z.string().min(1).max(256),
  user: addressSchema.optional(),
  paymentDigest: hex32.optional(),
  amount: amountSchema,
  provider: addressSchema.optional(),
  trainer: addressSchema.optional(),
  curators: z.array(curatorCreditSchema).max(1_000).optional()
}).strict()
export type ParsedReceiptEntry = z.output<typeof receiptEntryInputSchema>

/** The node's standing stored with a receipt (`ServedStanding`). */
export const servedStandingSchema = z.object({
  rewardMultiplier: z.number().min(0).max(1),
  provenLies: z.number().int().nonnegative().optional()
}).strict()

const storedReceiptJsonSchema = z.object({
  digest: hex32,
  receipt: receiptSchema,
  countersignature: hexBytes,
  orchestrator: addressSchema,
  sessionId: z.string().min(1),
  user: addressSchema.optional(),
  paymentDigest: hex32.optional(),
  amount: amountSchema,
  node: addressSchema,
  provider: addressSchema,
  modelHash: hex32,
  trainer: addressSchema.optional(),
  curators: z.array(curatorCreditSchema),
  recordedAt: z.number(),
  servedStanding: servedStandingSchema.optional(),
  epoch: z.number().int().positive().optional(),
  settledWeight: z.number().nonnegative().optional()
}).strict()

const treeDumpSchema = z.object({
  format: z.literal('standard-v1'),
  leafEncoding: z.array(z.string()),
  tree: z.array(hex32),
  values: z.array(z.object({ value: z.tuple([z.string(), z.string()]), treeIndex: z.number().int().nonnegative() }).strict())
}).strict()

const epochRecordJsonSchema = z.object({
  epoch: z.number().int().positive(),
  status: z.enum(['sealed', 'posted']),
  sealedAt: z.number(),
  receiptCount: z.number().int().nonnegative(),
  pool: amountSchema,
  cumulative: z.record(z.string(), amountSchema),
  root: hex32,
  total: amountSchema,
  tree: treeDumpSchema,
  transaction: z.object({ hash: hex32, raw: hexBytes }).strict().optional(),
  posted: z.object({
    transactionHash: hex32.optional(),
    blockNumber: z.number().int().nonnegative().optional(),
    gasUsed: amountSchema.optional(),
    foundOnChain: z.boolean(),
    postedAt: z.number()
  }).strict().optional()
}).strict()

/** JSON with bigints written as decimal strings (every bigint field of the records is a uint256). */
function stringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner))
}

/** Serializes a stored receipt to its JSON value in the store. */
export function encodeStoredReceipt(receipt: StoredReceipt): string {
  return stringify(receipt)
}

/** Serializes an epoch record (the cumulative map as an object). */
export function encodeEpochRecord(record: EpochRecord): string {
  return stringify({ ...record, cumulative: Object.fromEntries(record.cumulative) })
}

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; issues: string[]; cause: unknown }

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; cause: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (cause) {
    return { ok: false, cause }
  }
}

/** Parses a stored receipt's JSON. */
export function decodeStoredReceipt(text: string): DecodeResult<StoredReceipt> {
  const json = parseJson(text)
  if (!json.ok) return { ok: false, issues: ['not valid JSON'], cause: json.cause }
  const result = storedReceiptJsonSchema.safeParse(json.value)
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesOf(result.error), cause: result.error }
}

/** Parses an epoch record's JSON. */
export function decodeEpochRecord(text: string): DecodeResult<EpochRecord> {
  const json = parseJson(text)
  if (!json.ok) return { ok: false, issues: ['not valid JSON'], cause: json.cause }
  const result = epochRecordJsonSchema.safeParse(json.value)
  if (!result.success) return { ok: false, issues: issuesOf(result.error), cause: result.error }
  return { ok: true, value: { ...result.data, cumulative: new Map(Object.entries(result.data.cumulative)) } }
}

/** Zod issues of a failed boundary parse, as `path: message` lines. */
export { issuesOf }
