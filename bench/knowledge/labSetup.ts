// The set-up the retrieval labs share (issue 11, round nine on): the development question sets split
// into halves by a hash of the question id (heldoutSplit.ts), both libraries chunked as the knowledge
// base chunks them, cached passage and question vectors, the lexical retrievers, each question's
// lexical / plain / dense rankings, the shipped soft term matcher, the listwise trainer and the
// evaluation loop (questions found within 8k and 20k tokens). Round six to eight's labs carry their own
// copy of the same steps; round nine's lab (round9Lab.ts) uses this one.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { loadSentenceEncoder, type SentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { chunkText } from '../../orchestrator/maia/knowledge/chunkText.ts'
import { chunkNeighbours } from '../../orchestrator/maia/knowledge/chunkNeighbours.ts'
import type { StoredChunk } from '../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { createLexicalIndexFromTerms } from '../../orchestrator/maia/knowledge/createLexicalIndex.ts'
import { createLexicalRetriever, type LexicalRetriever } from '../../orchestrator/maia/knowledge/createLexicalRetriever.ts'
import { DEFAULT_LEXICAL_RETRIEVAL } from '../../orchestrator/maia/knowledge/defaults.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { analyzeText } from '../../orchestrator/maia/knowledge/analyzeText.ts'
import { loadRelatedTermTable } from '../../orchestrator/maia/knowledge/loadRelatedTermTable.ts'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { createSoftTermMatcher, type SoftTermMatcher } from '../../orchestrator/maia/knowledge/softTermMatcher.ts'
import { loadWordVectorTable, resolveWinkWordVectors, type WordVectorTable } from '../../orchestrator/maia/knowledge/wordVectorTable.ts'
import { heldoutHalf } from './heldoutSplit.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { assembleSecondLibrary } from './secondLibrary.ts'
import { assembleThirdLibrary } from './thirdLibrary.ts'
import { assembleFourthLibrary } from './fourthLibrary.ts'
import { BENCH_VECTOR_CACHE, passagesFound, questionSetSchema, type Question } from './support.ts'
import { passageTextHash, PASSAGE_VECTORS_FILE, readPassageVectors, SENTENCE_VECTORS_FILE } from '../../orchestrator/maia/knowledge/passageVectorCache.ts'

export type Library = 'shared' | 'second' | 'third' | 'fourth'
/** Round twelve adds the fourth library (fourthLibrary.ts; heldoutV15's `fourth` questions). */
export const LIBRARIES: readonly Library[] = ['shared', 'second', 'third', 'fourth']
/** `H`: the held-out books (round eleven): every question over them, never tuned on, measured with `check` only. */
export type Half = 'A' | 'B' | 'H'
export interface QuestionSet { readonly name: string; readonly library: Library; readonly half: Half; readonly questions: readonly Question[] }
/** A question's rankings as indices into its library's chunks: the shipped lexical one (1,000 deep), plain BM25's, every chunk's dense cosine. */
export interface Signals { readonly lexical: number[]; readonly plain: number[]; readonly dense: Float64Array }

export const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
export const counter = createEstimatedTokenCounter()
export const BUDGETS = [8_000, 20_000] as const
/** How many ranked passages a search at `budget` hands to packing (as the knowledge base asks). */
export const limitFor = (budget: number): number => Math.min(1_000, Math.max(30, Math.ceil((budget / 200) * 3)))
/** Best first, ties by lower index. */
export function order(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b)
}
export function zScores(values: Float64Array): Float64Array {
  let mean = 0; for (const s of values) mean += s; mean /= values.length
  let variance = 0; for (const s of values) variance += (s - mean) ** 2
  const sd = Math.sqrt(variance / values.length) || 1
  return Float64Array.from(values, (s) => (s - mean) / sd)
}
export const isGold = (question: Question, chunk: StoredChunk): boolean => passagesFound(question, [chunk]) > 0

