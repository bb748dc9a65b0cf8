// Prompt tokens per session: sending the whole library as context (the baseline, the seed's
// "332k") against retrieval (the seed's "28k"): identity + retrieved wisdom + memory +
// conversation, with the default budgets. Wisdom is what search actually packed for each
// question of the set (mean), not its budget.
//   npx tsx bench/knowledge/promptTokens.ts
import { rm } from 'node:fs/promises'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { format } from '../lib.ts'
import { indexDefaultLibrary, loadQuestions } from './support.ts'

const IDENTITY = 5_000
const MEMORY = 3_000
const CONVERSATION = 6_000
const WISDOM_BUDGET = 20_000

const tokenCounter = createEstimatedTokenCounter()
const questions = await loadQuestions()
const { knowledgeBase, library, directory, tokens: libraryTokens } = await indexDefaultLibrary({ tokenCounter })
try {
  let wisdom = 0
  for (const { question } of questions) wisdom += (await knowledgeBase.search(question, { budgetTokens: WISDOM_BUDGET })).totalTokens / questions.length
  const whole = IDENTITY + libraryTokens + MEMORY + CONVERSATION
  const retrieved = IDENTITY + wisdom + MEMORY + CONVERSATION
  console.log(`library ${library}: ${libraryTokens} tokens (${tokenCounter.id}); identity ${IDENTITY}, memory ${MEMORY}, conversation ${CONVERSATION}`)
  console.log(`baseline, whole library in the prompt: ${format(whole, 0)} tokens per prompt`)
  console.log(`retrieval (mean wisdom ${format(wisdom, 0)} of ${WISDOM_BUDGET} budget over ${questions.length} questions): ${format(retrieved, 0)} tokens per prompt`)
  console.log(`ratio: ${format(whole / retrieved, 1)}x fewer prompt tokens (${format(100 * (1 - retrieved / whole), 1)}% saved)`)
} finally {
  await knowledgeBase.close()
  await rm(directory, { recursive: true, force: true })
}
