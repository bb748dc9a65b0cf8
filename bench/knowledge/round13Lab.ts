// Retrieval lab, round thirteen (issue 11): "the right book is found, the passage within it is not",
// worst on verse (the sixth library) and KJV (the fourth). Over the four libraries whose passage and
// sentence vectors the benches already hold (BENCH_VECTOR_CACHE: shared, fourth, fifth, sixth), every
// question of the spent sets heldoutV2-V17 over them, split by WHOLE WORK (round13Measurements.md):
//   - HELD_OUT_WORKS (one per library, chosen before any lever was measured): the `H` side, measured
//     with `--check` only, never tuned on;
//   - everything else: the tune side `T`.
// Variants (`;`-separated settings), each on top of the product's ranking (`shipped`: its own fusion,
// rankByLearnedFusion with the stored round ten-b weights and both sentence signals):
//   `plain`       plain BM25 (no expansion);
//   `shipped`     what the product ranks today;
//   `nb=K`        neighbour expansion: each of the ranking's first K passages is followed by its next
//                 chunk in the book (`nbp=1`: and its previous one), so a sentence that runs on past the
//                 passage is packed whole; `nbs=1` only for passages of verse (KJV verse numbers or
//                 short lines), `nbs=2` only for passages of line verse (poetry);
//   `nbat=P;nbk=K` late neighbour expansion: the first P passages as ranked, then the next chunks (`nbp=1`:
//                 and previous) of the first K (default 20) not yet placed, then the rest (8k untouched when P ~ 40);
//   `div=N`       diversity: the first N passages of each book in ranked order, then the rest;
//   `scand=K`     the first K passages by best-sentence cosine join the candidates, `dcand=K` the dense
//                 ranking is read K deep (300 shipped); ranked by the shipped weights (this lab's copy of
//                 the fusion, `fused`, equal to the product's without them);
//   `late=D`      the shipped ranking's first D passages, then the rest in the variant's order;
//   `lr=1`        the fusion's weights retrained (labSetup.ts trainListwise) on the tune side's four libraries;
//                 `lrmix=M` M x retrained + (1 - M) x shipped;
//   `sdw=X`       the two sentence-cosine weights times X (the sentence-level dense max weighs more);
//   `fb=N;et=M;ow=W`  pseudo-relevance feedback: N feedback passages, M terms, original weight W;
//   `noprf=1`     without pseudo-relevance feedback.
// `--verse-chunking T/O`: works of line verse chunked at T tokens with O overlap (passages the caches lack are encoded).
//   npx tsx bench/knowledge/round13Lab.ts --variants 'plain,shipped,shipped;nb=20' [--check] [--per-book] [--latency]
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
import { DEFAULT_LEXICAL_RETRIEVAL, DEFAULT_WORD_VECTOR_CACHE } from '../../orchestrator/maia/knowledge/defaults.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { analyzeText } from '../../orchestrator/maia/knowledge/analyzeText.ts'
import { loadRelatedTermTable } from '../../orchestrator/maia/knowledge/loadRelatedTermTable.ts'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import { createSoftTermMatcher, type SoftTermMatcher } from '../../orchestrator/maia/knowledge/softTermMatcher.ts'
import { loadWordVectorTable, resolveWinkWordVectors } from '../../orchestrator/maia/knowledge/wordVectorTable.ts'
import { createSentenceScorer, type SentenceScorer } from '../../orchestrator/maia/knowledge/createSentenceScorer.ts'
import { sentenceUnitsOf } from '../../orchestrator/maia/knowledge/sentenceUnits.ts'
import { FUSION_FEATURES, rankByLearnedFusion, type FusionWeights } from '../../orchestrator/maia/knowledge/learnedFusion.ts'
import { LEARNED_FUSION_SENTENCE_WEIGHTS } from '../../orchestrator/maia/knowledge/learnedFusionWeights.ts'
import { passageTextHash, PASSAGE_VECTORS_FILE, readPassageVectors, SENTENCE_VECTORS_FILE, writePassageVectors } from '../../orchestrator/maia/knowledge/passageVectorCache.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { assembleFourthLibrary } from './fourthLibrary.ts'
import { assembleFifthLibrary } from './fifthLibrary.ts'
import { assembleSixthLibrary } from './sixthLibrary.ts'
import { isVerseText } from './isVerseText.ts'
import { trainListwise } from './labSetup.ts'
import { BENCH_VECTOR_CACHE, passagesFound, questionSetSchema, type Question } from './support.ts'

