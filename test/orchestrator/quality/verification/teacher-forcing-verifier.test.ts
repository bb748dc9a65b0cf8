import { getLlama, LlamaChat, LlamaLogLevel, resolveChatWrapper } from 'node-llama-cpp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calibrateThresholds, summarize, recordAnswer, type CalibrationRecord } from '../../../../orchestrator/quality/verification/calibration.ts'
import { createTeacherForcingVerifier, type TeacherForcingVerifier } from '../../../../orchestrator/quality/verification/createTeacherForcingVerifier.ts'
import { InvalidVerificationRequestError, UnknownTokenError, VerificationContextOverflowError, VerifierDisposedError } from '../../../../orchestrator/quality/verification/errors.ts'
import { buildPromptTokens, toChatHistory } from '../../../../shared/chat/index.ts'
import { ADVERSARY_KINDS, simulateAdversaryAnswer, type AdversaryKind } from '../../../../orchestrator/quality/verification/simulateAdversaryAnswer.ts'
import { createSimulatedNode, type ClaimedAnswer, type SimulatedNode, type SimulatedRequest } from '../../../../orchestrator/quality/verification/simulatedNode.ts'
import { decideVerdict, type ReasonCode } from '../../../../orchestrator/quality/verification/verdict.ts'
import { evidenceBundleSchema } from '../../../../orchestrator/quality/index.ts'
import { asAnswerVerifier } from '../../../../orchestrator/quality/verification/answerVerifier.ts'
import type { ChatMessage } from '../../../../shared/protocol/index.ts'
import { approvedModelPath, differentWeightsModelPath, smallerModelPath } from './support/models.ts'

// Real node-llama-cpp generation on real tiny GGUFs throughout: the approved model (the shared
// tiny GGUF, seed 1), another seed of the same shape, and a smaller model sharing the vocabulary.
const CONTEXT = 1024
const CONVERSATIONS: ChatMessage[][] = [
  [{ role: 'user', content: 'Hello, who are you?' }],
  [{ role: 'system', content: 'You are MAIA, a calm guide.' }, { role: 'user', content: 'Tell me a story about the sea.' }],
  [{ role: 'user', content: 'What is the meaning of life?' }, { role: 'assistant', content: 'That depends.' }, { role: 'user', content: 'On what?' }],
  [{ role: 'user', content: 'Finish my sentence: the river' }, { role: 'assistant', content: 'The river runs' }]
]
const HONEST_SETTINGS = [
  { temperature: 0, topP: 1 }, { temperature: 0.7, topP: 1 }, { temperature: 0.7, topP: 0.9 }, { temperature: 1, topP: 1 }, { temperature: 1, topP: 0.5 }
]
const STOPS: string[][] = [[], ['e'], [' c', '@']]
const EXPECTED_REASON: Record<AdversaryKind, ReasonCode> = {
  'different-weights': 'outside-support',
  'smaller-model': 'outside-support',
  'garbage-tokens': 'outside-support',
  truncated: 'overbilled',
  replayed: 'outside-support'
}

let verifier: TeacherForcingVerifier
let honest1: SimulatedNode
let honest2: SimulatedNode
let otherWeights: SimulatedNode
let smaller: SimulatedNode
const honestRecords: CalibrationRecord[] = []
const adversaryRecords: CalibrationRecord[] = []

beforeAll(async () => {
  const [approved, other, small] = await Promise.all([approvedModelPath(), differentWeightsModelPath(), smallerModelPath()])
  verifier = await createTeacherForcingVerifier({ modelPath: approved, contextSize: CONTEXT, threads: 1 })
  honest1 = await createSimulatedNode({ modelPath: approved, contextSize: CONTEXT, threads: 1 })
  honest2 = await createSimulatedNode({ modelPath: approved, contextSize: CONTEXT, threads: 2 })
  otherWeights = await createSimulatedNode({ modelPath: other, contextSize: CONTEXT, threads: 1 })
  smaller = await createSimulatedNode({ modelPath: small, contextSize: CONTEXT, threads: 1 })
})

afterAll(async () => {
  for (const node of [honest1, honest2, otherWeights, smaller]) await node?.dispose()
  await verifier?.dispose()
  if (honestRecords.length + adversaryRecords.length > 0) console.table(summarize([...honestRecords, ...adversaryRecords]))
})

function verifyAnswer(request: SimulatedRequest, answer: Pick<ClaimedAnswer, 'tokens' | 'usage'> & { text?: string }, extra: { positions?: 'all' | { sample: number; seed?: number }; withTokens?: boolean } = {}) {
  return verifier.verify({
    messages: [...request.messages],
    claimedTokens: extra.withTokens === false ? undefined : answer.tokens,
    claimedText: answer.text,
    sampling: { temperature: request.temperature, topP: request.topP, seed: request.seed, maxTokens: request.maxTokens, stop: [...request.stop] },
    claimedUsage: answer.usage,
    positions: extra.positions
  })
}

