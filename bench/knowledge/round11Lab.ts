// Retrieval lab, round eleven (issue 11): smaller packed units and a ranker that generalises to books
// nobody tuned on. Same set-up as rounds nine to ten-b (labSetup.ts: in memory, estimated token
// counter, the same chunks and cached vectors), now with heldoutV13 and heldoutV14 spent and the
// third library (thirdLibrary.ts, seventeen KJV books) joining as development data:
//   - every set split by `heldoutHalf`: A tuned on, B (`--check`) looked at once to confirm;
//   - HELD-OUT BOOKS: every question over Mark, Hosea, Ephesians and Ruth (third library) is never
//     tuned on, whichever half its id falls in; they form the `H` sets, measured with `--check` only.
// (The rule, written before the check: round11Measurements.md.)
// Variants (`;`-separated settings):
//   `plain`             plain BM25 (LanceDB's analyser, no expansion);
//   `shippedsentence`   the knowledge base's own fusion (learnedFusion.ts) with the stored round ten-b
//                       weights and its sentence scorer: what the product ranks today;
//   `lr=1;sent=1;size=1;sdense=3`  round ten-b's ranker retrained here on every A half (third
//                       library included); `no3=1` without the third library's A half;
//                       `size=2` without the book's size (log passages), keeping the small-book places;
//   packing (any variant): `win=T` each ranked passage packed as the units around its best sentence
//                       (by the question vector's cosine), at most T tokens (excerptPassage.ts);
//                       `wverse=1` only for passages of verse text (a verse number starts most units);
//                       `wfirst=K` the first K passages whole; `wlim=M` M x as many ranked passages.
//   npx tsx bench/knowledge/round11Lab.ts --variants 'plain,shippedsentence,shippedsentence;win=80' --by-library --length-weighted [--check]
//   npx tsx bench/knowledge/round11Lab.ts --misses SPEC [--library third]   (A halves only)
import { rankByLearnedFusion } from '../../orchestrator/maia/knowledge/learnedFusion.ts'
import { LEARNED_FUSION_SENTENCE_WEIGHTS } from '../../orchestrator/maia/knowledge/learnedFusionWeights.ts'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import type { StoredChunk } from '../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { excerptPassage } from './excerptPassage.ts'
import { isVerseText } from './isVerseText.ts'
import { labSentenceUnits } from './labSentenceUnits.ts'
import { counter, flag, isGold, LIBRARIES, limitFor, measureVariants, openLab, order, trainListwise, zScores, type Library, type TrainingExample } from './labSetup.ts'
import { passagesFound, type Question } from './support.ts'

/** Chosen before any tuning (round11Measurements.md): their questions are only ever measured. */
export const HELD_OUT_BOOKS = ['kjv-mark.txt', 'kjv-hosea.txt', 'kjv-ephesians.txt', 'kjv-ruth.txt'] as const

const lab = await openLab({
  versions: ['v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12', 'v13', 'v14'],
  check: process.argv.includes('--check'), label: 'round11-lab', heldoutBooks: HELD_OUT_BOOKS
})
const { bookSizesOf, sentenceVectorsOf, productScorerOf } = labSentenceUnits(lab)
type Settings = Record<string, number>
const parse = (spec: string): Settings => Object.fromEntries(spec.split(';').map((part) => { const [k, v] = part.split('='); return [k!, v === undefined ? NaN : Number(v)] }))
const specOf = (settings: Settings): string => Object.entries(settings).map(([k, v]) => (Number.isNaN(v) ? k : `${k}=${v}`)).join(';')

const VOTE_K = 60
const CANDIDATE_DEPTH = 300
const SOFT_CANDIDATE_DEPTH = 100
/** Settings that change only the packing, not the ranker. */
const PACKING_KEYS = new Set(['win', 'wverse', 'wfirst', 'wlim'])

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

async function candidatesOf(library: Library, question: Question): Promise<number[]> {
  const signals = await lab.signalsOf(library, question)
  const d = await derivedOf(library, question)
  return [...new Set([...signals.lexical.slice(0, CANDIDATE_DEPTH), ...d.denseOrder.slice(0, CANDIDATE_DEPTH), ...d.softOrder.slice(0, SOFT_CANDIDATE_DEPTH)])]
}