type Library = 'shared' | 'fourth' | 'fifth' | 'sixth'
const LIBRARIES: readonly Library[] = ['shared', 'fourth', 'fifth', 'sixth']
/** Chosen before any lever was measured (round13Measurements.md): one whole work per library. */
export const HELD_OUT_WORKS = ['plato-symposium.md', 'kjv-genesis.txt', 'austen-persuasion.md', 'milton-paradise-lost.md'] as const
type Side = 'T' | 'H'

const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const check = process.argv.includes('--check')
const counter = createEstimatedTokenCounter()
const BUDGETS = [8_000, 20_000] as const
const limitFor = (budget: number): number => Math.min(1_000, Math.max(30, Math.ceil((budget / 200) * 3)))
const order = (scores: ArrayLike<number>): number[] => Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b)

// ---- questions ----
const VERSIONS = Array.from({ length: 16 }, (_, i) => `V${i + 2}`)
const asked: Array<{ library: Library; side: Side; question: Question }> = []
for (const version of VERSIONS) {
  const json: unknown = JSON.parse(await readFile(new URL(`./heldout${version}/questions.json`, import.meta.url), 'utf8'))
  const libraries = new Map(z.object({ questions: z.array(z.object({ id: z.string(), library: z.string() })) }).parse(json).questions.map((q) => [q.id, q.library]))
  for (const question of questionSetSchema.parse(json).questions) {
    const library = libraries.get(question.id) as Library
    if (!LIBRARIES.includes(library)) continue
    const side: Side = question.passages.some((passage) => (HELD_OUT_WORKS as readonly string[]).includes(passage.source)) ? 'H' : 'T'
    if (side === 'H' && !check) continue
    asked.push({ library, side, question })
  }
}
const onlyLibraries = flag('--libraries')?.split(',')
const measured = asked.filter((entry) => onlyLibraries === undefined || onlyLibraries.includes(entry.library))

