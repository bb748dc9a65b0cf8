import { join } from 'node:path'
import { Level } from 'level'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LevelStore } from '../../../../orchestrator/LevelStore.ts'
import { createLevelDistillationSet, type DistillationSample, type DistillationSet } from '../../../../orchestrator/quality/index.ts'
import { sampleFootprint, sampleKey, VERSION_BYTES } from '../../../../orchestrator/quality/distillation/distillationKeys.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

/** A sample whose footprint depends only on `size`: same-length ids, owners and texts. */
function sample(index: number, owner: string | undefined, size = 1_000): DistillationSample {
  return {
    createdAt: 1_700_000_000_000 + index, requestId: `req-${String(index).padStart(3, '0')}`,
    ...(owner === undefined ? {} : { owner }),
    messages: [{ role: 'user', content: `${String(index).padStart(3, '0')} `.padEnd(size, 'x') }],
    answers: [{ peerId: 'peer-a', text: 'An answer.', verdict: 'honest', relativeScore: 1 }]
  }
}

function footprint(entry: DistillationSample): number {
  const key = sampleKey(entry.createdAt, entry.requestId)
  return sampleFootprint(key, JSON.stringify(entry), entry.owner ?? '')
}

/** What the store really holds (keys and values, index included): counted apart from the set's own totals. */
async function storedBytes(store: LevelStore): Promise<number> {
  let bytes = 0
  for await (const [key, value] of store.iterator()) bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
  return bytes
}

async function requestIds(set: DistillationSet): Promise<string[]> {
  const ids: string[] = []
  for await (const line of set.exportChatJsonl()) ids.push(line.cursor.requestId)
  return ids
}