export interface Lab {
  readonly sets: readonly QuestionSet[]
  /** Every set, B halves included, whatever `check` says (training reads the A halves only). */
  readonly allSets: readonly QuestionSet[]
  readonly check: boolean
  readonly encoder: SentenceEncoder
  chunksOf(library: Library): StoredChunk[]
  neighboursOf(library: Library): number[][]
  lexicalOf(library: Library): Promise<{ plain: LexicalRetriever; expanded: LexicalRetriever }>
  signalsOf(library: Library, question: Question): Promise<Signals>
  /** The shipped soft term match (softTermMatcher.ts, earlier turns at half weight), every chunk's score; cached per question. */
  softOf(library: Library, question: Question): Promise<Float64Array>
  softMatcherOf(library: Library): Promise<SoftTermMatcher>
  /** The GloVe table the soft term matcher reads (wordVectorTable.ts). */
  readonly wordVectors: Promise<WordVectorTable>
  /** The encoder's vectors of `texts` (cached on disk by their hash; encoded once). */
  vectorsOf(texts: readonly string[], label: string): Promise<Float32Array[]>
  /** Every chunk's vector (window 0), in `chunksOf` order. */
  passageVectorsOf(library: Library): Promise<Float32Array[]>
  /** The question's vector as the knowledge base asks: the question plus 0.5 x the mean of its earlier turns. */
  queryVectorOf(question: Question): Float32Array
  /** Each book's length in estimated tokens (its chunks' tokens, overlaps included). */
  bookTokensOf(library: Library): Map<string, number>
  dispose(): Promise<void>
}

/**
 * Opens the lab: `versions` the spent held-out sets to read (e.g. ['v2', ..., 'v10']; never a fresh
 * one), `check` whether the B halves are measured too. `heldoutBooks` (round eleven): sources whose
 * questions are never tuned on, whichever half their id falls in: they form the `H` sets, measured
 * with `check` only.
 */