const BASE_FEATURES = ['lexicalVote', 'denseZ', 'denseVote', 'neighbourDenseZ', 'neighbourLexicalVote', 'bookDenseZ', 'bookLexicalShare', 'length', 'denseXlexical', 'bookLexicalPlace', 'bookDensePlace', 'bias', 'softZ', 'softVote', 'neighbourSoftZ']
const featureNames = (settings: Settings): string[] => [
  ...BASE_FEATURES,
  ...('sent' in settings ? ['sentenceSoft', 'sentenceSoftCandidateZ'] : []),
  ...('size' in settings ? [...(settings.size === 2 ? [] : ['bookSize']), 'bookDensePlaceXsmall', 'bookSoftPlaceXsmall'] : []),
  ...('sdense' in settings ? ['sentenceDense', 'sentenceDenseCandidateZ'] : [])
]
async function featuresOf(library: Library, question: Question, candidates: readonly number[], settings: Settings): Promise<Float64Array[]> {
  const chunks = lab.chunksOf(library)
  const neighbours = lab.neighboursOf(library)
  const d = await derivedOf(library, question)
  const bookSizes = bookSizesOf(library)
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
      ...('size' in settings ? [...(settings.size === 2 ? [] : [Math.log(bookSizes.get(source)!) / 8]), bookDensePlace * small, (d.bookSoftPlace.get(source) ?? 0) * small] : []),
      ...(sd === undefined ? [] : [sd[position]!, sdZ![position]! / 4])
    ])
  })
}
// Book sizes, sentence units and the product's sentence scorer: labSentenceUnits.ts.
/** The cosine of each of the passage's units with the question's vector. */
async function unitCosinesOf(library: Library, index: number, query: Float32Array): Promise<Float64Array> {
  const { matrix, unitsOfChunk } = await sentenceVectorsOf(library)
  const dimensions = query.length
  return Float64Array.from(unitsOfChunk[index]!, (row) => { let dot = 0; for (let k = 0; k < dimensions; k += 1) dot += matrix[row * dimensions + k]! * query[k]!; return dot })
}

