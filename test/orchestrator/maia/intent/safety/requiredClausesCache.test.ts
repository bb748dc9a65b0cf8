import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRequiredClausesCache, defaultRequiredClausesCacheDirectory, sharedRequiredClausesCache } from '../../../../../orchestrator/maia/intent/safety/requiredClausesCache.ts'
import { requiredClauses } from '../../../../../orchestrator/maia/intent/safety/requiredPieces.ts'
import { ruleSources } from '../../../../../orchestrator/maia/intent/safety/SafetyRule.ts'
import { SAFETY_RULES } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'

const asLists = (clauses: readonly ReadonlySet<string>[]): string[][] => clauses.map((clause) => [...clause].sort())
// Writes as soon as asked; `written()` waits for them.
const pending: Promise<void>[] = []
const now = (write: () => Promise<void>): void => { pending.push(write()) }
const written = async (): Promise<void> => { await Promise.all(pending.splice(0)) }

describe('createRequiredClausesCache', () => {
  let directory: string
  beforeEach(async () => { directory = await mkdtemp(join(tmpdir(), 'maia-clauses-')) })
  // A test may leave writes it never waited for (scheduled by `now`): finished first, or the folder's removal races them (ENOTEMPTY).
  afterEach(async () => { await written(); await rm(directory, { recursive: true, force: true }) })

  it('reads a regex once over processes: a second cache on the same folder answers from the file', async () => {
    const regex = /(?:pills|rope)[^.]{0,40}(?:die|end it)/gu
    const first = createRequiredClausesCache({ directory, readerSource: 'reader v1', schedule: now })
    expect(asLists(first.clausesOf(regex))).toEqual([['pills', 'rope'], ['die', 'end it']])
    await written()
    const read = vi.fn(requiredClauses)
    const second = createRequiredClausesCache({ directory, readerSource: 'reader v1', read })
    expect(asLists(second.clausesOf({ source: regex.source, flags: regex.flags }))).toEqual([['pills', 'rope'], ['die', 'end it']])
    expect(read).not.toHaveBeenCalled()
  })

  it('never hands clauses written by another reader, nor those of another source or flags', async () => {
    createRequiredClausesCache({ directory, readerSource: 'reader v1', schedule: now }).clausesOf(/pills/gu)
    await written()
    const read = vi.fn(requiredClauses)
    const newer = createRequiredClausesCache({ directory, readerSource: 'reader v2', read, schedule: now })
    expect(newer.file).not.toBe(createRequiredClausesCache({ directory, readerSource: 'reader v1' }).file)
    newer.clausesOf(/pills/gu)
    expect(read).toHaveBeenCalledTimes(1)
    newer.clausesOf(/pills/iu)
    newer.clausesOf(/rope/gu)
    expect(read).toHaveBeenCalledTimes(3)
  })

  it('ignores a file that is not JSON or does not pass its schema, and writes it again', async () => {
    const cache = createRequiredClausesCache({ directory, readerSource: 'reader v1' })
    for (const content of ['{"format":"maia-required-clauses-v1"', JSON.stringify({ format: 'maia-required-clauses-v1', reader: 'x', clauses: { a: 'not lists' } })]) {
      await writeFile(cache.file!, content)
      const read = vi.fn(requiredClauses)
      const fresh = createRequiredClausesCache({ directory, readerSource: 'reader v1', read, schedule: now })
      expect(asLists(fresh.clausesOf(/pills/gu))).toEqual([['pills']])
      expect(read).toHaveBeenCalledTimes(1)
      await written()
      expect(JSON.parse(await readFile(cache.file!, 'utf8'))).toMatchObject({ format: 'maia-required-clauses-v1' })
    }
  })

  it('keeps what another process wrote when it writes, and leaves no temporary file', async () => {
    createRequiredClausesCache({ directory, readerSource: 'reader v1', schedule: now }).clausesOf(/pills/gu)
    await written()
    createRequiredClausesCache({ directory, readerSource: 'reader v1', schedule: now }).clausesOf(/rope/gu)
    await written()
    const read = vi.fn(requiredClauses)
    const third = createRequiredClausesCache({ directory, readerSource: 'reader v1', read })
    third.clausesOf(/pills/gu)
    third.clausesOf(/rope/gu)
    expect(read).not.toHaveBeenCalled()
    expect(await readdir(directory)).toHaveLength(1)
  })

  it('writes once after a whole batch of reads, when its schedule runs', async () => {
    const writes: (() => Promise<void>)[] = []
    const cache = createRequiredClausesCache({ directory, readerSource: 'reader v1', schedule: (write) => { writes.push(write) } })
    cache.clausesOf(/pills/gu)
    cache.clausesOf(/rope/gu)
    expect(writes).toHaveLength(1)
    await writes[0]!()
    const read = vi.fn(requiredClauses)
    createRequiredClausesCache({ directory, readerSource: 'reader v1', read }).clausesOf(/rope/gu)
    expect(read).not.toHaveBeenCalled()
  })

  it('keeps the clauses in memory when the folder cannot be written, and says why', async () => {
    const blocked = join(directory, 'a-file')
    await writeFile(blocked, '')
    const errors: unknown[] = []
    const cache = createRequiredClausesCache({ directory: join(blocked, 'cache'), readerSource: 'reader v1', schedule: now, onWriteError: (error) => errors.push(error) })
    expect(asLists(cache.clausesOf(/pills/gu))).toEqual([['pills']])
    await written()
    expect(errors).toHaveLength(1)
    expect(createRequiredClausesCache({ readerSource: 'reader v1' }).file).toBeUndefined()
  })
})

describe('the cache folder', () => {
  it('is MAIA_CACHE_DIR when set, none with "off", else node_modules/.cache/maia of the checkout', () => {
    expect(defaultRequiredClausesCacheDirectory({ MAIA_CACHE_DIR: '/var/cache/maia' })).toBe('/var/cache/maia')
    expect(defaultRequiredClausesCacheDirectory({ MAIA_CACHE_DIR: 'off' })).toBeUndefined()
    expect(defaultRequiredClausesCacheDirectory({})).toMatch(/node_modules\/\.cache\/maia\/$/u)
  })
})

describe('the shared cache', () => {
  it('gives every safety rule the clauses requiredClauses reads from its sources', () => {
    const cache = sharedRequiredClausesCache()
    for (const safetyRule of SAFETY_RULES) {
      const { pattern, unless } = ruleSources(safetyRule)
      expect(asLists(cache.clausesOf(pattern)), safetyRule.name).toEqual(asLists(requiredClauses(pattern)))
      if (unless !== undefined) expect(asLists(cache.clausesOf(unless)), safetyRule.name).toEqual(asLists(requiredClauses(unless)))
    }
  })
})
