// Retrieval lab, round eight (issue 11): variants of round seven's soft term matching (GloVe) as
// learned-fusion signals, measured against the shipped fusion (round seven's soft weights), round
// six's fusion and plain BM25 in the same run, in memory, on every development set split into halves
// by a hash of the question id (heldoutSplit.ts): the old tune split; heldoutV2-V8 (all spent), A tuned
// on, B (`--check`) only confirms. heldoutV9 is never read here.
//   npx tsx bench/knowledge/round8Lab.ts --variants 'plain,shipped,shippedsoft,lr=1;soft=1,...' [--check] [--by-library] [--conversational]
// Variants (keys joined by `;`), besides round seven's (`plain`, `shipped`, `shippedsoft`, `lr=1`, `soft=1`, `st=T`, `conv=W`, `softonly=1`):
//   `sidf=1` each question word weighted by its IDF times its specificity in GloVe space: the soft
//     IDF of its matches over the library (how many passages hold the word or a close word);
//     `sidf=2` the soft IDF alone instead of the IDF;
//   `bigram=W` each pair of adjacent content words of the question joins as one more term (the unit
//     mean of the two vectors, no exact match), at W times the mean of the two words' weights;
//   `bag=1` one more feature: the soft match of the passage and its neighbours as one bag (z-score);
//   `sbm25=1` one more feature: soft BM25 (each question word's soft term frequency in the passage,
//     the sum of its cosines over the passage's words, saturated as BM25 does, k1 1.2, b 0.75), z-score;
//   `softrank=N` the soft ranking's top N join the candidates;
//   `modern=1` the passages' archaic words modernized (modernizeWord.ts) before they meet GloVe.
// `--conversational` also prints each variant's cells on the questions with earlier turns only.
// `--glove DIR` where the compact GloVe table (wordVectorTable.ts) is cached (default /tmp/maia-glove-cache).
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
import { LEARNED_FUSION_SOFT_WEIGHTS, LEARNED_FUSION_WEIGHTS } from '../../orchestrator/maia/knowledge/learnedFusionWeights.ts'
import { contentWords, createSoftTermMatcher, lowerCasedWords, passageWordsOf, SOFT_MATCH_STOP_WORDS, type SoftTermMatcher } from '../../orchestrator/maia/knowledge/softTermMatcher.ts'
import { loadWordVectorTable, resolveWinkWordVectors } from '../../orchestrator/maia/knowledge/wordVectorTable.ts'
import { modernizeWord } from '../../orchestrator/maia/knowledge/modernizeWord.ts'
import { heldoutHalf } from './heldoutSplit.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { assembleSecondLibrary } from './secondLibrary.ts'
import { passagesFound, questionSetSchema, type Question } from './support.ts'

type Library = 'shared' | 'second'
const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const counter = createEstimatedTokenCounter()
const scratch = await mkdtemp(join(tmpdir(), 'maia-round8-lab-'))
const cacheDirectory = flag('--cache') ?? join(tmpdir(), 'maia-dense-cache')
await mkdir(cacheDirectory, { recursive: true })
const threads = Number(flag('--threads') ?? 2)
const encoder = await loadSentenceEncoder({ threads })

async function heldout(file: string): Promise<Array<Question & { library: Library }>> {
  const json: unknown = JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8'))
  const libraries = new Map(z.object({ questions: z.array(z.object({ id: z.string(), library: z.enum(['shared', 'second']) })) }).parse(json).questions.map((q) => [q.id, q.library]))
  return questionSetSchema.parse(json).questions.map((q) => ({ ...q, library: libraries.get(q.id)! }))
}
const spent = {
  v2: await heldout('./heldoutV2/questions.json'), v3: await heldout('./heldoutV3/questions.json'), v4: await heldout('./heldoutV4/questions.json'),
  v5: await heldout('./heldoutV5/questions.json'), v6: await heldout('./heldoutV6/questions.json'), v7: await heldout('./heldoutV7/questions.json'),
  v8: await heldout('./heldoutV8/questions.json')
}
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

