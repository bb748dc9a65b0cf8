// Recall of the question set's passages within 20,000- and 8,000-token budgets, on the default
// library, with a chance baseline (random chunks packed to the same budget) from the same run.
//   npx tsx bench/knowledge/recall.ts [--verbose] [--chunking 300/50]
import { rm } from 'node:fs/promises'
import { DEFAULT_CHUNKING } from '../../orchestrator/maia/knowledge/defaults.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { indexDefaultLibrary, loadQuestions, measureRecall } from './support.ts'
import { createRandomBaseline } from './randomBaseline.ts'

const BUDGETS = [20_000, 8_000]
const verbose = process.argv.includes('--verbose')
const chunkingFlag = process.argv[process.argv.indexOf('--chunking') + 1]
const chunking = process.argv.includes('--chunking') && chunkingFlag !== undefined
  ? { targetTokens: Number(chunkingFlag.split('/')[0]), overlapTokens: Number(chunkingFlag.split('/')[1] ?? 0) }
  : DEFAULT_CHUNKING

const tokenCounter = createEstimatedTokenCounter()
const questions = await loadQuestions()
const { knowledgeBase, library, directory, chunks } = await indexDefaultLibrary({ tokenCounter, chunking })
const RANDOM_SEEDS = [1, 2, 3, 4, 5]
const randomBaselines = await Promise.all(RANDOM_SEEDS.map((seed) => createRandomBaseline(library, tokenCounter, chunking, seed)))
console.log(`library ${library}: ${chunks} chunks of at most ${chunking.targetTokens} tokens (${chunking.overlapTokens} overlap); ${questions.length} questions, ${questions.reduce((sum, question) => sum + question.passages.length, 0)} passages; tokens counted by ${tokenCounter.id}`)
try {
  for (const budget of BUDGETS) {
    const bm25 = await measureRecall(async (question, budgetTokens) => (await knowledgeBase.search(question, { budgetTokens })).chunks, questions, budget)
    let randomRecall = 0
    for (const randomChunks of randomBaselines) randomRecall += (await measureRecall(async (_question, budgetTokens) => randomChunks(budgetTokens), questions, budget)).recall / randomBaselines.length
    console.log(`recall@${budget}: ${(bm25.recall * 100).toFixed(1)}% (${bm25.found}/${bm25.total})   baseline, random chunks in the same budget (mean of ${RANDOM_SEEDS.length} draws): ${(randomRecall * 100).toFixed(1)}%`)
    if (verbose && bm25.missed.length > 0) console.log(`  missed: ${bm25.missed.join(', ')}`)
  }
} finally {
  await knowledgeBase.close()
  await rm(directory, { recursive: true, force: true })
}
