// Retrieval lab, round ten-b (issue 11): a sentence-level (for King James text: verse-level) dense
// score as a fusion feature. Round ten found the right book but the asked verse's 200-token passage
// ranked 100-350th within it; here every sentence/verse of every passage is encoded with the bundled
// sentence encoder (vectors cached on disk under the OS temp folder like the passage vectors) and the
// ranker reads the best sentence's cosine. Everything else is round ten's lab (round10Lab.ts: the
// same sets, halves, variants and rules; A tuned on, B `--check` only confirms; the third library
// and heldoutV13 are never read). New settings:
//   `sdense=1` features: the passage's best sentence cosine as a z-score over the library (/4) and its
//     rank vote (60/(60+rank)) among all passages by that score;
//   `sdense=2` also the passage's place within its book by that score and the mean of its two best
//     sentence cosines (z over the library, /4);
//   `sdense=3` what the product can afford per search (candidates only, no pass over every sentence):
//     the best sentence cosine itself and its z-score among the candidates (/4);
//   `shippedsentence` the knowledge base's own fusion (learnedFusion.ts) with the stored round ten-b
//     weights (LEARNED_FUSION_SENTENCE_WEIGHTS) and its sentence scorer: what the product ranks;
//   `scand=K` the K best passages by best-sentence cosine join the candidates;
//   `--units` prints each library's sentence units and encoding time, then stops.
//   npx tsx bench/knowledge/round10bLab.ts --variants 'plain,shippedsoft,lr=1;sent=1;size=1,lr=1;sent=1;size=1;sdense=1' --by-library --length-weighted [--check]
import { rankByLearnedFusion } from '../../orchestrator/maia/knowledge/learnedFusion.ts'
import { LEARNED_FUSION_SENTENCE_WEIGHTS, LEARNED_FUSION_SOFT_WEIGHTS } from '../../orchestrator/maia/knowledge/learnedFusionWeights.ts'
import { createSentenceScorer, type SentenceScorer } from '../../orchestrator/maia/knowledge/createSentenceScorer.ts'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import type { StoredChunk } from '../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { counter, flag, isGold, limitFor, measureVariants, openLab, order, trainListwise, zScores, type Library, type Signals, type TrainingExample } from './labSetup.ts'
import { passagesFound, type Question } from './support.ts'
import { splitSentences } from '../../orchestrator/maia/knowledge/splitSentences.ts'
import { contentWords, createSoftTermMatcher, passageWordsOf, type SoftTermMatcher } from '../../orchestrator/maia/knowledge/softTermMatcher.ts'
import { modernizeWord } from '../../orchestrator/maia/knowledge/modernizeWord.ts'
import { lengthWeights } from './labSetup.ts'
import { sentenceUnitsOf } from '../../orchestrator/maia/knowledge/sentenceUnits.ts'
import { passageTextHash, SENTENCE_VECTORS_FILE, writePassageVectors } from '../../orchestrator/maia/knowledge/passageVectorCache.ts'
import { BENCH_VECTOR_CACHE } from './support.ts'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

const lab = await openLab({ versions: ['v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12'], check: process.argv.includes('--check'), label: 'round10b-lab' })
type Settings = Record<string, number>
const parse = (spec: string): Settings => Object.fromEntries(spec.split(';').map((part) => { const [k, v] = part.split('='); return [k!, v === undefined ? NaN : Number(v)] }))
const specOf = (settings: Settings): string => Object.entries(settings).map(([k, v]) => (Number.isNaN(v) ? k : `${k}=${v}`)).join(';')

const VOTE_K = 60
const CANDIDATE_DEPTH = 300
const SOFT_CANDIDATE_DEPTH = 100

/** Per-library, per-question signals every variant reads (computed once). */
interface Derived {
  denseOrder: number[]; softOrder: number[]; denseZ: Float64Array; softZ: Float64Array; lexicalVote: Float64Array
  denseVote: Float64Array; softVote: Float64Array; bookDense: Map<string, number>; bookLexicalShare: Map<string, number>
  bookLexicalPlace: Map<string, number>; bookDensePlace: Map<string, number>; bookSoftPlace: Map<string, number>
  denseInBook: Float64Array; softInBook: Float64Array; lexicalInBook: Float64Array; bookBestDenseZ: Map<string, number>; bookBestSoftZ: Map<string, number>
}
const derivedCache = new Map<string, Derived>()
/** The settings that change the signals themselves (not only the ranker). */
const signalKeyOf = (settings: Settings): string => ['arch', 'darch', 'prf', 'beta'].filter((k) => k in settings).map((k) => `${k}=${settings[k]}`).join(';')