// ---- per-question signals, shared by every variant ----
const LEXICAL_DEPTH = 1_000
interface Signals { lexical: number[]; plain: number[]; dense: Float64Array }
const signalCache = new Map<string, Signals>()
async function signalsOf(library: Library, question: Question): Promise<Signals> {
  const key = `${library}:${question.id}`
  let signals = signalCache.get(key)
  if (signals === undefined) {
    const chunks = chunksOf(library)
    const indexOf = new Map(chunks.map((chunk, index) => [chunk.id, index]))
    const lexical = await lexicalOf(library)
    const query = queryVector(question)
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
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b)
}

// ---- lever 2: soft term matching with GloVe word vectors ----
const gloveDirectory = flag('--glove') ?? '/tmp/maia-glove-cache'
// The same table the knowledge base uses (wordVectorTable.ts), cut once from the npm package.
const gloveTable = await loadWordVectorTable({ source: resolveWinkWordVectors()!, cacheDirectory: gloveDirectory })
const gloveMatrix = gloveTable.vectors
const gloveIndex = gloveTable.index
interface SoftLibrary { vocabulary: string[]; vectors: Float32Array; hasVector: Uint8Array; chunkWords: Int32Array[]; idf: Float64Array; vocabularyIndex: Map<string, number> }
// `modern=1`: the passages' archaic words are modernized before they meet GloVe (modernizeWord.ts:
// "hateth" -> "hates", which has a vector). A soft key names the library and that choice.
type SoftKey = Library | `${Library}+modern`
const libraryOf = (key: SoftKey): Library => key.split('+')[0] as Library
const softKeyOf = (library: Library, settings: Record<string, number>): SoftKey => (settings.modern === 1 ? `${library}+modern` : library)
function softWordsOf(key: SoftKey, text: string): string[] {
  if (!key.endsWith('+modern')) return passageWordsOf(text)
  const words = lowerCasedWords(text)
  return words.map((word, k) => modernizeWord(word, k > 0 && words[k - 1] === 'thou')).filter((word) => !SOFT_MATCH_STOP_WORDS.has(word))
}
const softLibraries = new Map<SoftKey, SoftLibrary>()
function softLibraryOf(key: SoftKey): SoftLibrary {
  const library = libraryOf(key)
  let soft = softLibraries.get(key)
  if (soft === undefined) {
    const vocabularyIndex = new Map<string, number>()
    const vocabulary: string[] = []
    const df: number[] = []
    const chunkWords = chunksOf(library).map((chunk) => {
      const ids = new Set<number>()
      for (const word of softWordsOf(key, chunk.text)) {
        let id = vocabularyIndex.get(word)
        if (id === undefined) { id = vocabulary.length; vocabularyIndex.set(word, id); vocabulary.push(word); df.push(0) }
        ids.add(id)
      }
      for (const id of ids) df[id]! += 1
      return Int32Array.from(ids)
    })
    const vectors = new Float32Array(vocabulary.length * 100)
    const hasVector = new Uint8Array(vocabulary.length)
    vocabulary.forEach((word, id) => {
      const g = gloveIndex.get(word)
      if (g === undefined) return
      hasVector[id] = 1
      vectors.set(gloveMatrix.subarray(g * 100, g * 100 + 100), id * 100)
    })
    const n = chunkWords.length
    const idf = Float64Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)))
    soft = { vocabulary, vectors, hasVector, chunkWords, idf, vocabularyIndex }
    softLibraries.set(key, soft)
    console.error(`  soft ${key}: ${vocabulary.length} words, ${hasVector.reduce((a, b) => a + b, 0)} with a GloVe vector`)
  }
  return soft
}
interface SoftLibraryExtra { counts: Int32Array[]; lengths: Float64Array; averageLength: number }
const softExtras = new Map<SoftKey, SoftLibraryExtra>()
function softExtraOf(key: SoftKey): SoftLibraryExtra {
  const library = libraryOf(key)
  let extra = softExtras.get(key)
  if (extra === undefined) {
    const soft = softLibraryOf(key)
    const counts: Int32Array[] = []
    const lengths = new Float64Array(soft.chunkWords.length)
    chunksOf(library).forEach((chunk, c) => {
      const tally = new Map<number, number>()
      let length = 0
      for (const word of softWordsOf(key, chunk.text)) {
        length += 1
        const id = soft.vocabularyIndex.get(word)!
        tally.set(id, (tally.get(id) ?? 0) + 1)
      }
      lengths[c] = length
      counts.push(Int32Array.from(soft.chunkWords[c]!, (id) => tally.get(id) ?? 0))
    })
    extra = { counts, lengths, averageLength: lengths.reduce((a, b) => a + b, 0) / lengths.length }
    softExtras.set(key, extra)
  }
  return extra
}
// A vector's matches in the library's vocabulary: (word id, cosine) at or above the threshold.
const matchCache = new Map<string, { ids: Int32Array; sims: Float32Array }>()
function matchesOf(library: SoftKey, key: string, q: Float32Array | undefined, own: number | undefined, threshold: number) {
  const cacheKey = `${library}:${threshold}:${key}`
  let cached = matchCache.get(cacheKey)
  if (cached === undefined) {
    const soft = softLibraryOf(library)
    const ids: number[] = []
    const sims: number[] = []
    if (q !== undefined) {
      for (let id = 0; id < soft.vocabulary.length; id += 1) {
        if (soft.hasVector[id] === 0 || id === own) continue
        let dot = 0
        const base = id * 100
        for (let i = 0; i < 100; i += 1) dot += q[i]! * soft.vectors[base + i]!
        if (dot >= threshold) { ids.push(id); sims.push(dot) }
      }
    }
    if (own !== undefined) { ids.push(own); sims.push(1) }
    cached = { ids: Int32Array.from(ids), sims: Float32Array.from(sims) }
    matchCache.set(cacheKey, cached)
  }
  return cached
}
// Postings: which chunks hold each vocabulary word, with the word's count there.
const postingCache = new Map<SoftKey, Array<{ chunks: Int32Array; counts: Int32Array }>>()
function postingsOf(library: SoftKey) {
  let postings = postingCache.get(library)
  if (postings === undefined) {
    const soft = softLibraryOf(library)
    const extra = softExtraOf(library)
    const lists = soft.vocabulary.map(() => ({ chunks: [] as number[], counts: [] as number[] }))
    soft.chunkWords.forEach((ids, c) => ids.forEach((id, k) => { lists[id]!.chunks.push(c); lists[id]!.counts.push(extra.counts[c]![k]!) }))
    postings = lists.map((list) => ({ chunks: Int32Array.from(list.chunks), counts: Int32Array.from(list.counts) }))
    postingCache.set(library, postings)
  }
  return postings
}
interface SoftTerm { best: Float32Array; softTf: Float32Array | undefined; weight: number }
const softCache = new Map<string, Float64Array>()
/** The question's soft terms: each with its best cosine in every chunk (and, for `sbm25`, its soft term frequency). */
function softTermsOf(library: Library, question: Question, settings: Record<string, number>, withTf: boolean): SoftTerm[] {
  const threshold = settings.st ?? 0.3
  const softKey = softKeyOf(library, settings)
  const soft = softLibraryOf(softKey)
  const postings = postingsOf(softKey)
  const n = soft.chunkWords.length
  const askedInOrder = contentWords(question.question)
  const asked = new Set(askedInOrder)
  const earlierWords = new Set((settings.conv ?? 0) > 0 ? (question.earlierTurns ?? []).flatMap(contentWords).filter((word) => !asked.has(word)) : [])
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5)
  const terms: SoftTerm[] = []
  const termOf = (key: string, q: Float32Array | undefined, own: number | undefined): Omit<SoftTerm, 'weight'> & { softIdf: number } => {
    const { ids, sims } = matchesOf(softKey, key, q, own, threshold)
    const best = new Float32Array(n)
    const softTf = withTf ? new Float32Array(n) : undefined
    for (let k = 0; k < ids.length; k += 1) {
      const sim = sims[k]!
      const list = postings[ids[k]!]!
      for (let j = 0; j < list.chunks.length; j += 1) {
        const c = list.chunks[j]!
        if (sim > best[c]!) best[c] = sim
        if (softTf !== undefined) softTf[c]! += sim * list.counts[j]!
      }
    }
    let softDf = 0
    for (let c = 0; c < n; c += 1) softDf += best[c]!
    return { best, softTf, softIdf: Math.log(1 + (n - softDf + 0.5) / (softDf + 0.5)) }
  }
  const weightOf = (idf: number, softIdf: number): number => (settings.sidf === 1 ? idf * softIdf / maxIdf : settings.sidf === 2 ? softIdf : idf)
  const wordWeights = new Map<string, number>()
  for (const word of [...asked, ...earlierWords]) {
    const own = soft.vocabularyIndex.get(word)
    const g = gloveIndex.get(word)
    if (g === undefined && own === undefined) continue
    const term = termOf(word, g === undefined ? undefined : gloveMatrix.subarray(g * 100, g * 100 + 100), own)
    const weight = weightOf(own === undefined ? maxIdf : soft.idf[own]!, term.softIdf)
    wordWeights.set(word, weight)
    terms.push({ best: term.best, softTf: term.softTf, weight: earlierWords.has(word) ? weight * settings.conv! : weight })
  }
  if ((settings.bigram ?? 0) > 0) {
    for (let k = 0; k + 1 < askedInOrder.length; k += 1) {
      const [a, b] = [askedInOrder[k]!, askedInOrder[k + 1]!]
      const ga = gloveIndex.get(a)
      const gb = gloveIndex.get(b)
      if (a === b || ga === undefined || gb === undefined) continue
      const q = new Float32Array(100)
      for (let i = 0; i < 100; i += 1) q[i] = gloveMatrix[ga * 100 + i]! + gloveMatrix[gb * 100 + i]!
      const norm = Math.hypot(...q) || 1
      for (let i = 0; i < 100; i += 1) q[i] = q[i]! / norm
      const term = termOf(`${a} ${b}`, q, undefined)
      terms.push({ best: term.best, softTf: term.softTf, weight: settings.bigram! * ((wordWeights.get(a) ?? 0) + (wordWeights.get(b) ?? 0)) / 2 })
    }
  }
  return terms
}
/** Every chunk's soft match with the question: IDF-weighted mean over question words of the best cosine to a chunk word. */
function softScores(library: Library, question: Question, settings: Record<string, number>): Float64Array {
  const key = `${library}:${question.id}:${settings.modern ?? 0}:${settings.st ?? 0.3}:${settings.sidf ?? 0}:${settings.bigram ?? 0}:${settings.conv ?? 0}`
  let scores = softCache.get(key)
  if (scores === undefined) {
    const terms = softTermsOf(library, question, settings, false)
    const n = chunksOf(library).length
    const total = terms.reduce((sum, term) => sum + term.weight, 0) || 1
    scores = new Float64Array(n)
    for (const term of terms) for (let c = 0; c < n; c += 1) scores[c]! += term.weight * term.best[c]!
    for (let c = 0; c < n; c += 1) scores[c] = scores[c]! / total
    softCache.set(key, scores)
  }
  return scores
}
/** `bag=1`: the soft match of each chunk and its neighbours as one bag (each term's best over the bag). */
function softBagScores(library: Library, question: Question, settings: Record<string, number>): Float64Array {
  const key = `bag:${library}:${question.id}:${settings.modern ?? 0}:${settings.st ?? 0.3}:${settings.sidf ?? 0}:${settings.bigram ?? 0}:${settings.conv ?? 0}`
  let scores = softCache.get(key)
  if (scores === undefined) {
    const terms = softTermsOf(library, question, settings, false)
    const neighbours = neighboursOf(library)
    const n = chunksOf(library).length
    const total = terms.reduce((sum, term) => sum + term.weight, 0) || 1
    scores = new Float64Array(n)
    for (const term of terms) for (let c = 0; c < n; c += 1) {
      let best = term.best[c]!
      for (const j of neighbours[c]!) if (term.best[j]! > best) best = term.best[j]!
      scores[c]! += term.weight * best
    }
    for (let c = 0; c < n; c += 1) scores[c] = scores[c]! / total
    softCache.set(key, scores)
  }
  return scores
}
/** `sbm25=1`: soft BM25, each term's soft term frequency saturated (k1 1.2, b 0.75), weighted as the soft match. */
function softBm25Scores(library: Library, question: Question, settings: Record<string, number>): Float64Array {
  const key = `bm25:${library}:${question.id}:${settings.modern ?? 0}:${settings.st ?? 0.3}:${settings.sidf ?? 0}:${settings.bigram ?? 0}:${settings.conv ?? 0}`
  let scores = softCache.get(key)
  if (scores === undefined) {
    const terms = softTermsOf(library, question, settings, true)
    const extra = softExtraOf(softKeyOf(library, settings))
    const n = chunksOf(library).length
    scores = new Float64Array(n)
    for (const term of terms) for (let c = 0; c < n; c += 1) {
      const tf = term.softTf![c]!
      if (tf === 0) continue
      scores[c]! += term.weight * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * extra.lengths[c]! / extra.averageLength))
    }
    softCache.set(key, scores)
  }
  return scores
}

