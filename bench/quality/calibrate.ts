// Calibration run of the teacher-forcing verifier on the tiny GGUFs: honest answers from the
// approved model (node threads 1 and 2, seeds, temperatures, topP, stop sequences, prompt shapes)
// and each adversary (plus greedy decoding at every temperature asked), all generated for real by
// node-llama-cpp. Prints the range of every statistic per group, the logit drift between
// evaluation paths, and the outside-support share per tolerance; writes the raw records to --out.
//   npx tsx bench/quality/calibrate.ts [--prompts 6] [--seeds 3] [--out $TMPDIR/maia-verifier-calibration.json]
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getLlama, LlamaLogLevel, resolveChatWrapper, type Token } from 'node-llama-cpp'
import { calibrateThresholds, recordAnswer, summarize, type CalibrationRecord } from '../../orchestrator/quality/verification/calibration.ts'
import { createTeacherForcingVerifier, type TeacherForcingVerifier } from '../../orchestrator/quality/verification/createTeacherForcingVerifier.ts'
import { buildPromptTokens } from '../../shared/chat/index.ts'
import { ADVERSARY_KINDS, simulateAdversaryAnswer } from '../../orchestrator/quality/verification/simulateAdversaryAnswer.ts'
import { createSimulatedNode, type ClaimedAnswer, type SimulatedRequest } from '../../orchestrator/quality/verification/simulatedNode.ts'
import { teacherForce } from '../../orchestrator/quality/verification/teacherForce.ts'
import type { ChatMessage } from '../../shared/protocol/index.ts'
import { approvedModelPath, differentWeightsModelPath, smallerModelPath } from '../../test/orchestrator/quality/verification/support/models.ts'

const { values } = parseArgs({ options: {
  prompts: { type: 'string', default: '6' },
  seeds: { type: 'string', default: '3' },
  out: { type: 'string', default: join(tmpdir(), 'maia-verifier-calibration.json') }
} })
const ALL_CONVERSATIONS: ChatMessage[][] = [
  [{ role: 'user', content: 'Hello, who are you?' }],
  [{ role: 'system', content: 'You are MAIA, a calm guide.' }, { role: 'user', content: 'Tell me a story about the sea.' }],
  [{ role: 'user', content: 'What is the meaning of life?' }, { role: 'assistant', content: 'That depends.' }, { role: 'user', content: 'On what?' }],
  [{ role: 'user', content: 'List three colours.' }],
  [{ role: 'user', content: 'Finish my sentence: the river' }, { role: 'assistant', content: 'The river runs' }],
  [{ role: 'user', content: 'Héllo wörld, ça va? 你好 👋' }]
]
const CONVERSATIONS = ALL_CONVERSATIONS.slice(0, Number(values.prompts))
const SEEDS = Array.from({ length: Number(values.seeds) }, (_, index) => index + 1)
const CONTEXT = 1024
const GRID = [
  { temperature: 0, topP: 1 }, { temperature: 0.7, topP: 1 }, { temperature: 0.7, topP: 0.9 },
  { temperature: 1, topP: 1 }, { temperature: 1, topP: 0.5 }, { temperature: 1, topP: 0.95 },
  // Low temperatures, where honest sampling is nearly greedy: the low-side surprise line must spare them.
  { temperature: 0.2, topP: 1 }, { temperature: 0.4, topP: 0.5 }
]
const STOPS: string[][] = [[], ['e'], [' c', '@'], ['\uFFFD']]
const TOLERANCES = [0, 0.01, 0.05, 0.1, 0.2]

const approvedPath = await approvedModelPath()
const verifiers = new Map<number, TeacherForcingVerifier>()
for (const logit of TOLERANCES) {
  verifiers.set(logit, await createTeacherForcingVerifier({ modelPath: approvedPath, contextSize: CONTEXT, threads: 1, thresholds: { tolerance: { logit, topP: logit === 0 ? 0 : 0.01 } } }))
}
const verifier = verifiers.get(0.05) as TeacherForcingVerifier
const honest1 = await createSimulatedNode({ modelPath: approvedPath, contextSize: CONTEXT, threads: 1 })
const honest2 = await createSimulatedNode({ modelPath: approvedPath, contextSize: CONTEXT, threads: 2 })
const otherWeights = await createSimulatedNode({ modelPath: await differentWeightsModelPath(), contextSize: CONTEXT, threads: 1 })
const smaller = await createSimulatedNode({ modelPath: await smallerModelPath(), contextSize: CONTEXT, threads: 1 })
const records: CalibrationRecord[] = []
const outsideByTolerance = new Map<string, number[]>()

async function check(group: string, request: SimulatedRequest, answer: ClaimedAnswer, threads: number): Promise<void> {
  const record = await recordAnswer(verifier, group, request, answer, threads)
  records.push(record)
  for (const [logit, other] of verifiers) {
    const share = logit === 0.05 ? record.statistics.outsideSupportShare : (await recordAnswer(other, group, request, answer, threads)).statistics.outsideSupportShare
    const key = `${group} δ=${logit}`
    outsideByTolerance.set(key, [...(outsideByTolerance.get(key) ?? []), share])
  }
}

