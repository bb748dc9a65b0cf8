import { availableParallelism } from 'node:os'
import { LlamaChat, resolveChatWrapper, type ControlledEvaluateInputItem, type LlamaContext, type LlamaModel, type Token } from 'node-llama-cpp'
import { buildPromptTokens, toChatHistory } from '../../../shared/chat/index.ts'
import { loadLlama } from '../../../shared/llama/index.ts'
import type { ChatMessage } from '../../../shared/protocol/index.ts'
import { DatasetInputError } from '../errors.ts'

/** One model's answer to a prompt and its score of the reference answer. */
export interface ModelRun {
  readonly text: string
  /** Mean ln p(token) over the first `referenceTokens` tokens of the reference, teacher-forced. */
  readonly referenceLogProb: number
  readonly referenceTokens: number
}

export interface ModelRunner extends AsyncDisposable {
  readonly vocabularySize: number
  /** Prompt tokens as the serving node would evaluate them (chat wrapper + tokenizer). */
  promptTokenCount(messages: readonly ChatMessage[]): number
  run(prompt: readonly ChatMessage[], reference: string, options: { maxTokens: number; referenceTokens: number; temperature: number; seed: number; signal?: AbortSignal }): Promise<ModelRun>
  dispose(): Promise<void>
}

/**
 * A GGUF loaded for evaluation, the way a provider node serves it: the model's own chat wrapper,
 * `LlamaChat.generateResponse` for the answer (greedy by default, seeded otherwise), and a second
 * sequence that teacher-forces prompt + reference in one batched `controlledEvaluate` pass, reading
 * the reference tokens' log-probabilities over the whole vocabulary (as the quality verifier's
 * teacherForce.ts does, without generating token by token).
 *
 * @throws {DatasetInputError} when the file cannot be loaded.
 */
export async function openModelRunner(options: { modelPath: string; contextSize: number; threads?: number }): Promise<ModelRunner> {
  // Always explicit: llama.cpp's default (every core) spins and collapses on small shared machines
  // (measured: 36 s instead of 0.17 s for one tiny-model example on 2 busy cores).
  const threads = options.threads ?? Math.max(1, Math.floor(availableParallelism() / 2))
  let model: LlamaModel
  let context: LlamaContext
  try {
    const llama = await loadLlama({ gpu: false })
    model = await llama.loadModel({ modelPath: options.modelPath })
    context = await model.createContext({ contextSize: options.contextSize, sequences: 2, threads })
  } catch (cause) {
    throw new DatasetInputError(options.modelPath, 'cannot load the GGUF', { cause })
  }
  const chatWrapper = resolveChatWrapper(model)
  const chatSequence = context.getSequence()
  const scoringSequence = context.getSequence()
  const tokens: unknown = model.fileInfo.metadata.tokenizer?.ggml?.tokens
  const vocabularySize = Array.isArray(tokens) ? tokens.length : 0

  const scoreReference = async (prompt: readonly ChatMessage[], reference: string, referenceTokens: number): Promise<{ mean: number; count: number }> => {
    const promptTokens = buildPromptTokens(model, chatWrapper, prompt).tokens
    const claimed = model.tokenize(reference, false, 'trimLeadingSpace').slice(0, referenceTokens)
    if (claimed.length === 0) return { mean: 0, count: 0 }
    await scoringSequence.clearHistory()
    const input = [...promptTokens, ...claimed]
    const items: ControlledEvaluateInputItem[] = input.map((token, index): ControlledEvaluateInputItem => {
      const position = index - (promptTokens.length - 1)
      if (position < 0 || position >= claimed.length) return token
      return [token, { generateNext: { logits: { filter: { tokens: [claimed[position]!], includeTop: 1 } }, totalLogitWeight: true } }]
    })
    const outputs = await scoringSequence.controlledEvaluate(items)
    let sum = 0
    let count = 0
    for (let index = promptTokens.length - 1; index < input.length - 1; index++) {
      const next = outputs[index]?.next
      const token = claimed[index - (promptTokens.length - 1)] as Token
      const logit = next?.logits?.get(token)
      const best = next?.logits === undefined ? undefined : Math.max(...next.logits.values())
      if (logit === undefined || best === undefined || next?.totalLogitWeight === undefined) continue
      sum += logit - best - Math.log(next.totalLogitWeight)
      count += 1
    }
    return { mean: count === 0 ? 0 : sum / count, count }
  }

  const dispose = async (): Promise<void> => {
    await context.dispose()
    await model.dispose()
  }
  return {
    vocabularySize,
    promptTokenCount: (messages) => buildPromptTokens(model, chatWrapper, messages).tokens.length,
    async run(prompt, reference, settings) {
      const chat = new LlamaChat({ contextSequence: chatSequence, chatWrapper, autoDisposeSequence: false })
      try {
        const response = await chat.generateResponse(toChatHistory(prompt), {
          maxTokens: settings.maxTokens,
          temperature: settings.temperature,
          seed: settings.seed,
          ...(settings.signal === undefined ? {} : { signal: settings.signal })
        })
        const scored = await scoreReference(prompt, reference, settings.referenceTokens)
        return { text: response.response, referenceLogProb: scored.mean, referenceTokens: scored.count }
      } finally {
        chat.dispose({ disposeSequence: false })
        await chatSequence.clearHistory()
      }
    },
    dispose,
    [Symbol.asyncDispose]: dispose
  }
}