const shippedMatchers = new Map<Library, Promise<SoftTermMatcher>>()
function shippedMatcher(library: Library): Promise<SoftTermMatcher> {
  let matcher = shippedMatchers.get(library)
  if (matcher === undefined) {
    matcher = loadWordVectorTable({ source: resolveWinkWordVectors()!, cacheDirectory: gloveDirectory }).then((table) => createSoftTermMatcher(chunksOf(library).map((chunk) => chunk.text), table))
    shippedMatchers.set(library, matcher)
  }
  return matcher
}

// ---- the learned listwise ranker over per-passage features ----
const CANDIDATE_DEPTH = 300
const FEATURE_LEXICAL_DEPTH = Number(flag('--feature-depth') ?? 1_000)
function candidatesOf(library: Library, question: Question, signals: Signals, settings: Record<string, number>): number[] {
  const extra = 'softrank' in settings ? order(softScores(library, question, settings)).slice(0, settings.softrank! > 1 ? settings.softrank! : CANDIDATE_DEPTH) : []
  return [...new Set([...signals.lexical.slice(0, CANDIDATE_DEPTH), ...order(signals.dense).slice(0, CANDIDATE_DEPTH), ...extra])]
}
const BASE_FEATURES = ['lexicalVote', 'denseZ', 'denseVote', 'neighbourDenseZ', 'neighbourLexicalVote', 'bookDenseZ', 'bookLexicalShare', 'length', 'denseXlexical', 'bookLexicalPlace', 'bookDensePlace', 'bias'] as const
const SOFT_FEATURES = ['softZ', 'softVote', 'neighbourSoftZ'] as const
const featureNames = (settings: Record<string, number>): string[] => [...BASE_FEATURES, ...('soft' in settings ? SOFT_FEATURES : []), ...('softbook' in settings ? ['bookSoftZ'] : []), ...('bag' in settings ? ['bagSoftZ'] : []), ...('sbm25' in settings ? ['softBm25Z'] : [])]
function zScores(values: Float64Array): Float64Array {
  let mean = 0; for (const s of values) mean += s; mean /= values.length
  let variance = 0; for (const s of values) variance += (s - mean) ** 2
  const sd = Math.sqrt(variance / values.length) || 1
  return Float64Array.from(values, (s) => (s - mean) / sd)
}
function featuresOf(library: Library, question: Question, signals: Signals, settings: Record<string, number>): Float64Array[] {
  const chunks = chunksOf(library)
  const n = chunks.length
  const vote = (ranking: number[]): Float64Array => { const v = new Float64Array(n); ranking.forEach((index, rank) => { v[index] = 60 / (60 + rank + 1) }); return v }
  const lexicalVote = vote(signals.lexical.slice(0, FEATURE_LEXICAL_DEPTH))
  const denseOrder = order(signals.dense)
  const denseVote = vote(denseOrder)
  const denseZ = zScores(signals.dense)
  const neighbours = neighboursOf(library)
  const bookScores = new Map<string, number[]>()
  chunks.forEach((chunk, i) => { const list = bookScores.get(chunk.source) ?? []; list.push(denseZ[i]!); bookScores.set(chunk.source, list) })
  const bookDense = new Map([...bookScores].map(([source, list]) => [source, list.sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0) / Math.min(3, list.length)]))
  const bookLexical = new Map<string, number>()
  signals.lexical.slice(0, 50).forEach((index) => bookLexical.set(chunks[index]!.source, (bookLexical.get(chunks[index]!.source) ?? 0) + 1 / 50))
  const bookPlace = (ranking: number[]): Map<string, number> => {
    const places = new Map<string, number>()
    for (const index of ranking) if (!places.has(chunks[index]!.source)) places.set(chunks[index]!.source, 1 / (1 + places.size))
    return places
  }
  const bookLexicalPlace = bookPlace(signals.lexical.slice(0, FEATURE_LEXICAL_DEPTH))
  const bookDensePlace = bookPlace(denseOrder)
  const soft = 'soft' in settings ? softScores(library, question, settings) : undefined
  const softZ = soft === undefined ? undefined : zScores(soft)
  const softVote = soft === undefined ? undefined : vote(order(soft))
  // `softbook=1`: the mean of the book's three best soft z-scores.
  const bookSoft = softZ === undefined || !('softbook' in settings) ? undefined : (() => {
    const lists = new Map<string, number[]>()
    chunks.forEach((chunk, i) => { const list = lists.get(chunk.source) ?? []; list.push(softZ[i]!); lists.set(chunk.source, list) })
    return new Map([...lists].map(([source, list]) => [source, list.sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0) / Math.min(3, list.length)]))
  })()
  const bagZ = 'bag' in settings ? zScores(softBagScores(library, question, settings)) : undefined
  const bm25Z = 'sbm25' in settings ? zScores(softBm25Scores(library, question, settings)) : undefined
  return chunks.map((chunk, i) => Float64Array.from([
    lexicalVote[i]!, denseZ[i]! / 4, denseVote[i]!,
    neighbours[i]!.reduce((best, j) => Math.max(best, denseZ[j]!), -4) / 4,
    neighbours[i]!.reduce((best, j) => Math.max(best, lexicalVote[j]!), 0),
    bookDense.get(chunk.source)! / 4, bookLexical.get(chunk.source) ?? 0, chunk.text.length / 800,
    lexicalVote[i]! * denseVote[i]!, bookLexicalPlace.get(chunk.source) ?? 0, bookDensePlace.get(chunk.source) ?? 0, 1,
    ...(softZ === undefined ? [] : [softZ[i]! / 4, softVote![i]!, neighbours[i]!.reduce((best, j) => Math.max(best, softZ[j]!), -4) / 4]),
    ...('softbook' in settings ? [bookSoft!.get(chunk.source)! / 4] : []),
    ...(bagZ === undefined ? [] : [bagZ[i]! / 4]),
    ...(bm25Z === undefined ? [] : [bm25Z[i]! / 4])
  ]))
}