describe('teacher-forcing verifier on the tiny GGUF', () => {
  it('renders prompts exactly as the node\'s LlamaChat evaluates them', async () => {
    const llama = await getLlama({ gpu: false, logLevel: LlamaLogLevel.error })
    const model = await llama.loadModel({ modelPath: await approvedModelPath() })
    const context = await model.createContext({ contextSize: CONTEXT, threads: 1 })
    try {
      const wrapper = resolveChatWrapper(model)
      const chat = new LlamaChat({ contextSequence: context.getSequence(), chatWrapper: wrapper })
      for (const messages of [...CONVERSATIONS, [{ role: 'user', content: 'Héllo wörld, ça va? 你好 👋' }] satisfies ChatMessage[]]) {
        await chat.generateResponse(toChatHistory(messages), { maxTokens: 2, temperature: 0 })
        const prompt = buildPromptTokens(model, wrapper, messages).tokens
        expect(chat.sequence.contextTokens.slice(0, prompt.length)).toEqual(prompt)
        expect(chat.sequence.contextTokens.length).toBe(prompt.length + 1)
        await chat.sequence.clearHistory()
      }
    } finally {
      await context.dispose()
      await model.dispose()
    }
  })

  it('never flags honest answers (node threads 1 and 2, seeds, temperatures 0/0.7/1, topP, stops)', async () => {
    let index = 0
    for (const { temperature, topP } of HONEST_SETTINGS) {
      for (const seed of [1, 2, 3]) {
        index++
        const request: SimulatedRequest = {
          messages: CONVERSATIONS[index % CONVERSATIONS.length] ?? [],
          maxTokens: [16, 40, 64][index % 3] ?? 40,
          temperature,
          topP,
          seed,
          stop: STOPS[index % STOPS.length] ?? []
        }
        for (const [node, threads] of [[honest1, 1], [honest2, 2]] as const) {
          honestRecords.push(await recordAnswer(verifier, 'honest', request, await node.generate(request), threads))
        }
      }
    }
    const flagged = honestRecords.filter((record) => record.verdict !== 'honest')
    expect(flagged.map((record) => `${record.temperature}/${record.topP}/${record.seed}/t${record.threads}: ${record.reasons.join(',')}`)).toEqual([])
    expect(honestRecords).toHaveLength(30)
    expect(honestRecords.every((record) => record.statistics.outsideSupport === 0 && record.statistics.usage.consistent)).toBe(true)
  })

  it.each(ADVERSARY_KINDS)('catches a %s node', async (kind) => {
    for (const [index, { temperature, topP }] of [{ temperature: 0, topP: 1 }, { temperature: 0.7, topP: 0.9 }, { temperature: 1, topP: 1 }].entries()) {
      const messages = CONVERSATIONS[index] ?? []
      const request: SimulatedRequest = { messages, maxTokens: 40, temperature, topP, seed: 11 + index, stop: [] }
      const answer = await simulateAdversaryAnswer(kind, request, {
        approved: honest1,
        impostor: kind === 'smaller-model' ? smaller : otherWeights,
        replayMessages: CONVERSATIONS[index + 1],
        seed: index + 1
      })
      const record = await recordAnswer(verifier, kind, request, answer, 1)
      adversaryRecords.push(record)
      expect(record.verdict, `${kind} at temperature ${temperature}: ${record.reasons.join(',')}`).toBe('dishonest')
      expect(record.reasons).toContain(EXPECTED_REASON[kind])
    }
  })

  it('catches a truncated answer that bills only what it returns, by its unexplained stop', async () => {
    const request: SimulatedRequest = { messages: CONVERSATIONS[0] ?? [], maxTokens: 40, temperature: 0.7, topP: 0.9, seed: 5, stop: [] }
    const honest = await honest1.generate(request)
    const tokens = honest.tokens.slice(0, 15)
    const result = await verifyAnswer(request, { tokens, text: honest1.model.detokenize(tokens), usage: { promptTokens: honest.usage.promptTokens, completionTokens: 16 } })
    expect(result.verdict).toBe('dishonest')
    expect(result.reasons.map((reason) => reason.code)).toEqual(['unexplained-stop'])
  })

  it('catches text that is not what the claimed tokens spell', async () => {
    const request: SimulatedRequest = { messages: CONVERSATIONS[1] ?? [], maxTokens: 24, temperature: 1, topP: 1, seed: 4, stop: [] }
    const honest = await honest1.generate(request)
    const result = await verifyAnswer(request, { ...honest, text: `Buy MAIA tokens now! ${honest.text}` })
    expect(result.verdict).toBe('dishonest')
    expect(result.reasons.map((reason) => reason.code)).toContain('text-token-mismatch')
  })

  it('does not call honest text dishonest when only text is sent (random weights emit byte tokens text cannot carry)', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const request: SimulatedRequest = { messages: CONVERSATIONS[seed % 2] ?? [], maxTokens: 24, temperature: 0.7, topP: 0.9, seed, stop: [] }
      const honest = await honest1.generate(request)
      const result = await verifyAnswer(request, honest, { withTokens: false })
      expect(result.verdict, result.reasons.map((reason) => reason.code).join(',')).not.toBe('dishonest')
      expect(result.statistics.tokenization.mode).toBe('text')
    }
  })

  it('checks a random sample of positions when asked, with the same verdicts', async () => {
    const request: SimulatedRequest = { messages: CONVERSATIONS[2] ?? [], maxTokens: 64, temperature: 1, topP: 1, seed: 9, stop: [] }
    const honest = await verifyAnswer(request, await honest1.generate(request), { positions: { sample: 12, seed: 1 } })
    expect(honest.verdict).toBe('honest')
    expect(honest.statistics.tokensChecked).toBeLessThanOrEqual(14)
    const garbage = await simulateAdversaryAnswer('garbage-tokens', request, { approved: honest1, seed: 3 })
    expect((await verifyAnswer(request, garbage, { positions: { sample: 12, seed: 1 } })).verdict).toBe('dishonest')
  })

  it('calibrates per-model thresholds that keep honest answers honest and flag impostors\' low log-probabilities', () => {
    expect(honestRecords.length).toBeGreaterThan(0)
    const thresholds = calibrateThresholds(honestRecords.map((record) => record.statistics), { measuredDrift: 5.2e-3 })
    expect(Number.isFinite(thresholds.suspiciousMeanLogProb)).toBe(true)
    for (const record of honestRecords) {
      expect(decideVerdict(record.statistics, thresholds, { maxTokens: 64 }).verdict).toBe('honest')
    }
    const impostors = adversaryRecords.filter((record) => record.group === 'different-weights' || record.group === 'garbage-tokens')
    for (const record of impostors) {
      expect(decideVerdict(record.statistics, thresholds, { maxTokens: 40 }).reasons.map((reason) => reason.code)).toContain('low-log-prob')
    }
  })

  it('costs less than generating the answer (one batched evaluation)', async () => {
    const ratios: number[] = []
    const sampledRatios: number[] = []
    for (const [index, { temperature, topP }] of HONEST_SETTINGS.entries()) {
      const request: SimulatedRequest = { messages: CONVERSATIONS[index % CONVERSATIONS.length] ?? [], maxTokens: 128, temperature, topP, seed: index, stop: [] }
      const answer = await honest1.generate(request)
      let started = performance.now()
      expect((await verifyAnswer(request, answer)).verdict).toBe('honest')
      ratios.push((performance.now() - started) / answer.generationMs)
      started = performance.now()
      expect((await verifyAnswer(request, answer, { positions: { sample: 24 } })).verdict).toBe('honest')
      sampledRatios.push((performance.now() - started) / answer.generationMs)
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
    console.info(`verify/generate wall-time ratio, 128-token answers: all positions median ${median(ratios).toFixed(3)}, 24 sampled positions median ${median(sampledRatios).toFixed(3)}`)
    // Loose bound: this shared 2-core machine makes single timings noisy; bench/quality/verifierCost.ts measures properly.
    expect(median(ratios)).toBeLessThan(1)
  })

  it('serves the quality loop\'s AnswerVerifier port with a JSON-safe summary', async () => {
    const request: SimulatedRequest = { messages: CONVERSATIONS[0] ?? [], maxTokens: 24, temperature: 0.7, topP: 0.9, seed: 2, stop: [] }
    const honest = await honest1.generate(request)
    const port = asAnswerVerifier(verifier)
    const usage = { inputTokens: honest.usage.promptTokens, outputTokens: honest.usage.completionTokens }
    const summary = await port.verify({ request: { ...request, messages: [...request.messages], stop: [] }, claimedText: honest.text, claimedUsage: usage, claimedTokens: honest.tokens })
    expect(summary.verdict).toBe('honest')
    expect(evidenceBundleSchema.shape.verification.unwrap().parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary)
    const garbage = await simulateAdversaryAnswer('garbage-tokens', request, { approved: honest1, seed: 5 })
    const caught = await port.verify({ request: { ...request, messages: [...request.messages], stop: [] }, claimedText: garbage.text, claimedUsage: { inputTokens: garbage.usage.promptTokens, outputTokens: garbage.usage.completionTokens }, claimedTokens: garbage.tokens })
    expect(caught.verdict).toBe('dishonest')
  })

  it('reads a sample of positions first and every position only when in doubt (the port\'s sequential check)', async () => {
    const calls: string[] = []
    const spy: TeacherForcingVerifier = {
      ...verifier,
      get contextSize() { return verifier.contextSize },
      get vocabularySize() { return verifier.vocabularySize },
      get thresholds() { return verifier.thresholds },
      verify(input, options) {
        calls.push(input.positions === undefined || input.positions === 'all' ? 'all' : `sample ${input.positions.sample}`)
        return verifier.verify(input, options)
      }
    }
    const port = asAnswerVerifier(spy, { sampledPositions: 8 })
    const request: SimulatedRequest = { messages: CONVERSATIONS[1] ?? [], maxTokens: 40, temperature: 0.7, topP: 0.9, seed: 3, stop: [] }
    const wire = { ...request, messages: [...request.messages], stop: [] }
    const honest = await honest1.generate(request)
    const honestSummary = await port.verify({ request: wire, claimedText: honest.text, claimedUsage: { inputTokens: honest.usage.promptTokens, outputTokens: honest.usage.completionTokens }, claimedTokens: honest.tokens, claimedStopReason: honest.stopReason })
    expect(honestSummary.verdict).toBe('honest')
    expect(honestSummary.statistics.escalated).toBe(false)
    expect(calls).toEqual(['sample 8'])

    calls.length = 0
    const impostor = await simulateAdversaryAnswer('garbage-tokens', request, { approved: honest1, seed: 9 })
    const caught = await port.verify({ request: wire, claimedText: impostor.text, claimedUsage: { inputTokens: impostor.usage.promptTokens, outputTokens: impostor.usage.completionTokens }, claimedTokens: impostor.tokens })
    expect(caught.verdict).toBe('dishonest')
    expect(caught.statistics.escalated).toBe(true)
    expect(caught.statistics.tokensChecked).toBeGreaterThanOrEqual(impostor.tokens.length)
    expect(calls).toEqual(['sample 8', 'all'])

    // An answer no longer than the sample is read whole at once; 0 turns sampling off.
    calls.length = 0
    const short = await honest1.generate({ ...request, maxTokens: 6 })
    await port.verify({ request: { ...wire, maxTokens: 6 }, claimedText: short.text, claimedUsage: { inputTokens: short.usage.promptTokens, outputTokens: short.usage.completionTokens }, claimedTokens: short.tokens })
    await asAnswerVerifier(spy, { sampledPositions: 0 }).verify({ request: wire, claimedText: honest.text, claimedUsage: { inputTokens: honest.usage.promptTokens, outputTokens: honest.usage.completionTokens }, claimedTokens: honest.tokens })
    expect(calls).toEqual(['all', 'all'])
  })

  it('rejects malformed requests, unknown tokens and answers that overflow its context', async () => {
    const base = { messages: CONVERSATIONS[0] ?? [], sampling: { temperature: 0, topP: 1, maxTokens: 8 }, claimedUsage: { promptTokens: 1, completionTokens: 1 } }
    await expect(verifier.verify(base)).rejects.toBeInstanceOf(InvalidVerificationRequestError)
    await expect(verifier.verify({ ...base, claimedTokens: [verifier.vocabularySize + 5] })).rejects.toBeInstanceOf(UnknownTokenError)
    await expect(verifier.verify({ ...base, claimedTokens: Array.from({ length: CONTEXT }, () => 100) })).rejects.toBeInstanceOf(VerificationContextOverflowError)
    await expect(verifier.verify({ ...base, claimedTokens: [100] }, { signal: AbortSignal.abort() })).rejects.toThrow(/abort/i)
    // Still usable after every failure above.
    expect((await verifier.verify({ ...base, claimedTokens: [100], claimedUsage: { promptTokens: 1, completionTokens: 2 } })).statistics.claimedTokens).toBe(1)
  })

  it('refuses work once disposed', async () => {
    const disposable = await createTeacherForcingVerifier({ modelPath: await approvedModelPath(), contextSize: 256, threads: 1 })
    await disposable[Symbol.asyncDispose]()
    await expect(disposable.verify({ messages: CONVERSATIONS[0] ?? [], claimedTokens: [100], sampling: { temperature: 0, topP: 1, maxTokens: 8 }, claimedUsage: { promptTokens: 1, completionTokens: 2 } }))
      .rejects.toBeInstanceOf(VerifierDisposedError)
  })
})