const started = performance.now()
let index = 0
for (const messages of CONVERSATIONS) {
  for (const { temperature, topP } of GRID) {
    for (const seed of SEEDS) {
      index++
      const request: SimulatedRequest = { messages, maxTokens: [16, 48, 96][index % 3] ?? 48, temperature, topP, seed, stop: STOPS[index % STOPS.length] ?? [] }
      for (const [node, threads] of [[honest1, 1], [honest2, 2]] as const) await check('honest', request, await node.generate(request), threads)
    }
  }
}
const honestSeconds = (performance.now() - started) / 1000

for (const kind of ADVERSARY_KINDS) {
  for (const [promptIndex, messages] of CONVERSATIONS.entries()) {
    for (const { temperature, topP } of [GRID[0], GRID[2], GRID[3], GRID[4]].filter((entry) => entry !== undefined)) {
      const request: SimulatedRequest = { messages, maxTokens: 48, temperature, topP, seed: 7, stop: [] }
      const answer = await simulateAdversaryAnswer(kind, request, {
        approved: honest1,
        impostor: kind === 'smaller-model' ? smaller : otherWeights,
        replayMessages: CONVERSATIONS[(promptIndex + 1) % CONVERSATIONS.length],
        seed: promptIndex + 1
      })
      await check(kind, request, answer, 1)
    }
  }
}

// A node that decodes greedily whatever temperature is asked: its tokens stay inside the support,
// so only the low side of the surprise z-score can tell it from honest sampling.
for (const [promptIndex, messages] of CONVERSATIONS.entries()) {
  for (const { temperature, topP } of GRID.filter((entry) => entry.temperature > 0)) {
    const request: SimulatedRequest = { messages, maxTokens: 48, temperature, topP, seed: 7 + promptIndex, stop: [] }
    await check(`greedy at T=${temperature}`, request, await honest1.generate({ ...request, temperature: 0 }), 1)
  }
}

console.log(`records: ${values.out}`)
console.log(`honest generations: ${records.filter((record) => record.group === 'honest').length} in ${honestSeconds.toFixed(1)} s`)
console.table(summarize(records))
console.log('outside-support share (min..max) per tolerance δ (logits):')
for (const [key, shares] of outsideByTolerance) console.log(`  ${key}: ${Math.min(...shares).toFixed(3)}..${Math.max(...shares).toFixed(3)}`)
const drift = await measureDrift()
console.log(`logit drift, batch threads=1 vs one-token-at-a-time threads=2: max |Δlogit| = ${drift.toExponential(2)}`)
const honestStatistics = records.filter((record) => record.group === 'honest').map((record) => record.statistics)
console.log('calibrated thresholds for this model:', JSON.stringify(calibrateThresholds(honestStatistics, { measuredDrift: drift })))
await writeFile(values.out, JSON.stringify(records, null, 1))
for (const node of [honest1, honest2, otherWeights, smaller]) await node.dispose()
for (const other of verifiers.values()) await other.dispose()

/** Same tokens through the verifier's batched path and a decode-like path on another thread count. */
async function measureDrift(): Promise<number> {
  const llama = await getLlama({ gpu: false, logLevel: LlamaLogLevel.error })
  const model = await llama.loadModel({ modelPath: approvedPath })
  const batched = await model.createContext({ contextSize: CONTEXT, threads: 1 })
  const stepwise = await model.createContext({ contextSize: CONTEXT, threads: 2 })
  const batchedSequence = batched.getSequence()
  const stepwiseSequence = stepwise.getSequence()
  let drift = 0
  for (const messages of CONVERSATIONS.slice(0, 3)) {
    const answer = await honest1.generate({ messages, maxTokens: 64, temperature: 1, topP: 1, seed: 3, stop: [] })
    const prompt = buildPromptTokens(model, resolveChatWrapper(model), messages).tokens
    const positions = new Set(Array.from({ length: answer.tokens.length + 1 }, (_, position) => position))
    const options = { positions, topCount: 64, extraTokens: [] as Token[], scope: 'vocabulary' as const }
    await batchedSequence.clearHistory()
    await stepwiseSequence.clearHistory()
    const a = await teacherForce(batchedSequence, prompt, answer.tokens, { ...options, chunkTokens: 4096 })
    const b = await teacherForce(stepwiseSequence, prompt, answer.tokens, { ...options, chunkTokens: 1 })
    for (const [position, logits] of a) {
      const other = new Map(b.get(position)?.top ?? [])
      for (const [token, logit] of logits.top.slice(0, 40)) {
        const value = other.get(token)
        if (value !== undefined) drift = Math.max(drift, Math.abs(value - logit))
      }
    }
  }
  await batched.dispose()
  await stepwise.dispose()
  await model.dispose()
  return drift
}