export async function openLab(options: { versions: readonly string[]; check: boolean; label: string; heldoutBooks?: readonly string[] }): Promise<Lab> {
  const scratch = await mkdtemp(join(tmpdir(), `maia-${options.label}-`))
  const cacheDirectory = flag('--cache') ?? join(tmpdir(), 'maia-dense-cache')
  await mkdir(cacheDirectory, { recursive: true })
  const threads = Number(flag('--threads') ?? 2)
  const encoder = await loadSentenceEncoder({ threads })
  const heldout = async (version: string): Promise<Array<Question & { library: Library }>> => {
    const json: unknown = JSON.parse(await readFile(new URL(`./heldout${version.toUpperCase()}/questions.json`, import.meta.url), 'utf8'))
    const libraries = new Map(z.object({ questions: z.array(z.object({ id: z.string(), library: z.enum(['shared', 'second', 'third', 'fourth']) })) }).parse(json).questions.map((q) => [q.id, q.library]))
    return questionSetSchema.parse(json).questions.map((q) => ({ ...q, library: libraries.get(q.id)! }))
  }
  const spent = await Promise.all(options.versions.map(async (version) => [version, await heldout(version)] as const))
  const heldoutBooks = new Set(options.heldoutBooks ?? [])
  const halfOf = (question: Question): Half => (question.passages.some((passage) => heldoutBooks.has(passage.source)) ? 'H' : heldoutHalf(question.id))
  const shortName: Record<Library, string> = { shared: 'sh', second: '2nd', third: '3rd', fourth: '4th' }
  const everySet: QuestionSet[] = [
    { name: 'tune', library: 'shared', half: 'A', questions: await loadParaphraseQuestions('tune') },
    ...(['A', 'B', 'H'] as const).flatMap((half) => spent.flatMap(([version, set]) => LIBRARIES.map((library): QuestionSet => ({
      name: `${version}${half}-${shortName[library]}`, library, half, questions: set.filter((q) => halfOf(q) === half && q.library === library)
    }))))
  ]
  // `--libraries shared,third`: only those libraries' sets (a quicker look; every library by default).
  const onlyLibraries = flag('--libraries')?.split(',')
  const allSets = everySet.filter((set) => set.questions.length > 0 && (onlyLibraries === undefined || onlyLibraries.includes(set.library)))
  // `--halves B,H` (with `check`): only those halves are measured (a check that need not run the A halves again).
  const onlyHalves = flag('--halves')?.split(',')
  const sets = allSets.filter((set) => (options.check || set.half === 'A') && (onlyHalves === undefined || onlyHalves.includes(set.half)))
  const documents: Record<Library, Awaited<ReturnType<typeof collectDocuments>>> = {
    shared: await collectDocuments([await resolveLibraryDirectory()]),
    second: await collectDocuments([await assembleSecondLibrary(join(scratch, 'second'))]),
    third: allSets.some((set) => set.library === 'third') ? await collectDocuments([await assembleThirdLibrary(join(scratch, 'third'))]) : [],
    fourth: allSets.some((set) => set.library === 'fourth') ? await collectDocuments([await assembleFourthLibrary(join(scratch, 'fourth'))]) : []
  }
  // Round eleven: vectors the benches' knowledge bases already hold (support.ts BENCH_VECTOR_CACHE,
  // keyed by text as the product keys them) are read rather than encoded again.
  let productVectors: Promise<Map<string, Float32Array>> | undefined
  const productVectorsOf = (): Promise<Map<string, Float32Array>> => (productVectors ??= (async () => {
    const all = new Map<string, Float32Array>()
    const folders = await readdir(BENCH_VECTOR_CACHE).catch(() => [] as string[])
    for (const folder of folders) for (const file of [PASSAGE_VECTORS_FILE, SENTENCE_VECTORS_FILE]) {
      for (const [hash, vector] of await readPassageVectors(join(BENCH_VECTOR_CACHE, folder), encoder.id, file)) all.set(hash, vector)
    }
    return all
  })())
  const cachedVectors = async (texts: readonly string[], label: string): Promise<Float32Array[]> => {
    const key = createHash('sha256').update(encoder.id).update('\0').update(texts.join('\0')).digest('hex').slice(0, 24)
    const file = join(cacheDirectory, `${key}.f32`)
    const dimensions = encoder.dimensions
    try {
      const bytes = await readFile(file)
      const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
      if (all.length === texts.length * dimensions) return texts.map((_, index) => all.slice(index * dimensions, (index + 1) * dimensions))
    } catch { /* not cached yet */ }
    const started = performance.now()
    const vectors: Float32Array[] = new Array(texts.length)
    const known = await productVectorsOf()
    const missing: number[] = []
    texts.forEach((text, index) => { const vector = known.get(passageTextHash(text)); if (vector === undefined) missing.push(index); else vectors[index] = vector })
    let next = 0
    await Promise.all(Array.from({ length: 2 * threads }, async () => {
      while (next < missing.length) {
        const start = next
        next += 64
        const rows = missing.slice(start, start + 64)
        const slice = await encoder.embed(rows.map((row) => texts[row]!))
        slice.forEach((vector, offset) => { vectors[rows[offset]!] = vector })
      }
    }))
    console.error(`  embedded ${missing.length} of ${texts.length} ${label} (the rest read from ${BENCH_VECTOR_CACHE}) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    const all = new Float32Array(texts.length * dimensions)
    vectors.forEach((vector, index) => all.set(vector, index * dimensions))
    await writeFile(file, Buffer.from(all.buffer))
    return vectors
  }
  const memo = <K, V>(make: (key: K) => V): ((key: K) => V) => {
    const cache = new Map<K, V>()
    return (key) => { if (!cache.has(key)) cache.set(key, make(key)); return cache.get(key)! }
  }
  const chunksOf = memo((library: Library): StoredChunk[] => documents[library].flatMap((document) => chunkText(document.text, counter, { targetTokens: 200, overlapTokens: 30 }).map((chunk): StoredChunk => ({
    id: `${document.source}#${chunk.ordinal}`, source: document.source, title: document.title, author: document.author,
    text: chunk.text, tokens: chunk.tokens, ordinal: chunk.ordinal, start: chunk.start, end: chunk.end, topics: [], curator: null
  }))))
  const passageVectors = memo((library: Library) => cachedVectors(chunksOf(library).map((chunk) => chunk.text), `${library} passages (window 0)`))
  const indexOf = memo((library: Library) => new Map(chunksOf(library).map((chunk, index) => [chunk.id, index])))
  const neighboursOf = memo((library: Library) => chunkNeighbours(chunksOf(library)))
  const lexicalOf = memo(async (library: Library) => {
    const chunks = chunksOf(library)
    const index = createLexicalIndexFromTerms(chunks.map((chunk) => analyzeText(chunk.text)))
    const related = await loadRelatedTermTable(join(scratch, library), index.terms())
    const oldIndex = createLexicalIndexFromTerms(chunks.map((chunk) => analyzeText(chunk.text, { archaic: false })))
    return {
      expanded: createLexicalRetriever(chunks, index, DEFAULT_LEXICAL_RETRIEVAL, related),
      plain: createLexicalRetriever(chunks, oldIndex, { expansion: null, relatedWeight: 0, earlierTurnsWeight: 0, neighbourWeight: 0, plainShare: 0 }, undefined, (text) => analyzeText(text, { archaic: false }))
    }
  })
  // Question vectors: the question plus 0.5 x the mean of its earlier turns (as the knowledge base asks).
  const questionVectors = new Map<string, Float32Array>()
  {
    const texts = [...new Set(allSets.filter((set) => options.check || set.half === 'A').flatMap((set) => set.questions.flatMap((q) => [q.question, ...(q.earlierTurns ?? [])])))]
    const vectors = await cachedVectors(texts, 'questions')
    texts.forEach((text, index) => questionVectors.set(text, vectors[index]!))
  }
  const queryVector = (question: Question): Float32Array => {
    const vector = Float32Array.from(questionVectors.get(question.question)!)
    const earlier = question.earlierTurns ?? []
    for (const turn of earlier) {
      const other = questionVectors.get(turn)!
      for (let i = 0; i < vector.length; i += 1) vector[i]! += (0.5 / earlier.length) * other[i]!
    }
    return vector
  }
  const signalCache = new Map<string, Promise<Signals>>()
  const signalsOf = (library: Library, question: Question): Promise<Signals> => {
    const key = `${library}:${question.id}`
    let signals = signalCache.get(key)
    if (signals === undefined) {
      signals = (async () => {
        const chunks = chunksOf(library)
        const lexical = await lexicalOf(library)
        const query = queryVector(question)
        const passages = await passageVectors(library)
        const dense = new Float64Array(chunks.length)
        passages.forEach((vector, row) => { let dot = 0; for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * query[i]!; dense[row] = dot })
        const ids = indexOf(library)
        return {
          lexical: lexical.expanded.rank(question.question, {}, 1_000, question.earlierTurns ?? []).map((chunk) => ids.get(chunk.id)!),
          plain: lexical.plain.rank(question.question, {}, 1_000).map((chunk) => ids.get(chunk.id)!),
          dense
        }
      })()
      signalCache.set(key, signals)
    }
    return signals
  }
  const gloveDirectory = flag('--glove') ?? '/tmp/maia-glove-cache'
  const table = loadWordVectorTable({ source: resolveWinkWordVectors()!, cacheDirectory: gloveDirectory })
  const softMatcherOf = memo(async (library: Library) => createSoftTermMatcher(chunksOf(library).map((chunk) => chunk.text), await table))
  const softCache = new Map<string, Float64Array>()
  const softOf = async (library: Library, question: Question): Promise<Float64Array> => {
    const key = `${library}:${question.id}`
    let scores = softCache.get(key)
    if (scores === undefined) softCache.set(key, scores = (await softMatcherOf(library)).scores(question.question, question.earlierTurns ?? []))
    return scores
  }
  const bookTokensOf = memo((library: Library) => {
    const tokens = new Map<string, number>()
    for (const chunk of chunksOf(library)) tokens.set(chunk.source, (tokens.get(chunk.source) ?? 0) + chunk.tokens)
    return tokens
  })
  return {
    sets, allSets, check: options.check, encoder, chunksOf, neighboursOf, lexicalOf, signalsOf, softOf, softMatcherOf, wordVectors: table,
    vectorsOf: cachedVectors, passageVectorsOf: passageVectors, queryVectorOf: queryVector, bookTokensOf, dispose: async () => { await encoder.dispose?.() }
  }
}