// Archaic forms read as today's, case kept: "He that loveth" -> "He that loves".
function modernizeText(text: string): string {
  let sinceThou = Infinity
  return text.replace(/[A-Za-z]+/g, (raw) => {
    const lower = raw.toLowerCase()
    sinceThou = lower === 'thou' ? 0 : sinceThou + 1
    const modern = modernizeWord(lower, sinceThou <= 2)
    if (modern === lower) return raw
    return raw[0] === raw[0]!.toUpperCase() ? modern[0]!.toUpperCase() + modern.slice(1) : modern
  })
}
const modernMatchers = new Map<Library, Promise<SoftTermMatcher>>()
function softMatcherFor(library: Library, settings: Settings): Promise<SoftTermMatcher> {
  if (!('arch' in settings)) return lab.softMatcherOf(library)
  let matcher = modernMatchers.get(library)
  if (matcher === undefined) modernMatchers.set(library, matcher = (async () => createSoftTermMatcher(lab.chunksOf(library).map((chunk) => modernizeText(chunk.text)), await lab.wordVectors))())
  return matcher
}
const askedOf = (question: Question, settings: Settings): { question: string; earlierTurns: string[] } => 'arch' in settings
  ? { question: modernizeText(question.question), earlierTurns: (question.earlierTurns ?? []).map(modernizeText) }
  : { question: question.question, earlierTurns: [...(question.earlierTurns ?? [])] }
async function softFor(library: Library, question: Question, settings: Settings): Promise<Float64Array> {
  if (!('arch' in settings)) return lab.softOf(library, question)
  const asked = askedOf(question, settings)
  return (await softMatcherFor(library, settings)).scores(asked.question, asked.earlierTurns)
}
const modernPassageVectors = new Map<Library, Promise<Float32Array[]>>()
async function denseFor(library: Library, question: Question, settings: Settings): Promise<Float64Array> {
  const signals = await lab.signalsOf(library, question)
  if (!('darch' in settings) && !('prf' in settings)) return signals.dense
  let passages = await lab.passageVectorsOf(library)
  if ('darch' in settings) {
    let modern = modernPassageVectors.get(library)
    // Only the passages whose text changes are encoded again.
    if (modern === undefined) modernPassageVectors.set(library, modern = (async () => {
      const texts = lab.chunksOf(library).map((chunk) => modernizeText(chunk.text))
      const changed = texts.flatMap((text, index) => (text === lab.chunksOf(library)[index]!.text ? [] : [index]))
      const vectors = await lab.vectorsOf(changed.map((index) => texts[index]!), `${library} passages, modernised (${changed.length} changed)`)
      const all = [...passages]
      changed.forEach((index, k) => { all[index] = vectors[k]! })
      return all
    })())
    passages = await modern
  }
  const cosines = (query: Float32Array): Float64Array => Float64Array.from(passages, (vector) => { let dot = 0; for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * query[i]!; return dot })
  const query = lab.queryVectorOf(question)
  let dense = cosines(query)
  if ('prf' in settings) {
    const top = order(dense).slice(0, settings.prf!)
    const beta = settings.beta ?? 0.5
    const moved = Float32Array.from(query)
    for (const index of top) { const vector = passages[index]!; for (let i = 0; i < moved.length; i += 1) moved[i]! += (beta / top.length) * vector[i]! }
    let norm = 0; for (const x of moved) norm += x * x; norm = Math.sqrt(norm) || 1
    for (let i = 0; i < moved.length; i += 1) moved[i]! /= norm
    dense = cosines(moved)
  }
  return dense
}

