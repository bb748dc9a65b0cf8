// Conversation-aware queries (issue 11), on the tune split of the paraphrase set, two cases:
//  - follow-up: the user asked a question, then a vague follow-up ("Why would that be?"); the gold
//    passage is the first question's. Searched with the follow-up alone vs with the earlier turn.
//  - topic change: the user asked another question first, then this one; the gold passage is this
//    one's. Measures what the earlier turn costs when the conversation moved on.
//   npx tsx bench/knowledge/conversationRecall.ts [--weight 0.5]   (the earlier turns' weight; default: the default retrieval's)
import { rm } from 'node:fs/promises'
import { DEFAULT_LEXICAL_RETRIEVAL } from '../../orchestrator/maia/knowledge/defaults.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { indexDefaultLibrary, passagesFound, type Question } from './support.ts'

const FOLLOW_UPS = ['Why would that be?', 'Can you tell me more about that?', 'What does that mean for me?', 'And how should I live with it?']
const questions = await loadParaphraseQuestions('tune')
const weight = process.argv.includes('--weight') ? Number(process.argv[process.argv.indexOf('--weight') + 1]) : DEFAULT_LEXICAL_RETRIEVAL.earlierTurnsWeight
const { knowledgeBase, directory } = await indexDefaultLibrary({ tokenCounter: createEstimatedTokenCounter(), lexical: { earlierTurnsWeight: weight } })

async function recall(budgetTokens: number, turns: (question: Question, position: number) => { message: string; earlierTurns: string[] }): Promise<string> {
  let found = 0
  for (const [position, question] of questions.entries()) {
    const { message, earlierTurns } = turns(question, position)
    found += passagesFound(question, (await knowledgeBase.search(message, { budgetTokens, earlierTurns })).chunks)
  }
  return `${((found / questions.length) * 100).toFixed(1)}%`
}

try {
  console.log(`${questions.length} tune questions; default retrieval, earlier turns at weight ${weight}`)
  for (const budget of [8_000, 20_000]) {
    const followUpAlone = await recall(budget, (_question, position) => ({ message: FOLLOW_UPS[position % FOLLOW_UPS.length]!, earlierTurns: [] }))
    const followUpWithTurn = await recall(budget, (question, position) => ({ message: FOLLOW_UPS[position % FOLLOW_UPS.length]!, earlierTurns: [question.question] }))
    const alone = await recall(budget, (question) => ({ message: question.question, earlierTurns: [] }))
    const afterOther = await recall(budget, (question, position) => ({ message: question.question, earlierTurns: [questions[(position + 1) % questions.length]!.question] }))
    console.log(`@${budget}: follow-up alone ${followUpAlone}, follow-up with the earlier turn ${followUpWithTurn}   |   question alone ${alone}, after an unrelated earlier turn ${afterOther}`)
  }
} finally {
  await knowledgeBase.close()
  await rm(directory, { recursive: true, force: true })
}