/** A question's candidates' features and its gold candidates' positions; `weight` (default 1) scales its share of the loss. */
/**
 * Each question's weight when questions are spread over the text (issue 11, round ten): within each
 * half and library, a book's questions together weigh in proportion to the book's length in tokens,
 * shared equally among its questions (with `power` p: in proportion to length^p; 0: every book alike), scaled so that the group's weights add up to its question count
 * (books no question asks about drop out). Keyed by `library:id`.
 */
export function lengthWeights(lab: Lab, sets: readonly QuestionSet[], power = 1): Map<string, number> {
  const weights = new Map<string, number>()
  for (const half of ['A', 'B', 'H'] as const) for (const library of LIBRARIES) {
    const questions = sets.filter((set) => set.half === half && set.library === library).flatMap((set) => set.questions)
    const perBook = new Map<string, number>()
    for (const question of questions) perBook.set(question.passages[0]!.source, (perBook.get(question.passages[0]!.source) ?? 0) + 1)
    const tokens = lab.bookTokensOf(library)
    const lengthOf = (source: string): number => (tokens.get(source) ?? 0) ** power
    const covered = [...perBook.keys()].reduce((sum, source) => sum + lengthOf(source), 0)
    for (const question of questions) {
      const source = question.passages[0]!.source
      weights.set(`${library}:${question.id}`, (questions.length * lengthOf(source)) / covered / perBook.get(source)!)
    }
  }
  return weights
}