// ---- libraries, chunks, vectors ----
const scratch = await mkdtemp(join(tmpdir(), 'maia-round13-lab-'))
const encoder = await loadSentenceEncoder({ threads: Number(flag('--threads') ?? 2) })
const directories: Record<Library, () => Promise<string>> = {
  shared: () => resolveLibraryDirectory(), fourth: () => assembleFourthLibrary(join(scratch, 'fourth')),
  fifth: () => assembleFifthLibrary(join(scratch, 'fifth')), sixth: () => assembleSixthLibrary(join(scratch, 'sixth'))
}
interface LibraryState {
  chunks: StoredChunk[]; neighbours: number[][]; passageVectors: Float32Array[]; sentences: SentenceScorer; soft: SoftTermMatcher
  expanded: LexicalRetriever; plain: LexicalRetriever; index: ReturnType<typeof createLexicalIndexFromTerms>; related: Awaited<ReturnType<typeof loadRelatedTermTable>>
  ids: Map<string, number>; verse: boolean[]; lineVerse: boolean[]
}
const wordVectors = loadWordVectorTable({ source: resolveWinkWordVectors()!, cacheDirectory: DEFAULT_WORD_VECTOR_CACHE })
async function encodeMissing(texts: readonly string[], known: Map<string, Float32Array>, label: string): Promise<Float32Array[]> {
  const missing = [...new Set(texts.filter((text) => !known.has(passageTextHash(text))))]
  if (missing.length > 0) {
    const started = performance.now()
    for (let start = 0; start < missing.length; start += 64) {
      const slice = missing.slice(start, start + 64)
      ;(await encoder.embed(slice)).forEach((vector, offset) => known.set(passageTextHash(slice[offset]!), vector))
    }
    console.error(`  encoded ${missing.length} ${label} not in ${BENCH_VECTOR_CACHE} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  return texts.map((text) => known.get(passageTextHash(text))!)
}
/** Poetry: most of the passage's lines are short (a verse line, not a wrapped paragraph). */
function isLineVerse(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
  if (lines.length < 4) return false
  // Hard-wrapped prose has short lines too; a verse line starts with a capital (or a quote and one).
  return lines.filter((line) => /^[^\p{L}]{0,3}\p{Lu}/u.test(line)).length >= 0.75 * lines.length
}
const libraryStates = new Map<Library, Promise<LibraryState>>()
function stateOf(library: Library): Promise<LibraryState> {
  let state = libraryStates.get(library)
  if (state === undefined) libraryStates.set(library, state = (async () => {
    const documents = await collectDocuments([await directories[library]()])
    // `--verse-chunking T/O`: works of line verse (most of their lines start with a capital, isLineVerse) chunked at T tokens with O overlap.
    const verseChunking = flag('--verse-chunking')?.split('/').map(Number)
    const optionsFor = (text: string): { targetTokens: number; overlapTokens: number } => (verseChunking !== undefined && isLineVerse(text.slice(0, 20_000)) && !isVerseText(text.slice(0, 20_000))
      ? { targetTokens: verseChunking[0]!, overlapTokens: verseChunking[1]! } : { targetTokens: 200, overlapTokens: 30 })
    const chunks = documents.flatMap((document) => chunkText(document.text, counter, optionsFor(document.text)).map((chunk): StoredChunk => ({
      id: `${document.source}#${chunk.ordinal}`, source: document.source, title: document.title, author: document.author,
      text: chunk.text, tokens: chunk.tokens, ordinal: chunk.ordinal, start: chunk.start, end: chunk.end, topics: [], curator: null
    })))
    const cache = join(BENCH_VECTOR_CACHE, library)
    // Vectors this lab encoded itself (other chunkings) are kept apart from the benches' caches.
    const own = join(tmpdir(), 'maia-dense-cache', 'round13', library)
    const known = new Map([...await readPassageVectors(cache, encoder.id, PASSAGE_VECTORS_FILE), ...await readPassageVectors(cache, encoder.id, SENTENCE_VECTORS_FILE), ...await readPassageVectors(own, encoder.id)])
    const before = known.size
    const passageVectors = await encodeMissing(chunks.map((chunk) => chunk.text), known, `${library} passages`)
    const rows = new Map<string, number>()
    const unitTexts: string[] = []
    const unitsOfChunk = chunks.map((chunk) => sentenceUnitsOf(chunk.text).map((text) => {
      let row = rows.get(text)
      if (row === undefined) { rows.set(text, row = unitTexts.length); unitTexts.push(text) }
      return row
    }))
    const sentences = createSentenceScorer(await encodeMissing(unitTexts, known, `${library} sentences`), unitsOfChunk)
    if (known.size > before) { await mkdir(own, { recursive: true }); await writePassageVectors(own, encoder.id, new Map([...await readPassageVectors(own, encoder.id), ...[...known].slice(before)])) }
    const index = createLexicalIndexFromTerms(chunks.map((chunk) => analyzeText(chunk.text)))
    const related = await loadRelatedTermTable(join(scratch, library), index.terms())
    const oldIndex = createLexicalIndexFromTerms(chunks.map((chunk) => analyzeText(chunk.text, { archaic: false })))
    console.error(`  ${library}: ${documents.length} works (${documents.filter((document) => optionsFor(document.text).targetTokens !== 200).map((document) => document.source).join(', ') || 'none'} as line verse), ${chunks.length} passages, ${unitTexts.length} sentence units`)
    return {
      chunks, neighbours: chunkNeighbours(chunks), passageVectors, sentences, soft: createSoftTermMatcher(chunks.map((chunk) => chunk.text), await wordVectors),
      expanded: createLexicalRetriever(chunks, index, DEFAULT_LEXICAL_RETRIEVAL, related), index, related,
      plain: createLexicalRetriever(chunks, oldIndex, { expansion: null, relatedWeight: 0, earlierTurnsWeight: 0, neighbourWeight: 0, plainShare: 0 }, undefined, (text) => analyzeText(text, { archaic: false })),
      ids: new Map(chunks.map((chunk, i) => [chunk.id, i])), verse: chunks.map((chunk) => isVerseText(chunk.text)), lineVerse: chunks.map((chunk) => isLineVerse(chunk.text))
    }
  })())
  return state
}

