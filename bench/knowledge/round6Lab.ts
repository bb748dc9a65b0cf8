// Retrieval lab, round six (issue 11): two bigger levers measured against round four's fusion and
// plain BM25 in the same run, in memory, on every development set split into halves by a hash of
// the question id (heldoutSplit.ts): the old tune split; heldoutV2-V5 (all spent), A tuned on, B
// (`--check`) only confirms. heldoutV6 is never read here.
//   npx tsx bench/knowledge/round6Lab.ts --variants 'plain,default,rrf=0.7,rrf=0.7;ict=1' [--check]
// Variants (keys joined by `;`):
//   `plain` BM25 of the asked terms; `default` round three's lexical ranking; `dense` cosine alone;
//   `rrf=W` round four's fusion (dense votes weighted W, earlier turns added to the question vector at 0.5);
//   `ict=1` the question vector mapped by an adapter trained on the library itself (inverse cloze:
//     a sentence of a passage as a pseudo-question, the passage without it as its positive, the
//     other passages' contexts but its neighbours' as negatives); options `ep` epochs, `alr` (learning rate),
//     `reg` (pull toward identity), `tau` (temperature), `pos=0` (positive = the whole passage's vector);
//   `lr=1` a learned listwise ranker over per-passage features, trained on the pooled A halves
//     (`lrtrain=1|2` one library's A halves only, `l2`, `lrep` epochs; `--print-weights`, `--feature-depth N`);
//   `shipped` the knowledge base's learnedFusion.ts with its stored weights (must equal `lr=1`);
//   `sup=1` a question adapter trained on the A halves' real questions (`suptrain=1|2` one library's).
// `--by-library` sums each half per library; `--misses SPEC` lists SPEC's A-half misses at 20k with
// the answer's ranks; `--time` times the learned fusion.
// Vectors are cached outside the repository (`--cache DIR`, default $TMPDIR/maia-dense-cache), in
// the same files as denseLab.ts.
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
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { rankByLearnedFusion } from '../../orchestrator/maia/knowledge/learnedFusion.ts'
import { LEARNED_FUSION_WEIGHTS } from '../../orchestrator/maia/knowledge/learnedFusionWeights.ts'
import { clozePairs } from './clozePairs.ts'
import { trainQueryAdapter, type QueryAdapter } from './trainQueryAdapter.ts'
import { heldoutHalf } from './heldoutSplit.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { assembleSecondLibrary } from './secondLibrary.ts'
import { passagesFound, questionSetSchema, type Question } from './support.ts'

type Library = 'shared' | 'second'
const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const counter = createEstimatedTokenCounter()
const scratch = await mkdtemp(join(tmpdir(), 'maia-round6-lab-'))
const cacheDirectory = flag('--cache') ?? join(tmpdir(), 'maia-dense-cache')
await mkdir(cacheDirectory, { recursive: true })
const threads = Number(flag('--threads') ?? 2)
const encoder = await loadSentenceEncoder({ threads })