export interface TrainingExample { readonly features: readonly Float64Array[]; readonly gold: readonly number[]; readonly weight?: number }
/**
 * Listwise softmax over each question's candidates (temperature 1/20: votes are ~1/60 apart),
 * cross-entropy with its gold candidates, Adam, L2; starts at round four's fusion (lexical vote 1,
 * dense vote 0.7), as rounds six to eight trained.
 */
export function trainListwise(examples: readonly TrainingExample[], d: number, options: { l2: number; epochs: number }): Float64Array {
  const w = new Float64Array(d)
  w[0] = 1; w[2] = 0.7
  const m = new Float64Array(d); const v = new Float64Array(d)
  const scale = 20
  for (let step = 1; step <= options.epochs; step += 1) {
    const grad = new Float64Array(d)
    let totalWeight = 0
    for (const { features, gold, weight = 1 } of examples) {
      totalWeight += weight
      const scores = features.map((x) => scale * x.reduce((sum, value, i) => sum + value * w[i]!, 0))
      const max = Math.max(...scores)
      const exps = scores.map((s) => Math.exp(s - max))
      const z = exps.reduce((a, b) => a + b, 0)
      features.forEach((x, j) => {
        const p = weight * (exps[j]! / z - (gold.includes(j) ? 1 / gold.length : 0))
        for (let i = 0; i < d; i += 1) grad[i]! += scale * p * x[i]!
      })
    }
    for (let i = 0; i < d; i += 1) grad[i] = grad[i]! / totalWeight + options.l2 * w[i]!
    for (let i = 0; i < d; i += 1) {
      m[i] = 0.9 * m[i]! + 0.1 * grad[i]!
      v[i] = 0.999 * v[i]! + 0.001 * grad[i]! ** 2
      w[i]! -= 0.05 * (m[i]! / (1 - 0.9 ** step)) / (Math.sqrt(v[i]! / (1 - 0.999 ** step)) + 1e-8)
    }
  }
  return w
}

/**
 * Measures `rank` (a variant: the ranked passages for a question, best first, up to `limit`) on every
 * set at both budgets; prints one line per variant (cells: found @8k @20k / passages asked) and, with
 * `byLibrary`, the halves' totals by library. `pack` packs as the knowledge base does by default.
 */