describe('the bounded distillation set (createLevelDistillationSet)', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let stores = 0
  const freshStore = (): LevelStore => db.sublevel<string, string>(`set-${stores++}`, {})
  /** Room for exactly `samples` samples of the default size (the version entry included). */
  const roomFor = (samples: number): number => samples * footprint(sample(0, 'key-a')) + VERSION_BYTES

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-distillation-')
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
  })
  afterAll(async () => {
    await db?.close()
    await directory?.remove()
  })

  it('drops the oldest samples first when a new one would pass the byte budget, and its totals match the store', async () => {
    const store = freshStore()
    const set = createLevelDistillationSet({ store, limits: { maxBytes: roomFor(3), ownerShare: 1 } })
    const outcomes = []
    for (let index = 1; index <= 5; index++) outcomes.push(await set.add(sample(index, index % 2 === 0 ? 'key-b' : 'key-a')))
    expect(outcomes.map((outcome) => outcome.kept && outcome.evicted)).toEqual([0, 0, 0, 1, 1])
    expect(await requestIds(set)).toEqual(['req-003', 'req-004', 'req-005'])
    const usage = await set.usage()
    expect(usage).toMatchObject({ samples: 3, maxBytes: roomFor(3) })
    expect(usage.bytes).toBe(await storedBytes(store))
    expect(usage.bytes).toBeLessThanOrEqual(usage.maxBytes)
  })

  it('caps each API key at its share: a key at its share drops its own oldest, one under it drops the oldest of all', async () => {
    const store = freshStore()
    // Four samples in all, two per key.
    const set = createLevelDistillationSet({ store, limits: { maxBytes: roomFor(4), ownerShare: 0.5 } })
    await set.add(sample(1, 'key-a'))
    await set.add(sample(2, 'key-a'))
    await set.add(sample(3, 'key-b'))
    await set.add(sample(4, 'key-b'))
    // key-a holds its share: its own oldest goes, not key-b's.
    expect(await set.add(sample(5, 'key-a'))).toEqual({ kept: true, evicted: 1 })
    expect(await requestIds(set)).toEqual(['req-002', 'req-003', 'req-004', 'req-005'])
    // key-c holds nothing: the oldest of all goes (key-a's req-002).
    await set.add(sample(6, 'key-c'))
    expect(await requestIds(set)).toEqual(['req-003', 'req-004', 'req-005', 'req-006'])
    const usage = await set.usage()
    for (const owner of usage.owners) expect(owner.bytes).toBeLessThanOrEqual(usage.ownerMaxBytes)
    expect(usage.bytes).toBe(await storedBytes(store))
  })

  it('one key flooding the set leaves every other key\'s samples in place', async () => {
    const store = freshStore()
    const set = createLevelDistillationSet({ store, limits: { maxBytes: roomFor(10) } })
    for (let index = 1; index <= 3; index++) await set.add(sample(index, 'victim'))
    for (let index = 10; index < 60; index++) await set.add(sample(index, 'flood'))
    const ids = await requestIds(set)
    expect(ids.slice(0, 3)).toEqual(['req-001', 'req-002', 'req-003'])
    // The flood keeps only its newest samples, within half the budget.
    expect(ids.slice(3)).toEqual(['req-055', 'req-056', 'req-057', 'req-058', 'req-059'])
    const usage = await set.usage()
    expect(usage.owners.find((owner) => owner.owner === 'flood')!.bytes).toBeLessThanOrEqual(usage.ownerMaxBytes)
    expect(usage.bytes).toBe(await storedBytes(store))
  })

  it('refuses a sample larger than the per-sample cap, with a logged reason, and stores nothing of it', async () => {
    const store = freshStore()
    const logged: Array<{ msg: string; bytes: number; largestSampleBytes: number; requestId: string }> = []
    const logger = pino({ level: 'warn' }, { write: (line: string) => { logged.push(JSON.parse(line) as (typeof logged)[number]) } })
    const set = createLevelDistillationSet({ store, logger, limits: { maxBytes: roomFor(10), maxSampleBytes: 2_000 } })
    await set.add(sample(1, 'key-a'))
    const before = await storedBytes(store)
    const outcome = await set.add(sample(2, 'key-a', 5_000))
    expect(outcome).toMatchObject({ kept: false, reason: 'sample-too-large', largestSampleBytes: 2_000 })
    expect(await storedBytes(store)).toBe(before)
    expect(await requestIds(set)).toEqual(['req-001'])
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ msg: 'distillation sample not kept: larger than the per-sample cap', requestId: 'req-002', largestSampleBytes: 2_000 })
    expect(logged[0]!.bytes).toBeGreaterThan(5_000)
    // Whatever the per-sample cap, no sample larger than one key's share is kept.
    const shareBound = createLevelDistillationSet({ store: freshStore(), limits: { maxBytes: roomFor(4), ownerShare: 0.25, maxSampleBytes: 10 ** 9 } })
    expect(await shareBound.add(sample(3, 'key-a', 1_500))).toMatchObject({ kept: false, reason: 'sample-too-large' })
  })

  it('holds to the bounds under concurrent adds, and reopens with the same totals', async () => {
    const store = freshStore()
    const limits = { maxBytes: roomFor(12) }
    const set = createLevelDistillationSet({ store, limits })
    await Promise.all(Array.from({ length: 40 }, (_, index) => set.add(sample(index, ['key-a', 'key-b', 'key-c'][index % 3], 800 + (index % 7) * 100))))
    const usage = await set.usage()
    expect(usage.bytes).toBeLessThanOrEqual(limits.maxBytes)
    expect(usage.bytes).toBe(await storedBytes(store))
    // What a restarted orchestrator rebuilds from the index is what the running one counted.
    const reopened = createLevelDistillationSet({ store, limits })
    expect(await reopened.usage()).toEqual(usage)
    expect(await reopened.count()).toBe(usage.samples)
    expect(await requestIds(reopened)).toEqual(await requestIds(set))
  })

  it('indexes a set kept before it was bounded, once, and trims it to the budget, oldest first', async () => {
    const store = freshStore()
    // As the unbounded set wrote it: the sample alone, under its time key, no owner.
    for (let index = 1; index <= 8; index++) {
      const legacy = sample(index, undefined)
      await store.put(sampleKey(legacy.createdAt, legacy.requestId), JSON.stringify(legacy))
    }
    const set = createLevelDistillationSet({ store, limits: { maxBytes: roomFor(3), ownerShare: 1 } })
    expect(await set.count()).toBe(3)
    expect(await requestIds(set)).toEqual(['req-006', 'req-007', 'req-008'])
    expect((await set.usage()).bytes).toBe(await storedBytes(store))
    await set.add(sample(9, 'key-a'))
    expect(await requestIds(set)).toEqual(['req-007', 'req-008', 'req-009'])
    // A lowered budget at the next start trims again.
    const smaller = createLevelDistillationSet({ store, limits: { maxBytes: roomFor(1), ownerShare: 1 } })
    expect(await smaller.count()).toBe(1)
    expect(await requestIds(smaller)).toEqual(['req-009'])
    expect((await smaller.usage()).bytes).toBe(await storedBytes(store))
  })

  it('exports page by page: `limit` lines after a cursor, `since` a time, samples without a target skipped', async () => {
    const set = createLevelDistillationSet({ store: freshStore() })
    for (let index = 1; index <= 7; index++) await set.add(sample(index, 'key-a'))
    // No answer usable as a target: never a line.
    await set.add({ ...sample(8, 'key-a'), answers: [{ peerId: 'liar', text: 'garbage', verdict: 'dishonest' }] })
    await set.add(sample(9, 'key-a'))
    const pages: string[][] = []
    let after: { createdAt: number; requestId: string } | undefined
    for (;;) {
      const page: string[] = []
      for await (const line of set.exportChatJsonl({ limit: 3, ...(after === undefined ? {} : { after }) })) {
        page.push(line.cursor.requestId)
        after = line.cursor
        expect(JSON.parse(line.text)).toMatchObject({ metadata: { requestId: line.cursor.requestId, createdAt: line.cursor.createdAt } })
      }
      if (page.length === 0) break
      pages.push(page)
    }
    expect(pages).toEqual([['req-001', 'req-002', 'req-003'], ['req-004', 'req-005', 'req-006'], ['req-007', 'req-009']])
    const since: string[] = []
    for await (const line of set.exportChatJsonl({ since: 1_700_000_000_005 })) since.push(line.cursor.requestId)
    expect(since).toEqual(['req-005', 'req-006', 'req-007', 'req-009'])
  })
})
