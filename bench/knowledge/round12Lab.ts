// Retrieval lab, round twelve (issue 11): a book-size prior that holds across libraries, the ranker
// retrained on every library's A half, and what WordNet contributes. Same set-up as round eleven
// (labSetup.ts: in memory, estimated token counter, the same chunks and cached vectors), now with
// heldoutV15 spent and the fourth library (fourthLibrary.ts, eighteen KJV books) joining:
//   - every set split by `heldoutHalf`: A tuned on, B (`--check`) looked at once to confirm;
//   - HELD-OUT BOOKS (HELD_OUT_BOOKS below): never tuned on, whichever half their id falls in; the `H`
//     sets, measured with `--check` only. (The rule, written before the check: round12Measurements.md.)
// Variants (`;`-separated settings):
//   `plain`             plain BM25 (LanceDB's analyser, no expansion);
//   `shippedsentence`   the knowledge base's own fusion (learnedFusion.ts) with the stored round ten-b
//                       weights and its sentence scorer: what the product ranks today;
//                       `nowordnet=1` with the lexical ranking built without WordNet's related terms;
//                       `noprf=1` without pseudo-relevance feedback (both: what each contributes);
//                       `dprf=K;dpa=A` dense pseudo-relevance feedback: the question's vector plus A x the
//                       mean vector of the dense ranking's first K passages; `fprf=K` the same with the
//                       shipped fused ranking's first K; `dps=1` the moved vector for the sentence cosines too;
//   `lr=1;sent=1;size=1;sdense=3`  round ten-b's ranker retrained here on every A half (four libraries);
//                       `no34=1` on the shared and second libraries' A halves only (as shipped);
//                       `size=2` no log book size; `size=3` the log book size as a z-score among the
//                       library's books; `size=4` the shipped size signals plus log size x the book's
//                       dense and soft places (the penalty of a big book the question points at can
//                       be learned away); `size=5` log size relative to the library's median book, clamped
//                       to +-log 4; candidates: `scand=K` the first K passages by best-sentence cosine
//                       join them, `dcand=K` the dense ranking read K deep (300 shipped); `pool=1` a
//                       feature saying whether the candidate is in the shipped pool; `late=D` the shipped
//                       ranking's first D, then the rest in the variant's order.
//   npx tsx bench/knowledge/round12Lab.ts --variants 'plain,shippedsentence,lr=1;sent=1;size=4;sdense=3' --by-library --length-weighted [--check]
//   npx tsx bench/knowledge/round12Lab.ts --misses SPEC [--library fourth]   (A halves only)
import { rankByLearnedFusion } from '../../orchestrator/maia/knowledge/learnedFusion.ts'
import { LEARNED_FUSION_SENTENCE_WEIGHTS } from '../../orchestrator/maia/knowledge/learnedFusionWeights.ts'
import { createLexicalIndexFromTerms } from '../../orchestrator/maia/knowledge/createLexicalIndex.ts'
import { createLexicalRetriever, type LexicalRetriever } from '../../orchestrator/maia/knowledge/createLexicalRetriever.ts'
import { DEFAULT_LEXICAL_RETRIEVAL } from '../../orchestrator/maia/knowledge/defaults.ts'
import { analyzeText } from '../../orchestrator/maia/knowledge/analyzeText.ts'
import { loadRelatedTermTable } from '../../orchestrator/maia/knowledge/loadRelatedTermTable.ts'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import type { StoredChunk } from '../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { labSentenceUnits } from './labSentenceUnits.ts'
import { counter, flag, isGold, limitFor, measureVariants, openLab, order, trainListwise, zScores, type Library, type TrainingExample } from './labSetup.ts'
import { passagesFound, type Question } from './support.ts'

/**
 * Chosen before any tuning (round12Measurements.md): their questions are only ever measured. Round
 * eleven's four third-library books, three fourth-library books (narrative, prophet, letter) and one
 * shared-library prose book.
 */
export const HELD_OUT_BOOKS = [
  'kjv-mark.txt', 'kjv-hosea.txt', 'kjv-ephesians.txt', 'kjv-ruth.txt',
  'kjv-1-samuel.txt', 'kjv-amos.txt', 'kjv-titus.txt',
  'plato-symposium.md'
] as const

