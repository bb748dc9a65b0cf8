import type { DistillationCursor } from './distillationSet.ts'

/**
 * The store's layout. Samples sit under `<createdAt, 16 digits>:<requestId>` (oldest first, as
 * before the set was bounded), so every sample key starts with a digit; the index sits under `~`,
 * after every digit, where no sample range reaches:
 * - `~t:<sample key>` → `<bytes, 16 digits><owner>`: every sample oldest first, with what it costs
 *   and whose it is (the global eviction order, and the running totals rebuilt at open);
 * - `~o:<owner, URI-encoded>:<sample key>` → `<bytes, 16 digits>`: each owner's samples oldest first;
 * - `~version` → `1`: the index covers every sample (a set kept before the index is indexed once).
 * Sizes are fixed-width digits, so a sample's footprint is known before it is written.
 */
export const SAMPLE_RANGE = { gte: '0', lt: '~' } as const
export const TIME_INDEX_RANGE = { gt: '~t:', lt: '~t;' } as const
export const VERSION_KEY = '~version'
export const VERSION = '1'
/** The version entry's own bytes, counted in the set's total like everything else in the store. */
export const VERSION_BYTES = VERSION_KEY.length + VERSION.length
const DIGITS = 16

export function sampleKey(createdAt: number, requestId: string): string {
  return `${String(createdAt).padStart(DIGITS, '0')}:${requestId}`
}

export function timeIndexKey(key: string): string {
  return `~t:${key}`
}

export function sampleKeyOfTimeIndex(indexKey: string): string {
  return indexKey.slice(3)
}

export function ownerIndexRange(owner: string): { gt: string; lt: string } {
  const tag = encodeURIComponent(owner)
  return { gt: `~o:${tag}:`, lt: `~o:${tag};` }
}

export function ownerIndexKey(owner: string, key: string): string {
  return `${ownerIndexRange(owner).gt}${key}`
}

export function sampleKeyOfOwnerIndex(owner: string, indexKey: string): string {
  return indexKey.slice(ownerIndexRange(owner).gt.length)
}

export function timeIndexValue(bytes: number, owner: string): string {
  return `${String(bytes).padStart(DIGITS, '0')}${owner}`
}

export function parseTimeIndexValue(value: string): { bytes: number; owner: string } {
  return { bytes: Number(value.slice(0, DIGITS)), owner: value.slice(DIGITS) }
}

export function ownerIndexValue(bytes: number): string {
  return String(bytes).padStart(DIGITS, '0')
}

/** What one sample costs the store: its entry and both index entries, keys and values, in UTF-8 bytes. */
export function sampleFootprint(key: string, value: string, owner: string): number {
  const utf8 = (text: string): number => Buffer.byteLength(text)
  return utf8(key) + utf8(value) + utf8(timeIndexKey(key)) + DIGITS + utf8(owner) + utf8(ownerIndexKey(owner, key)) + DIGITS
}

export function formatDistillationCursor(cursor: DistillationCursor): string {
  return `${cursor.createdAt}:${cursor.requestId}`
}

/** A cursor as `formatDistillationCursor` writes it; `undefined` for anything else. */
export function parseDistillationCursor(text: string): DistillationCursor | undefined {
  const match = /^(\d{1,16}):(.{1,200})$/s.exec(text)
  if (match === null) return undefined
  return { createdAt: Number(match[1]), requestId: match[2]! }
}
