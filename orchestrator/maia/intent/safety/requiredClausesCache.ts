import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { writeFileAtomic } from '../../../../shared/util/index.ts'
import { requiredClauses, type Clause } from './requiredPieces.ts'
import type { RegexSource } from './SafetyRule.ts'

/*
 * The pieces each safety rule's regexes need (requiredPieces.ts), read once per regex source for every process, not
 * once in each. The screen's ~300 rules hold ~940,000 characters of regex source: reading them took ~1.4 s of CPU
 * before the first message any `maia` process screened (`maia route`, the orchestrator, every test worker), while
 * the clauses they yield parse from ~560 kB of JSON in ~6 ms.
 *
 * The file is named by a hash of the reader's own source (requiredPieces.ts), so clauses written by an older reader
 * are never read by a newer one, and each entry by a hash of its regex's flags and source. A file that cannot be
 * read or does not pass its schema is ignored and written again; a directory that cannot be written leaves the
 * clauses in memory. Writes are atomic (shared/util's writeFileAtomic), so a process never reads half a file.
 */

const FORMAT = 'maia-required-clauses-v1'
const fileSchema = z.object({
  format: z.literal(FORMAT),
  reader: z.string(),
  clauses: z.record(z.string(), z.array(z.array(z.string())))
})

export interface RequiredClausesCacheInit {
  /** Folder of the cache file; undefined keeps the clauses of this process in memory only. */
  readonly directory?: string
  /** The reader's source text (requiredPieces.ts): its hash names the file. */
  readonly readerSource: string
  /** Reads a regex's clauses when the file has none for it (requiredClauses by default). */
  readonly read?: (regex: RegexSource) => Clause[]
  /** Hears a cache file that could not be written (the clauses stay in memory); ignored by default. */
  readonly onWriteError?: (error: unknown) => void
  /** Runs a write after the current work (setImmediate by default), so one write follows a whole rule list. */
  readonly schedule?: (write: () => Promise<void>) => void
}

export interface RequiredClausesCache {
  /** The regex's clauses, as requiredClauses reads them. */
  clausesOf(regex: RegexSource): Clause[]
  /** Writes clauses read since the last write; nothing when there are none. Never rejects (see onWriteError). */
  flush(): Promise<void>
  /** The cache file's path, or undefined when the cache lives in memory only. */
  readonly file: string | undefined
}

const hash = (text: string): string => createHash('sha256').update(text).digest('base64url')

/** A cache of requiredClauses over processes, in one JSON file of `directory`. */
export function createRequiredClausesCache(init: RequiredClausesCacheInit): RequiredClausesCache {
  const reader = hash(init.readerSource)
  const file = init.directory === undefined ? undefined : join(init.directory, `required-clauses-${reader.slice(0, 16)}.json`)
  const read = init.read ?? requiredClauses
  const schedule = init.schedule ?? ((write: () => Promise<void>) => { setImmediate(() => { void write() }) })
  let stored: Map<string, readonly (readonly string[])[]> | undefined
  const unwritten = new Map<string, readonly (readonly string[])[]>()
  let writeScheduled = false

  const readFile = (): Map<string, readonly (readonly string[])[]> => {
    if (file === undefined) return new Map()
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
      if (!parsed.success || parsed.data.reader !== reader) return new Map()
      return new Map(Object.entries(parsed.data.clauses))
    } catch {
      return new Map()
    }
  }

  const flush = async (): Promise<void> => {
    writeScheduled = false
    if (file === undefined || unwritten.size === 0) return
    // Another process may have written entries this one did not read: keep them.
    const entries = new Map([...readFile(), ...(stored ?? []), ...unwritten])
    unwritten.clear()
    try {
      await writeFileAtomic(file, JSON.stringify({ format: FORMAT, reader, clauses: Object.fromEntries(entries) }))
    } catch (error) {
      // The cache is an optimisation, never an error: the clauses stay in memory.
      init.onWriteError?.(error)
    }
  }

  return {
    file,
    flush,
    clausesOf(regex) {
      stored ??= readFile()
      const key = hash(`${regex.flags}/${regex.source}`)
      const known = stored.get(key)
      if (known !== undefined) return known.map((clause) => new Set(clause))
      const clauses = read(regex)
      const lists = clauses.map((clause) => [...clause])
      stored.set(key, lists)
      unwritten.set(key, lists)
      if (file !== undefined && !writeScheduled) {
        writeScheduled = true
        schedule(flush)
      }
      return clauses
    }
  }
}

/**
 * The cache folder of every `maia` process: MAIA_CACHE_DIR when set (`off` keeps clauses in memory), else
 * node_modules/.cache/maia of this checkout, where tools keep their caches.
 */
export function defaultRequiredClausesCacheDirectory(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = environment.MAIA_CACHE_DIR
  if (configured === 'off') return undefined
  if (configured !== undefined && configured !== '') return configured
  return fileURLToPath(new URL('../../../../node_modules/.cache/maia/', import.meta.url))
}

let shared: RequiredClausesCache | undefined

/** The process's cache, created on first use. */
export function sharedRequiredClausesCache(): RequiredClausesCache {
  shared ??= createRequiredClausesCache({
    directory: defaultRequiredClausesCacheDirectory(),
    readerSource: readFileSync(new URL('./requiredPieces.ts', import.meta.url), 'utf8')
  })
  return shared
}