const lab = await openLab({
  versions: ['v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12', 'v13', 'v14', 'v15'],
  check: process.argv.includes('--check'), label: 'round12-lab', heldoutBooks: HELD_OUT_BOOKS
})
const { bookSizesOf, productScorerOf } = labSentenceUnits(lab)
type Settings = Record<string, number>
const parse = (spec: string): Settings => Object.fromEntries(spec.split(';').map((part) => { const [k, v] = part.split('='); return [k!, v === undefined ? NaN : Number(v)] }))
const specOf = (settings: Settings): string => Object.entries(settings).map(([k, v]) => (Number.isNaN(v) ? k : `${k}=${v}`)).join(';')

const VOTE_K = 60
const CANDIDATE_DEPTH = 300
const SOFT_CANDIDATE_DEPTH = 100

interface Derived {
  denseOrder: number[]; softOrder: number[]; denseZ: Float64Array; softZ: Float64Array; lexicalVote: Float64Array
  denseVote: Float64Array; softVote: Float64Array; bookDense: Map<string, number>; bookLexicalShare: Map<string, number>
  bookLexicalPlace: Map<string, number>; bookDensePlace: Map<string, number>; bookSoftPlace: Map<string, number>
}
const derivedCache = new Map<string, Derived>()
async function derivedOf(library: Library, question: Question): Promise<Derived> {
  const key = `${library}:${question.id}`
  const cached = derivedCache.get(key)
  if (cached !== undefined) return cached
  const chunks = lab.chunksOf(library)
  const n = chunks.length
  const signals = await lab.signalsOf(library, question)
  const soft = await lab.softOf(library, question)
  const vote = (ranking: readonly number[]): Float64Array => { const v = new Float64Array(n); ranking.forEach((index, rank) => { v[index] = VOTE_K / (VOTE_K + rank + 1) }); return v }
  const denseOrder = order(signals.dense)
  const softOrder = order(soft)
  const denseZ = zScores(signals.dense)
  const softZ = zScores(soft)
  const bookScores = new Map<string, number[]>()
  chunks.forEach((chunk, i) => { const list = bookScores.get(chunk.source) ?? []; list.push(denseZ[i]!); bookScores.set(chunk.source, list) })
  const bookDense = new Map([...bookScores].map(([source, list]) => [source, list.sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0) / Math.min(3, list.length)]))
  const bookLexicalShare = new Map<string, number>()
  signals.lexical.slice(0, 50).forEach((index) => bookLexicalShare.set(chunks[index]!.source, (bookLexicalShare.get(chunks[index]!.source) ?? 0) + 1 / 50))
  const bookPlace = (ranking: readonly number[]): Map<string, number> => {
    const places = new Map<string, number>()
    for (const index of ranking) if (!places.has(chunks[index]!.source)) places.set(chunks[index]!.source, 1 / (1 + places.size))
    return places
  }
  const derived: Derived = {
    denseOrder, softOrder, denseZ, softZ, lexicalVote: vote(signals.lexical), denseVote: vote(denseOrder), softVote: vote(softOrder),
    bookDense, bookLexicalShare, bookLexicalPlace: bookPlace(signals.lexical), bookDensePlace: bookPlace(denseOrder), bookSoftPlace: bookPlace(softOrder)
  }
  derivedCache.set(key, derived)
  return derived
}

/**
 * The candidates: the first CANDIDATE_DEPTH of the lexical and dense rankings and the soft one's first
 * SOFT_CANDIDATE_DEPTH; `dcand=K` the dense ranking's first K instead; `scand=K` (round twelve) also
 * the first K passages by their best sentence's cosine with the question, over every passage (a
 * passage whose one sentence says what is asked while its whole vector does not).
 */
