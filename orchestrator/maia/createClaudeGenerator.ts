import type Anthropic from '@anthropic-ai/sdk'
import type { Logger } from 'pino'
import { BaseError } from '../../shared/errors/index.ts'
import type { ChatMessage, StopReason } from '../../shared/protocol/index.ts'
import type { SystemBlock } from './prompt/assemblePrompt.ts'

export class ClaudeUnavailableError extends BaseError {
  override name = 'ClaudeUnavailableError'
  constructor(reason: string, options: { status?: number; cause?: unknown } = {}) {
    super('Claude did not answer', { details: { reason, status: options.status }, cause: options.cause })
  }
}

export interface ClaudeUsage {
  inputTokens: number
  outputTokens: number
  cacheWriteTokens: number
  cacheReadTokens: number
}

export interface ClaudeResult {
  model: string
  text: string
  stopReason: StopReason
  stopSequence: string | null
  usage: ClaudeUsage
}

export interface ClaudeGenerator {
  generate(input: { system: SystemBlock[]; messages: ChatMessage[]; maxTokens: number; temperature?: number; stop: string[] },
    options: { onToken: (text: string) => void; signal: AbortSignal }): Promise<ClaudeResult>
}

export interface ClaudeGeneratorOptions {
  apiKey: string
  model: string
  baseURL?: string
  /** Per attempt, until response headers (the SDK's own timeout), ms. */
  timeoutMs?: number
  /** Longest silence inside a streaming response; the SDK's timeout stops at the headers. */
  idleTimeoutMs?: number
  /** The SDK retries 408/409/429/5xx (529 included) with backoff, honouring retry-after. */
  maxRetries?: number
  logger: Logger
}

/**
 * The Claude path: the real `@anthropic-ai/sdk`, streaming, with `cache_control` on the identity
 * and wisdom blocks so repeated turns read them from Anthropic's prompt cache instead of paying
 * for them again.
 */
export function createClaudeGenerator(options: ClaudeGeneratorOptions): ClaudeGenerator {
  // The SDK (~270 modules) is loaded at the first Claude request, not while the orchestrator starts.
  let sdk: typeof Anthropic | undefined
  let client: Promise<Anthropic> | undefined
  const connect = (): Promise<Anthropic> => client ??= import('@anthropic-ai/sdk').then(({ default: Sdk }) => {
    sdk = Sdk
    return new Sdk({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeout: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 2
    })
  })
  const log = options.logger.child({ component: 'orchestrator:claude' })
  return {
    async generate(input, { onToken, signal }) {
      const system = input.system.map((block) => ({
        type: 'text' as const,
        text: block.text,
        ...(block.cacheable ? { cache_control: { type: 'ephemeral' as const } } : {})
      }))
      const stalled = new AbortController()
      let timer: NodeJS.Timeout | undefined
      const arm = (): void => {
        clearTimeout(timer)
        timer = setTimeout(() => stalled.abort(new Error('Claude stream stalled')), options.idleTimeoutMs ?? 30_000)
      }
      try {
        arm()
        const stream = (await connect()).messages.stream({
          model: options.model,
          max_tokens: input.maxTokens,
          system,
          messages: input.messages.filter((message) => message.role !== 'system').map((message) => ({ role: message.role as 'user' | 'assistant', content: message.content })),
          ...(input.temperature === undefined ? {} : { temperature: Math.min(1, input.temperature) }),
          ...(input.stop.length === 0 ? {} : { stop_sequences: input.stop })
        }, { signal: AbortSignal.any([signal, stalled.signal]) })
        stream.on('streamEvent', arm)
        stream.on('text', (text) => onToken(text))
        const message = await stream.finalMessage()
        const text = message.content.map((block) => block.type === 'text' ? block.text : '').join('')
        return {
          model: message.model,
          text,
          stopReason: message.stop_reason === 'max_tokens' ? 'max_tokens' : message.stop_reason === 'stop_sequence' ? 'stop_sequence' : 'end_turn',
          stopSequence: message.stop_sequence ?? null,
          usage: {
            inputTokens: message.usage.input_tokens,
            outputTokens: message.usage.output_tokens,
            cacheWriteTokens: message.usage.cache_creation_input_tokens ?? 0,
            cacheReadTokens: message.usage.cache_read_input_tokens ?? 0
          }
        }
      } catch (error) {
        if (signal.aborted) throw error
        const status = sdk !== undefined && error instanceof sdk.APIError ? error.status : undefined
        // 400/401/403/404 mean a wrong key, model id or request: configuration, not a passing outage.
        const misconfigured = status === 400 || status === 401 || status === 403 || status === 404
        log[misconfigured ? 'error' : 'warn']({ status, err: error instanceof Error ? error.message : String(error) }, misconfigured ? 'Claude rejected the request: check the key and model' : 'Claude request failed')
        throw new ClaudeUnavailableError(stalled.signal.aborted ? 'stream stalled' : error instanceof Error ? error.message : String(error), { status, cause: error })
      } finally {
        clearTimeout(timer)
      }
    }
  }
}
