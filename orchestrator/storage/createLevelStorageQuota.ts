import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { LevelStore } from '../LevelStore.ts'
import { CorruptQuotaRecordError } from './errors.ts'
import type { EvictedItem, OwnerUsage, StorageQuota, StoreOperation } from './StorageQuota.ts'
import { storedBytes } from './storedBytes.ts'

const itemSchema = z.object({ id: z.string(), owner: z.string(), kind: z.string(), at: z.number(), bytes: z.number() }).strict()
type IndexedItem = z.infer<typeof itemSchema>
const usageSchema = z.record(z.string(), z.object({ items: z.number(), bytes: z.number() }).strict())

/** Times in recency keys are zero-padded to this many digits, so keys sort as times do (ms until year 318,857). */
const TIME_DIGITS = 16

/**
 * A {@link StorageQuota} over the items of `store`, its index in a sublevel nested there (`quota`, so
 * one batch on `store` commits data and index together):
 * `i/<hash of id>` holds an item's owner, kind, last use and bytes; `l/<owner>/<kind>/<time>/<hash>`
 * orders an owner's items by last use; `m/<owner>` holds the owner's totals by kind. Items are named
 * by a hash, so an index record costs the same whatever the length of the id (a 256-character
 * session id would otherwise be written three times).
 *
 * @example
 * const quota = createLevelStorageQuota({ store: sessions, budgets: { session: 8 * 2 ** 20 } })
 * const { operations, evicted } = await quota.admit({ owner: keyId, id: sessionId, kind: 'session', bytes, at: now() })
 */
export function createLevelStorageQuota(init: { store: LevelStore; budgets: Readonly<Record<string, number>> }): StorageQuota {
  const { budgets } = init
  const store = init.store.sublevel<string, string>('quota', {})
  const put = (key: string, value: string): StoreOperation => ({ type: 'put', key, value, sublevel: store })
  const del = (key: string): StoreOperation => ({ type: 'del', key, sublevel: store })
  const itemKey = (id: string): string => `i/${createHash('sha256').update(id).digest('hex').slice(0, 24)}`
  const recencyPrefix = (owner: string, kind: string): string => `l/${encodeURIComponent(owner)}/${encodeURIComponent(kind)}/`
  const recencyKey = (item: IndexedItem, key: string): string =>
    `${recencyPrefix(item.owner, item.kind)}${String(Math.max(0, Math.floor(item.at))).padStart(TIME_DIGITS, '0')}/${key.slice(2)}`
  const usageKey = (owner: string): string => `m/${encodeURIComponent(owner)}`
  /** The item's data and its two index records: what it costs its owner. */
  const weight = (item: IndexedItem, key: string, value: string): number =>
    item.bytes + storedBytes(store, key, value) + storedBytes(store, recencyKey(item, key), '')

  const read = async <T>(key: string, schema: z.ZodType<T>): Promise<{ value: T; raw: string } | undefined> => {
    const raw = await store.get(key)
    if (raw === undefined) return undefined
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch (cause) {
      throw new CorruptQuotaRecordError({ key, issues: ['not JSON'], cause })
    }
    const result = schema.safeParse(parsed)
    if (!result.success) throw new CorruptQuotaRecordError({ key, issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) })
    return { value: result.data, raw }
  }
  const usageOf = async (owner: string): Promise<OwnerUsage> => (await read(usageKey(owner), usageSchema))?.value ?? {}
  const change = (usage: OwnerUsage, kind: string, items: number, bytes: number): void => {
    const current = usage[kind] ?? { items: 0, bytes: 0 }
    usage[kind] = { items: current.items + items, bytes: current.bytes + bytes }
  }

  /** Drops the owner's least recently used items of `kind` until it is within budget, `keep` excepted. */
  const evict = async (owner: string, kind: string, usage: OwnerUsage, keep: string, operations: StoreOperation[]): Promise<EvictedItem[]> => {
    const budget = budgets[kind]
    const evicted: EvictedItem[] = []
    if (budget === undefined) return evicted
    const prefix = recencyPrefix(owner, kind)
    // Recency keys go on with digits, so this range holds exactly the owner's items of that kind.
    for await (const recency of store.keys({ gt: prefix, lt: `${prefix}\x7f` })) {
      if ((usage[kind]?.bytes ?? 0) <= budget) break
      const key = `i/${recency.slice(recency.lastIndexOf('/') + 1)}`
      if (key === keep) continue
      operations.push(del(recency))
      const victim = await read(key, itemSchema)
      // An index entry without its item cannot be weighed; dropping it is all that can be done.
      if (victim === undefined) continue
      operations.push(del(key))
      change(usage, kind, -1, -weight(victim.value, key, victim.raw))
      evicted.push({ id: victim.value.id, kind })
    }
    return evicted
  }

  return {
    async admit(item) {
      const key = itemKey(item.id)
      const previous = await read(key, itemSchema)
      const owner = previous?.value.owner ?? item.owner
      const usage = await usageOf(owner)
      const operations: StoreOperation[] = []
      if (previous !== undefined) {
        operations.push(del(recencyKey(previous.value, key)))
        change(usage, previous.value.kind, -1, -weight(previous.value, key, previous.raw))
      }
      const indexed: IndexedItem = { id: item.id, owner, kind: item.kind, at: item.at, bytes: item.bytes }
      const value = JSON.stringify(indexed)
      operations.push(put(key, value), put(recencyKey(indexed, key), ''))
      change(usage, item.kind, 1, weight(indexed, key, value))
      const evicted: EvictedItem[] = []
      // Every kind, not only the item's: a budget lowered in the config is met at the owner's next write.
      for (const kind of Object.keys(usage)) evicted.push(...await evict(owner, kind, usage, key, operations))
      operations.push(put(usageKey(owner), JSON.stringify(usage)))
      return { operations, evicted }
    },

    async forget(id) {
      const key = itemKey(id)
      const previous = await read(key, itemSchema)
      if (previous === undefined) return []
      const usage = await usageOf(previous.value.owner)
      change(usage, previous.value.kind, -1, -weight(previous.value, key, previous.raw))
      return [del(key), del(recencyKey(previous.value, key)), put(usageKey(previous.value.owner), JSON.stringify(usage))]
    },

    async ownerOf(id) {
      return (await read(itemKey(id), itemSchema))?.value.owner
    },

    usage: usageOf
  }
}