function isGold(question: Question, chunk: StoredChunk): boolean {
  return passagesFound(question, [chunk]) > 0
}

const ROUND_SIX_SETS = new Set(['tune', 'v2', 'v3', 'v4', 'v5'])
const rankerCache = new Map<string, Float64Array>()
async function rankerFor(settings: Record<string, number>): Promise<Float64Array> {
  const key = JSON.stringify(settings)
  let weights = rankerCache.get(key)
  if (weights === undefined) {
    // Training data: every A-half question (and the tune split) of both libraries (`lrtrain=1|2` one
    // library's; `lrold=1` only round six's sets), whatever `--check` says.
    const examples: Array<{ features: Float64Array[]; gold: number[] }> = []
    const trainingSets = allSets.filter((s) => s.half === 'A' && (settings.lrtrain === undefined || (settings.lrtrain === 1) === (s.library === 'shared'))
      && (settings.lrold === undefined || ROUND_SIX_SETS.has(s.name === 'tune' ? 'tune' : s.name.slice(0, 2))))
    for (const set of trainingSets) {
      for (const question of set.questions) {
        const signals = await signalsOf(set.library, question)
        const features = featuresOf(set.library, question, signals, settings)
        const chunks = chunksOf(set.library)
        const candidates = candidatesOf(set.library, question, signals, settings)
        const gold = candidates.map((index, position) => (isGold(question, chunks[index]!) ? position : -1)).filter((p) => p >= 0)
        if (gold.length === 0) continue
        examples.push({ features: candidates.map((index) => features[index]!), gold })
      }
    }
    const names = featureNames(settings)
    weights = trainListwise(examples, names.length, { l2: settings.l2 ?? 0.001, epochs: settings.lrep ?? 60 })
    console.error(`  ranker ${spec(settings)} trained on ${examples.length} A-half questions (${trainingSets.map((s) => s.name).join(' ')}): ${names.map((name, i) => `${name} ${weights![i]!.toFixed(3)}`).join(', ')}`)
    if (process.argv.includes('--print-weights')) console.log(`weights ${spec(settings)}: ${JSON.stringify(Object.fromEntries(names.map((name, i) => [name, Number(weights![i]!.toFixed(5))])))}`)
    rankerCache.set(key, weights)
  }
  return weights
}
function spec(settings: Record<string, number>): string {
  return Object.entries(settings).map(([k, v]) => (Number.isNaN(v) ? k : `${k}=${v}`)).join(';')
}
function trainListwise(examples: Array<{ features: Float64Array[]; gold: number[] }>, d: number, options: { l2: number; epochs: number }): Float64Array {
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
  const signals = await signalsOf(library, question)
  if ('default' in settings) return signals.lexical.slice(0, limit).map((index) => chunks[index]!)
  const denseOrder = order(signals.dense)
  if ('dense' in settings) return denseOrder.slice(0, limit).map((index) => chunks[index]!)
  if ('softonly' in settings) return order(softScores(library, question, settings)).slice(0, limit).map((index) => chunks[index]!)
  if ('shippedsoft' in settings) {
    // The knowledge base's own path with soft term matching (softTermMatcher.ts, wordVectorTable.ts and
    // the stored LEARNED_FUSION_SOFT_WEIGHTS), to check it ranks as `lr=1;soft=1` does.
    const soft = (await shippedMatcher(library)).scores(question.question, question.earlierTurns ?? [])
    return rankByLearnedFusion({ chunks, lexical: signals.lexical, dense: signals.dense, neighbours: neighboursOf(library), soft, weights: LEARNED_FUSION_SOFT_WEIGHTS, limit })
  }
  if ('shipped' in settings) {
    return rankByLearnedFusion({ chunks, lexical: signals.lexical, dense: signals.dense, neighbours: neighboursOf(library), weights: LEARNED_FUSION_WEIGHTS, limit })
  }
  if ('lr' in settings) {
    const weights = await rankerFor(settings)
    const features = featuresOf(library, question, signals, settings)
    const candidates = candidatesOf(library, question, signals, settings)
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
    const signals = await signalsOf(set.library, question)
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
    const signals = await signalsOf('shared', question)
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
  // Questions with earlier turns only (`--conversational`): found @8k, @20k, passages asked, by half and library.
  const conversational = new Map<string, number[]>()
  for (const set of sets) {
    const found: number[] = []
    let total = 0
    for (const budget of [8_000, 20_000]) {
      const limit = Math.min(1_000, Math.max(30, Math.ceil((budget / 200) * 3)))
      let hits = 0
      total = 0
      for (const question of set.questions) {
        const packed = packChunks(await rank(spec, set.library, question, limit), counter, { budgetTokens: budget, storedTokensCounter: counter.id })
        const got = passagesFound(question, packed.chunks)
        hits += got
        total += question.passages.length
        if ((question.earlierTurns ?? []).length > 0) {
          const key = `${set.half}-${set.library}`
          const cell = conversational.get(key) ?? [0, 0, 0]
          cell[budget === 8_000 ? 0 : 1]! += got
          if (budget === 8_000) cell[2]! += question.passages.length
          conversational.set(key, cell)
        }
      }
      found.push(hits)
    }
    const half = sums[set.half]
    half[0]! += found[0]!; half[1]! += found[1]!; half[2]! += total
    totals.set(`${spec}|${set.name}`, [found[0]!, found[1]!, total])
    cells.push(`${set.name} ${String(found[0]).padStart(2)} ${String(found[1]).padStart(2)}/${total}`)
  }
  console.log(`${spec.padEnd(22)} ${cells.join(' | ')} || A ${sums.A[0]} ${sums.A[1]}/${sums.A[2]}${check ? ` B ${sums.B[0]} ${sums.B[1]}/${sums.B[2]}` : ''}`)
  if (process.argv.includes('--conversational')) console.log(`${spec.padEnd(22)} conversational: ${[...conversational].sort().map(([key, v]) => `${key} ${v[0]} ${v[1]}/${v[2]}`).join(' | ')}`)
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