export async function measureVariants(lab: Lab, variants: readonly string[], rank: (spec: string, library: Library, question: Question, limit: number) => Promise<StoredChunk[]>,
  options: { byLibrary: boolean; conversational: boolean; lengthWeighted?: boolean; pack?: (spec: string, ranked: StoredChunk[], library: Library, budget: number, question: Question) => Array<{ source: string; text: string }> | Promise<Array<{ source: string; text: string }>> }): Promise<void> {
  const totals = new Map<string, number[]>()
  const weightOf = options.lengthWeighted === true ? lengthWeights(lab, lab.sets) : undefined
  const pack = options.pack ?? ((_spec, ranked, _library, budget) => packChunks(ranked, counter, { budgetTokens: budget, storedTokensCounter: counter.id }).chunks)
  for (const spec of variants) {
    const cells: string[] = []
    const sums: Record<Half, number[]> = { A: [0, 0, 0], B: [0, 0, 0], H: [0, 0, 0] }
    const conversational = new Map<string, number[]>()
    // Length-weighted: per half and library, the weighted share of passages found @8k, @20k, and the weights' sum.
    const weighted = new Map<string, number[]>()
    for (const set of lab.sets) {
      const found = [0, 0]
      let total = 0
      for (const question of set.questions) {
        total += question.passages.length
        for (const [b, budget] of BUDGETS.entries()) {
          const got = passagesFound(question, await pack(spec, await rank(spec, set.library, question, limitFor(budget)), set.library, budget, question))
          found[b]! += got
          if (weightOf !== undefined) {
            const key = `${set.half}-${set.library}`
            const cell = weighted.get(key) ?? [0, 0, 0]
            const weight = weightOf.get(`${set.library}:${question.id}`)!
            cell[b]! += (weight * got) / question.passages.length
            if (b === 0) cell[2]! += weight
            weighted.set(key, cell)
          }
          if ((question.earlierTurns ?? []).length > 0) {
            const key = `${set.half}-${set.library}`
            const cell = conversational.get(key) ?? [0, 0, 0]
            cell[b]! += got
            if (b === 0) cell[2]! += question.passages.length
            conversational.set(key, cell)
          }
        }
      }
      const half = sums[set.half]
      half[0]! += found[0]!; half[1]! += found[1]!; half[2]! += total
      totals.set(`${spec}|${set.name}`, [found[0]!, found[1]!, total])
      cells.push(`${set.name} ${String(found[0]).padStart(2)} ${String(found[1]).padStart(2)}/${total}`)
    }
    console.log(`${spec.padEnd(22)} ${cells.join(' | ')} || A ${sums.A[0]} ${sums.A[1]}/${sums.A[2]}${lab.check ? ` B ${sums.B[0]} ${sums.B[1]}/${sums.B[2]}` : ''}${sums.H[2]! > 0 ? ` H ${sums.H[0]} ${sums.H[1]}/${sums.H[2]}` : ''}`)
    if (options.conversational) console.log(`${spec.padEnd(22)} conversational: ${[...conversational].sort().map(([key, v]) => `${key} ${v[0]} ${v[1]}/${v[2]}`).join(' | ')}`)
    if (options.byLibrary) {
      const byLibrary: string[] = []
      for (const half of lab.check ? ['A', 'B', 'H'] : ['A']) for (const library of LIBRARIES) {
        if (!lab.sets.some((set) => set.half === half && set.library === library)) continue
        const sum = lab.sets.filter((set) => set.half === half && set.library === library).map((set) => totals.get(`${spec}|${set.name}`)!).reduce((acc, v) => [acc[0]! + v[0]!, acc[1]! + v[1]!, acc[2]! + v[2]!], [0, 0, 0])
        byLibrary.push(`${half}-${library} ${(100 * sum[0]! / sum[2]!).toFixed(1)}% ${(100 * sum[1]! / sum[2]!).toFixed(1)}% (${sum[0]} ${sum[1]}/${sum[2]})`)
      }
      console.log(`${spec.padEnd(22)} ${byLibrary.join(' | ')}`)
    }
    if (weightOf !== undefined) {
      const cells = [...weighted].sort().map(([key, v]) => `${key} ${(100 * v[0]! / v[2]!).toFixed(1)}% ${(100 * v[1]! / v[2]!).toFixed(1)}%`)
      console.log(`${spec.padEnd(22)} length-weighted: ${cells.join(' | ')}`)
    }
  }
}
