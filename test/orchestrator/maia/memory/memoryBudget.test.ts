import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLevelUserMemory, MAX_FACT_CHARACTERS } from '../../../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { createMemoryCipher } from '../../../../orchestrator/maia/memory/memoryCipher.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

/** One turn of an ordinary user: a fact and a summary line (~1 KB stored with the index). */
const TURN = 'My name is Ada. I have been feeling tired after the night shifts.'

describe('user memory\'s per-key budget', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let clock = 1_000_000
  const open = async (): Promise<void> => {
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
  }
  const memoryWith = (bytesPerKey?: number) => createLevelUserMemory({
    store: db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(new Uint8Array(32).fill(9)), now: () => clock++, bytesPerKey
  })
  const remembers = async (memory: ReturnType<typeof memoryWith>, userId: string): Promise<boolean> => (await memory.export(userId)).facts.length > 0
  /** The memory sublevel as a scan finds it: the per-key totals records, and everything else. */
  const scan = async (): Promise<{ bytes: number; totals: Array<Record<string, { items: number; bytes: number }>> }> => {
    const result = { bytes: 0, totals: [] as Array<Record<string, { items: number; bytes: number }>> }
    for await (const [key, value] of db.iterator({ gte: '!memory!', lt: '!memory"' })) {
      if (key.startsWith('!memory!!quota!m/')) result.totals.push(JSON.parse(value) as Record<string, { items: number; bytes: number }>)
      else result.bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
    }
    return result
  }
  /** How many of the test's users of `app-<app>` (u0 to u19) memory still knows. */
  const keptUsers = async (memory: ReturnType<typeof memoryWith>, app: number): Promise<number> => {
    let kept = 0
    for (let index = app; index < 20; index += 2) if (await remembers(memory, `app-${app}:u${index}`)) kept += 1
    return kept
  }
  /** What one ordinary user weighs, index included. */
  const userBytes = async (): Promise<number> => {
    const probe = memoryWith()
    await probe.observe('probe:u0', 'probe-session', TURN, 'probe')
    const { bytes } = await scan()
    await probe.delete('probe:u0')
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

  it('forgets the least recently active users of a key first, not the app\'s requests', async () => {
    const memory = memoryWith(Math.floor((await userBytes()) * 3.5))
    for (const user of ['u1', 'u2', 'u3']) await memory.observe(`app-a:${user}`, `s-${user}`, TURN, 'app-a')
    // u1 comes back, so u2 is now the least recently active.
    await memory.observe('app-a:u1', 's-u1', 'I dreamt of the sea.', 'app-a')
    await memory.observe('app-a:u4', 's-u4', TURN, 'app-a')
    expect(await remembers(memory, 'app-a:u2')).toBe(false)
    for (const user of ['u1', 'u3', 'u4']) expect(await remembers(memory, `app-a:${user}`), user).toBe(true)
    expect((await memory.export('app-a:u1')).summaries[0]?.summary).toContain('dreamt of the sea')
  })

  it('never forgets a key\'s users for another key\'s flood, and holds the flooding key to its budget', async () => {
    const budget = Math.floor((await userBytes()) * 5.5)
    const memory = memoryWith(budget)
    await memory.observe('app-a:alice', 'alice-1', TURN, 'app-a')
    for (let index = 0; index < 60; index++) await memory.observe(`app-b:u${index}`, `s${index}`, `${TURN} I want to grow garden ${index}.`, 'app-b')
    expect(await remembers(memory, 'app-a:alice')).toBe(true)
    expect(await remembers(memory, 'app-b:u59')).toBe(true)
    expect(await remembers(memory, 'app-b:u0')).toBe(false)
    const { totals } = await scan()
    const flooder = totals.find((usage) => (usage.user?.items ?? 0) > 1)!
    expect(flooder.user!.bytes).toBeLessThanOrEqual(budget)
  })

  it('keeps its counts exact across a reopen and a deletion: they match what a scan of the database finds', async () => {
    const budget = Math.floor((await userBytes()) * 4.5)
    let memory = memoryWith(budget)
    for (let index = 0; index < 20; index++) await memory.observe(`app-${index % 2}:u${index}`, `s${index}`, `${TURN} I want to learn song ${index}.`, `app-${index % 2}`)
    await db.close()
    await open()
    memory = memoryWith(budget)
    // Two facts and a summary from the turn, and the song.
    expect(await memory.delete('app-1:u19')).toBe(4)
    await memory.observe('app-0:u18', 's18', 'I practice yoga every morning.', 'app-0')
    const { bytes, totals } = await scan()
    // Memory and its index, as the database holds them, are exactly what the budgets count.
    expect(totals.reduce((sum, usage) => sum + (usage.user?.bytes ?? 0), 0)).toBe(bytes)
    const [app0, app1] = [await keptUsers(memory, 0), await keptUsers(memory, 1)]
    expect(totals.map((usage) => usage.user?.items ?? 0).filter((items) => items > 0).sort()).toEqual([app0, app1].sort())
    expect(app0).toBeGreaterThan(app1)
    expect(Math.max(...totals.map((usage) => usage.user?.bytes ?? 0))).toBeLessThanOrEqual(budget)
  })

  it('stores at most 200 characters of a fact, whatever a pattern matched', async () => {
    const memory = memoryWith()
    await memory.observe('u', 's', `My name is A${'a'.repeat(5_000)}.`, 'app-a')
    const [fact] = (await memory.export('u')).facts
    expect(fact?.text).toHaveLength(MAX_FACT_CHARACTERS)
  })
})