// ---- question vectors (as the knowledge base asks: the question plus 0.5 x the mean of its earlier turns, unit length) ----
const questionVectors = new Map<string, Float32Array>()
{
  const texts = [...new Set(measured.flatMap(({ question }) => [question.question, ...(question.earlierTurns ?? [])]))]
  const cacheDirectory = join(tmpdir(), 'maia-dense-cache')
  await mkdir(cacheDirectory, { recursive: true })
  const file = join(cacheDirectory, `round13-questions-${createHash('sha256').update(encoder.id).update('\0').update(texts.join('\0')).digest('hex').slice(0, 24)}.f32`)
  const d = encoder.dimensions
  let all: Float32Array | undefined
  try { const bytes = await readFile(file); all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4); if (all.length !== texts.length * d) all = undefined } catch { /* not cached */ }
  if (all === undefined) {
    const started = performance.now()
    all = new Float32Array(texts.length * d)
    for (let start = 0; start < texts.length; start += 64) (await encoder.embed(texts.slice(start, start + 64))).forEach((vector, offset) => all!.set(vector, (start + offset) * d))
    await writeFile(file, Buffer.from(all.buffer))
    console.error(`  encoded ${texts.length} question texts in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  texts.forEach((text, i) => questionVectors.set(text, all!.slice(i * d, (i + 1) * d)))
}
function queryVectorOf(question: Question): Float32Array {
  const vector = Float32Array.from(questionVectors.get(question.question)!)
  const earlier = question.earlierTurns ?? []
  if (earlier.length === 0) return vector
  for (const turn of earlier) { const other = questionVectors.get(turn)!; for (let i = 0; i < vector.length; i += 1) vector[i]! += (0.5 / earlier.length) * other[i]! }
  const length = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0))
  return length > 0 ? vector.map((value) => value / length) : vector
}

// ---- signals (cached per question; `--latency` times them fresh) ----
type Settings = Record<string, number>
const parse = (spec: string): Settings => Object.fromEntries(spec.split(';').map((part) => { const [k, v] = part.split('='); return [k!, v === undefined ? NaN : Number(v)] }))
interface Signals { lexical: number[]; dense: Float64Array; soft: Float64Array; query: Float32Array }
const prfRetrievers = new Map<string, LexicalRetriever>()
function lexicalRetrieverFor(state: LibraryState, library: Library, settings: Settings): { retriever: LexicalRetriever; key: string } {
  if (!('fb' in settings || 'et' in settings || 'ow' in settings || 'noprf' in settings)) return { retriever: state.expanded, key: '' }
  const base = DEFAULT_LEXICAL_RETRIEVAL.expansion!
  const expansion = 'noprf' in settings ? null : { ...base, feedbackPassages: settings.fb ?? base.feedbackPassages, expansionTerms: settings.et ?? base.expansionTerms, originalWeight: settings.ow ?? base.originalWeight }
  const key = JSON.stringify(expansion)
  let retriever = prfRetrievers.get(`${library}|${key}`)
  if (retriever === undefined) prfRetrievers.set(`${library}|${key}`, retriever = createLexicalRetriever(state.chunks, state.index, { ...DEFAULT_LEXICAL_RETRIEVAL, expansion }, state.related))
  return { retriever, key }
}
const signalCache = new Map<string, Signals>()
function computeSignals(state: LibraryState, retriever: LexicalRetriever, question: Question): Signals {
  const query = queryVectorOf(question)
  const dense = new Float64Array(state.chunks.length)
  state.passageVectors.forEach((vector, row) => { let dot = 0; for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * query[i]!; dense[row] = dot })
  return {
    lexical: retriever.rank(question.question, {}, 1_000, question.earlierTurns ?? []).map((chunk) => state.ids.get(chunk.id)!),
    dense, soft: state.soft.scores(question.question, question.earlierTurns ?? []), query
  }
}
async function signalsOf(library: Library, question: Question, settings: Settings, fresh = false): Promise<Signals> {
  const state = await stateOf(library)
  const { retriever, key: prfKey } = lexicalRetrieverFor(state, library, settings)
  if (fresh) return computeSignals(state, retriever, question)
  const key = `${library}|${question.id}|${prfKey}`
  let signals = signalCache.get(key)
  if (signals === undefined) signalCache.set(key, signals = computeSignals(state, retriever, question))
  return signals
}

// ---- the fusion with more candidates (this lab's copy of rankByLearnedFusion's score, every chunk accepted) ----
const VOTE_K = 60
function zOver(values: ArrayLike<number>, rows: readonly number[]): Float64Array {
  let mean = 0; for (const i of rows) mean += values[i]!; mean /= rows.length
  let variance = 0; for (const i of rows) variance += (values[i]! - mean) ** 2
  const sd = Math.sqrt(variance / rows.length) || 1
  const z = new Float64Array(values.length); for (const i of rows) z[i] = (values[i]! - mean) / sd
  return z
}
function fused(state: LibraryState, question: Question, signals: Signals, weights: FusionWeights, limit: number, settings: Settings, onFeatures?: (candidates: number[], features: Float64Array[]) => void): StoredChunk[] {
  const { chunks, neighbours } = state
  const n = chunks.length
  const all = Array.from({ length: n }, (_, i) => i)
  const lexical = signals.lexical.slice(0, 1_000)
  const lexicalVote = new Float64Array(n); lexical.forEach((index, rank) => { lexicalVote[index] = VOTE_K / (VOTE_K + rank + 1) })
  const denseOrder = order(signals.dense)
  const densePlace = new Int32Array(n); denseOrder.forEach((index, rank) => { densePlace[index] = rank })
  const softOrder = order(signals.soft)
  const softPlace = new Int32Array(n); softOrder.forEach((index, rank) => { softPlace[index] = rank })
  const denseZ = zOver(signals.dense, all)
  const softZ = zOver(signals.soft, all)
  const bookTop = new Map<string, number[]>()
  for (const index of denseOrder) { const top = bookTop.get(chunks[index]!.source) ?? []; if (top.length < 3) top.push(index); bookTop.set(chunks[index]!.source, top) }
  const bookDense = new Map([...bookTop].map(([source, top]) => [source, top.reduce((sum, index) => sum + denseZ[index]!, 0) / top.length]))
  const bookLexicalShare = new Map<string, number>()
  for (const index of lexical.slice(0, 50)) bookLexicalShare.set(chunks[index]!.source, (bookLexicalShare.get(chunks[index]!.source) ?? 0) + 1 / 50)
  const bookPlace = (ranking: readonly number[]): Map<string, number> => { const places = new Map<string, number>(); for (const index of ranking) if (!places.has(chunks[index]!.source)) places.set(chunks[index]!.source, 1 / (1 + places.size)); return places }
  const bookLexicalPlace = bookPlace(lexical)
  const bookDensePlace = bookPlace(denseOrder)
  const bookSoftPlace = bookPlace(softOrder)
  const bySentence = 'scand' in settings ? order(state.sentences.allBestCosines(signals.query)).slice(0, settings.scand) : []
  const candidates = [...new Set([...lexical.slice(0, 300), ...denseOrder.slice(0, settings.dcand ?? 300), ...softOrder.slice(0, 100), ...bySentence])]
  const sizes = new Map<string, number>(); for (const chunk of chunks) sizes.set(chunk.source, (sizes.get(chunk.source) ?? 0) + 1)
  const positions = candidates.map((_, position) => position)
  const sentenceSoft = state.soft.sentenceScores(question.question, question.earlierTurns ?? [], candidates)
  const sentenceSoftZ = zOver(sentenceSoft, positions)
  const sentenceDense = state.sentences.bestCosines(signals.query, candidates)
  const sentenceDenseZ = zOver(sentenceDense, positions)
  const features = candidates.map((i, position) => {
    const chunk = chunks[i]!
    const size = sizes.get(chunk.source)!
    const small = Math.min(1, 20 / size)
    const denseVote = VOTE_K / (VOTE_K + densePlace[i]! + 1)
    const softVote = VOTE_K / (VOTE_K + softPlace[i]! + 1)
    let nd = -4; let nl = 0; let ns = -4
    for (const j of neighbours[i] ?? []) { nd = Math.max(nd, denseZ[j]!); ns = Math.max(ns, softZ[j]!); nl = Math.max(nl, lexicalVote[j]!) }
    // In FUSION_FEATURES order, as rankByLearnedFusion scales them.
    return Float64Array.from([
      lexicalVote[i]!, denseZ[i]! / 4, denseVote, nd / 4, nl, bookDense.get(chunk.source)! / 4, bookLexicalShare.get(chunk.source) ?? 0, chunk.text.length / 800,
      lexicalVote[i]! * denseVote, bookLexicalPlace.get(chunk.source) ?? 0, bookDensePlace.get(chunk.source) ?? 0, 1, softZ[i]! / 4, softVote, ns / 4,
      sentenceSoft[position]!, sentenceSoftZ[position]! / 4, Math.log(size) / 8, (bookDensePlace.get(chunk.source) ?? 0) * small, (bookSoftPlace.get(chunk.source) ?? 0) * small,
      sentenceDense[position]!, sentenceDenseZ[position]! / 4
    ])
  })
  if (onFeatures !== undefined) onFeatures(candidates, features)
  const w = FUSION_FEATURES.map((name) => weights[name])
  const scored = candidates.map((i, position) => ({ i, position, score: features[position]!.reduce((sum, value, k) => sum + value * w[k]!, 0) }))
  scored.sort((a, b) => b.score - a.score || a.position - b.position)
  return scored.slice(0, limit).map((entry) => chunks[entry.i]!)
}

// ---- the fusion's weights retrained on the tune side (`lr=1`; `lrmix=M`: M x retrained + (1 - M) x shipped) ----
const retrained = new Map<string, Promise<FusionWeights>>()
function retrainedWeights(settings: Settings): Promise<FusionWeights> {
  const key = `${settings.lrmix ?? 1}|${settings.lrl2 ?? 0.001}`
  let weights = retrained.get(key)
  if (weights === undefined) retrained.set(key, weights = (async () => {
    const examples: Array<{ features: Float64Array[]; gold: number[] }> = []
    for (const { library, side, question } of asked) {
      if (side !== 'T') continue
      const state = await stateOf(library)
      const signals = await signalsOf(library, question, {})
      fused(state, question, signals, LEARNED_FUSION_SENTENCE_WEIGHTS, 1, {}, (candidates, features) => {
        const gold = candidates.map((index, position) => (passagesFound(question, [state.chunks[index]!]) > 0 ? position : -1)).filter((position) => position >= 0)
        if (gold.length > 0) examples.push({ features, gold })
      })
    }
    const w = trainListwise(examples, FUSION_FEATURES.length, { l2: settings.lrl2 ?? 0.001, epochs: 60 })
    const mix = settings.lrmix ?? 1
    const result = Object.fromEntries(FUSION_FEATURES.map((name, k) => [name, mix * w[k]! + (1 - mix) * LEARNED_FUSION_SENTENCE_WEIGHTS[name]])) as FusionWeights
    console.log(`weights lr (mix ${mix}) trained on ${examples.length} tune-side questions: ${JSON.stringify(Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Number(v.toFixed(5))])))}`)
    return result
  })())
  return weights
}

// ---- ranking ----
const rankCache = new Map<string, StoredChunk[]>()
async function rank(spec: string, library: Library, question: Question, limit: number, fresh = false): Promise<StoredChunk[]> {
  const key = `${spec}|${library}|${question.id}|${limit}`
  const cached = fresh ? undefined : rankCache.get(key)
  if (cached !== undefined) return cached
  const settings = parse(spec)
  const state = await stateOf(library)
  let ranked: StoredChunk[]
  const POST = ['div', 'nb', 'nbp', 'nbs', 'nbat', 'nbk']
  if (POST.some((name) => name in settings) && !fresh) {
    // Post-processing levers reorder the ranking of the spec without them (cached once).
    const base = spec.split(';').filter((part) => !POST.includes(part.split('=')[0]!)).join(';')
    ranked = await rank(base, library, question, limit)
  } else if ('plain' in settings) ranked = state.plain.rank(question.question, {}, limit)
  else {
    const signals = await signalsOf(library, question, settings, fresh)
    const weights: FusionWeights = 'lr' in settings ? await retrainedWeights(settings) : 'sdw' in settings
      ? { ...LEARNED_FUSION_SENTENCE_WEIGHTS, sentenceDense: settings.sdw! * LEARNED_FUSION_SENTENCE_WEIGHTS.sentenceDense, sentenceDenseCandidateZ: settings.sdw! * LEARNED_FUSION_SENTENCE_WEIGHTS.sentenceDenseCandidateZ }
      : LEARNED_FUSION_SENTENCE_WEIGHTS
    const product = (): StoredChunk[] => rankByLearnedFusion({
      chunks: state.chunks, lexical: signals.lexical, dense: signals.dense, neighbours: state.neighbours, soft: signals.soft,
      sentenceSoft: (candidates) => state.soft.sentenceScores(question.question, question.earlierTurns ?? [], candidates),
      sentenceDense: (candidates) => state.sentences.bestCosines(signals.query, candidates), weights, limit
    })
    const extended = 'scand' in settings || 'dcand' in settings || 'own' in settings || 'lr' in settings
    ranked = extended ? fused(state, question, signals, weights, limit, settings) : product()
    if ('late' in settings) {
      const top = product().slice(0, settings.late)
      const kept = new Set(top)
      ranked = [...top, ...ranked.filter((chunk) => !kept.has(chunk))].slice(0, limit)
    }
  }
  if ('div' in settings) {
    const perBook = new Map<string, number>()
    const first: StoredChunk[] = []; const rest: StoredChunk[] = []
    for (const chunk of ranked) { const seen = perBook.get(chunk.source) ?? 0; perBook.set(chunk.source, seen + 1); (seen < settings.div! ? first : rest).push(chunk) }
    ranked = [...first, ...rest]
  }
  if ('nb' in settings) {
    // Neighbour expansion: each of the first K passages followed by its next chunk (and previous with nbp=1).
    const out: StoredChunk[] = []
    const placed = new Set<number>()
    const scope = (i: number): boolean => settings.nbs === 1 ? state.verse[i]! || state.lineVerse[i]! : settings.nbs === 2 ? state.lineVerse[i]! : settings.nbs === 3 ? state.verse[i]! : true
    ranked.forEach((chunk, place) => {
      const i = state.ids.get(chunk.id)!
      if (!placed.has(i)) { placed.add(i); out.push(chunk) }
      if (place >= settings.nb! || !scope(i)) return
      for (const j of state.neighbours[i]!) {
        const isNext = state.chunks[j]!.ordinal > chunk.ordinal
        if ((isNext || 'nbp' in settings) && !placed.has(j)) { placed.add(j); out.push(state.chunks[j]!) }
      }
    })
    ranked = out.slice(0, Math.max(limit, ranked.length))
  }
  if ('nbat' in settings) {
    // Late neighbour expansion: the first P passages as ranked, then the unplaced neighbours (next, and
    // previous with nbp=1) of the first K (`nbk`, default 20), then the rest.
    const at = settings.nbat!
    const head = ranked.slice(0, at)
    const placed = new Set(head.map((chunk) => state.ids.get(chunk.id)!))
    const added: StoredChunk[] = []
    for (const chunk of ranked.slice(0, settings.nbk ?? 20)) {
      const i = state.ids.get(chunk.id)!
      if (settings.nbs === 2 && !state.lineVerse[i]) continue
      for (const j of state.neighbours[i]!) if ((state.chunks[j]!.ordinal > chunk.ordinal || 'nbp' in settings) && !placed.has(j)) { placed.add(j); added.push(state.chunks[j]!) }
    }
    ranked = [...head, ...added, ...ranked.slice(at).filter((chunk) => !placed.has(state.ids.get(chunk.id)!))]
  }
  if (!fresh) rankCache.set(key, ranked)
  return ranked
}
const pack = (ranked: StoredChunk[], budget: number): Array<{ source: string; text: string }> => packChunks(ranked, counter, { budgetTokens: budget, storedTokensCounter: counter.id }).chunks

// ---- measuring ----
const variants = (flag('--variants') ?? 'plain,shipped').split(',')
const perBook = process.argv.includes('--per-book')
for (const library of LIBRARIES) if (measured.some((entry) => entry.library === library)) await stateOf(library)
const groups = [...new Set(measured.map((entry) => `${entry.side}-${entry.library}`))].sort((a, b) => (a[0] === b[0] ? LIBRARIES.indexOf(a.slice(2) as Library) - LIBRARIES.indexOf(b.slice(2) as Library) : a < b ? 1 : -1))
console.log(`questions: ${groups.map((group) => `${group} ${measured.filter((entry) => `${entry.side}-${entry.library}` === group).length}`).join(', ')}`)
for (const spec of variants) {
  const started = performance.now()
  const cells = new Map<string, number[]>()
  for (const { library, side, question } of measured) {
    const groupKeys = [`${side}-${library}`, ...(perBook ? [`${side}-${library}:${question.passages[0]!.source}`] : [])]
    for (const [b, budget] of BUDGETS.entries()) {
      const got = passagesFound(question, pack(await rank(spec, library, question, limitFor(budget)), budget))
      for (const key of groupKeys) { const cell = cells.get(key) ?? [0, 0, 0]; cell[b]! += got; if (b === 0) cell[2]! += question.passages.length; cells.set(key, cell) }
    }
  }
  const sum = (side: Side): number[] => [...cells].filter(([key]) => key.startsWith(`${side}-`) && !key.includes(':')).reduce((acc, [, v]) => [acc[0]! + v[0]!, acc[1]! + v[1]!, acc[2]! + v[2]!], [0, 0, 0])
  const line = groups.map((group) => { const v = cells.get(group)!; return `${group} ${v[0]} ${v[1]}/${v[2]}` })
  const t = sum('T'); const h = sum('H')
  let latency = ''
  if (process.argv.includes('--latency')) {
    // Fresh (uncached) signals + ranking + packing at 20k, every 4th question, p50 / p90.
    const samples: number[] = []
    for (const [k, { library, question }] of measured.entries()) {
      if (k % 4 !== 0) continue
      const begin = performance.now()
      pack(await rank(spec, library, question, limitFor(20_000), true), 20_000)
      samples.push(performance.now() - begin)
    }
    samples.sort((a, b) => a - b)
    latency = ` | 20k latency p50 ${samples[Math.floor(samples.length / 2)]!.toFixed(1)} ms p90 ${samples[Math.floor(samples.length * 0.9)]!.toFixed(1)} ms (${samples.length})`
  }
  console.log(`${spec.padEnd(26)} ${line.join(' | ')} || T ${t[0]} ${t[1]}/${t[2]}${h[2]! > 0 ? ` H ${h[0]} ${h[1]}/${h[2]}` : ''}${latency}   (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  if (perBook) for (const [key, v] of [...cells].filter(([key]) => key.includes(':')).sort()) console.log(`   ${spec} ${key} ${v[0]} ${v[1]}/${v[2]}`)
}
await encoder.dispose?.()
