import { rm, stat } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { KnowledgeBase } from '../../orchestrator/knowledge/KnowledgeBase.ts'
import { SHARED_LIBRARY_DIRECTORY } from '../../orchestrator/knowledge/defaultLibrary.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/tokens/createEstimatedTokenCounter.ts'
import { indexDefaultLibrary, loadQuestions, measureRecall, type Question } from '../../bench/knowledge/support.ts'

const hasLibrary = await stat(SHARED_LIBRARY_DIRECTORY).then((stats) => stats.isDirectory(), () => false)

// BM25 is deterministic, so these floors are stable; they sit a few questions below the
// measured figures (bench/knowledge/recall.ts) to catch regressions, not noise.
describe.skipIf(!hasLibrary)('recall of the question set on ../shared/library', () => {
  let knowledgeBase: KnowledgeBase
  let directory: string
  let questions: Question[]

  beforeAll(async () => {
    questions = await loadQuestions()
    ;({ knowledgeBase, directory } = await indexDefaultLibrary({ tokenCounter: createEstimatedTokenCounter() }))
  })
  afterAll(async () => {
    await knowledgeBase.close()
    await rm(directory, { recursive: true, force: true })
  })

  it.each([[20_000, 0.7], [8_000, 0.62]])('finds most answers within %i tokens', async (budget, floor) => {
    const result = await measureRecall(async (question, budgetTokens) => (await knowledgeBase.search(question, { budgetTokens })).chunks, questions, budget)
    expect(result.recall).toBeGreaterThanOrEqual(floor)
  })
})
