import { basename } from 'node:path'
import { loadLlama } from '../../shared/llama/index.ts'
import { LlamaChat, resolveChatWrapper, resolveModelFile, type ChatWrapper, type Llama, type LlamaContext, type LlamaContextSequence, type LlamaModel } from 'node-llama-cpp'
import type { Logger } from 'pino'
import { BaseError } from '../../shared/errors/index.ts'
import { toChatHistory } from '../../shared/chat/index.ts'
import type { StopReason } from '../../shared/protocol/index.ts'
import { sha256File } from '../../shared/util/index.ts'
import type { GenerationParameters, GenerationResult, InferenceBackend } from './InferenceBackend.ts'

export class ModelLoadError extends BaseError {
  override name = 'ModelLoadError'
  constructor(model: string, options: { cause?: unknown } = {}) {
    super('Could not load the model', { details: { model, reason: options.cause instanceof Error ? options.cause.message : String(options.cause) }, cause: options.cause })
  }
}

/** More generations were started than the context has sequences (the node's queue prevents this). */
export class BackendBusyError extends BaseError {
  override name = 'BackendBusyError'
  constructor(sequences: number) {
    super('Every context sequence is in use', { details: { sequences } })
  }
}

export interface LlamaCppBackendOptions {
  /** A GGUF path, or an `hf:` URI that node-llama-cpp resolves (and downloads when allowed). */
  model: string
  /** Where `hf:` downloads go. */
  modelsDirectory?: string
  /** Name announced on the network; defaults to the file name. */
  modelName?: string
  contextSize: number
  /** Concurrent sequences in the context: the node's max concurrent requests. */
  sequences: number
  /**
   * CPU threads for evaluation. Always explicit: with llama.cpp's default on a small, busy
   * machine, throughput collapsed from ~1,400 to ~4 tokens/s in our measurements.
   */
  threads: number
  gpu: 'auto' | false
  logger: Logger
  onProgress?: (stage: 'hashing' | 'loading', fraction: number) => void
  signal?: AbortSignal
}

/**
 * The production backend: a GGUF model served by node-llama-cpp (GPU when present).
 *
 * @example
 * const backend = await loadLlamaCppBackend({ model: './models/tiny.gguf', contextSize: 2048, sequences: 2, threads: 1, gpu: 'auto', logger })
 * const result = await backend.generate({ messages: [{ role: 'user', content: 'Hello' }], maxTokens: 16, temperature: 0.7, topP: 1, stop: [] }, { onText, signal })
 */
