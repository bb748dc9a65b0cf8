// What verification costs next to generation: for N honest answers from the approved tiny GGUF
// (generated the node's way), the verifier's wall time per answer against the node's generation
// time for the same answer (goal: ratio ≤ 0.25), then as many honest generations as fit in
// --honest-seconds with the number the verifier flagged (goal: 0).
// --context-chars N puts N characters of library text in a system message, as MAIA's prompts carry
// retrieved passages: the verifier must evaluate the prompt again, so on hardware where a batched
// pass is only a few times cheaper per token than a decode step (CPU) long prompts raise the ratio.
// The run prints both per-token rates so the floor is visible.
//   npx tsx bench/quality/verifierCost.ts [--answers 20] [--max-tokens 128] [--context-chars 0] [--honest-seconds 120] [--threads 1] [--sample 16] [--model tiny|vocab128k|medium]
import { readFileSync } from 'node:fs'
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
  /** Read this many sampled positions first, then every position if in doubt (the quality loop's default; 0: all at once). */
  sample: { type: 'string', default: '16' },
  /** This many characters of library text in a system message (0: none; ~1,200 is ~1,000 tokens of the tiny model). */
  'context-chars': { type: 'string', default: '0' },
  /** tiny (512 tokens), vocab128k (tiny with a Llama 3 vocabulary) or medium (width 512, 8 layers, 32k tokens). */
  model: { type: 'string', default: 'tiny' }
} })
const answers = Number(values.answers)
const maxTokens = Number(values['max-tokens'])
const threads = Number(values.threads)
const sample = Number(values.sample)
const contextChars = Number(values['context-chars'])
const LIBRARY_TEXT = readFileSync(new URL('../../orchestrator/maia/knowledge/sample-library/on-grief.md', import.meta.url), 'utf8') +
  readFileSync(new URL('../../orchestrator/maia/knowledge/sample-library/on-dreams.md', import.meta.url), 'utf8')
/** Each request gets its own slice, as each question retrieves its own passages. */
const libraryContext = (index: number): ChatMessage[] => {
  if (contextChars <= 0) return []
  const length = contextChars
  const start = (index * 997) % Math.max(1, LIBRARY_TEXT.length - length)
  return [{ role: 'system', content: `Passages from the library:\n${LIBRARY_TEXT.slice(start, start + length)}` }]
}
const CONVERSATIONS: ChatMessage[][] = [
  [{ role: 'user', content: 'Hello, who are you?' }],
  [{ role: 'system', content: 'You are MAIA, a calm guide.' }, { role: 'user', content: 'Tell me a story about the sea.' }],
  [{ role: 'user', content: 'What is the meaning of life?' }, { role: 'assistant', content: 'That depends.' }, { role: 'user', content: 'On what?' }],
  [{ role: 'user', content: 'List three colours.' }]
]
const SETTINGS = [{ temperature: 0, topP: 1 }, { temperature: 0.7, topP: 0.9 }, { temperature: 1, topP: 1 }, { temperature: 1, topP: 0.5 }]
const request = (index: number): SimulatedRequest => ({
  messages: [...libraryContext(index), ...(CONVERSATIONS[index % CONVERSATIONS.length] ?? []).filter((message) => contextChars <= 0 || message.role !== 'system')],
  maxTokens,
  ...(SETTINGS[Math.floor(index / CONVERSATIONS.length) % SETTINGS.length] ?? { temperature: 0.7, topP: 0.9 }),
  seed: index + 1,
  stop: []
})

const MODELS: Record<string, () => Promise<string>> = { tiny: approvedModelPath, vocab128k: largeVocabularyModelPath, medium: mediumModelPath }
const modelPath = await (MODELS[values.model] ?? approvedModelPath)()
const node = await createSimulatedNode({ modelPath, contextSize: 2048, threads })
const verifier = await createTeacherForcingVerifier({ modelPath, contextSize: 2048, threads })
let escalations = 0
/** What the quality loop's port does: a sampled pass, then every position only if in doubt. */
const verify = async (req: SimulatedRequest, answer: Awaited<ReturnType<typeof node.generate>>) => {
  const check = (positions: { sample: number } | 'all') => verifier.verify({
    messages: [...req.messages],
    claimedTokens: answer.tokens,
    claimedText: answer.text,
    sampling: { temperature: req.temperature, topP: req.topP, seed: req.seed, maxTokens: req.maxTokens, stop: [...req.stop] },
    claimedUsage: answer.usage,
    claimedStopReason: answer.stopReason,
    positions
  })
  const sampled = sample > 0 && answer.tokens.length > sample
  const first = await check(sampled ? { sample } : 'all')
  if (!sampled || first.verdict === 'honest') return first
  escalations++
  return check('all')
}
try {
  // Warm-up: first calls pay for lazy initialisation on both sides.
  await verify(request(0), await node.generate(request(0)))
  const ratios: number[] = []
  const verifyTimes: number[] = []
  const generationTimes: number[] = []
  const tokens: number[] = []
  const promptTokens: number[] = []
  const evaluateMsPerToken: number[] = []
  const generateMsPerToken: number[] = []
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
    promptTokens.push(answer.usage.promptTokens + 1)
    evaluateMsPerToken.push(result.timings.evaluateMs / (answer.usage.promptTokens + 1 + answer.tokens.length))
    generateMsPerToken.push(answer.generationMs / (answer.tokens.length + 1))
    if (result.verdict !== 'honest') console.log(`answer ${index}: ${result.verdict} ${result.reasons.map((reason) => reason.code).join(',')}`)
  }
  console.log(`vocabulary ${verifier.vocabularySize}, threads=${threads}, maxTokens=${maxTokens}, positions=${sample > 0 ? `${sample} sampled, then all if in doubt (${escalations} escalated)` : 'all'}, ${answers} answers (median ${median(tokens)} answer tokens, ${median(promptTokens)} prompt tokens)`)
  console.log(`per token: verifier's batched pass ${format(median(evaluateMsPerToken), 3)} ms (prompt + answer), node ${format(median(generateMsPerToken), 3)} ms per generated token (prompt prefill included): ratio ${format(median(evaluateMsPerToken) / median(generateMsPerToken), 3)}`)
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
