import type { LlamaContext, LlamaModel, Token } from 'node-llama-cpp'
import type { ChatMessage, StopReason } from '../../../shared/protocol/index.ts'
import { VerifierLoadError } from './errors.ts'
import { buildPromptTokens, toChatHistory } from '../../../shared/chat/index.ts'

/** What a node is asked for: the fields of an inference request that shape the answer. */
export interface SimulatedRequest {
  readonly messages: readonly ChatMessage[]
  readonly maxTokens: number
  readonly temperature: number
  readonly topP: number
  readonly seed?: number
  readonly stop: readonly string[]
}

/** An answer as a node returns it: text, the token ids it generated, its billed usage. */
export interface ClaimedAnswer {
  readonly text: string
  /** Tokens evaluated into the context after the prompt (see `claimedTokens` in schemas.ts). */
  readonly tokens: Token[]
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number }
  readonly stopReason: StopReason
  /** Wall time of the generation itself (what the verifier's cost is compared with). */
  readonly generationMs: number
}

/**
 * A provider node's generation path run in-process on a real GGUF, for tests and benchmarks of
 * the verifier: the same calls as node/backend/LlamaCppBackend.ts `generate` (resolved chat
 * wrapper, `LlamaChat.generateResponse` with maxTokens, temperature, topP, seed and custom stop
 * triggers, usage from the sequence's token meter), plus the generated token ids as the node
 * should report them: the context tokens after the prompt, read before the history is cleared.
 */
export interface SimulatedNode extends AsyncDisposable {
  readonly model: LlamaModel
  readonly vocabularySize: number
  /** Prompt tokens as the node renders them (chat wrapper + tokenizer). */
  promptTokenCount(messages: readonly ChatMessage[]): number
  generate(request: SimulatedRequest, options?: { signal?: AbortSignal }): Promise<ClaimedAnswer>
  dispose(): Promise<void>
}

export async function createSimulatedNode(options: { modelPath: string; contextSize: number; threads: number }): Promise<SimulatedNode> {
  // Imported on use: an orchestrator that never calibrates never loads node-llama-cpp.
  const { getLlama, LlamaChat, LlamaLogLevel, resolveChatWrapper } = await import('node-llama-cpp')
  let model: LlamaModel
  let context: LlamaContext
  try {
    const llama = await getLlama({ gpu: false, logLevel: LlamaLogLevel.error })
    model = await llama.loadModel({ modelPath: options.modelPath })
    context = await model.createContext({ contextSize: options.contextSize, sequences: 1, threads: options.threads })
  } catch (cause) {
    throw new VerifierLoadError(options.modelPath, { cause })
  }
  const chatWrapper = resolveChatWrapper(model)
  const sequence = context.getSequence()
  const chat = new LlamaChat({ contextSequence: sequence, chatWrapper })
  const tokens: unknown = model.fileInfo.metadata.tokenizer?.ggml?.tokens
  const vocabularySize = Array.isArray(tokens) ? tokens.length : 0
  let queue: Promise<unknown> = Promise.resolve()

  async function generateNow(request: SimulatedRequest, signal: AbortSignal | undefined): Promise<ClaimedAnswer> {
    const inputBefore = sequence.tokenMeter.usedInputTokens
    const outputBefore = sequence.tokenMeter.usedOutputTokens
    const started = performance.now()
    try {
      const response = await chat.generateResponse(toChatHistory(request.messages), {
        maxTokens: request.maxTokens,
        temperature: request.temperature,
        topP: request.topP,
        seed: request.seed,
        customStopTriggers: request.stop.length > 0 ? [...request.stop] : undefined,
        signal,
        stopOnAbortSignal: false
      })
      const generationMs = performance.now() - started
      const reason = response.metadata.stopReason
      const promptTokens = sequence.tokenMeter.usedInputTokens - inputBefore
      return {
        text: response.response,
        // The meter counts prompt − 1 as input (the last prompt token's logits count as output).
        tokens: sequence.contextTokens.slice(promptTokens + 1),
        usage: { promptTokens, completionTokens: sequence.tokenMeter.usedOutputTokens - outputBefore },
        stopReason: reason === 'maxTokens' ? 'max_tokens' : reason === 'customStopTrigger' ? 'stop_sequence' : 'end_turn',
        generationMs
      }
    } finally {
      await sequence.clearHistory()
    }
  }

  const node: SimulatedNode = {
    model,
    vocabularySize,
    promptTokenCount: (messages) => buildPromptTokens(model, chatWrapper, messages).tokens.length,
    generate(request, generateOptions = {}) {
      const run = queue.then(() => generateNow(request, generateOptions.signal))
      queue = run.catch(() => undefined)
      return run
    },
    async dispose() {
      await queue
      chat.dispose()
      await context.dispose()
      await model.dispose()
    },
    async [Symbol.asyncDispose]() {
      await node.dispose()
    }
  }
  return node
}