export async function loadLlamaCppBackend(options: LlamaCppBackendOptions): Promise<InferenceBackend> {
  const log = options.logger.child({ component: 'node:llama' })
  let llama: Llama
  let model: LlamaModel
  let context: LlamaContext
  let modelPath: string
  let modelHash: `0x${string}`
  let chatWrapper: ChatWrapper
  try {
    modelPath = await resolveModelFile(options.model, { directory: options.modelsDirectory, cli: false })
    const { size } = await import('node:fs/promises').then((fs) => fs.stat(modelPath))
    modelHash = await sha256File(modelPath, { signal: options.signal, onProgress: (hashed) => options.onProgress?.('hashing', size === 0 ? 1 : hashed / size) })
    llama = await loadLlama({ gpu: options.gpu, logger: log })
    model = await llama.loadModel({
      modelPath,
      onLoadProgress: (fraction) => options.onProgress?.('loading', fraction),
      loadSignal: options.signal
    })
    context = await model.createContext({ contextSize: options.contextSize, sequences: options.sequences, threads: options.threads })
    // The chat template is resolved once per model: resolveChatWrapper() renders and compares the
    // GGUF's Jinja template against every known wrapper, ~110-250 ms of CPU that `new LlamaChat()`
    // otherwise paid on every request before the first token. Chat wrappers keep no state between
    // generations (LlamaChatSession, too, reuses one for every prompt), so one serves every sequence.
    chatWrapper = resolveChatWrapper(model)
  } catch (cause) {
    if (cause instanceof BaseError) throw cause
    throw new ModelLoadError(options.model, { cause })
  }
  // Sequences, and a LlamaChat over each, are created once and reused: disposing a sequence does
  // not hand its slot back to the context at once, so getSequence() right after a request
  // finishes can fail under load; a LlamaChat holds nothing between generations but its sequence.
  const newSlot = (): Slot => {
    const sequence = context.getSequence()
    return { sequence, chat: new LlamaChat({ contextSequence: sequence, chatWrapper }) }
  }
  const freeSlots: Slot[] = Array.from({ length: options.sequences }, newSlot)
  const modelName = options.modelName ?? basename(modelPath).replace(/\.gguf$/i, '')
  log.info({ modelPath, modelHash, gpu: llama.gpu, contextSize: context.contextSize, threads: options.threads, chatWrapper: chatWrapper.wrapperName }, 'model loaded')

  return {
    modelName,
    modelHash,
    contextSize: context.contextSize,
    async generate(parameters: GenerationParameters, { onText, onToken, signal }): Promise<GenerationResult> {
      const slot = freeSlots.pop()
      if (slot === undefined) throw new BackendBusyError(options.sequences)
      const { sequence, chat } = slot
      const inputBefore = sequence.tokenMeter.usedInputTokens
      const outputBefore = sequence.tokenMeter.usedOutputTokens
      try {
        const response = await chat.generateResponse(toChatHistory(parameters.messages), {
          maxTokens: parameters.maxTokens,
          temperature: parameters.temperature,
          topP: parameters.topP,
          seed: parameters.seed,
          customStopTriggers: parameters.stop.length > 0 ? parameters.stop : undefined,
          signal,
          stopOnAbortSignal: false,
          onTextChunk: onText,
          onToken: onToken === undefined ? undefined : (tokens) => { onToken(tokens.length) }
        })
        const meter = sequence.tokenMeter
        const usage = { inputTokens: meter.usedInputTokens - inputBefore, outputTokens: meter.usedOutputTokens - outputBefore }
        // Read before the history is cleared (finally, below) and before the slot is reused.
        const tokens = generatedTokens(sequence.contextTokens, usage)
        if (tokens === undefined) log.debug({ usage, contextTokens: sequence.contextTokens.length }, 'generated token ids not exact (context shift?): answer sent without them')
        const stopSequence = response.metadata.stopReason === 'customStopTrigger'
          ? response.metadata.customStopTrigger.map((part) => typeof part === 'string' ? part : '').join('')
          : null
        return {
          text: response.response,
          usage,
          stopReason: toStopReason(response.metadata.stopReason),
          stopSequence,
          ...(tokens === undefined ? {} : { tokens })
        }
      } finally {
        try {
          await sequence.clearHistory()
          freeSlots.push(slot)
        } catch (error) {
          // A sequence whose history cannot be cleared is replaced, so the node never loses a slot.
          log.warn({ err: error }, 'replacing a context sequence that could not be cleared')
          chat.dispose({ disposeSequence: true })
          freeSlots.push(newSlot())
        }
      }
    },
    async dispose() {
      await context.dispose()
      await model.dispose()
    }
  }
}

interface Slot { sequence: LlamaContextSequence; chat: LlamaChat }

/**
 * The ids the model evaluated after the prompt, as the verifier needs them
 * (orchestrator/quality/verification/README.md, "Token ids"). node-llama-cpp's meter counts the
 * prompt's last token as output (its logits were read), so the prompt is `inputTokens + 1` context
 * tokens and every sampled token but the last one (it ended the answer, never decoded) follows.
 * Not the ids `onToken` reports: at a stop sequence LlamaChat re-tokenizes the released text, so
 * those were not all sampled. Mid-answer resume (a trailing assistant message) is the same: the
 * prefill is part of the prompt. Undefined when the meter and the context disagree (a context
 * shift dropped tokens): ids that do not line up would make an honest answer look dishonest.
 */
function generatedTokens(contextTokens: readonly number[], usage: { inputTokens: number; outputTokens: number }): number[] | undefined {
  const tokens = contextTokens.slice(usage.inputTokens + 1)
  return tokens.length + 1 === usage.outputTokens ? tokens : undefined
}

function toStopReason(reason: string): StopReason {
  if (reason === 'maxTokens') return 'max_tokens'
  if (reason === 'customStopTrigger') return 'stop_sequence'
  return 'end_turn'
}