async function candidatesOf(library: Library, question: Question, settings: Settings = {}): Promise<number[]> {
  const signals = await lab.signalsOf(library, question)
  const d = await derivedOf(library, question)
  const bySentence = 'scand' in settings ? (await sentenceOrderOf(library, question)).slice(0, settings.scand) : []
  return [...new Set([...signals.lexical.slice(0, CANDIDATE_DEPTH), ...d.denseOrder.slice(0, settings.dcand ?? CANDIDATE_DEPTH), ...d.softOrder.slice(0, SOFT_CANDIDATE_DEPTH), ...bySentence])]
}
const sentenceOrders = new Map<string, number[]>()
/** Every passage ordered by its best sentence's cosine with the question's vector. */
async function sentenceOrderOf(library: Library, question: Question): Promise<number[]> {
  const key = `${library}:${question.id}`
  let ranking = sentenceOrders.get(key)
  if (ranking === undefined) {
    const all = Array.from({ length: lab.chunksOf(library).length }, (_, i) => i)
    sentenceOrders.set(key, ranking = order((await productScorerOf(library)).bestCosines(lab.queryVectorOf(question), all)))
  }
  return ranking
}

const BASE_FEATURES = ['lexicalVote', 'denseZ', 'denseVote', 'neighbourDenseZ', 'neighbourLexicalVote', 'bookDenseZ', 'bookLexicalShare', 'length', 'denseXlexical', 'bookLexicalPlace', 'bookDensePlace', 'bias', 'softZ', 'softVote', 'neighbourSoftZ']
const featureNames = (settings: Settings): string[] => [
  ...BASE_FEATURES,
  ...('sent' in settings ? ['sentenceSoft', 'sentenceSoftCandidateZ'] : []),
  ...('size' in settings ? [...(settings.size === 2 ? [] : ['bookSize']), 'bookDensePlaceXsmall', 'bookSoftPlaceXsmall', ...(settings.size === 4 ? ['bookSizeXdensePlace', 'bookSizeXsoftPlace'] : [])] : []),
  ...('sdense' in settings ? ['sentenceDense', 'sentenceDenseCandidateZ'] : []),
  ...('pool' in settings ? ['inShippedPool'] : [])
]
async function featuresOf(library: Library, question: Question, candidates: readonly number[], settings: Settings): Promise<Float64Array[]> {
  const chunks = lab.chunksOf(library)
  const neighbours = lab.neighboursOf(library)
  const d = await derivedOf(library, question)
  const bookSizes = bookSizesOf(library)
  // `pool=1`: whether the candidate is in the shipped pool (so candidates added by `scand` / `dcand` can weigh differently).
  const shippedPool = 'pool' in settings ? new Set(await candidatesOf(library, question)) : undefined
  const sentence = 'sent' in settings ? (await lab.softMatcherOf(library)).sentenceScores(question.question, question.earlierTurns ?? [], candidates) : undefined
  const sentenceZ = sentence === undefined ? undefined : zScores(sentence)
  const sd = 'sdense' in settings ? (await productScorerOf(library)).bestCosines(lab.queryVectorOf(question), candidates) : undefined
  const sdZ = sd === undefined ? undefined : zScores(sd)
  return candidates.map((i, position) => {
    const chunk = chunks[i]!
    const source = chunk.source
    const bookDensePlace = d.bookDensePlace.get(source) ?? 0
    const small = Math.min(1, 20 / bookSizes.get(source)!)
    return Float64Array.from([
      d.lexicalVote[i]!, d.denseZ[i]! / 4, d.denseVote[i]!,
      neighbours[i]!.reduce((best, j) => Math.max(best, d.denseZ[j]!), -4) / 4,
      neighbours[i]!.reduce((best, j) => Math.max(best, d.lexicalVote[j]!), 0),
      d.bookDense.get(source)! / 4, d.bookLexicalShare.get(source) ?? 0, chunk.text.length / 800,
      d.lexicalVote[i]! * d.denseVote[i]!, d.bookLexicalPlace.get(source) ?? 0, bookDensePlace, 1,
      d.softZ[i]! / 4, d.softVote[i]!, neighbours[i]!.reduce((best, j) => Math.max(best, d.softZ[j]!), -4) / 4,
      ...(sentence === undefined ? [] : [sentence[position]!, sentenceZ![position]! / 4]),
      ...('size' in settings ? [...(settings.size === 2 ? [] : [sizeSignalOf(library, source, settings.size!)]), bookDensePlace * small, (d.bookSoftPlace.get(source) ?? 0) * small,
        ...(settings.size === 4 ? [Math.log(bookSizes.get(source)!) / 8 * bookDensePlace, Math.log(bookSizes.get(source)!) / 8 * (d.bookSoftPlace.get(source) ?? 0)] : [])] : []),
      ...(sd === undefined ? [] : [sd[position]!, sdZ![position]! / 4]),
      ...(shippedPool === undefined ? [] : [shippedPool.has(i) ? 1 : 0])
    ])
  })
}
/** The book-size signal of `size=K` (1, 4: the shipped log passages / 8; 3: its z-score among the library's books / 4; 5: relative to the median book, clamped). */
function sizeSignalOf(library: Library, source: string, form: number): number {
  const sizes = bookSizesOf(library)
  const logSize = Math.log(sizes.get(source)!)
  if (form === 3 || form === 5) {
    const logs = [...sizes.values()].map(Math.log).sort((a, b) => a - b)
    if (form === 5) return Math.max(-Math.log(4), Math.min(Math.log(4), logSize - logs[Math.floor(logs.length / 2)]!)) / 8
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length) || 1
    return (logSize - mean) / sd / 4
  }
  return logSize / 8
}
// Book sizes, sentence units and the product's sentence scorer: labSentenceUnits.ts.
// ---- rankers ----
const rankerCache = new Map<string, Float64Array>()
async function rankerFor(settings: Settings): Promise<Float64Array> {
  const trainingSettings = settings
  const key = JSON.stringify(trainingSettings)
  let weights = rankerCache.get(key)
  if (weights === undefined) {
    const examples: TrainingExample[] = []
    // Only A halves: B and the held-out books (`H`) are never read here.
    const trainingSets = lab.allSets.filter((s) => s.half === 'A' && !('no34' in settings && (s.library === 'third' || s.library === 'fourth')))
    for (const set of trainingSets) {
      for (const question of set.questions) {
        const chunks = lab.chunksOf(set.library)
        const candidates = await candidatesOf(set.library, question, settings)
        const gold = candidates.map((index, position) => (isGold(question, chunks[index]!) ? position : -1)).filter((p) => p >= 0)
        if (gold.length === 0) continue
        examples.push({ features: await featuresOf(set.library, question, candidates, settings), gold })
      }
    }
    const names = featureNames(settings)
    weights = trainListwise(examples, names.length, { l2: settings.l2 ?? 0.001, epochs: settings.lrep ?? 60 })
    console.error(`  ranker ${specOf(trainingSettings)} trained on ${examples.length} A-half questions: ${names.map((name, i) => `${name} ${weights![i]!.toFixed(3)}`).join(', ')}`)
    if (process.argv.includes('--print-weights')) console.log(`weights ${specOf(trainingSettings)}: ${JSON.stringify(Object.fromEntries(names.map((name, i) => [name, Number(weights![i]!.toFixed(5))])))}`)
    rankerCache.set(key, weights)
  }
  return weights
}

