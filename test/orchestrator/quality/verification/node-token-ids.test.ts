import { getLlama, LlamaChat, LlamaLogLevel, resolveChatWrapper, type LlamaModel } from 'node-llama-cpp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GenerationParameters, GenerationResult, InferenceBackend } from '../../../../node/backend/InferenceBackend.ts'
import { loadLlamaCppBackend } from '../../../../node/backend/LlamaCppBackend.ts'
import { asAnswerVerifier, createTeacherForcingVerifier, type TeacherForcingVerifier } from '../../../../orchestrator/quality/index.ts'
import type { AnswerVerifier } from '../../../../orchestrator/quality/index.ts'
import { buildPromptTokens, toChatHistory } from '../../../../shared/chat/index.ts'
import { silentLogger } from '../../../../shared/log/logger.ts'
import type { ChatMessage } from '../../../../shared/protocol/index.ts'
import { approvedModelPath, differentWeightsModelPath } from './support/models.ts'

// The provider node's real backend (node/backend/LlamaCppBackend.ts) on the project's tiny GGUF,
// checked by the real verifier through the quality loop's port: the ids the node returns are the
// ones the verifier needs (README.md of orchestrator/quality/verification, "Token ids").
const CONTEXT = 1024
const CONVERSATIONS: ChatMessage[][] = [
  [{ role: 'user', content: 'Hello, who are you?' }],
  [{ role: 'system', content: 'You are MAIA, a calm guide.' }, { role: 'user', content: 'Tell me a story about the sea.' }],
  [{ role: 'user', content: 'What is the meaning of life?' }, { role: 'assistant', content: 'That depends.' }, { role: 'user', content: 'On what?' }],
  [{ role: 'user', content: 'Finish my sentence: the river' }, { role: 'assistant', content: 'The river runs' }],
  [{ role: 'user', content: 'Héllo wörld, ça va? 你好 👋' }]
]
const SETTINGS = [{ temperature: 0, topP: 1 }, { temperature: 0.7, topP: 0.9 }, { temperature: 1, topP: 1 }]
const STOPS: string[][] = [[], ['e'], [' c', '@'], ['\uFFFD']]

let approved: InferenceBackend
let impostor: InferenceBackend
let verifier: TeacherForcingVerifier
let port: AnswerVerifier
let model: LlamaModel

beforeAll(async () => {
  const [approvedPath, otherPath] = await Promise.all([approvedModelPath(), differentWeightsModelPath()])
  const backendOptions = { contextSize: CONTEXT, sequences: 2, threads: 1, gpu: false as const, logger: silentLogger() }
  approved = await loadLlamaCppBackend({ ...backendOptions, model: approvedPath })
  impostor = await loadLlamaCppBackend({ ...backendOptions, model: otherPath })
  verifier = await createTeacherForcingVerifier({ modelPath: approvedPath, contextSize: CONTEXT, threads: 1 })
  // Every position, not the loop's sampled first pass: this test holds every id the node sends to honest.
  port = asAnswerVerifier(verifier, { sampledPositions: 0 })
  model = await (await getLlama({ gpu: false, logLevel: LlamaLogLevel.error })).loadModel({ modelPath: approvedPath })
})

afterAll(async () => {
  await approved?.dispose()
  await impostor?.dispose()
  await verifier?.dispose()
  await model?.dispose()
})

const generate = (backend: InferenceBackend, parameters: GenerationParameters): Promise<GenerationResult> =>
  backend.generate(parameters, { onText: () => {}, signal: new AbortController().signal })

/** What the quality loop hands the port for one answer: text, ids, usage and stop reason of the final frame. */
function verifyThroughPort(parameters: GenerationParameters, result: GenerationResult) {
  return port.verify({
    request: { messages: parameters.messages, maxTokens: parameters.maxTokens, temperature: parameters.temperature, topP: parameters.topP, seed: parameters.seed, stop: parameters.stop },
    claimedText: result.text,
    claimedUsage: result.usage,
    claimedTokens: result.tokens,
    claimedStopReason: result.stopReason
  })
}

