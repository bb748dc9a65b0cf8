import { Field, FixedSizeList, Float32, Int32, Schema, Utf8, type DataType } from 'apache-arrow'
import { z } from 'zod'
import { KnowledgeStoreError } from './errors.ts'

// LanceDB's Rust core logs through env_logger, read once when the native module loads; without
// this its warnings ("No existing dataset...", scoring deprecations) land on the CLI's stderr.
process.env.LANCEDB_LOG ??= 'error'
const lancedb = await import('@lancedb/lancedb')
type Connection = Awaited<ReturnType<typeof lancedb.connect>>
type Table = Awaited<ReturnType<Connection['openTable']>>

const TABLE = 'chunks'

/** A chunk as stored: the unit of retrieval. */
export interface StoredChunk {
  id: string
  source: string
  title: string
  author: string
  text: string
  /** Tokens by the ingest's counter (search recounts with its own). */
  tokens: number
  ordinal: number
  start: number
  end: number
  topics: string[]
  curator: string | null
  vector?: Float32Array
}

export interface ChunkFilter {
  author?: string | undefined
  topic?: string | undefined
}

export interface ScoredChunk extends StoredChunk {
  /** BM25 score (higher is better) or cosine distance (lower is better), by search kind. */
  score: number
}

/** The on-disk chunk table: LanceDB, embedded, with a BM25 index on `text`. */
export interface ChunkStore {
  /** Replaces every chunk of the given sources with `chunks`, then rebuilds the BM25 index. */
  replaceSources(sources: readonly string[], chunks: readonly StoredChunk[]): Promise<void>
  fullTextSearch(query: string, filter: ChunkFilter, limit: number): Promise<ScoredChunk[]>
  vectorSearch(vector: Float32Array, filter: ChunkFilter, limit: number): Promise<ScoredChunk[]>
  /** Every chunk (without vectors), in source and reading order: what the in-memory index is built from. */
  allChunks(): Promise<StoredChunk[]>
  count(): Promise<number>
  sources(): Promise<string[]>
  close(): Promise<void>
}

const COLUMNS = ['id', 'source', 'title', 'author', 'text', 'tokens', 'ordinal', 'start', 'end', 'topics', 'curator'] as const

// Rows read back are checked, not trusted: an index from another version fails loudly here.
const rowSchema = z.object({
  id: z.string(), source: z.string(), title: z.string(), author: z.string(), text: z.string(),
  tokens: z.number(), ordinal: z.number(), start: z.number(), end: z.number(),
  topics: z.string(), curator: z.string().nullable(),
  _score: z.number().optional(), _distance: z.number().optional()
})

/**
 * Opens (or creates on first write) the chunk table in `directory`.
 *
 * @example
 * const store = await openLanceChunkStore({ directory: '.maia/knowledge', dimensions: null })
 */
export async function openLanceChunkStore(options: { directory: string; dimensions: number | null }): Promise<ChunkStore> {
  const { directory, dimensions } = options
  const guard = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (cause) {
      throw new KnowledgeStoreError(operation, directory, { cause })
    }
  }
  const connection = await guard('connect', () => lancedb.connect(directory))
  let table: Table | undefined = await guard('open', async () => ((await connection.tableNames()).includes(TABLE) ? connection.openTable(TABLE) : undefined))

  const read = (rows: unknown[]): ScoredChunk[] => rows.map((raw) => {
    const row = rowSchema.parse(raw)
    return { ...row, topics: row.topics.split(',').filter(Boolean), score: row._score ?? row._distance ?? 0 }
  })

  return {
    async replaceSources(sources, chunks) {
      await guard('write', async () => {
        if (table === undefined) table = await connection.createEmptyTable(TABLE, schema(dimensions), { mode: 'create', existOk: true })
        if (sources.length > 0) await table.delete(`source IN (${sources.map(sqlString).join(', ')})`)
        if (chunks.length > 0) await table.add(chunks.map(toRow))
        // Rebuilt whole: at library sizes (thousands of chunks) this takes well under a second,
        // and a stale index would silently miss the new chunks.
        await table.createIndex('text', { config: lancedb.Index.fts({ stem: true, removeStopWords: true, language: 'English', lowercase: true, asciiFolding: true, withPosition: false }), replace: true })
      })
    },
    async fullTextSearch(query, filter, limit) {
      if (table === undefined || query.trim() === '') return []
      const current = table
      return guard('search', async () => {
        let search = current.query().fullTextSearch(query, { columns: ['text'] }).select([...COLUMNS, '_score']).limit(limit)
        const where = whereClause(filter)
        if (where !== undefined) search = search.where(where)
        return read(await search.toArray())
      })
    },
    async vectorSearch(vector, filter, limit) {
      if (table === undefined) return []
      const current = table
      return guard('search', async () => {
        let search = current.query().nearestTo(vector).distanceType('cosine').select([...COLUMNS, '_distance']).limit(limit)
        const where = whereClause(filter)
        if (where !== undefined) search = search.where(where)
        return read(await search.toArray())
      })
    },
    async allChunks() {
      if (table === undefined) return []
      const current = table
      const rows = await guard('list', async () => read(await current.query().select([...COLUMNS]).toArray()))
      return rows.map(({ score: _score, ...chunk }) => chunk).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.ordinal - b.ordinal))
    },
    count: () => (table === undefined ? Promise.resolve(0) : guard('count', () => table!.countRows())),
    async sources() {
      if (table === undefined) return []
      const current = table
      const rows = await guard('list', () => current.query().select(['source']).where('ordinal = 0').toArray())
      return rows.map((row) => z.object({ source: z.string() }).parse(row).source).sort()
    },
    async close() {
      table?.close()
      connection.close()
    }
  }
}

function schema(dimensions: number | null): Schema {
  const fields: Field<DataType>[] = [
    new Field('id', new Utf8(), false), new Field('source', new Utf8(), false), new Field('title', new Utf8(), false),
    new Field('author', new Utf8(), false), new Field('text', new Utf8(), false), new Field('tokens', new Int32(), false),
    new Field('ordinal', new Int32(), false), new Field('start', new Int32(), false), new Field('end', new Int32(), false),
    // Topics as ",a,b," so that a topic filter is one LIKE with no array functions.
    new Field('topics', new Utf8(), false), new Field('curator', new Utf8(), true)
  ]
  if (dimensions !== null) fields.push(new Field('vector', new FixedSizeList(dimensions, new Field('item', new Float32(), true)), false))
  return new Schema(fields)
}

function toRow(chunk: StoredChunk): Record<string, unknown> {
  const { vector, topics, ...rest } = chunk
  return { ...rest, topics: `,${topics.join(',')},`, ...(vector === undefined ? {} : { vector: Array.from(vector) }) }
}

/** SQL for the filters; user text only ever appears inside escaped string literals. */
export function whereClause(filter: ChunkFilter): string | undefined {
  const parts: string[] = []
  if (filter.author !== undefined && filter.author.trim() !== '') parts.push(`lower(author) LIKE ${likeContains(filter.author.trim().toLowerCase())} ESCAPE '\\'`)
  if (filter.topic !== undefined && filter.topic.trim() !== '') parts.push(`topics LIKE ${likeContains(`,${filter.topic.trim().toLowerCase()},`)} ESCAPE '\\'`)
  return parts.length === 0 ? undefined : parts.join(' AND ')
}

function likeContains(value: string): string {
  return sqlString(`%${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`)
}

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}