const chunkIdIndexes = new Map<Library, Map<string, number>>()
function indexOfChunkId(library: Library): Map<string, number> {
  let ids = chunkIdIndexes.get(library)
  if (ids === undefined) chunkIdIndexes.set(library, ids = new Map(lab.chunksOf(library).map((chunk, index) => [chunk.id, index])))
  return ids
}
const rankCache = new Map<string, StoredChunk[]>()
async function rank(spec: string, library: Library, question: Question, limit: number): Promise<StoredChunk[]> {
  const settings = parse(spec)
  const depth = limit
  const rankingSpec = specOf(settings)
  const key = `${rankingSpec}|${library}|${question.id}|${depth}`
  const cached = rankCache.get(key)
  if (cached !== undefined) return cached
  const chunks = lab.chunksOf(library)
  let ranked: StoredChunk[]
  if ('late' in settings) {
    // `late=D`: the shipped ranking's first D passages, then the rest in this ranker's order (its
    // added candidates can only come in past the 8k depth).
    const { late, ...rest } = settings
    const top = (await rank('shippedsentence', library, question, limit)).slice(0, late)
    const kept = new Set(top)
    ranked = [...top, ...(await rank(specOf(rest), library, question, limit)).filter((chunk) => !kept.has(chunk))].slice(0, depth)
  } else if ('plain' in settings) ranked = (await lab.lexicalOf(library)).plain.rank(question.question, {}, depth)
  else if ('shippedsentence' in settings) {
    const shipped = await lab.signalsOf(library, question)
    const signals = 'nowordnet' in settings || 'noprf' in settings ? { ...shipped, lexical: await ablatedLexicalOf(library, question, settings) } : shipped
    const matcher = await lab.softMatcherOf(library)
    const scorer = await productScorerOf(library)
    const fuse = (dense: Float64Array, query: Float32Array, limit: number): StoredChunk[] => rankByLearnedFusion({
      chunks, lexical: signals.lexical, dense, neighbours: lab.neighboursOf(library), soft,
      sentenceSoft: (candidates) => matcher.sentenceScores(question.question, question.earlierTurns ?? [], candidates),
      sentenceDense: (candidates) => scorer.bestCosines(query, candidates), weights: LEARNED_FUSION_SENTENCE_WEIGHTS, limit
    })
    const soft = await lab.softOf(library, question)
    const query = lab.queryVectorOf(question)
    if ('dprf' in settings || 'fprf' in settings) {
      // Dense pseudo-relevance feedback: the question's vector moved towards the mean vector of the
      // first K passages (of the dense ranking, or of the shipped fused ranking), then ranked again.
      const k = settings.dprf ?? settings.fprf!
      const passages = await lab.passageVectorsOf(library)
      const ids = indexOfChunkId(library)
      const seeds = 'dprf' in settings ? (await derivedOf(library, question)).denseOrder.slice(0, k) : fuse(signals.dense, query, k).map((chunk) => ids.get(chunk.id)!)
      const moved = Float32Array.from(query)
      const alpha = settings.dpa ?? 0.5
      for (const seed of seeds) { const vector = passages[seed]!; for (let i = 0; i < moved.length; i += 1) moved[i]! += (alpha / seeds.length) * vector[i]! }
      const dense = new Float64Array(chunks.length)
      passages.forEach((vector, row) => { let dot = 0; for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * moved[i]!; dense[row] = dot })
      ranked = fuse(dense, 'dps' in settings ? moved : query, depth)
    } else ranked = fuse(signals.dense, query, depth)
  } else if ('lr' in settings) {
    const weights = await rankerFor(settings)
    const candidates = await candidatesOf(library, question, settings)
    const features = await featuresOf(library, question, candidates, settings)
    const scores = features.map((x) => x.reduce((sum, value, i) => sum + value * weights[i]!, 0))
    ranked = order(scores).slice(0, depth).map((position) => chunks[candidates[position]!]!)
  } else throw new Error(`unknown variant ${spec}`)
  rankCache.set(key, ranked)
  return ranked
}