async function derivedOf(library: Library, question: Question, settings: Settings = {}): Promise<Derived> {
  const key = `${library}:${question.id}:${signalKeyOf(settings)}`
  const cached = derivedCache.get(key)
  if (cached !== undefined) return cached
  const chunks = lab.chunksOf(library)
  const n = chunks.length
  const signals: Signals = { ...await lab.signalsOf(library, question), dense: await denseFor(library, question, settings) }
  const soft = await softFor(library, question, settings)
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
  // The place within the book: 1/(1+rank) among the book's passages in a ranking.
  const inBook = (ranking: readonly number[]): Float64Array => {
    const seen = new Map<string, number>()
    const place = new Float64Array(n)
    for (const index of ranking) {
      const rank = seen.get(chunks[index]!.source) ?? 0
      place[index] = 1 / (1 + rank)
      seen.set(chunks[index]!.source, rank + 1)
    }
    return place
  }
  const bookBest = (ranking: readonly number[], z: Float64Array): Map<string, number> => {
    const best = new Map<string, number>()
    for (const index of ranking) if (!best.has(chunks[index]!.source)) best.set(chunks[index]!.source, z[index]!)
    return best
  }
  const derived: Derived = {
    denseOrder, softOrder, denseZ, softZ, lexicalVote: vote(signals.lexical), denseVote: vote(denseOrder), softVote: vote(softOrder),
    bookDense, bookLexicalShare, bookLexicalPlace: bookPlace(signals.lexical), bookDensePlace: bookPlace(denseOrder), bookSoftPlace: bookPlace(softOrder),
    denseInBook: inBook(denseOrder), softInBook: inBook(softOrder), lexicalInBook: inBook(signals.lexical),
    bookBestDenseZ: bookBest(denseOrder, denseZ), bookBestSoftZ: bookBest(softOrder, softZ)
  }
  derivedCache.set(key, derived)
  return derived
}

async function candidatesOf(library: Library, question: Question, settings: Settings): Promise<number[]> {
  const signals = await lab.signalsOf(library, question)
  const d = await derivedOf(library, question, settings)
  const extra: number[] = []
  if ((settings.more ?? 0) > 0) {
    const chunks = lab.chunksOf(library)
    const books = [...d.bookDensePlace].filter(([, place]) => place >= 1 / settings.more!).map(([source]) => source)
    for (const source of books) {
      const inside = chunks.map((chunk, i) => (chunk.source === source ? i : -1)).filter((i) => i >= 0)
      inside.sort((a, b) => (d.denseZ[b]! + d.softZ[b]!) - (d.denseZ[a]! + d.softZ[a]!) || a - b)
      extra.push(...inside.slice(0, 20))
    }
  }
  return [...new Set([...signals.lexical.slice(0, CANDIDATE_DEPTH), ...d.denseOrder.slice(0, settings.ddepth ?? CANDIDATE_DEPTH), ...d.softOrder.slice(0, settings.sdepth ?? SOFT_CANDIDATE_DEPTH), ...extra, ...('scand' in settings ? (await sentenceDenseOf(library, question)).order.slice(0, settings.scand!) : [])])]
}

