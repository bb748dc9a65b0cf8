import type { GenerationParameters, GenerationResult, InferenceBackend } from './InferenceBackend.ts'

export interface ScriptedBackendOptions {
  modelName?: string
  modelHash?: `0x${string}`
  contextSize?: number
  /** Fixed generation speed; 0 means as fast as possible. */
  tokensPerSecond?: number
  /** Delay before the first token (prompt processing). */
  firstTokenDelayMs?: number
  /**
   * Report synthetic token ids (one per word) as if sampled: for tests of the quality loop's
   * network path with a scripted verifier. The ids mean nothing to a real verifier.
   */
  syntheticTokenIds?: boolean
  /** The reply for a conversation; defaults to echoing the last message word by word. */
  reply?: (parameters: GenerationParameters) => string
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> => new Promise((resolve, reject) => {
  if (signal.aborted) { reject(signal.reason); return }
  const timer = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve() }, ms)
  const onAbort = (): void => { clearTimeout(timer); reject(signal.reason) }
  signal.addEventListener('abort', onAbort, { once: true })
})

/**
 * A deterministic backend: words of a scripted reply at a fixed speed. For unit tests of
 * protocol, routing and scoring logic, and for routing benchmarks where model cost must not
 * drown out the network's. Integration tests use the real node-llama-cpp backend. It has no
 * tokenizer, so its results carry no token ids (`GenerationResult.tokens`): its answers are
 * verified in text mode, like those of any node that sends none.
 */
export function createScriptedBackend(options: ScriptedBackendOptions = {}): InferenceBackend {
  const reply = options.reply ?? ((parameters) => `echo: ${parameters.messages.at(-1)?.content ?? ''}`)
  const sleep = options.sleep ?? defaultSleep
  return {
    modelName: options.modelName ?? 'scripted',
    modelHash: options.modelHash ?? `0x${'ab'.repeat(32)}`,
    contextSize: options.contextSize ?? 4096,
    async generate(parameters: GenerationParameters, { onText, signal }): Promise<GenerationResult> {
      const words = reply(parameters).split(/(?<= )/)
      const inputTokens = parameters.messages.reduce((sum, message) => sum + message.content.split(/\s+/).filter(Boolean).length + 4, 0)
      if (options.firstTokenDelayMs) await sleep(options.firstTokenDelayMs, signal)
      let text = ''
      let outputTokens = 0
      // As a model reports them: every sampled token but the last, which ended the answer.
      const ids = (): { tokens?: number[] } => options.syntheticTokenIds === true ? { tokens: Array.from({ length: Math.max(0, outputTokens - 1) }, (_, index) => index) } : {}
      for (const word of words) {
        if (outputTokens >= parameters.maxTokens) {
          return { text, usage: { inputTokens, outputTokens }, stopReason: 'max_tokens', stopSequence: null, ...ids() }
        }
        const candidate = text + word
        const stop = parameters.stop.find((sequence) => candidate.includes(sequence))
        if (stop !== undefined) {
          const cut = candidate.slice(0, candidate.indexOf(stop))
          if (cut.length > text.length) onText(cut.slice(text.length))
          return { text: cut, usage: { inputTokens, outputTokens }, stopReason: 'stop_sequence', stopSequence: stop, ...ids() }
        }
        if (options.tokensPerSecond) await sleep(1000 / options.tokensPerSecond, signal)
        else if (signal.aborted) throw signal.reason
        text = candidate
        outputTokens += 1
        onText(word)
      }
      return { text, usage: { inputTokens, outputTokens }, stopReason: 'end_turn', stopSequence: null, ...ids() }
    },
    async dispose() {}
  }
}