describe('the node sends the token ids it sampled', () => {
  it('builds the same prompt tokens as the verifier (shared/chat): system prompt, multi-turn, assistant prefill, non-ASCII', async () => {
    const wrapper = resolveChatWrapper(model)
    const context = await model.createContext({ contextSize: CONTEXT, threads: 1 })
    try {
      // The node's generation path: shared toChatHistory into LlamaChat, as LlamaCppBackend does.
      const chat = new LlamaChat({ contextSequence: context.getSequence(), chatWrapper: wrapper })
      for (const messages of CONVERSATIONS) {
        const prompt = buildPromptTokens(model, wrapper, messages).tokens
        await chat.generateResponse(toChatHistory(messages), { maxTokens: 2, temperature: 0 })
        expect(chat.sequence.contextTokens.slice(0, prompt.length)).toEqual(prompt)
        await chat.sequence.clearHistory()
        // The backend itself: its billed input is the prompt less its last token (whose logits count as output).
        const result = await generate(approved, { messages, maxTokens: 4, temperature: 0, topP: 1, stop: [] })
        expect(result.usage.inputTokens + 1).toBe(prompt.length)
      }
    } finally {
      await context.dispose()
    }
  })

  it('returns ids that verify honest through the AnswerVerifier port, whatever the ending (max tokens, end, stop sequences)', async () => {
    const endings = new Set<string>()
    let index = 0
    for (const messages of CONVERSATIONS) {
      for (const { temperature, topP } of SETTINGS) {
        index++
        const parameters: GenerationParameters = { messages, maxTokens: [12, 32, 48][index % 3]!, temperature, topP, seed: index, stop: STOPS[index % STOPS.length]! }
        const result = await generate(approved, parameters)
        endings.add(result.stopReason)
        expect(result.tokens, 'ids returned').toBeDefined()
        expect(result.tokens!.length + 1).toBe(result.usage.outputTokens)
        const summary = await verifyThroughPort(parameters, result)
        expect(summary.verdict, `${JSON.stringify(parameters.messages.at(-1))} t=${temperature} stop=${JSON.stringify(parameters.stop)}: ${summary.reasons.join('; ')}`).toBe('honest')
        expect(summary.statistics).toMatchObject({ tokenization: 'tokens', textMatchesTokens: true, usageConsistent: true })
        // Every id is checked (the loop acts on this verdict), not a sample.
        expect(summary.statistics.tokensChecked).toBe(result.tokens!.length)
      }
    }
    expect(endings).toContain('stop_sequence')
    expect(endings).toContain('max_tokens')
  })

  it('returns the right ids when it resumes an answer another node left half-written (assistant prefill)', async () => {
    const question: ChatMessage[] = [{ role: 'user', content: 'Tell me about the moon' }]
    for (const [seed, temperature] of [[1, 0], [2, 0.7], [3, 1]] as const) {
      const whole = await generate(approved, { messages: question, maxTokens: 40, temperature, topP: 1, seed, stop: [] })
      const prefill = whole.text.slice(0, Math.floor(whole.text.length / 2)).replace(/\uFFFD+$/, '')
      const parameters: GenerationParameters = { messages: [...question, { role: 'assistant', content: prefill }], maxTokens: 24, temperature, topP: 1, seed, stop: seed === 3 ? ['e'] : [] }
      const rest = await generate(approved, parameters)
      expect(rest.tokens!.length + 1).toBe(rest.usage.outputTokens)
      const summary = await verifyThroughPort(parameters, rest)
      expect(summary.verdict, summary.reasons.join('; ')).toBe('honest')
    }
  })

  it('catches a node serving another GGUF (other seed) through the same port: dishonest', async () => {
    let index = 0
    for (const messages of CONVERSATIONS.slice(0, 3)) {
      for (const { temperature, topP } of SETTINGS) {
        index++
        const parameters: GenerationParameters = { messages, maxTokens: 32, temperature, topP, seed: 20 + index, stop: [] }
        const result = await generate(impostor, parameters)
        const summary = await verifyThroughPort(parameters, result)
        expect(summary.verdict, `t=${temperature}: ${summary.reasons.join('; ')}`).toBe('dishonest')
        expect(summary.reasons.some((reason) => reason.startsWith('outside-support'))).toBe(true)
      }
    }
  })

  it('judges garbage ids, not crashes on them: ids outside the vocabulary, ids that do not spell the text', async () => {
    const parameters: GenerationParameters = { messages: CONVERSATIONS[0]!, maxTokens: 16, temperature: 0.7, topP: 1, seed: 5, stop: [] }
    const honest = await generate(approved, parameters)
    const outside = await verifyThroughPort(parameters, { ...honest, tokens: [...honest.tokens!.slice(1), verifier.vocabularySize + 7] })
    expect(outside.verdict).toBe('dishonest')
    expect(outside.reasons.join(' ')).toMatch(/unknown-token/)
    const shuffled = await verifyThroughPort(parameters, { ...honest, tokens: [...honest.tokens!].reverse() })
    expect(shuffled.verdict).toBe('dishonest')
    expect(shuffled.reasons.join(' ')).toMatch(/text-token-mismatch/)
    // Without ids the same honest answer is checked in text mode, and never called dishonest.
    const textOnly = await verifyThroughPort(parameters, { ...honest, tokens: undefined })
    expect(textOnly.verdict).not.toBe('dishonest')
    expect(textOnly.statistics.tokenization).toBe('text')
  })
})