const BASE_FEATURES = ['lexicalVote', 'denseZ', 'denseVote', 'neighbourDenseZ', 'neighbourLexicalVote', 'bookDenseZ', 'bookLexicalShare', 'length', 'denseXlexical', 'bookLexicalPlace', 'bookDensePlace', 'bias', 'softZ', 'softVote', 'neighbourSoftZ']
const featureNames = (settings: Settings): string[] => [
  ...BASE_FEATURES,
  ...('inbook' in settings ? ['denseInBook', 'softInBook', 'lexicalInBook'] : []),
  ...('gap' in settings ? ['denseGapToBookBest', 'softGapToBookBest'] : []),
  ...('topbook' in settings ? ['bookSoftPlace', 'bookDensePlaceXdenseInBook', 'bookDensePlaceXsoftInBook'] : []),
  ...('sent' in settings ? ['sentenceSoft', 'sentenceSoftCandidateZ'] : []),
  ...('size' in settings ? [...(settings.size === 2 ? [] : ['bookSize']), 'bookDensePlaceXsmall', 'bookSoftPlaceXsmall'] : []),
  ...('sdense' in settings ? (settings.sdense === 3 ? ['sentenceDense', 'sentenceDenseCandidateZ'] : ['sentenceDenseZ', 'sentenceDenseVote', ...(settings.sdense! >= 2 ? ['sentenceDenseInBook', 'sentenceDenseTop2Z'] : [])]) : [])
]
async function featuresOf(library: Library, question: Question, candidates: readonly number[], settings: Settings): Promise<Float64Array[]> {
  const chunks = lab.chunksOf(library)
  const neighbours = lab.neighboursOf(library)
  const d = await derivedOf(library, question, settings)
  const bookSizes = new Map<string, number>()
  for (const chunk of chunks) bookSizes.set(chunk.source, (bookSizes.get(chunk.source) ?? 0) + 1)
  const sentence = 'sent' in settings ? await sentenceSoftFor(library, question, candidates, settings) : undefined
  const sentenceZ = sentence === undefined ? undefined : zScores(sentence)
  const sd = 'sdense' in settings ? await sentenceDenseOf(library, question) : undefined
  const sdCandidateZ = sd === undefined ? undefined : zScores(Float64Array.from(candidates, (i) => sd.max[i]!))
  return candidates.map((i, position) => {
    const chunk = chunks[i]!
    const source = chunk.source
    const bookDensePlace = d.bookDensePlace.get(source) ?? 0
    return Float64Array.from([
      d.lexicalVote[i]!, d.denseZ[i]! / 4, d.denseVote[i]!,
      neighbours[i]!.reduce((best, j) => Math.max(best, d.denseZ[j]!), -4) / 4,
      neighbours[i]!.reduce((best, j) => Math.max(best, d.lexicalVote[j]!), 0),
      d.bookDense.get(source)! / 4, d.bookLexicalShare.get(source) ?? 0, chunk.text.length / 800,
      d.lexicalVote[i]! * d.denseVote[i]!, d.bookLexicalPlace.get(source) ?? 0, bookDensePlace, 1,
      d.softZ[i]! / 4, d.softVote[i]!, neighbours[i]!.reduce((best, j) => Math.max(best, d.softZ[j]!), -4) / 4,
      ...('inbook' in settings ? [d.denseInBook[i]!, d.softInBook[i]!, d.lexicalInBook[i]!] : []),
      ...('gap' in settings ? [(d.denseZ[i]! - d.bookBestDenseZ.get(source)!) / 4, (d.softZ[i]! - d.bookBestSoftZ.get(source)!) / 4] : []),
      ...('topbook' in settings ? [d.bookSoftPlace.get(source) ?? 0, bookDensePlace * d.denseInBook[i]!, bookDensePlace * d.softInBook[i]!] : []),
      ...(sentence === undefined ? [] : [sentence[position]!, sentenceZ![position]! / 4]),
      ...('size' in settings ? [...(settings.size === 2 ? [] : [Math.log(bookSizes.get(source)!) / 8]), bookDensePlace * Math.min(1, 20 / bookSizes.get(source)!), (d.bookSoftPlace.get(source) ?? 0) * Math.min(1, 20 / bookSizes.get(source)!)] : []),
      ...(sd === undefined ? [] : settings.sdense === 3 ? [sd.max[i]!, sdCandidateZ![position]! / 4] : [sd.maxZ[i]! / 4, sd.vote[i]!, ...(settings.sdense! >= 2 ? [sd.inBook[i]!, sd.top2Z[i]! / 4] : [])])
    ])
  })
}

// The soft match inside the best sentence: round nine's lab code for windows of one sentence without
// `arch` (kept, so round nine's cells stay comparable); with `arch` the modernised matcher's own.
async function sentenceSoftFor(library: Library, question: Question, candidates: readonly number[], settings: Settings): Promise<Float64Array> {
  if (!('arch' in settings)) return sentenceSoftOf(library, question, candidates, settings.sent!)
  const asked = askedOf(question, settings)
  return (await softMatcherFor(library, settings)).sentenceScores(asked.question, asked.earlierTurns, candidates)
}

