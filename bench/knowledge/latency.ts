// Retrieval latency on the default library: p50/p99 of knowledgeBase.search (BM25 + packing
// into a 20k budget) over the question set, repeated; the baseline, measured in the same run, is
// a linear scan that scores every chunk by matching query words (what search costs without an index).
//   npx tsx bench/knowledge/latency.ts [--rounds 10]
import { rm } from 'node:fs/promises'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { chunkText } from '../../orchestrator/maia/knowledge/chunkText.ts'
import { DEFAULT_CHUNKING } from '../../orchestrator/maia/knowledge/defaults.ts'
import { toSearchQuery } from '../../orchestrator/maia/knowledge/toSearchQuery.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { format, percentile } from '../lib.ts'
import { indexDefaultLibrary, loadQuestions } from './support.ts'

const roundsFlag = process.argv.indexOf('--rounds')
const rounds = roundsFlag >= 0 ? Number(process.argv[roundsFlag + 1]) : 10
const tokenCounter = createEstimatedTokenCounter()
const questions = await loadQuestions()
const { knowledgeBase, library, directory, chunks } = await indexDefaultLibrary({ tokenCounter })

const documents = await collectDocuments([library])
const allChunks = documents.flatMap((document) => chunkText(document.text, tokenCounter, DEFAULT_CHUNKING).map((chunk) => chunk.text.toLowerCase()))
function linearScan(question: string): number {
  const terms = toSearchQuery(question).toLowerCase().split(' ')
  let best = -1
  let bestScore = -1
  allChunks.forEach((text, index) => {
    let score = 0
    for (const term of terms) if (text.includes(term)) score += 1
    if (score > bestScore) { best = index; bestScore = score }
  })
  return best
}

async function time(run: (question: string) => unknown): Promise<number[]> {
  const samples: number[] = []
  for (let round = 0; round < rounds; round += 1) {
    for (const { question } of questions) {
      const started = performance.now()
      await run(question)
      samples.push(performance.now() - started)
    }
  }
  return samples
}

try {
  for (const { question } of questions.slice(0, 5)) await knowledgeBase.search(question, { budgetTokens: 20_000 })
  const search20k = await time((question) => knowledgeBase.search(question, { budgetTokens: 20_000 }))
  const search8k = await time((question) => knowledgeBase.search(question, { budgetTokens: 8_000 }))
  const scan = await time(linearScan)
  console.log(`library ${library}: ${chunks} chunks; ${questions.length} questions x ${rounds} rounds`)
  console.log(`search, 20k budget:  p50 ${format(percentile(search20k, 0.5))} ms  p99 ${format(percentile(search20k, 0.99))} ms`)
  console.log(`search, 8k budget:   p50 ${format(percentile(search8k, 0.5))} ms  p99 ${format(percentile(search8k, 0.99))} ms`)
  console.log(`baseline, linear scan of every chunk (no index, no packing): p50 ${format(percentile(scan, 0.5))} ms  p99 ${format(percentile(scan, 0.99))} ms`)
} finally {
  await knowledgeBase.close()
  await rm(directory, { recursive: true, force: true })
}