// ---- rankers ----
const rankerCache = new Map<string, Float64Array>()
async function rankerFor(settings: Settings): Promise<Float64Array> {
  const trainingSettings = Object.fromEntries(Object.entries(settings).filter(([k]) => !PACKING_KEYS.has(k)))
  const key = JSON.stringify(trainingSettings)
  let weights = rankerCache.get(key)
  if (weights === undefined) {
    const examples: TrainingExample[] = []
    // Only A halves: B and the held-out books (`H`) are never read here.
    const trainingSets = lab.allSets.filter((s) => s.half === 'A' && !('no3' in settings && s.library === 'third'))
    for (const set of trainingSets) {
      for (const question of set.questions) {
        const chunks = lab.chunksOf(set.library)
        const candidates = await candidatesOf(set.library, question)
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

const rankCache = new Map<string, StoredChunk[]>()
async function rank(spec: string, library: Library, question: Question, limit: number): Promise<StoredChunk[]> {
  const settings = parse(spec)
  const depth = Math.round(limit * (settings.wlim ?? 1))
  const rankingSpec = specOf(Object.fromEntries(Object.entries(settings).filter(([k]) => !PACKING_KEYS.has(k))))
  const key = `${rankingSpec}|${library}|${question.id}|${depth}`
  const cached = rankCache.get(key)
  if (cached !== undefined) return cached
  const chunks = lab.chunksOf(library)
  let ranked: StoredChunk[]
  if ('plain' in settings) ranked = (await lab.lexicalOf(library)).plain.rank(question.question, {}, depth)
  else if ('shippedsentence' in settings) {
    const signals = await lab.signalsOf(library, question)
    const matcher = await lab.softMatcherOf(library)
    const scorer = await productScorerOf(library)
    const query = lab.queryVectorOf(question)
    ranked = rankByLearnedFusion({
      chunks, lexical: signals.lexical, dense: signals.dense, neighbours: lab.neighboursOf(library), soft: await lab.softOf(library, question),
      sentenceSoft: (candidates) => matcher.sentenceScores(question.question, question.earlierTurns ?? [], candidates),
      sentenceDense: (candidates) => scorer.bestCosines(query, candidates), weights: LEARNED_FUSION_SENTENCE_WEIGHTS, limit: depth
    })
  } else if ('lr' in settings) {
    const weights = await rankerFor(settings)
    const candidates = await candidatesOf(library, question)
    const features = await featuresOf(library, question, candidates, settings)
    const scores = features.map((x) => x.reduce((sum, value, i) => sum + value * weights[i]!, 0))
    ranked = order(scores).slice(0, depth).map((position) => chunks[candidates[position]!]!)
  } else throw new Error(`unknown variant ${spec}`)
  rankCache.set(key, ranked)
  return ranked
}

// ---- packing: whole passages (the product today) or excerpts around each passage's best unit ----
const indexOfChunk = new Map<StoredChunk, number>()
for (const library of LIBRARIES) if (lab.sets.some((set) => set.library === library)) lab.chunksOf(library).forEach((chunk, index) => indexOfChunk.set(chunk, index))
async function pack(spec: string, ranked: StoredChunk[], library: Library, budget: number, question: Question): Promise<Array<{ source: string; text: string }>> {
  const settings = parse(spec)
  let list = ranked
  if ((settings.win ?? 0) > 0) {
    const { spansOfChunk } = await sentenceVectorsOf(library)
    const query = lab.queryVectorOf(question)
    list = await Promise.all(ranked.map(async (chunk, place) => {
      if (place < (settings.wfirst ?? 0)) return chunk
      if ('wverse' in settings && !isVerseText(chunk.text)) return chunk
      const index = indexOfChunk.get(chunk)!
      return excerptPassage(chunk, spansOfChunk[index]!, await unitCosinesOf(library, index, query), settings.win!)
    }))
  }
  return packChunks(list, counter, { budgetTokens: budget, storedTokensCounter: counter.id }).chunks
}

// `--excerpts T`: A halves only: for each gold passage, whether its excerpt of at most T tokens around
// its best unit (by the question vector's cosine) still holds the asked quote, by library and kind of text.
if (flag('--excerpts') !== undefined) {
  const maxTokens = Number(flag('--excerpts'))
  const tally = new Map<string, number[]>()
  for (const set of lab.sets.filter((s) => s.half === 'A')) for (const question of set.questions) {
    const chunks = lab.chunksOf(set.library)
    const { spansOfChunk } = await sentenceVectorsOf(set.library)
    const query = lab.queryVectorOf(question)
    for (const [index, chunk] of chunks.entries()) {
      if (!isGold(question, chunk)) continue
      const cosines = await unitCosinesOf(set.library, index, query)
      const excerpt = excerptPassage(chunk, spansOfChunk[index]!, cosines, maxTokens)
      const key = `${set.library} ${isVerseText(chunk.text) ? 'verse' : 'prose'}`
      const cell = tally.get(key) ?? [0, 0, 0]
      cell[0]! += 1
      cell[1]! += passagesFound(question, [excerpt]) > 0 ? 1 : 0
      // Whether the best unit alone holds the quote.
      let best = 0
      for (let u = 1; u < cosines.length; u += 1) if (cosines[u]! > cosines[best]!) best = u
      const unit = spansOfChunk[index]![best]
      cell[2]! += unit !== undefined && passagesFound(question, [{ source: chunk.source, text: chunk.text.slice(unit.start, unit.end) }]) > 0 ? 1 : 0
      tally.set(key, cell)
    }
  }
  for (const [key, [n, kept, bestHolds]] of [...tally].sort()) console.log(`${key.padEnd(14)} gold passages ${n}: excerpt of <= ${maxTokens} tokens holds the quote ${kept} (${(100 * kept! / n!).toFixed(1)}%), best unit alone ${bestHolds} (${(100 * bestHolds! / n!).toFixed(1)}%)`)
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
    const packed8 = await pack(spec, await rank(spec, set.library, question, limitFor(8_000)), set.library, 8_000, question)
    tally[0]! += passagesFound(question, packed8)
    const ranked = await rank(spec, set.library, question, limitFor(20_000))
    const packed = await pack(spec, ranked, set.library, 20_000, question)
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