// ---- the soft match inside a window of sentences ----
interface SentenceLibrary { vocabulary: Map<string, number>; words: string[]; idf: Float64Array; rarestIdf: number; sentences: Int32Array[][] }
const sentenceLibraries = new Map<Library, SentenceLibrary>()
function sentenceLibraryOf(library: Library): SentenceLibrary {
  let cached = sentenceLibraries.get(library)
  if (cached === undefined) {
    const vocabulary = new Map<string, number>()
    const words: string[] = []
    const df: number[] = []
    const idOf = (word: string): number => {
      let id = vocabulary.get(word)
      if (id === undefined) { id = words.length; vocabulary.set(word, id); words.push(word); df.push(0) }
      return id
    }
    const chunks = lab.chunksOf(library)
    const sentences = chunks.map((chunk) => {
      const ids = new Set<number>()
      for (const word of passageWordsOf(chunk.text)) ids.add(idOf(word))
      for (const id of ids) df[id]! += 1
      const spans = splitSentences(chunk.text)
      return (spans.length === 0 ? [{ start: 0, end: chunk.text.length }] : spans).map((span) => Int32Array.from(passageWordsOf(chunk.text.slice(span.start, span.end)).map(idOf)))
    })
    const n = chunks.length
    cached = { vocabulary, words, idf: Float64Array.from(df, (f) => Math.log(1 + (n - f + 0.5) / (f + 0.5))), rarestIdf: Math.log(1 + (n + 0.5) / 0.5), sentences }
    sentenceLibraries.set(library, cached)
  }
  return cached
}
async function sentenceSoftOf(library: Library, question: Question, candidates: readonly number[], window: number): Promise<Float64Array> {
  const table = await lab.wordVectors
  const lib = sentenceLibraryOf(library)
  const asked = new Set(contentWords(question.question))
  const earlier = new Set((question.earlierTurns ?? []).flatMap(contentWords).filter((word) => !asked.has(word)))
  const terms: Array<{ weight: number; own: number | undefined; vector: Float32Array | undefined; sims: Float32Array }> = []
  for (const [word, share] of [...[...asked].map((w) => [w, 1] as const), ...[...earlier].map((w) => [w, 0.5] as const)]) {
    const own = lib.vocabulary.get(word)
    const at = table.index.get(word)
    if (own === undefined && at === undefined) continue
    terms.push({ weight: (own === undefined ? lib.rarestIdf : lib.idf[own]!) * share, own, vector: at === undefined ? undefined : table.vectors.subarray(at * 100, at * 100 + 100), sims: new Float32Array(lib.words.length).fill(-1) })
  }
  const total = terms.reduce((sum, term) => sum + term.weight, 0) || 1
  const simOf = (term: (typeof terms)[number], id: number): number => {
    let sim = term.sims[id]!
    if (sim < 0) {
      sim = 0
      if (id === term.own) sim = 1
      else if (term.vector !== undefined) {
        const at = table.index.get(lib.words[id]!)
        if (at !== undefined) {
          let dot = 0
          for (let k = 0; k < 100; k += 1) dot += term.vector[k]! * table.vectors[at * 100 + k]!
          if (dot >= 0.3) sim = dot
        }
      }
      term.sims[id] = sim
    }
    return sim
  }
  return Float64Array.from(candidates, (i) => {
    const sentences = lib.sentences[i]!
    const best = sentences.map((ids) => terms.map((term) => { let b = 0; for (const id of ids) { const v = simOf(term, id); if (v > b) b = v } return b }))
    let top = 0
    for (let s = 0; s < sentences.length; s += 1) {
      let score = 0
      terms.forEach((term, t) => {
        let b = 0
        for (let k = s; k < Math.min(sentences.length, s + window); k += 1) if (best[k]![t]! > b) b = best[k]![t]!
        score += term.weight * b
      })
      if (score > top) top = score
    }
    return top / total
  })
}