// ---- the lexical ranking without WordNet's related terms or without pseudo-relevance feedback ----
const ablationScratch = await mkdtemp(join(tmpdir(), 'maia-round12-ablation-'))
const ablatedRetrievers = new Map<string, Promise<LexicalRetriever>>()
async function ablatedLexicalOf(library: Library, question: Question, settings: Settings): Promise<number[]> {
  const key = `${library}|${'nowordnet' in settings}|${'noprf' in settings}`
  let retriever = ablatedRetrievers.get(key)
  if (retriever === undefined) ablatedRetrievers.set(key, retriever = (async () => {
    const chunks = lab.chunksOf(library)
    const index = createLexicalIndexFromTerms(chunks.map((chunk) => analyzeText(chunk.text)))
    const related = 'nowordnet' in settings ? undefined : await loadRelatedTermTable(join(ablationScratch, library), index.terms())
    return createLexicalRetriever(chunks, index, { ...DEFAULT_LEXICAL_RETRIEVAL, ...('noprf' in settings ? { expansion: null } : {}), ...('nowordnet' in settings ? { relatedWeight: 0 } : {}) }, related)
  })())
  const ids = new Map(lab.chunksOf(library).map((chunk, i) => [chunk.id, i]))
  return (await retriever).rank(question.question, {}, 1_000, question.earlierTurns ?? []).map((chunk) => ids.get(chunk.id)!)
}

/** Whole passages, as the knowledge base packs them. */
function pack(_spec: string, ranked: StoredChunk[], _library: Library, budget: number): Array<{ source: string; text: string }> {
  return packChunks(ranked, counter, { budgetTokens: budget, storedTokensCounter: counter.id }).chunks
}

