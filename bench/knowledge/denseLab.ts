// Dense retrieval lab (issue 11, round 4): the bundled sentence encoder (orchestrator/maia/sentenceEncoder)
// alone and fused with the shipped lexical ranking, ranked and packed in memory. Development sets only:
// the old tune split; heldoutV2 and heldoutV3 (both spent) split by a hash of the id (heldoutSplit.ts):
// A is tuned on, B (`--check`) only confirms. heldoutV4 (spent after round four) likewise; heldoutV5 is never read here.
//   npx tsx bench/knowledge/denseLab.ts --variants 'plain,default,dense,rrf=1' [--check]
// Variants: `plain` (BM25 of the asked terms), `default` (round three's lexical default), `dense`
// (cosine of question and passage vectors), `rrf=W` (reciprocal rank fusion of default and dense,
// dense weighted W), `mix=S` (interleaving, dense given share S of the places), `;conv=A` (query
// vector = question + A x earlier turns), `;window=T` (passage vectors from windows of T tokens,
// the chunk scored by its best window). Passage vectors are cached outside the repository
// (`--cache DIR`, default $TMPDIR/maia-dense-cache), keyed by the encoder id and the texts' hash.
// Round five added heldoutV4 (spent; its A half tuned on, B only confirms), `;soft=T` (a chunk's
// windows joined by a soft maximum at temperature T), `;whole=A` (A x the chunk's own cosine +
// (1 - A) x its windows'), `;nb=W` (dense neighbour smoothing), `;prf=K;prfw=B;prfsrc=0|1`
// (Rocchio: the query vector plus B x the mean of the top K chunks' vectors, of the dense or the
// fused ranking), `;k=K` (the RRF constant), `;nbx=N` (the best N fused chunks each followed by
// its neighbours), `--threads N`, `--test-books` and `--second-only` (see below).
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { loadSentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'
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
import { interleaveRankings } from '../../orchestrator/maia/knowledge/interleaveRankings.ts'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import { passageTextHash, writePassageVectors } from '../../orchestrator/maia/knowledge/passageVectorCache.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { heldoutHalf } from './heldoutSplit.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { assembleSecondLibrary } from './secondLibrary.ts'
import { passagesFound, questionSetSchema, type Question } from './support.ts'

type Library = 'shared' | 'second'
const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const counter = createEstimatedTokenCounter()
const scratch = await mkdtemp(join(tmpdir(), 'maia-dense-lab-'))
const cacheDirectory = flag('--cache') ?? join(tmpdir(), 'maia-dense-cache')
await mkdir(cacheDirectory, { recursive: true })
const encoder = await loadSentenceEncoder({ threads: Number(flag('--threads') ?? 1) })

async function heldout(file: string): Promise<Array<Question & { library: Library }>> {
  const json: unknown = JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8'))
  const libraries = new Map(z.object({ questions: z.array(z.object({ id: z.string(), library: z.enum(['shared', 'second']) })) }).parse(json).questions.map((q) => [q.id, q.library]))
  return questionSetSchema.parse(json).questions.map((q) => ({ ...q, library: libraries.get(q.id)! }))
}
const v2 = await heldout('./heldoutV2/questions.json')
const v3 = await heldout('./heldoutV3/questions.json')
const v4 = await heldout('./heldoutV4/questions.json')
const pick = (set: Array<Question & { library: Library }>, half: 'A' | 'B', library: Library): Question[] => set.filter((q) => heldoutHalf(q.id) === half && q.library === library)
const check = process.argv.includes('--check')
const sets: Array<{ name: string; library: Library; questions: Question[] }> = [
  { name: 'tune', library: 'shared', questions: await loadParaphraseQuestions('tune') },
  ...((check ? ['A', 'B'] : ['A']) as Array<'A' | 'B'>).flatMap((half) => [
    { name: `v2${half}-sh`, library: 'shared' as const, questions: pick(v2, half, 'shared') },
    { name: `v2${half}-2nd`, library: 'second' as const, questions: pick(v2, half, 'second') },
    { name: `v3${half}-sh`, library: 'shared' as const, questions: pick(v3, half, 'shared') },
    { name: `v3${half}-2nd`, library: 'second' as const, questions: pick(v3, half, 'second') },
    { name: `v4${half}-sh`, library: 'shared' as const, questions: pick(v4, half, 'shared') },
    { name: `v4${half}-2nd`, library: 'second' as const, questions: pick(v4, half, 'second') }
  ])
]

// `--test-books`: the shared library cut down to its four test books (the heldout sets' shared
// questions are all about them; the tune split is left out), so that window vectors can be encoded
// for it in minutes on a loaded machine. Every variant then ranks that smaller library.
const testBooksOnly = process.argv.includes('--test-books')
const TEST_BOOKS = new Set(['freud-dream-psychology.md', 'plato-phaedo.md', 'plato-symposium.md', 'kjv-ecclesiastes.txt'])
if (testBooksOnly) sets.splice(0, sets.length, ...sets.filter((set) => set.library === 'shared' && set.name !== 'tune'))
// `--second-only`: the second library's sets alone (its window vectors are encoded on their own).
if (process.argv.includes('--second-only')) sets.splice(0, sets.length, ...sets.filter((set) => set.library === 'second'))
const documents = {
  shared: (await collectDocuments([await resolveLibraryDirectory()])).filter((document) => !testBooksOnly || TEST_BOOKS.has(document.source)),
  second: await collectDocuments([await assembleSecondLibrary(join(scratch, 'second'))])
}

async function cachedVectors(texts: readonly string[], label: string): Promise<Float32Array[]> {
  const key = createHash('sha256').update(encoder.id).update('\0').update(texts.join('\0')).digest('hex').slice(0, 24)
  const file = join(cacheDirectory, `${key}.f32`)
  const dimensions = encoder.dimensions
  try {
    const bytes = await readFile(file)
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
    if (all.length === texts.length * dimensions) return texts.map((_, index) => all.slice(index * dimensions, (index + 1) * dimensions))
  } catch { /* not cached yet */ }
  const started = performance.now()
  // Slices of 64, two in flight per thread, so every encoder thread works.
  const vectors: Float32Array[] = new Array(texts.length)
  let next = 0
  let done = 0
  await Promise.all(Array.from({ length: 2 * Number(flag('--threads') ?? 1) }, async () => {
    while (next < texts.length) {
      const start = next
      next += 64
      const slice = await encoder.embed(texts.slice(start, start + 64))
      slice.forEach((vector, offset) => { vectors[start + offset] = vector })
      done += slice.length
      if (done % 512 < 64) process.stderr.write(`  embedding ${label}: ${done}/${texts.length} ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
    }
  }))
  console.error(`  embedded ${texts.length} ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const all = new Float32Array(texts.length * dimensions)
  vectors.forEach((vector, index) => all.set(vector, index * dimensions))
  await writeFile(file, Buffer.from(all.buffer))
  return vectors
}

const chunksByLibrary = new Map<Library, StoredChunk[]>()
function chunksOf(library: Library): StoredChunk[] {
  let chunks = chunksByLibrary.get(library)
  if (chunks === undefined) {
    chunks = documents[library].flatMap((document) => chunkText(document.text, counter, { targetTokens: 200, overlapTokens: 30 }).map((chunk): StoredChunk => ({
      id: `${document.source}#${chunk.ordinal}`, source: document.source, title: document.title, author: document.author,
      text: chunk.text, tokens: chunk.tokens, ordinal: chunk.ordinal, start: chunk.start, end: chunk.end, topics: [], curator: null
    })))
    chunksByLibrary.set(library, chunks)
  }
  return chunks
}

/** Each chunk's vector, or (window > 0) the vectors of its windows of about `window` tokens, as [chunk index, vector] rows. */
const passageCache = new Map<string, { owner: number[]; vectors: Float32Array[] }>()
async function passageVectors(library: Library, window: number) {
  const key = `${library}:${window}`
  let cached = passageCache.get(key)
  if (cached === undefined) {
    const chunks = chunksOf(library)
    const owner: number[] = []
    const texts: string[] = []
    chunks.forEach((chunk, index) => {
      const pieces = window > 0 ? chunkText(chunk.text, counter, { targetTokens: window, overlapTokens: Math.round(window / 4) }).map((piece) => piece.text) : [chunk.text]
      for (const piece of pieces) { owner.push(index); texts.push(piece) }
    })
    cached = { owner, vectors: await cachedVectors(texts, `${library} passages (window ${window})`) }
    // The same vectors in the knowledge base's cache format, for latency.ts --dense and startupCost.ts.
    if (window === 0 && !testBooksOnly) await writePassageVectors(join(cacheDirectory, 'index-vectors', library), encoder.id, new Map(chunks.map((chunk, index) => [passageTextHash(chunk.text), cached!.vectors[index]!])))
    passageCache.set(key, cached)
  }
  return cached
}

const lexicalCache = new Map<Library, { plain: LexicalRetriever; expanded: LexicalRetriever }>()
async function lexicalOf(library: Library) {
  let cached = lexicalCache.get(library)
  if (cached === undefined) {
    const chunks = chunksOf(library)
    const index = createLexicalIndexFromTerms(chunks.map((chunk) => analyzeText(chunk.text)))
    const related = await loadRelatedTermTable(join(scratch, library), index.terms())
    const oldIndex = createLexicalIndexFromTerms(chunks.map((chunk) => analyzeText(chunk.text, { archaic: false })))
    cached = {
      expanded: createLexicalRetriever(chunks, index, DEFAULT_LEXICAL_RETRIEVAL, related),
      plain: createLexicalRetriever(chunks, oldIndex, { expansion: null, relatedWeight: 0, earlierTurnsWeight: 0, neighbourWeight: 0, plainShare: 0 }, undefined, (text) => analyzeText(text, { archaic: false }))
    }
    lexicalCache.set(library, cached)
  }
  return cached
}

const questionVectors = new Map<string, Float32Array>()
async function embedQuestions(): Promise<void> {
  const texts = [...new Set(sets.flatMap((set) => set.questions.flatMap((q) => [q.question, ...(q.earlierTurns ?? [])])))]
  const vectors = await cachedVectors(texts, 'questions')
  texts.forEach((text, index) => questionVectors.set(text, vectors[index]!))
}
await embedQuestions()

function queryVector(question: Question, conversationWeight: number): Float32Array {
  const vector = Float32Array.from(questionVectors.get(question.question)!)
  const earlier = question.earlierTurns ?? []
  if (conversationWeight > 0 && earlier.length > 0) {
    for (const turn of earlier) {
      const other = questionVectors.get(turn)!
      for (let i = 0; i < vector.length; i += 1) vector[i]! += (conversationWeight / earlier.length) * other[i]!
    }
  }
  return vector
}

/** Each chunk's dense score: the best (or, with `soft` > 0, the soft maximum at that temperature) of its rows' cosines. */
function denseScores(chunks: readonly StoredChunk[], passages: { owner: number[]; vectors: Float32Array[] }, query: Float32Array, soft: number): { scores: Float64Array; bestRow: Int32Array } {
  const best = new Float64Array(chunks.length).fill(-Infinity)
  const bestRow = new Int32Array(chunks.length).fill(-1)
  const sums = new Float64Array(chunks.length)
  const dots = new Float64Array(passages.vectors.length)
  passages.vectors.forEach((vector, row) => {
    let dot = 0
    for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * query[i]!
    dots[row] = dot
    const owner = passages.owner[row]!
    if (dot > best[owner]!) { best[owner] = dot; bestRow[owner] = row }
  })
  if (soft > 0) {
    passages.owner.forEach((owner, row) => { sums[owner]! += Math.exp((dots[row]! - best[owner]!) / soft) })
    for (let i = 0; i < chunks.length; i += 1) best[i] = best[i]! + soft * Math.log(sums[i]!)
  }
  return { scores: best, bestRow }
}

const neighbourCache = new Map<Library, number[][]>()
function neighboursOf(library: Library): number[][] {
  let cached = neighbourCache.get(library)
  if (cached === undefined) {
    cached = chunkNeighbours(chunksOf(library))
    neighbourCache.set(library, cached)
  }
  return cached
}

function topOf(chunks: readonly StoredChunk[], scores: Float64Array, limit: number): StoredChunk[] {
  return [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!).slice(0, limit).map((index) => chunks[index]!)
}

function weightedRrf(rankings: ReadonlyArray<{ ranking: readonly StoredChunk[]; weight: number }>, limit: number, k = 60): StoredChunk[] {
  const scores = new Map<string, { chunk: StoredChunk; score: number }>()
  for (const { ranking, weight } of rankings) ranking.forEach((chunk, rank) => {
    const entry = scores.get(chunk.id) ?? { chunk, score: 0 }
    entry.score += weight / (k + rank + 1)
    scores.set(chunk.id, entry)
  })
  return [...scores.values()].sort((a, b) => b.score - a.score).slice(0, limit).map((entry) => entry.chunk)
}

async function rank(spec: string, library: Library, question: Question, limit: number): Promise<StoredChunk[]> {
  const settings = Object.fromEntries(spec.split(';').map((part) => { const [k, v] = part.split('='); return [k!, v === undefined ? NaN : Number(v)] }))
  const lexical = await lexicalOf(library)
  if ('plain' in settings) return lexical.plain.rank(question.question, {}, limit)
  const expanded = lexical.expanded.rank(question.question, {}, limit, question.earlierTurns ?? [])
  if ('default' in settings) return expanded
  const chunks = chunksOf(library)
  const passages = await passageVectors(library, settings.window ?? 0)
  let query = queryVector(question, settings.conv ?? 0)
  const scoresFor = async (vector: Float32Array): Promise<Float64Array> => {
    const { scores } = denseScores(chunks, passages, vector, settings.soft ?? 0)
    if ((settings.whole ?? 0) > 0 && (settings.window ?? 0) > 0) {
      // The chunk's own vector mixed in: score = whole x chunk cosine + (1 - whole) x window score.
      const { scores: own } = denseScores(chunks, await passageVectors(library, 0), vector, 0)
      for (let i = 0; i < scores.length; i += 1) scores[i] = settings.whole! * own[i]! + (1 - settings.whole!) * scores[i]!
    }
    if ((settings.nb ?? 0) > 0) {
      const neighbours = neighboursOf(library)
      const own = Float64Array.from(scores)
      neighbours.forEach((list, i) => { if (list.length > 0) scores[i] = own[i]! + settings.nb! * list.reduce((sum, j) => sum + own[j]!, 0) / list.length })
    }
    return scores
  }
  let scores = await scoresFor(query)
  let dense = topOf(chunks, scores, limit)
  const fuse = (denseRanking: StoredChunk[]): StoredChunk[] => weightedRrf([{ ranking: expanded, weight: 1 }, { ranking: denseRanking, weight: settings.rrf ?? 0.7 }], limit, settings.k ?? 60)
  if ((settings.prf ?? 0) > 0) {
    // Rocchio: the query vector plus prfw x the mean of the top passages' vectors (the dense
    // ranking's with prfsrc=0, the fused ranking's with prfsrc=1; whole-chunk vectors).
    const source = (settings.prfsrc ?? 1) > 0 ? fuse(dense) : dense
    const whole = await passageVectors(library, 0)
    const indexOf = new Map(chunks.map((chunk, index) => [chunk.id, index]))
    const next = Float32Array.from(query)
    const top = source.slice(0, settings.prf!)
    for (const chunk of top) {
      const vector = whole.vectors[indexOf.get(chunk.id)!]!
      for (let i = 0; i < next.length; i += 1) next[i]! += (settings.prfw ?? 0.5) * vector[i]! / top.length
    }
    query = next
    scores = await scoresFor(query)
    dense = topOf(chunks, scores, limit)
  }
  if ('dense' in settings) return dense
  if ('rrf' in settings) {
    const fused = fuse(dense)
    if ((settings.nbx ?? 0) <= 0) return fused
    // Neighbour expansion: each of the best nbx chunks followed at once by its neighbours (same book).
    const neighbours = neighboursOf(library)
    const indexOf = new Map(chunks.map((chunk, index) => [chunk.id, index]))
    const seen = new Set<string>()
    const expandedRanking: StoredChunk[] = []
    fused.forEach((chunk, rank) => {
      if (!seen.has(chunk.id)) { seen.add(chunk.id); expandedRanking.push(chunk) }
      if (rank < settings.nbx!) for (const other of neighbours[indexOf.get(chunk.id)!]!) {
        const neighbour = chunks[other]!
        if (!seen.has(neighbour.id)) { seen.add(neighbour.id); expandedRanking.push(neighbour) }
      }
    })
    return expandedRanking.slice(0, limit)
  }
  if ('mix' in settings) return interleaveRankings(dense, expanded, settings.mix!, limit, (chunk) => chunk.id)
  throw new Error(`unknown variant ${spec}`)
}

for (const spec of (flag('--variants') ?? 'plain,default,dense,rrf=1').split(',')) {
  const cells: string[] = []
  for (const set of sets) {
    const found: number[] = []
    let total = 0
    for (const budget of [8_000, 20_000]) {
      const limit = Math.min(1_000, Math.max(30, Math.ceil((budget / 200) * 3)))
      let hits = 0
      total = 0
      for (const question of set.questions) {
        const packed = packChunks(await rank(spec, set.library, question, limit), counter, { budgetTokens: budget, storedTokensCounter: counter.id })
        hits += passagesFound(question, packed.chunks)
        total += question.passages.length
      }
      found.push(hits)
    }
    cells.push(`${set.name} ${String(found[0]).padStart(2)} ${String(found[1]).padStart(2)}/${total}`)
  }
  console.log(`${spec.padEnd(22)} ${cells.join(' | ')}`)
}
