import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { LevelStore } from '../LevelStore.ts'
import { CorruptQuotaRecordError } from './errors.ts'
import { parseStoredJson } from './parseStoredJson.ts'
import type { EvictedItem, OwnerUsage, QuotaChanges, StorageQuota, StoreOperation } from './StorageQuota.ts'
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
    return { value: parseStoredJson(key, raw, schema, (details) => new CorruptQuotaRecordError(details)), raw }
  }
  const usageOf = async (owner: string): Promise<OwnerUsage> => (await read(usageKey(owner), usageSchema))?.value ?? {}
  const change = (usage: OwnerUsage, kind: string, items: number, bytes: number): void => {
    const current = usage[kind] ?? { items: 0, bytes: 0 }
    usage[kind] = { items: current.items + items, bytes: current.bytes + bytes }
  }

  /** Changes staged over the stored index: every read sees those before it, and the batch gets each key once. */
  const changes = (): QuotaChanges => {
    /** Index records as staged: the item, or null once dropped. */
    const items = new Map<string, { value: IndexedItem; raw: string } | null>()
    /** Recency keys as staged: written (true) or deleted (false). */
    const recency = new Map<string, boolean>()
    const usages = new Map<string, OwnerUsage>()
    const itemAt = async (key: string): Promise<{ value: IndexedItem; raw: string } | undefined> =>
      items.has(key) ? items.get(key) ?? undefined : await read(key, itemSchema)
    const usageFor = async (owner: string): Promise<OwnerUsage> => {
      const usage = usages.get(owner) ?? await usageOf(owner)
      usages.set(owner, usage)
      return usage
    }
    const drop = (key: string, item: IndexedItem): void => {
      items.set(key, null)
      recency.set(recencyKey(item, key), false)
    }

    /** The owner's recency keys of one kind, oldest first: the stored ones merged with those staged. */
    async function* recencyKeys(prefix: string): AsyncGenerator<string> {
      const staged = [...recency].filter(([key, written]) => written && key.startsWith(prefix)).map(([key]) => key).sort()
      let next = 0
      const stagedUpTo = function* (bound: string | undefined): Generator<string> {
        while (next < staged.length && (bound === undefined || staged[next]! < bound)) {
          const key = staged[next++]!
          if (recency.get(key) === true) yield key
        }
      }
      // Recency keys go on with digits, so this range holds exactly the owner's items of that kind.
      for await (const key of store.keys({ gt: prefix, lt: `${prefix}\x7f` })) {
        yield* stagedUpTo(key)
        // A key staged either way is the staged list's (written) or gone (deleted).
        if (!recency.has(key)) yield key
      }
      yield* stagedUpTo(undefined)
    }

    /** Drops the owner's least recently used items of `kind` until it is within budget, `keep` excepted. */
    const evict = async (owner: string, kind: string, usage: OwnerUsage, keep: string): Promise<EvictedItem[]> => {
      const budget = budgets[kind]
      const evicted: EvictedItem[] = []
      if (budget === undefined) return evicted
      for await (const key of recencyKeys(recencyPrefix(owner, kind))) {
        if ((usage[kind]?.bytes ?? 0) <= budget) break
        const victimKey = `i/${key.slice(key.lastIndexOf('/') + 1)}`
        if (victimKey === keep) continue
        recency.set(key, false)
        const victim = await itemAt(victimKey)
        // An index entry without its item cannot be weighed; dropping it is all that can be done.
        if (victim === undefined) continue
        drop(victimKey, victim.value)
        change(usage, kind, -1, -weight(victim.value, victimKey, victim.raw))
        evicted.push({ id: victim.value.id, kind, owner })
      }
      return evicted
    }

    return {
      async admit(item) {
        const key = itemKey(item.id)
        const previous = await itemAt(key)
        const owner = previous?.value.owner ?? item.owner
        const usage = await usageFor(owner)
        if (previous !== undefined) {
          drop(key, previous.value)
          change(usage, previous.value.kind, -1, -weight(previous.value, key, previous.raw))
        }
        const indexed: IndexedItem = { id: item.id, owner, kind: item.kind, at: item.at, bytes: item.bytes }
        const raw = JSON.stringify(indexed)
        items.set(key, { value: indexed, raw })
        recency.set(recencyKey(indexed, key), true)
        change(usage, item.kind, 1, weight(indexed, key, raw))
        const evicted: EvictedItem[] = []
        // Every kind, not only the item's: a budget lowered in the config is met at the owner's next write.
        for (const kind of Object.keys(usage)) evicted.push(...await evict(owner, kind, usage, key))
        return evicted
      },

      async forget(id) {
        const key = itemKey(id)
        const previous = await itemAt(key)
        if (previous === undefined) return
        drop(key, previous.value)
        change(await usageFor(previous.value.owner), previous.value.kind, -1, -weight(previous.value, key, previous.raw))
      },

      operations() {
        return [
          ...[...items].map(([key, item]) => item === null ? del(key) : put(key, item.raw)),
          ...[...recency].map(([key, written]) => written ? put(key, '') : del(key)),
          ...[...usages].map(([owner, usage]) => put(usageKey(owner), JSON.stringify(usage)))
        ]
      }
    }
  }

  return {
    async admit(item) {
      const staged = changes()
      const evicted = await staged.admit(item)
      return { operations: staged.operations(), evicted }
    },

    async forget(id) {
      const staged = changes()
      await staged.forget(id)
      return staged.operations()
    },

    changes,

    async ownerOf(id) {
      return (await read(itemKey(id), itemSchema))?.value.owner
    },

    usage: usageOf
  }
}
