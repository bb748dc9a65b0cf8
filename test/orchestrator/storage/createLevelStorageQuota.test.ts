import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LevelStore } from '../../../orchestrator/LevelStore.ts'
import { createLevelStorageQuota } from '../../../orchestrator/storage/createLevelStorageQuota.ts'
import { CorruptQuotaRecordError } from '../../../orchestrator/storage/errors.ts'
import { storedBytes } from '../../../orchestrator/storage/storedBytes.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

describe('per-owner storage quota', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let data: LevelStore
  const open = async (): Promise<void> => {
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
    data = db.sublevel<string, string>('data', {})
  }
  const quotaOf = (budgets: Record<string, number>) => createLevelStorageQuota({ store: data, budgets })
  /** Writes an item as a store would: its data, the quota's operations and the evicted items' deletions in one batch. */
  const write = async (quota: ReturnType<typeof quotaOf>, item: { owner: string; id: string; kind?: string; value?: string; at: number }): Promise<string[]> => {
    const value = item.value ?? 'x'.repeat(100)
    const { operations, evicted } = await quota.admit({ owner: item.owner, id: item.id, kind: item.kind ?? 'item', at: item.at, bytes: storedBytes(data, item.id, value) })
    await data.batch([{ type: 'put', key: item.id, value }, ...operations, ...evicted.map(({ id }) => ({ type: 'del' as const, key: id }))])
    return evicted.map(({ id }) => id)
  }
  const stored = async (): Promise<string[]> => {
    const ids: string[] = []
    // The quota's sublevel shows in its parent's keys as `!quota!...`.
    for await (const key of data.keys()) if (!key.startsWith('!')) ids.push(key)
    return ids.sort()
  }
  /** Everything in the database, as the storage-growth attack test counts it. */
  const databaseBytes = async (): Promise<number> => {
    let bytes = 0
    for await (const [key, value] of db.iterator()) bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
    return bytes
  }

  beforeEach(async () => {
    directory = await temporaryDirectory()
    await open()
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  it('evicts the owner\'s least recently used items first, and counts exactly what the database holds', async () => {
    const itemBytes = (await (async () => {
      const probe = quotaOf({})
      // The same owner, id length and digits of time as the items below: the same weight.
      await write(probe, { owner: 'a', id: 'i0', at: 10 })
      return (await probe.usage('a')).item!.bytes
    })())
    // Clears the quota's nested sublevel too (its keys lie within the parent's range).
    await data.clear()
    // Room for three items of this size.
    const quota = quotaOf({ item: itemBytes * 3 })
    for (const [index, id] of ['i1', 'i2', 'i3'].entries()) expect(await write(quota, { owner: 'a', id, at: 10 + index })).toEqual([])
    // i1 is used again, so i2 is now the least recently used.
    expect(await write(quota, { owner: 'a', id: 'i1', at: 20 })).toEqual([])
    expect(await write(quota, { owner: 'a', id: 'i4', at: 21 })).toEqual(['i2'])
    expect(await write(quota, { owner: 'a', id: 'i5', at: 22 })).toEqual(['i3'])
    expect(await stored()).toEqual(['i1', 'i4', 'i5'])
    expect(await quota.usage('a')).toEqual({ item: { items: 3, bytes: itemBytes * 3 } })
    // Data, index and the owner's totals: the totals record is the only byte the budget does not count.
    const totals = storedBytes(data.sublevel<string, string>('quota', {}), 'm/a', JSON.stringify(await quota.usage('a')))
    expect(await databaseBytes()).toBe(itemBytes * 3 + totals)
  })

  it('keeps owners apart: one owner\'s flood never evicts another\'s items', async () => {
    const quota = quotaOf({ item: 2_000 })
    await write(quota, { owner: 'victim', id: 'v1', at: 1 })
    for (let index = 0; index < 50; index++) await write(quota, { owner: 'flooder', id: `f${index}`, at: 100 + index })
    expect(await stored()).toContain('v1')
    expect((await quota.usage('flooder')).item!.bytes).toBeLessThanOrEqual(2_000)
    expect((await quota.usage('victim')).item!.items).toBe(1)
  })

  it('gives each kind its own budget, and moves an item whose kind changes', async () => {
    const quota = quotaOf({ session: 1_000, careful: 1_000 })
    await write(quota, { owner: 'a', id: 'crisis', kind: 'session', at: 1 })
    await write(quota, { owner: 'a', id: 'crisis', kind: 'careful', at: 2 })
    for (let index = 0; index < 40; index++) await write(quota, { owner: 'a', id: `s${index}`, kind: 'session', at: 10 + index })
    expect(await stored()).toContain('crisis')
    const usage = await quota.usage('a')
    expect(usage.careful!.items).toBe(1)
    expect(usage.session!.bytes).toBeLessThanOrEqual(1_000)
  })

  it('never evicts the item being written, even one larger than the whole budget', async () => {
    const quota = quotaOf({ item: 500 })
    await write(quota, { owner: 'a', id: 'small', at: 1 })
    expect(await write(quota, { owner: 'a', id: 'large', value: 'y'.repeat(2_000), at: 2 })).toEqual(['small'])
    expect(await write(quota, { owner: 'a', id: 'large', value: 'y'.repeat(3_000), at: 3 })).toEqual([])
    expect(await stored()).toEqual(['large'])
  })

  it('keeps an item with the owner that first wrote it', async () => {
    const quota = quotaOf({ item: 10_000 })
    await write(quota, { owner: 'a', id: 'shared', at: 1 })
    await write(quota, { owner: 'b', id: 'shared', at: 2 })
    expect(await quota.ownerOf('shared')).toBe('a')
    expect(await quota.usage('b')).toEqual({})
    expect((await quota.usage('a')).item!.items).toBe(1)
  })

  it('forgets an item whose data is deleted', async () => {
    const quota = quotaOf({ item: 10_000 })
    await write(quota, { owner: 'a', id: 'gone', at: 1 })
    await write(quota, { owner: 'a', id: 'kept', at: 2 })
    const operations = await quota.forget('gone')
    await data.batch([{ type: 'del', key: 'gone' }, ...operations])
    expect(await quota.forget('never-written')).toEqual([])
    expect((await quota.usage('a')).item!.items).toBe(1)
    expect(await quota.ownerOf('gone')).toBeUndefined()
  })

  it('is consistent after a reopen: the totals match a recount of the index', async () => {
    let quota = quotaOf({ item: 3_000 })
    for (let index = 0; index < 30; index++) await write(quota, { owner: `o${index % 3}`, id: `id${index}`, value: 'z'.repeat(50 + index * 7), at: index })
    const before = await Promise.all(['o0', 'o1', 'o2'].map((owner) => quota.usage(owner)))
    await db.close()
    await open()
    quota = quotaOf({ item: 3_000 })
    expect(await Promise.all(['o0', 'o1', 'o2'].map((owner) => quota.usage(owner)))).toEqual(before)
    // Recount: each owner's items are the data records its index names.
    const index = data.sublevel<string, string>('quota', {})
    for (const [position, owner] of ['o0', 'o1', 'o2'].entries()) {
      let items = 0
      for await (const [, value] of index.iterator({ gte: 'i/', lt: 'i/\x7f' })) if ((JSON.parse(value) as { owner: string }).owner === owner) items += 1
      expect(items).toBe(before[position]!.item!.items)
      expect(before[position]!.item!.bytes).toBeLessThanOrEqual(3_000)
    }
    expect((await stored()).length).toBe(before.reduce((sum, usage) => sum + usage.item!.items, 0))
  })

  it('refuses a tampered index record with a typed error', async () => {
    const quota = quotaOf({ item: 3_000 })
    await data.sublevel<string, string>('quota', {}).put('m/a', '{"item":{"items":"many"}}')
    await expect(quota.admit({ owner: 'a', id: 'x', kind: 'item', bytes: 10, at: 1 })).rejects.toBeInstanceOf(CorruptQuotaRecordError)
  })
})
