// How the quality loop's relative score separates honest answers from each adversary's, on real
// node-llama-cpp generations: for each prompt, two honest nodes (the approved tiny GGUF, 1 and 2
// threads, the same seed) answer, and each adversary answers the same request; each answer is
// scored by `scoreAgainstPeers` against the two honest answers (consensus, as without a Claude
// key) — the honest answers' own scores are the baseline measured in the same run.
//   npx tsx bench/quality/similarity.ts [--prompts 24]
import { parseArgs } from 'node:util'
import { ADVERSARY_KINDS, createSimulatedNode, simulateAdversaryAnswer, type SimulatedRequest } from '../../orchestrator/quality/verification/index.ts'
import { lexicalSimilarity, scoreAgainstPeers } from '../../orchestrator/quality/index.ts'
import { differentWeightsModelPath, smallerModelPath } from '../../test/orchestrator/quality/verification/support/models.ts'
import { tinyModelPath } from '../../test/helpers/tinyModel.ts'

const { values } = parseArgs({ options: { prompts: { type: 'string', default: '24' } } })
const prompts = Number(values.prompts)
const approvedPath = await tinyModelPath()
const honestOne = await createSimulatedNode({ modelPath: approvedPath, contextSize: 1_024, threads: 1 })
const honestTwo = await createSimulatedNode({ modelPath: approvedPath, contextSize: 1_024, threads: 2 })
const otherWeights = await createSimulatedNode({ modelPath: await differentWeightsModelPath(), contextSize: 1_024, threads: 1 })
const smaller = await createSimulatedNode({ modelPath: await smallerModelPath(), contextSize: 1_024, threads: 1 })
const questions = ['What does the river teach about patience?', 'How do I sit with grief?', 'Pull a card for my week.', 'Why am I so jealous of my sister?', 'What is the Stoic view of death?', 'Help me find calm before sleep.']

const scores: Record<string, number[]> = { honest: [] }
const sameSeedIdentical: boolean[] = []
for (let index = 0; index < prompts; index += 1) {
  const request: SimulatedRequest = {
    messages: [{ role: 'user', content: questions[index % questions.length]! }],
    maxTokens: 32, temperature: [0, 0.7, 1][index % 3]!, topP: index % 2 === 0 ? 1 : 0.9, seed: 1_000 + index, stop: []
  }
  const first = await honestOne.generate(request)
  const second = await honestTwo.generate(request)
  sameSeedIdentical.push(first.text === second.text)
  const peers = [{ peerId: 'honest-1', text: first.text }, { peerId: 'honest-2', text: second.text }]
  for (const score of scoreAgainstPeers(peers).scores) scores.honest!.push(score.relativeScore)
  for (const kind of ADVERSARY_KINDS) {
    const answer = await simulateAdversaryAnswer(kind, request, {
      approved: honestOne,
      ...(kind === 'different-weights' ? { impostor: otherWeights } : kind === 'smaller-model' ? { impostor: smaller } : {}),
      replayMessages: [{ role: 'user', content: questions[(index + 1) % questions.length]! }],
      seed: index
    })
    const scored = scoreAgainstPeers([...peers, { peerId: kind, text: answer.text }]).scores.find((score) => score.peerId === kind)!
    ;(scores[kind] ??= []).push(scored.relativeScore)
  }
}
for (const node of [honestOne, honestTwo, otherWeights, smaller]) await node.dispose()

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const baseline = median(scores.honest!)
console.log(`${prompts} prompts × 32 tokens; similarity: ${lexicalSimilarity.name} (unigram + bigram overlap F1); yardstick: consensus of two honest nodes (1 and 2 threads, same seed)`)
console.log(`honest answers identical across 1 and 2 threads at the same seed: ${sameSeedIdentical.filter(Boolean).length}/${sameSeedIdentical.length}`)
console.log('answers            relative score: median   min    max   ratio to honest median')
for (const [kind, values] of Object.entries(scores)) {
  console.log(`${kind.padEnd(20)} ${median(values).toFixed(3).padStart(18)} ${Math.min(...values).toFixed(3).padStart(6)} ${Math.max(...values).toFixed(3).padStart(6)} ${(median(values) / baseline).toFixed(3).padStart(10)}`)
}