// `--candidate-recall`: A halves only: the share of gold passages the fusion can rank at all (its
// candidates), by library, as shipped and with the candidate settings `scand` / `dcand` would give.
if (process.argv.includes('--candidate-recall')) {
  const pools: Array<[string, Settings]> = [['shipped', {}], ['dcand=600', { dcand: 600 }], ['scand=100', { scand: 100 }], ['scand=300', { scand: 300 }], ['scand=100;dcand=600', { scand: 100, dcand: 600 }]]
  const tally = new Map<string, number[]>()
  for (const set of lab.sets.filter((s) => s.half === 'A')) for (const question of set.questions) {
    const chunks = lab.chunksOf(set.library)
    const gold = chunks.map((chunk, index) => (isGold(question, chunk) ? index : -1)).filter((i) => i >= 0)
    if (gold.length === 0) continue
    const cell = tally.get(set.library) ?? new Array<number>(pools.length + 1).fill(0)
    cell[0]! += 1
    for (const [p, [, settings]] of pools.entries()) {
      const candidates = new Set(await candidatesOf(set.library, question, settings))
      if (gold.some((index) => candidates.has(index))) cell[p + 1]! += 1
    }
    tally.set(set.library, cell)
  }
  for (const [library, cell] of tally) console.log(`${library.padEnd(7)} questions with a gold passage ${cell[0]}: among the candidates ${pools.map(([name], p) => `${name} ${cell[p + 1]} (${(100 * cell[p + 1]! / cell[0]!).toFixed(1)}%)`).join(', ')}`)
  await lab.dispose()
  process.exit(0)
}

// `--misses SPEC`: A-half questions SPEC misses at 20k (never B's or the held-out books'), with where
// the gold passage stands, then each book's passages found @8k / @20k.
if (flag('--misses') !== undefined) {
  const spec = flag('--misses')!
  const only = flag('--library')
  const perBook = new Map<string, number[]>()
  for (const set of lab.sets.filter((s) => s.half === 'A' && (only === undefined || s.library === only))) for (const question of set.questions) {
    const source = question.passages[0]!.source
    const tally = perBook.get(`${set.library} ${source}`) ?? [0, 0, 0]
    const packed8 = await pack(spec, await rank(spec, set.library, question, limitFor(8_000)), set.library, 8_000)
    tally[0]! += passagesFound(question, packed8)
    const ranked = await rank(spec, set.library, question, limitFor(20_000))
    const packed = await pack(spec, ranked, set.library, 20_000)
    tally[1]! += passagesFound(question, packed)
    tally[2]! += question.passages.length
    perBook.set(`${set.library} ${source}`, tally)
    if (passagesFound(question, packed) === question.passages.length) continue
    const chunks = lab.chunksOf(set.library)
    const d = await derivedOf(set.library, question)
    const signals = await lab.signalsOf(set.library, question)
    const gold = chunks.map((chunk, index) => (isGold(question, chunk) ? index : -1)).filter((i) => i >= 0)
    const where = gold.map((index) => `${chunks[index]!.id} fused ${ranked.indexOf(chunks[index]!)} lexical ${signals.lexical.indexOf(index)} dense ${d.denseOrder.indexOf(index)} soft ${d.softOrder.indexOf(index)}`).join('; ')
    const bookPlace = d.bookDensePlace.get(source)
    console.log(`${set.name} ${question.id} | ${question.question.slice(0, 110)} | ${where || 'gold in no passage'} | book dense place ${bookPlace === undefined ? '-' : (1 / bookPlace - 1).toFixed(0)} packed from book ${packed.filter((chunk) => chunk.source === source).length}/${packed.length} | gold: ${question.passages[0]!.quote.slice(0, 100)}`)
  }
  for (const [key, [at8, at20, asked]] of [...perBook].sort()) console.log(`book ${key.padEnd(48)} found ${at8} ${at20}/${asked} (${(100 * at8! / asked!).toFixed(0)}% ${(100 * at20! / asked!).toFixed(0)}%)`)
  await lab.dispose()
  process.exit(0)
}

await measureVariants(lab, (flag('--variants') ?? 'plain,shippedsentence').split(','), rank, {
  byLibrary: process.argv.includes('--by-library'), conversational: process.argv.includes('--conversational'), lengthWeighted: process.argv.includes('--length-weighted'), pack
})
await lab.dispose()
