// Retrieval latency on the default library (issue 13: p50 <= 10 ms at 8k and 20k): p50/p99 of
// knowledgeBase.search for the default retrieval over every question of the question sets, at
// both budgets, index warm; the baseline, measured in the same run on the same index, is plain
// BM25 (LanceDB's full-text index, `retrieval: 'bm25'`), with the ratio printed.
// With --dense, the default retrieval with the bundled sentence encoder too (round four), each
// budget on a knowledge base just opened (nothing of any question computed yet), in three states:
// unprepared (the search encodes the question and computes its words' soft-matching rows itself),
// prepared (`prepareQuery` awaited first, as the MAIA pipeline calls it while the safety screen
// runs; the first time each question is seen), and warm (the same questions again: vectors and
// rows cached). --no-soft: the learned fusion without soft term matching (round six).
//   npx tsx bench/knowledge/latency.ts [--rounds 3] [--json] [--dense [--no-soft]]
import { rm } from 'node:fs/promises'
import type { KnowledgeBase } from '../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { openKnowledgeBase } from '../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { format, percentile } from '../lib.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { indexDefaultLibrary, loadQuestions, openDenseKnowledgeBase } from './support.ts'

const roundsFlag = process.argv.indexOf('--rounds')
const rounds = roundsFlag >= 0 ? Number(process.argv[roundsFlag + 1]) : 3
const tokenCounter = createEstimatedTokenCounter()
const questions = [...await loadQuestions(), ...await loadParaphraseQuestions('tune'), ...await loadParaphraseQuestions('test')].map((question) => question.question)
const { knowledgeBase, library, directory, chunks } = await indexDefaultLibrary({ tokenCounter })
const bm25 = await openKnowledgeBase({ directory, tokenCounter, retrieval: 'bm25' })
const withDense = process.argv.includes('--dense')
const openDense = (): Promise<KnowledgeBase> => openDenseKnowledgeBase({ directory, tokenCounter, ...(process.argv.includes('--no-soft') ? { wordVectors: null } : {}) }, 'shared')

/** Search times on fresh knowledge bases: unprepared, then prepared (first sight), then warm. */
async function timeDense(budgetTokens: number): Promise<{ unprepared: number[]; prepared: number[]; warm: number[] }> {
  const unprepared: number[] = []
  const prepared: number[] = []
  const warm: number[] = []
  const first = await openDense()
  try {
    for (const question of questions) {
      const started = performance.now()
      await first.search(question, { budgetTokens })
      unprepared.push(performance.now() - started)
    }
  } finally {
    await first.close()
  }
  const second = await openDense()
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const question of questions) {
        if (round === 0) await second.prepareQuery!(question)
        const started = performance.now()
        await second.search(question, { budgetTokens })
        ;(round === 0 ? prepared : warm).push(performance.now() - started)
      }
    }
  } finally {
    await second.close()
  }
  return { unprepared, prepared, warm }
}

async function time(knowledgeBase: KnowledgeBase, budgetTokens: number): Promise<{ p50: number; p99: number }> {
  for (const question of questions.slice(0, 10)) await knowledgeBase.search(question, { budgetTokens })
  const samples: number[] = []
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const started = performance.now()
      await knowledgeBase.search(question, { budgetTokens })
      samples.push(performance.now() - started)
    }
  }
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) }
}

try {
  const first = performance.now()
  await knowledgeBase.search(questions[0]!, { budgetTokens: 20_000 })
  const firstSearchMs = performance.now() - first
  const runs = []
  for (const budget of [8_000, 20_000]) {
    const ours = await time(knowledgeBase, budget)
    const baseline = await time(bm25, budget)
    runs.push({ budget, p50Ms: ours.p50, p99Ms: ours.p99, baselineP50Ms: baseline.p50, baselineP99Ms: baseline.p99, p50Ratio: ours.p50 / baseline.p50 })
  }
  if (withDense) {
    for (const budget of [8_000, 20_000]) {
      const { unprepared, prepared, warm } = await timeDense(budget)
      const cell = (samples: number[]): string => `p50 ${format(percentile(samples, 0.5), 2)} ms  p99 ${format(percentile(samples, 0.99), 2)} ms`
      console.log(`@${budget / 1000}k  lexical + dense: unprepared (encodes the question) ${cell(unprepared)}   |   prepared first (prepareQuery, as during the screen) ${cell(prepared)}   |   warm (asked again) ${cell(warm)}`)
    }
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ library, chunks, searches: questions.length * rounds, firstSearchMs, runs }))
  } else {
    console.log(`library ${library}: ${chunks} chunks; ${questions.length} questions x ${rounds} rounds per budget; first search (builds the in-memory index) ${format(firstSearchMs)} ms`)
    for (const run of runs) {
      console.log(`@${run.budget / 1000}k  lexical (round three, no encoder) p50 ${format(run.p50Ms, 2)} ms  p99 ${format(run.p99Ms, 2)} ms   |   plain BM25 (LanceDB) p50 ${format(run.baselineP50Ms, 2)} ms  p99 ${format(run.baselineP99Ms, 2)} ms   |   p50 ratio ${format(run.p50Ratio, 2)}`)
    }
  }
} finally {
  await knowledgeBase.close()
  await bm25.close()
  await rm(directory, { recursive: true, force: true })
}