async function heldout(file: string): Promise<Array<Question & { library: Library }>> {
  const json: unknown = JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8'))
  const libraries = new Map(z.object({ questions: z.array(z.object({ id: z.string(), library: z.enum(['shared', 'second']) })) }).parse(json).questions.map((q) => [q.id, q.library]))
  return questionSetSchema.parse(json).questions.map((q) => ({ ...q, library: libraries.get(q.id)! }))
}
const spent = { v2: await heldout('./heldoutV2/questions.json'), v3: await heldout('./heldoutV3/questions.json'), v4: await heldout('./heldoutV4/questions.json'), v5: await heldout('./heldoutV5/questions.json') }
const check = process.argv.includes('--check')
interface QuestionSet { name: string; library: Library; half: 'A' | 'B'; questions: Question[] }
const allSets: QuestionSet[] = [
  { name: 'tune', library: 'shared', half: 'A', questions: await loadParaphraseQuestions('tune') },
  ...(['A', 'B'] as const).flatMap((half) => Object.entries(spent).flatMap(([version, set]) => (['shared', 'second'] as const).map((library): QuestionSet => ({
    name: `${version}${half}-${library === 'shared' ? 'sh' : '2nd'}`, library, half, questions: set.filter((q) => heldoutHalf(q.id) === half && q.library === library)
  }))))
]
const sets = allSets.filter((set) => check || set.half === 'A')

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
  const vectors: Float32Array[] = new Array(texts.length)
  let next = 0
  let done = 0
  await Promise.all(Array.from({ length: 2 * threads }, async () => {
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
const passageVectorCache = new Map<Library, Float32Array[]>()
async function passageVectors(library: Library): Promise<Float32Array[]> {
  let vectors = passageVectorCache.get(library)
  if (vectors === undefined) {
    vectors = await cachedVectors(chunksOf(library).map((chunk) => chunk.text), `${library} passages (window 0)`)
    passageVectorCache.set(library, vectors)
  }
  return vectors
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

// Question vectors: the question plus 0.5 x the mean of its earlier turns (round four's `conv=0.5`).
const questionVectors = new Map<string, Float32Array>()
{
  const texts = [...new Set(sets.flatMap((set) => set.questions.flatMap((q) => [q.question, ...(q.earlierTurns ?? [])])))]
  const vectors = await cachedVectors(texts, 'questions')
  texts.forEach((text, index) => questionVectors.set(text, vectors[index]!))
}
function queryVector(question: Question): Float32Array {
  const vector = Float32Array.from(questionVectors.get(question.question)!)
  const earlier = question.earlierTurns ?? []
  for (const turn of earlier) {
    const other = questionVectors.get(turn)!
    for (let i = 0; i < vector.length; i += 1) vector[i]! += (0.5 / earlier.length) * other[i]!
  }
  return vector
}

// ---- lever 1: the inverse-cloze adapter, trained per library on that library alone ----
const adapterCache = new Map<string, QueryAdapter>()
async function adapterFor(library: Library, settings: Record<string, number>): Promise<QueryAdapter> {
  const key = `${library}:${JSON.stringify(settings)}`
  let adapter = adapterCache.get(key)
  if (adapter === undefined) {
    const chunks = chunksOf(library)
    const pairs = clozePairs(chunks.map((chunk) => chunk.text), { seed: settings.seed ?? 1, perPassage: settings.per ?? 1 })
    const questionVecs = await cachedVectors(pairs.map((pair) => pair.question), `${library} cloze questions (${pairs.length})`)
    const positives = (settings.pos ?? 1) > 0 ? await cachedVectors(pairs.map((pair) => pair.context), `${library} cloze contexts (${pairs.length})`) : undefined
    const started = performance.now()
    // With contexts (pos=1), every candidate is a context (a passage less one sentence), so that the
    // positive cannot be told apart by being the only shortened text; one pair per passage.
    const pairOf = new Map(pairs.map((pair, index) => [pair.passage, index]))
    adapter = trainQueryAdapter(positives === undefined ? {
      passages: await passageVectors(library),
      pairs: pairs.map((pair, index) => ({ question: questionVecs[index]!, passage: pair.passage })),
      neighbours: neighboursOf(library),
      epochs: settings.ep ?? 3, learningRate: settings.alr ?? 0.001, identityPull: settings.reg ?? 0.01, temperature: settings.tau ?? 0.05, seed: settings.seed ?? 1,
      onEpoch: (epoch, loss) => console.error(`  adapter ${library} epoch ${epoch}: loss ${loss.toFixed(4)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
    } : {
      passages: positives,
      pairs: pairs.map((pair, index) => ({ question: questionVecs[index]!, passage: index })),
      neighbours: pairs.map((pair) => neighboursOf(library)[pair.passage]!.map((other) => pairOf.get(other)).filter((other): other is number => other !== undefined)),
      epochs: settings.ep ?? 3, learningRate: settings.alr ?? 0.001, identityPull: settings.reg ?? 0.01, temperature: settings.tau ?? 0.05, seed: settings.seed ?? 1,
      onEpoch: (epoch, loss) => console.error(`  adapter ${library} epoch ${epoch}: loss ${loss.toFixed(4)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
    })
    adapterCache.set(key, adapter)
  }
  return adapter
}


// ---- lever 3: a supervised adapter on the question vector, trained on the A halves' questions ----
// (`sup=1`; `suptrain=1` the shared library's A questions only, `=2` the second's; `ep`, `alr`, `reg`, `tau` as above).
// Candidates: every passage of both libraries, so one map serves any library.
const supervisedCache = new Map<string, QueryAdapter>()
async function supervisedAdapter(settings: Record<string, number>): Promise<QueryAdapter> {
  const key = JSON.stringify(settings)
  let adapter = supervisedCache.get(key)
  if (adapter === undefined) {
    const shared = await passageVectors('shared')
    const second = await passageVectors('second')
    const offset = { shared: 0, second: shared.length }
    const pairs: Array<{ question: Float32Array; passage: number }> = []
    for (const set of allSets.filter((s) => s.half === 'A' && (settings.suptrain === undefined || (settings.suptrain === 1) === (s.library === 'shared')))) {
      const chunks = chunksOf(set.library)
      for (const question of set.questions) {
        if (!questionVectors.has(question.question)) continue
        chunks.forEach((chunk, index) => { if (isGold(question, chunk)) pairs.push({ question: queryVector(question), passage: offset[set.library] + index }) })
      }
    }
    const neighbours = [...neighboursOf('shared'), ...neighboursOf('second').map((list) => list.map((j) => j + shared.length))]
    const started = performance.now()
    adapter = trainQueryAdapter({
      passages: [...shared, ...second], pairs, neighbours,
      epochs: settings.ep ?? 10, learningRate: settings.alr ?? 0.001, identityPull: settings.reg ?? 0.1, temperature: settings.tau ?? 0.05, seed: 1, batchSize: 32,
      onEpoch: (epoch, loss) => { if (epoch % 5 === 0) console.error(`  supervised adapter (${pairs.length} pairs) epoch ${epoch}: loss ${loss.toFixed(4)} ${((performance.now() - started) / 1000).toFixed(1)} s`) }
    })
    supervisedCache.set(key, adapter)
  }
  return adapter
}
// ---- per-question signals, shared by every variant ----
const LEXICAL_DEPTH = 1_000
interface Signals { lexical: number[]; plain: number[]; dense: Float64Array }
const signalCache = new Map<string, Signals>()
async function signalsOf(library: Library, question: Question, settings: Record<string, number>): Promise<Signals> {
  const supKey = 'sup' in settings ? JSON.stringify(Object.fromEntries(Object.entries(settings).filter(([k]) => ['sup', 'ep', 'alr', 'reg', 'tau', 'suptrain'].includes(k)))) : ''
  const adapterKey = supKey + ('ict' in settings ? JSON.stringify(Object.fromEntries(Object.entries(settings).filter(([k]) => ['ict', 'ep', 'alr', 'reg', 'tau', 'pos', 'seed', 'per'].includes(k)))) : '')
  const key = `${library}:${question.id}:${adapterKey}`
  let signals = signalCache.get(key)
  if (signals === undefined) {
    const chunks = chunksOf(library)
    const indexOf = new Map(chunks.map((chunk, index) => [chunk.id, index]))
    const lexical = await lexicalOf(library)
    let query = queryVector(question)
    if ('ict' in settings) query = (await adapterFor(library, settings)).map(query)
    if ('sup' in settings) query = (await supervisedAdapter(Object.fromEntries(Object.entries(settings).filter(([k]) => ['sup', 'ep', 'alr', 'reg', 'tau', 'suptrain'].includes(k))))).map(query)
    const passages = await passageVectors(library)
    const dense = new Float64Array(chunks.length)
    passages.forEach((vector, row) => { let dot = 0; for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * query[i]!; dense[row] = dot })
    signals = {
      lexical: lexical.expanded.rank(question.question, {}, LEXICAL_DEPTH, question.earlierTurns ?? []).map((chunk) => indexOf.get(chunk.id)!),
      plain: lexical.plain.rank(question.question, {}, LEXICAL_DEPTH).map((chunk) => indexOf.get(chunk.id)!),
      dense
    }
    signalCache.set(key, signals)
  }
  return signals
}

function order(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!)
}

// ---- lever 2: a learned listwise ranker over per-passage features ----
// The ranker sees what the knowledge base has at search time: the lexical ranking's first 300 and every dense score.
const CANDIDATE_DEPTH = 300
// How deep the lexical ranking goes for the features (`--feature-depth`).
const FEATURE_LEXICAL_DEPTH = Number(flag('--feature-depth') ?? 1_000)
const candidatesOf = (signals: Signals): number[] => [...new Set([...signals.lexical.slice(0, CANDIDATE_DEPTH), ...order(signals.dense).slice(0, CANDIDATE_DEPTH)])]
const FEATURES = ['lexicalVote', 'denseZ', 'denseVote', 'neighbourDenseZ', 'neighbourLexicalVote', 'bookDenseZ', 'bookLexicalShare', 'length', 'denseXlexical', 'bookLexicalPlace', 'bookDensePlace', 'bias'] as const
function featuresOf(library: Library, signals: Signals): Float64Array[] {
  const chunks = chunksOf(library)
  const n = chunks.length
  const vote = (ranking: number[]): Float64Array => { const v = new Float64Array(n); ranking.forEach((index, rank) => { v[index] = 60 / (60 + rank + 1) }); return v }
  const lexicalVote = vote(signals.lexical.slice(0, FEATURE_LEXICAL_DEPTH))
  const denseOrder = order(signals.dense)
  const denseVote = new Float64Array(n); denseOrder.forEach((index, rank) => { denseVote[index] = 60 / (60 + rank + 1) })
  let mean = 0; for (const s of signals.dense) mean += s; mean /= n
  let variance = 0; for (const s of signals.dense) variance += (s - mean) ** 2
  const sd = Math.sqrt(variance / n) || 1
  const denseZ = Float64Array.from(signals.dense, (s) => (s - mean) / sd)
  const neighbours = neighboursOf(library)
  // Book-level: the mean of each book's three best dense z-scores, and its share of the lexical top 50.
  const bookScores = new Map<string, number[]>()
  chunks.forEach((chunk, i) => { const list = bookScores.get(chunk.source) ?? []; list.push(denseZ[i]!); bookScores.set(chunk.source, list) })
  const bookDense = new Map([...bookScores].map(([source, list]) => [source, list.sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0) / Math.min(3, list.length)]))
  const bookLexical = new Map<string, number>()
  signals.lexical.slice(0, 50).forEach((index) => bookLexical.set(chunks[index]!.source, (bookLexical.get(chunks[index]!.source) ?? 0) + 1 / 50))
  // Each book's place among the books, by where its first chunk comes in each ranking.
  const bookPlace = (ranking: number[]): Map<string, number> => {
    const places = new Map<string, number>()
    for (const index of ranking) if (!places.has(chunks[index]!.source)) places.set(chunks[index]!.source, 1 / (1 + places.size))
    return places
  }
  const bookLexicalPlace = bookPlace(signals.lexical.slice(0, FEATURE_LEXICAL_DEPTH))
  const bookDensePlace = bookPlace(denseOrder)
  return chunks.map((chunk, i) => Float64Array.from([
    lexicalVote[i]!, denseZ[i]! / 4, denseVote[i]!,
    neighbours[i]!.reduce((best, j) => Math.max(best, denseZ[j]!), -4) / 4,
    neighbours[i]!.reduce((best, j) => Math.max(best, lexicalVote[j]!), 0),
    bookDense.get(chunk.source)! / 4, bookLexical.get(chunk.source) ?? 0, chunk.text.length / 800,
    lexicalVote[i]! * denseVote[i]!, bookLexicalPlace.get(chunk.source) ?? 0, bookDensePlace.get(chunk.source) ?? 0, 1
  ]))
}

function isGold(question: Question, chunk: StoredChunk): boolean {
  return passagesFound(question, [chunk]) > 0
}

const rankerCache = new Map<string, Float64Array>()
async function rankerFor(settings: Record<string, number>): Promise<Float64Array> {
  const adapterPart = JSON.stringify(Object.fromEntries(Object.entries(settings).filter(([k]) => !['lr', 'l2', 'lrep', 'lrtrain'].includes(k))))
  const key = `${adapterPart}:${settings.l2 ?? 0.001}:${settings.lrep ?? 60}:${settings.lrtrain}`
  let weights = rankerCache.get(key)
  if (weights === undefined) {
    // Training data: every A-half question (and the tune split) of both libraries (`lrtrain=1` the shared
    // library's only, `lrtrain=2` the second's), whatever `--check` says.
    const examples: Array<{ features: Float64Array[]; gold: number[] }> = []
    for (const set of allSets.filter((s) => s.half === 'A' && (settings.lrtrain === undefined || (settings.lrtrain === 1) === (s.library === 'shared')))) {
      for (const question of set.questions) {
        if (!questionVectors.has(question.question)) continue
        const signals = await signalsOf(set.library, question, settingsWithout(settings, ['lr', 'l2', 'lrep', 'lrtrain']))
        const features = featuresOf(set.library, signals)
        const chunks = chunksOf(set.library)
        // Candidates: the union of the lexical and dense top 300 (what ranking looks at).
        const candidates = candidatesOf(signals)
        const gold = candidates.map((index, position) => (isGold(question, chunks[index]!) ? position : -1)).filter((p) => p >= 0)
        if (gold.length === 0) continue
        examples.push({ features: candidates.map((index) => features[index]!), gold })
      }
    }
    weights = trainListwise(examples, { l2: settings.l2 ?? 0.001, epochs: settings.lrep ?? 60 })
    console.error(`  ranker trained on ${examples.length} A-half questions with a gold passage among the candidates: ${FEATURES.map((name, i) => `${name} ${weights![i]!.toFixed(2)}`).join(', ')}`)
    if (process.argv.includes('--print-weights')) console.log(`weights ${spec(settings)}: ${JSON.stringify(Object.fromEntries(FEATURES.map((name, i) => [name, Number(weights![i]!.toFixed(5))])))}`)
    rankerCache.set(key, weights)
  }
  return weights
}
function spec(settings: Record<string, number>): string {
  return Object.entries(settings).map(([k, v]) => (Number.isNaN(v) ? k : `${k}=${v}`)).join(';')
}
function settingsWithout(settings: Record<string, number>, keys: string[]): Record<string, number> {
  return Object.fromEntries(Object.entries(settings).filter(([k]) => !keys.includes(k)))
}
function trainListwise(examples: Array<{ features: Float64Array[]; gold: number[] }>, options: { l2: number; epochs: number }): Float64Array {
  const d = FEATURES.length
  const w = new Float64Array(d)
  w[0] = 1; w[2] = 0.7 // start at round four's fusion
  const m = new Float64Array(d); const v = new Float64Array(d)
  let step = 0
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const grad = new Float64Array(d)
    let loss = 0
    for (const { features, gold } of examples) {
      // Softmax over the candidates at temperature 1/20 (votes are ~1/60 apart), cross-entropy with the gold ones.
      const scale = 20
      const scores = features.map((x) => scale * x.reduce((sum, value, i) => sum + value * w[i]!, 0))
      const max = Math.max(...scores)
      const exps = scores.map((s) => Math.exp(s - max))
      const z = exps.reduce((a, b) => a + b, 0)
      for (const g of gold) loss += -(scores[g]! - max - Math.log(z)) / gold.length
      features.forEach((x, j) => {
        const p = exps[j]! / z - (gold.includes(j) ? 1 / gold.length : 0)
        for (let i = 0; i < d; i += 1) grad[i]! += scale * p * x[i]!
      })
    }
    for (let i = 0; i < d; i += 1) grad[i] = grad[i]! / examples.length + options.l2 * w[i]!
    step += 1
    for (let i = 0; i < d; i += 1) {
      m[i] = 0.9 * m[i]! + 0.1 * grad[i]!
      v[i] = 0.999 * v[i]! + 0.001 * grad[i]! ** 2
      w[i]! -= 0.05 * (m[i]! / (1 - 0.9 ** step)) / (Math.sqrt(v[i]! / (1 - 0.999 ** step)) + 1e-8)
    }
    if (epoch % 20 === 19) console.error(`  ranker epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`)
  }
  return w
}

async function rank(spec: string, library: Library, question: Question, limit: number): Promise<StoredChunk[]> {
  const settings = Object.fromEntries(spec.split(';').map((part) => { const [k, v] = part.split('='); return [k!, v === undefined ? NaN : Number(v)] }))
  const chunks = chunksOf(library)
  const lexical = await lexicalOf(library)
  if ('plain' in settings) return lexical.plain.rank(question.question, {}, limit)
  const signals = await signalsOf(library, question, settingsWithout(settings, ['lr', 'l2', 'lrep', 'lrtrain', 'rrf', 'dense', 'default', 'shipped']))
  if ('default' in settings) return signals.lexical.slice(0, limit).map((index) => chunks[index]!)
  const denseOrder = order(signals.dense)
  if ('dense' in settings) return denseOrder.slice(0, limit).map((index) => chunks[index]!)
  if ('shipped' in settings) {
    // The knowledge base's own code path with its stored weights (learnedFusion.ts), to check it ranks as the lab does.
    return rankByLearnedFusion({ chunks, lexical: signals.lexical, dense: signals.dense, neighbours: neighboursOf(library), weights: LEARNED_FUSION_WEIGHTS, limit })
  }
  if ('lr' in settings) {
    const weights = await rankerFor(settingsWithout(settings, ['rrf', 'dense', 'default']))
    const features = featuresOf(library, signals)
    const candidates = candidatesOf(signals)
    const scores = candidates.map((index) => features[index]!.reduce((sum, value, i) => sum + value * weights[i]!, 0))
    return order(scores).slice(0, limit).map((position) => chunks[candidates[position]!]!)
  }
  if ('rrf' in settings) {
    const scores = new Map<number, number>()
    signals.lexical.slice(0, limit).forEach((index, r) => scores.set(index, (scores.get(index) ?? 0) + 1 / (60 + r + 1)))
    denseOrder.slice(0, limit).forEach((index, r) => scores.set(index, (scores.get(index) ?? 0) + settings.rrf! / (60 + r + 1)))
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([index]) => chunks[index]!)
  }
  throw new Error(`unknown variant ${spec}`)
}

// `--misses SPEC`: for each A-half question SPEC misses at 20k, the gold chunk's lexical, plain and dense ranks (never B's).
if (flag('--misses') !== undefined) {
  const spec = flag('--misses')!
  for (const set of sets.filter((s) => s.half === 'A')) for (const question of set.questions) {
    const packed = packChunks(await rank(spec, set.library, question, 300), counter, { budgetTokens: 20_000, storedTokensCounter: counter.id })
    if (passagesFound(question, packed.chunks) === question.passages.length) continue
    const chunks = chunksOf(set.library)
    const signals = await signalsOf(set.library, question, {})
    const denseOrder = order(signals.dense)
    const gold = chunks.map((chunk, index) => (isGold(question, chunk) ? index : -1)).filter((i) => i >= 0)
    const where = gold.map((index) => `${chunks[index]!.id} lex ${signals.lexical.indexOf(index)} plain ${signals.plain.indexOf(index)} dense ${denseOrder.indexOf(index)}`).join('; ')
    const bookRank = (ranking: number[]): number => ranking.findIndex((index) => chunks[index]!.source === question.passages[0]!.source)
    console.log(`${set.name} ${question.id} | ${question.question.slice(0, 110)} | ${where} | first same-book: lex ${bookRank(signals.lexical)} dense ${bookRank(denseOrder)} | gold: ${question.passages[0]!.quote.slice(0, 90)}`)
  }
  process.exit(0)
}
// `--time`: the learned fusion's own cost per search (shared library, A questions, 3 rounds): the lexical
// ranking at depth 300 (what RRF reads at 20k) and 1000 (what the learned fusion reads), and rankByLearnedFusion.
if (process.argv.includes('--time')) {
  const chunks = chunksOf('shared')
  const lexical = await lexicalOf('shared')
  const questions = sets.filter((set) => set.library === 'shared').flatMap((set) => set.questions)
  const samples = { lexical300: [] as number[], lexical1000: [] as number[], fusion: [] as number[] }
  const p = (list: number[], q: number): string => [...list].sort((a, b) => a - b)[Math.floor(q * (list.length - 1))]!.toFixed(2)
  for (let round = 0; round < 3; round += 1) for (const question of questions) {
    const signals = await signalsOf('shared', question, {})
    let started = performance.now(); lexical.expanded.rank(question.question, {}, 300, question.earlierTurns ?? []); samples.lexical300.push(performance.now() - started)
    started = performance.now(); lexical.expanded.rank(question.question, {}, 1000, question.earlierTurns ?? []); samples.lexical1000.push(performance.now() - started)
    started = performance.now(); rankByLearnedFusion({ chunks, lexical: signals.lexical, dense: signals.dense, neighbours: neighboursOf('shared'), weights: LEARNED_FUSION_WEIGHTS, limit: 300 }); samples.fusion.push(performance.now() - started)
  }
  for (const [name, list] of Object.entries(samples)) console.log(`${name}: p50 ${p(list, 0.5)} ms  p99 ${p(list, 0.99)} ms (${list.length} searches)`)
  process.exit(0)
}
const totals = new Map<string, number[]>()
for (const spec of (flag('--variants') ?? 'plain,default,rrf=0.7').split(',')) {
  const cells: string[] = []
  const sums = { A: [0, 0, 0], B: [0, 0, 0] }
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
    const half = sums[set.half]
    half[0]! += found[0]!; half[1]! += found[1]!; half[2]! += total
    totals.set(`${spec}|${set.name}`, [found[0]!, found[1]!, total])
    cells.push(`${set.name} ${String(found[0]).padStart(2)} ${String(found[1]).padStart(2)}/${total}`)
  }
  console.log(`${spec.padEnd(22)} ${cells.join(' | ')} || A ${sums.A[0]} ${sums.A[1]}/${sums.A[2]}${check ? ` B ${sums.B[0]} ${sums.B[1]}/${sums.B[2]}` : ''}`)
}
if (process.argv.includes('--by-library')) {
  for (const spec of (flag('--variants') ?? '').split(',')) {
    const cells: string[] = []
    for (const half of check ? ['A', 'B'] : ['A']) for (const library of ['shared', 'second'] as const) {
      const sum = sets.filter((set) => set.half === half && set.library === library).map((set) => totals.get(`${spec}|${set.name}`)!).reduce((acc, v) => [acc[0]! + v[0]!, acc[1]! + v[1]!, acc[2]! + v[2]!], [0, 0, 0])
      cells.push(`${half}-${library} ${(100 * sum[0]! / sum[2]!).toFixed(1)}% ${(100 * sum[1]! / sum[2]!).toFixed(1)}% (${sum[0]} ${sum[1]}/${sum[2]})`)
    }
    console.log(`${spec.padEnd(22)} ${cells.join(' | ')}`)
  }
}
await encoder.dispose?.()