// ---- the dense score of the best sentence (verse) of each passage ----
// Sentence units: orchestrator/maia/knowledge/sentenceUnits.ts (verse numbers split KJV text too).
interface SentenceVectors { matrix: Float32Array; unitsOfChunk: Int32Array[]; count: number }
const sentenceVectorCache = new Map<Library, Promise<SentenceVectors>>()
function sentenceVectorsOf(library: Library): Promise<SentenceVectors> {
  let cached = sentenceVectorCache.get(library)
  if (cached === undefined) sentenceVectorCache.set(library, cached = (async () => {
    const ids = new Map<string, number>()
    const unitsOfChunk = lab.chunksOf(library).map((chunk) => Int32Array.from(sentenceUnitsOf(chunk.text), (unit) => {
      let id = ids.get(unit)
      if (id === undefined) ids.set(unit, id = ids.size)
      return id
    }))
    const texts = [...ids.keys()]
    const started = performance.now()
    const vectors = await lab.vectorsOf(texts, `${library} sentence units`)
    const dimensions = lab.encoder.dimensions
    const matrix = new Float32Array(texts.length * dimensions)
    vectors.forEach((vector, index) => matrix.set(vector, index * dimensions))
    console.error(`  ${library}: ${lab.chunksOf(library).length} passages, ${unitsOfChunk.reduce((sum, u) => sum + u.length, 0)} sentence units (${texts.length} distinct), vectors ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return { matrix, unitsOfChunk, count: texts.length }
  })())
  return cached
}
const productScorers = new Map<Library, Promise<SentenceScorer>>()
function productScorerOf(library: Library): Promise<SentenceScorer> {
  let scorer = productScorers.get(library)
  if (scorer === undefined) productScorers.set(library, scorer = (async () => {
    const { matrix, unitsOfChunk, count } = await sentenceVectorsOf(library)
    const dimensions = lab.encoder.dimensions
    return createSentenceScorer(Array.from({ length: count }, (_, row) => matrix.subarray(row * dimensions, (row + 1) * dimensions)), unitsOfChunk.map((units) => Array.from(units)))
  })())
  return scorer
}
interface SentenceDense { max: Float64Array; maxZ: Float64Array; top2Z: Float64Array; vote: Float64Array; inBook: Float64Array; order: number[] }
const sentenceDenseCache = new Map<string, Promise<SentenceDense>>()
function sentenceDenseOf(library: Library, question: Question): Promise<SentenceDense> {
  const key = `${library}:${question.id}`
  let cached = sentenceDenseCache.get(key)
  if (cached === undefined) sentenceDenseCache.set(key, cached = (async () => {
    const { matrix, unitsOfChunk, count } = await sentenceVectorsOf(library)
    const query = lab.queryVectorOf(question)
    const dimensions = query.length
    const cosine = new Float64Array(count)
    for (let u = 0; u < count; u += 1) { let dot = 0; const at = u * dimensions; for (let k = 0; k < dimensions; k += 1) dot += matrix[at + k]! * query[k]!; cosine[u] = dot }
    const max = new Float64Array(unitsOfChunk.length)
    const top2 = new Float64Array(unitsOfChunk.length)
    unitsOfChunk.forEach((units, i) => {
      let first = -1; let second = -1
      for (const u of units) { const c = cosine[u]!; if (c > first) { second = first; first = c } else if (c > second) second = c }
      max[i] = units.length === 0 ? 0 : first
      top2[i] = units.length === 0 ? 0 : units.length === 1 ? first : (first + second) / 2
    })
    const ranking = order(max)
    const vote = new Float64Array(max.length)
    ranking.forEach((index, rank) => { vote[index] = VOTE_K / (VOTE_K + rank + 1) })
    const chunks = lab.chunksOf(library)
    const seen = new Map<string, number>()
    const inBook = new Float64Array(max.length)
    for (const index of ranking) { const rank = seen.get(chunks[index]!.source) ?? 0; inBook[index] = 1 / (1 + rank); seen.set(chunks[index]!.source, rank + 1) }
    return { max, maxZ: zScores(max), top2Z: zScores(top2), vote, inBook, order: ranking }
  })())
  return cached
}
// `--inbook`: A halves only: each gold passage's place within its own book by the passage's dense
// cosine, by its best sentence's cosine, and by the soft match; median and share in the book's first 10 / 30
// (then the variants are measured as usual).
if (process.argv.includes('--inbook')) {
  for (const library of ['shared', 'second'] as const) {
    const places: Record<'dense' | 'sentence' | 'soft', number[]> = { dense: [], sentence: [], soft: [] }
    for (const set of lab.sets.filter((s) => s.half === 'A' && s.library === library)) for (const question of set.questions) {
      const chunks = lab.chunksOf(library)
      const d = await derivedOf(library, question)
      const sd = await sentenceDenseOf(library, question)
      for (const [index, chunk] of chunks.entries()) {
        if (!isGold(question, chunk)) continue
        places.dense.push(1 / d.denseInBook[index]! - 1); places.sentence.push(1 / sd.inBook[index]! - 1); places.soft.push(1 / d.softInBook[index]! - 1)
      }
    }
    for (const [name, list] of Object.entries(places)) {
      const sorted = [...list].sort((a, b) => a - b)
      console.log(`${library} gold passages ${list.length} in-book place by ${name.padEnd(8)}: median ${sorted[Math.floor(sorted.length / 2)]} | first 10 ${(100 * list.filter((p) => p < 10).length / list.length).toFixed(1)}% | first 30 ${(100 * list.filter((p) => p < 30).length / list.length).toFixed(1)}%`)
    }
  }
}
// `--seed-bench-cache`: writes the shared library's sentence vectors (as encoded above) where the
// benches' knowledge bases read them (support.ts openDenseKnowledgeBase), keyed by text like the
// product's cache, so latency.ts does not encode the library's sentences a second time.
if (process.argv.includes('--seed-bench-cache')) {
  const { matrix, unitsOfChunk, count } = await sentenceVectorsOf('shared')
  const texts = new Map<number, string>()
  lab.chunksOf('shared').forEach((chunk, index) => sentenceUnitsOf(chunk.text).forEach((unit, k) => texts.set(unitsOfChunk[index]![k]!, unit)))
  const dimensions = lab.encoder.dimensions
  const vectors = new Map(Array.from({ length: count }, (_, row) => [passageTextHash(texts.get(row)!), matrix.slice(row * dimensions, (row + 1) * dimensions)] as const))
  const directory = join(BENCH_VECTOR_CACHE, 'shared')
  await mkdir(directory, { recursive: true })
  await writePassageVectors(directory, lab.encoder.id, vectors, SENTENCE_VECTORS_FILE)
  console.log(`wrote ${vectors.size} sentence vectors to ${join(directory, SENTENCE_VECTORS_FILE)}`)
  await lab.dispose()
  process.exit(0)
}
if (process.argv.includes('--units')) {
  for (const library of ['shared', 'second'] as const) {
    const sample = lab.chunksOf(library).find((chunk) => chunk.source.startsWith('kjv-psalms')) ?? lab.chunksOf(library)[100]!
    console.log(`${library} sample ${sample.id}:\n${sentenceUnitsOf(sample.text).map((unit) => `  | ${unit}`).join('\n')}`)
    await sentenceVectorsOf(library)
  }
  await lab.dispose()
  process.exit(0)
}

const ROUND_EIGHT_SETS = /^(tune|v[2-8][AB])/
const rankerCache = new Map<string, Float64Array>()
async function rankerFor(settings: Settings): Promise<Float64Array> {
  // Packing keys do not change the ranker.
  const trainingSettings = Object.fromEntries(Object.entries(settings).filter(([k]) => k !== 'div' && k !== 'nb'))
  const weightOf = 'wlen' in settings ? lengthWeights(lab, lab.allSets.filter((s) => s.half === 'A'), settings.wlen) : undefined
  const key = JSON.stringify(trainingSettings)
  let weights = rankerCache.get(key)
  if (weights === undefined) {
    const examples: TrainingExample[] = []
    const trainingSets = lab.allSets.filter((s) => s.half === 'A' && (settings.lrold === undefined || ROUND_EIGHT_SETS.test(s.name)))
    for (const set of trainingSets) {
      for (const question of set.questions) {
        const chunks = lab.chunksOf(set.library)
        const candidates = await candidatesOf(set.library, question, settings)
        const gold = candidates.map((index, position) => (isGold(question, chunks[index]!) ? position : -1)).filter((p) => p >= 0)
        if (gold.length === 0) continue
        examples.push({ features: await featuresOf(set.library, question, candidates, settings), gold, ...(weightOf === undefined ? {} : { weight: weightOf.get(`${set.library}:${question.id}`)! }) })
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

async function rank(spec: string, library: Library, question: Question, limit: number): Promise<StoredChunk[]> {
  const settings = parse(spec)
  const chunks = lab.chunksOf(library)
  if ('plain' in settings) return (await lab.lexicalOf(library)).plain.rank(question.question, {}, limit)
  const signals = await lab.signalsOf(library, question)
  if ('shippedsoft' in settings) {
    const matcher = await softMatcherFor(library, settings)
    const asked = askedOf(question, settings)
    return rankByLearnedFusion({ chunks, lexical: signals.lexical, dense: await denseFor(library, question, settings), neighbours: lab.neighboursOf(library), soft: await softFor(library, question, settings),
      sentenceSoft: (candidates) => matcher.sentenceScores(asked.question, asked.earlierTurns, candidates), weights: LEARNED_FUSION_SOFT_WEIGHTS, limit })
  }
  if ('shippedsentence' in settings) {
    // The product's path: the knowledge base's own fusion with the stored round ten-b weights and its
    // sentence scorer over the same vectors (createSentenceScorer.ts).
    const matcher = await softMatcherFor(library, settings)
    const asked = askedOf(question, settings)
    const scorer = await productScorerOf(library)
    const query = lab.queryVectorOf(question)
    return rankByLearnedFusion({ chunks, lexical: signals.lexical, dense: await denseFor(library, question, settings), neighbours: lab.neighboursOf(library), soft: await softFor(library, question, settings),
      sentenceSoft: (candidates) => matcher.sentenceScores(asked.question, asked.earlierTurns, candidates),
      sentenceDense: (candidates) => scorer.bestCosines(query, candidates), weights: LEARNED_FUSION_SENTENCE_WEIGHTS, limit })
  }
  if ('lr' in settings) {
    const weights = await rankerFor(settings)
    const candidates = await candidatesOf(library, question, settings)
    const features = await featuresOf(library, question, candidates, settings)
    const scores = features.map((x) => x.reduce((sum, value, i) => sum + value * weights[i]!, 0))
    return order(scores).slice(0, limit).map((position) => chunks[candidates[position]!]!)
  }
  throw new Error(`unknown variant ${spec}`)
}

/** Packing variants: reorder the ranked passages before the knowledge base's packing. */
function pack(spec: string, ranked: StoredChunk[], library: Library, budget: number): Array<{ source: string; text: string }> {
  const settings = parse(spec)
  let list = ranked
  if ((settings.div ?? 0) > 0) {
    const seen = new Map<string, number>()
    const keyed = list.map((chunk, place) => {
      const before = seen.get(chunk.source) ?? 0
      seen.set(chunk.source, before + 1)
      return { chunk, key: place + settings.div! * before, place }
    })
    list = keyed.sort((a, b) => a.key - b.key || a.place - b.place).map((entry) => entry.chunk)
  }
  if ((settings.nb ?? 0) > 0) {
    const chunks = lab.chunksOf(library)
    const neighbours = lab.neighboursOf(library)
    const indexOf = new Map(chunks.map((chunk, index) => [chunk, index]))
    const expanded: StoredChunk[] = []
    list.forEach((chunk, place) => {
      expanded.push(chunk)
      if (place < settings.nb!) for (const j of neighbours[indexOf.get(chunk)!] ?? []) expanded.push(chunks[j]!)
    })
    list = [...new Set(expanded)]
  }
  return packChunks(list, counter, { budgetTokens: budget, storedTokensCounter: counter.id }).chunks
}

// `--misses SPEC`: A-half questions SPEC misses at 20k, with where the gold passage stands (never B's),
// then each book's passages found @8k and @20k and its size (`--library` one library only).
if (flag('--misses') !== undefined) {
  const spec = flag('--misses')!
  const only = flag('--library')
  const perBook = new Map<string, number[]>()
  for (const set of lab.sets.filter((s) => s.half === 'A' && (only === undefined || s.library === only))) for (const question of set.questions) {
    const source = question.passages[0]!.source
    const tally = perBook.get(`${set.library} ${source}`) ?? [0, 0, 0]
    tally[0]! += passagesFound(question, pack(spec, await rank(spec, set.library, question, limitFor(8_000)), set.library, 8_000))
    const packed = pack(spec, await rank(spec, set.library, question, limitFor(20_000)), set.library, 20_000)
    tally[1]! += passagesFound(question, packed)
    tally[2]! += question.passages.length
    perBook.set(`${set.library} ${source}`, tally)
    if (packed.some((chunk) => chunk.source === source) && isFound(question, packed)) continue
    const chunks = lab.chunksOf(set.library)
    const d = await derivedOf(set.library, question, parse(spec))
    const signals = await lab.signalsOf(set.library, question)
    const gold = chunks.map((chunk, index) => (isGold(question, chunk) ? index : -1)).filter((i) => i >= 0)
    const where = gold.map((index) => `${chunks[index]!.id} (${chunks[index]!.tokens} t) lexical ${signals.lexical.indexOf(index)} dense ${d.denseOrder.indexOf(index)} soft ${d.softOrder.indexOf(index)} inbook dense ${(1 / d.denseInBook[index]! - 1).toFixed(0)} soft ${(1 / d.softInBook[index]! - 1).toFixed(0)}`).join('; ')
    const bookPlace = d.bookDensePlace.get(source)
    const sameBookPacked = packed.filter((chunk) => chunk.source === source).length
    console.log(`${set.name} ${question.id} | ${question.question.slice(0, 100)} | ${where} | book dense place ${bookPlace === undefined ? '-' : (1 / bookPlace - 1).toFixed(0)} packed from book ${sameBookPacked}/${packed.length} | gold: ${question.passages[0]!.quote.slice(0, 100)}`)
  }
  for (const [key, [at8, at20, asked]] of [...perBook].sort()) {
    const [library, source] = key.split(' ') as [Library, string]
    console.log(`book ${key.padEnd(48)} passages ${String(lab.chunksOf(library).filter((chunk) => chunk.source === source).length).padStart(5)} | found ${at8} ${at20}/${asked} (${(100 * at8! / asked!).toFixed(0)}% ${(100 * at20! / asked!).toFixed(0)}%)`)
  }
  process.exit(0)
}
function isFound(question: Question, packed: Array<{ source: string; text: string }>): boolean {
  return question.passages.every((passage) => packed.some((chunk) => isGold({ ...question, passages: [passage] }, chunk as StoredChunk)))
}

await measureVariants(lab, (flag('--variants') ?? 'plain,shippedsoft,lr=1').split(','), rank, {
  byLibrary: process.argv.includes('--by-library'), conversational: process.argv.includes('--conversational'), lengthWeighted: process.argv.includes('--length-weighted'), pack
})
await lab.dispose()
