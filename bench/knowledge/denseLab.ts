// Dense retrieval lab (issue 11, round 4): the bundled sentence encoder (orchestrator/maia/sentenceEncoder)
// alone and fused with the shipped lexical ranking, ranked and packed in memory. Development sets only:
// the old tune split; heldoutV2 and heldoutV3 (both spent) split by a hash of the id (heldoutSplit.ts):
// A is tuned on, B (`--check`) only confirms. heldoutV4 is never read here.
//   npx tsx bench/knowledge/denseLab.ts --variants 'plain,default,dense,rrf=1' [--check]
// Variants: `plain` (BM25 of the asked terms), `default` (round three's lexical default), `dense`
// (cosine of question and passage vectors), `rrf=W` (reciprocal rank fusion of default and dense,
// dense weighted W), `mix=S` (interleaving, dense given share S of the places), `;conv=A` (query
// vector = question + A x earlier turns), `;window=T` (passage vectors from windows of T tokens,
// the chunk scored by its best window). Passage vectors are cached outside the repository
// (`--cache DIR`, default $TMPDIR/maia-dense-cache), keyed by the encoder id and the texts' hash.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { loadSentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { chunkText } from '../../orchestrator/maia/knowledge/chunkText.ts'
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
const encoder = await loadSentenceEncoder()

async function heldout(file: string): Promise<Array<Question & { library: Library }>> {
  const json: unknown = JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8'))
  const libraries = new Map(z.object({ questions: z.array(z.object({ id: z.string(), library: z.enum(['shared', 'second']) })) }).parse(json).questions.map((q) => [q.id, q.library]))
  return questionSetSchema.parse(json).questions.map((q) => ({ ...q, library: libraries.get(q.id)! }))
}
const v2 = await heldout('./heldoutV2/questions.json')
const v3 = await heldout('./heldoutV3/questions.json')
const pick = (set: Array<Question & { library: Library }>, half: 'A' | 'B', library: Library): Question[] => set.filter((q) => heldoutHalf(q.id) === half && q.library === library)
const check = process.argv.includes('--check')
const sets: Array<{ name: string; library: Library; questions: Question[] }> = [
  { name: 'tune', library: 'shared', questions: await loadParaphraseQuestions('tune') },
  ...((check ? ['A', 'B'] : ['A']) as Array<'A' | 'B'>).flatMap((half) => [
    { name: `v2${half}-sh`, library: 'shared' as const, questions: pick(v2, half, 'shared') },
    { name: `v2${half}-2nd`, library: 'second' as const, questions: pick(v2, half, 'second') },
    { name: `v3${half}-sh`, library: 'shared' as const, questions: pick(v3, half, 'shared') },
    { name: `v3${half}-2nd`, library: 'second' as const, questions: pick(v3, half, 'second') }
  ])
]

const documents = {
  shared: await collectDocuments([await resolveLibraryDirectory()]),
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
  const vectors = await encoder.embed(texts, { onProgress: (done, total) => { if (done % 400 < 8) process.stderr.write(`  embedding ${label}: ${done}/${total}\n`) } })
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
    if (window === 0) await writePassageVectors(join(cacheDirectory, 'index-vectors', library), encoder.id, new Map(chunks.map((chunk, index) => [passageTextHash(chunk.text), cached!.vectors[index]!])))
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

function denseRank(chunks: readonly StoredChunk[], passages: { owner: number[]; vectors: Float32Array[] }, query: Float32Array, limit: number): StoredChunk[] {
  const best = new Float64Array(chunks.length).fill(-Infinity)
  passages.vectors.forEach((vector, row) => {
    let dot = 0
    for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * query[i]!
    const owner = passages.owner[row]!
    if (dot > best[owner]!) best[owner] = dot
  })
  return [...best.keys()].sort((a, b) => best[b]! - best[a]!).slice(0, limit).map((index) => chunks[index]!)
}

function weightedRrf(rankings: ReadonlyArray<{ ranking: readonly StoredChunk[]; weight: number }>, limit: number): StoredChunk[] {
  const scores = new Map<string, { chunk: StoredChunk; score: number }>()
  for (const { ranking, weight } of rankings) ranking.forEach((chunk, rank) => {
    const entry = scores.get(chunk.id) ?? { chunk, score: 0 }
    entry.score += weight / (60 + rank + 1)
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
  const dense = denseRank(chunks, await passageVectors(library, settings.window ?? 0), queryVector(question, settings.conv ?? 0), limit)
  if ('dense' in settings) return dense
  if ('rrf' in settings) return weightedRrf([{ ranking: expanded, weight: 1 }, { ranking: dense, weight: settings.rrf! }], limit)
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
