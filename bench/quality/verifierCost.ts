// What verification costs next to generation: for N honest answers from the approved tiny GGUF
// (generated the node's way), the verifier's wall time per answer against the node's generation
// time for the same answer (goal: ratio ≤ 0.25), then as many honest generations as fit in
// --honest-seconds with the number the verifier flagged (goal: 0).
//   npx tsx bench/quality/verifierCost.ts [--answers 20] [--max-tokens 128] [--honest-seconds 120] [--threads 1] [--sample 0] [--model tiny|vocab128k|medium]
import { parseArgs } from 'node:util'
import { createTeacherForcingVerifier } from '../../orchestrator/quality/verification/createTeacherForcingVerifier.ts'
import { createSimulatedNode, type SimulatedRequest } from '../../orchestrator/quality/verification/simulatedNode.ts'
import type { ChatMessage } from '../../shared/protocol/index.ts'
import { format, median, percentile } from '../lib.ts'
import { approvedModelPath, largeVocabularyModelPath, mediumModelPath } from '../../test/orchestrator/quality/verification/support/models.ts'

const { values } = parseArgs({ options: {
  answers: { type: 'string', default: '20' },
  'max-tokens': { type: 'string', default: '128' },
  'honest-seconds': { type: 'string', default: '120' },
  threads: { type: 'string', default: '1' },
  /** Check only this many sampled positions per answer (0: all). */
  sample: { type: 'string', default: '0' },
  /** tiny (512 tokens), vocab128k (tiny with a Llama 3 vocabulary) or medium (width 512, 8 layers, 32k tokens). */
  model: { type: 'string', default: 'tiny' }
} })
const answers = Number(values.answers)
const maxTokens = Number(values['max-tokens'])
const threads = Number(values.threads)
const sample = Number(values.sample)
const CONVERSATIONS: ChatMessage[][] = [
  [{ role: 'user', content: 'Hello, who are you?' }],
  [{ role: 'system', content: 'You are MAIA, a calm guide.' }, { role: 'user', content: 'Tell me a story about the sea.' }],
  [{ role: 'user', content: 'What is the meaning of life?' }, { role: 'assistant', content: 'That depends.' }, { role: 'user', content: 'On what?' }],
  [{ role: 'user', content: 'List three colours.' }]
]
const SETTINGS = [{ temperature: 0, topP: 1 }, { temperature: 0.7, topP: 0.9 }, { temperature: 1, topP: 1 }, { temperature: 1, topP: 0.5 }]
const request = (index: number): SimulatedRequest => ({
  messages: CONVERSATIONS[index % CONVERSATIONS.length] ?? [],
  maxTokens,
  ...(SETTINGS[Math.floor(index / CONVERSATIONS.length) % SETTINGS.length] ?? { temperature: 0.7, topP: 0.9 }),
  seed: index + 1,
  stop: []
})

const MODELS: Record<string, () => Promise<string>> = { tiny: approvedModelPath, vocab128k: largeVocabularyModelPath, medium: mediumModelPath }
const modelPath = await (MODELS[values.model] ?? approvedModelPath)()
const node = await createSimulatedNode({ modelPath, contextSize: 2048, threads })
const verifier = await createTeacherForcingVerifier({ modelPath, contextSize: 2048, threads })
const positions = sample > 0 ? { sample } : 'all' as const
const verify = async (req: SimulatedRequest, answer: Awaited<ReturnType<typeof node.generate>>) => verifier.verify({
  messages: [...req.messages],
  claimedTokens: answer.tokens,
  claimedText: answer.text,
  sampling: { temperature: req.temperature, topP: req.topP, seed: req.seed, maxTokens: req.maxTokens, stop: [...req.stop] },
  claimedUsage: answer.usage,
  claimedStopReason: answer.stopReason,
  positions
})
try {
  // Warm-up: first calls pay for lazy initialisation on both sides.
  await verify(request(0), await node.generate(request(0)))
  const ratios: number[] = []
  const verifyTimes: number[] = []
  const generationTimes: number[] = []
  const tokens: number[] = []
  for (let index = 0; index < answers; index++) {
    const req = request(index)
    const answer = await node.generate(req)
    const started = performance.now()
    const result = await verify(req, answer)
    const verifyMs = performance.now() - started
    ratios.push(verifyMs / answer.generationMs)
    verifyTimes.push(verifyMs)
    generationTimes.push(answer.generationMs)
    tokens.push(answer.tokens.length + 1)
    if (result.verdict !== 'honest') console.log(`answer ${index}: ${result.verdict} ${result.reasons.map((reason) => reason.code).join(',')}`)
  }
  console.log(`vocabulary ${verifier.vocabularySize}, threads=${threads}, maxTokens=${maxTokens}, positions=${sample > 0 ? `${sample} sampled` : 'all'}, ${answers} answers (median ${median(tokens)} tokens)`)
  console.log(`generation: median ${format(median(generationTimes))} ms, p90 ${format(percentile(generationTimes, 0.9))} ms`)
  console.log(`verification: median ${format(median(verifyTimes))} ms, p90 ${format(percentile(verifyTimes, 0.9))} ms`)
  console.log(`verify / generate ratio: median ${format(median(ratios), 3)}, p90 ${format(percentile(ratios, 0.9), 3)}, max ${format(Math.max(...ratios), 3)} (goal ≤ 0.25)`)

  const budgetMs = Number(values['honest-seconds']) * 1000
  const started = performance.now()
  let count = 0
  const flagged: string[] = []
  while (performance.now() - started < budgetMs) {
    const req = { ...request(count), maxTokens: [16, 48, 96][count % 3] ?? 48, stop: count % 4 === 1 ? ['e'] : [] }
    const result = await verify(req, await node.generate(req))
    if (result.verdict !== 'honest') flagged.push(`#${count} ${result.verdict}: ${result.reasons.map((reason) => reason.code).join(',')}`)
    count++
  }
  console.log(`honest generations in ${values['honest-seconds']} s: ${count}, flagged: ${flagged.length}`)
  for (const line of flagged) console.log(`  ${line}`)
} finally {
  await node.dispose()
  await verifier.dispose()
}
