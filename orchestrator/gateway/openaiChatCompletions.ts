import type { ServerResponse } from 'node:http'
import { z } from 'zod'
import { createRandomPool, MAX_OUTPUT_TOKENS, MAX_SEED, MAX_TEMPERATURE, type ChatMessage, type StopReason } from '../../shared/protocol/index.ts'
import { ApiError } from './ApiError.ts'
import { assertProtocolLimits } from './assertProtocolLimits.ts'
import { assertNoUnsupportedFields, contentToText } from './contentText.ts'
import type { ChatGenerationRequest, ChatGenerator } from '../inference/index.ts'
import { sendJson, startEventStream, writeEvent } from './http.ts'

/** Message ids from a pooled CSPRNG buffer (one system call per 4 KiB, not one per request). */
const messageIds = createRandomPool()

/** The OpenAI API's own limit on stop sequences, stricter than the protocol's `MAX_STOP_SEQUENCES`. */
const OPENAI_MAX_STOP_SEQUENCES = 4

/** The subset of the OpenAI Chat Completions request that MAIA serves (text in, text out). */
export const openaiRequestSchema = z.object({
  model: z.string().min(1),
  messages: z.array(z.object({
    role: z.enum(['system', 'developer', 'user', 'assistant']),
    content: z.union([z.string(), z.array(z.object({ type: z.string() }).passthrough())]).nullable()
  }).passthrough()).min(1),
  max_tokens: z.number().int().min(1).max(MAX_OUTPUT_TOKENS).nullable().optional(),
  max_completion_tokens: z.number().int().min(1).max(MAX_OUTPUT_TOKENS).nullable().optional(),
  temperature: z.number().min(0).max(MAX_TEMPERATURE).nullable().optional(),
  top_p: z.number().gt(0).max(1).nullable().optional(),
  seed: z.number().int().min(0).max(MAX_SEED).nullable().optional(),
  stop: z.union([z.string().min(1), z.array(z.string().min(1)).max(OPENAI_MAX_STOP_SEQUENCES)]).nullable().optional(),
  n: z.literal(1).nullable().optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullable().optional(),
  user: z.string().max(256).optional()
}).passthrough()
export type OpenAiRequest = z.infer<typeof openaiRequestSchema>

/** Used when the caller sets no limit, as OpenAI's API does not require one. */
export const DEFAULT_MAX_TOKENS = 1024

export function openaiToGeneration(body: OpenAiRequest): ChatGenerationRequest {
  const messages: ChatMessage[] = body.messages.map((message, index) => ({
    role: message.role === 'developer' ? 'system' : message.role,
    content: contentToText(message.content, `messages.${index}.content`)
  }))
  const stop = body.stop === undefined || body.stop === null ? [] : typeof body.stop === 'string' ? [body.stop] : body.stop
  return {
    model: body.model,
    messages,
    maxTokens: body.max_completion_tokens ?? body.max_tokens ?? DEFAULT_MAX_TOKENS,
    temperature: body.temperature ?? undefined,
    topP: body.top_p ?? undefined,
    seed: body.seed ?? undefined,
    stop,
    userId: body.user
  }
}

const finishReason = (reason: StopReason): 'stop' | 'length' => reason === 'max_tokens' ? 'length' : 'stop'

/** `POST /v1/chat/completions`, non-streaming and streaming (`data:` chunks, then `[DONE]`). */
export async function handleOpenAiChatCompletions(body: OpenAiRequest, response: ServerResponse, generator: ChatGenerator, signal: AbortSignal, now: () => number): Promise<void> {
  assertNoUnsupportedFields(body, ['tools', 'tool_choice', 'functions', 'function_call', 'response_format', 'logprobs'])
  const request = openaiToGeneration(body)
  assertProtocolLimits(request)
  const id = `chatcmpl-${messageIds.hex(12)}`
  const created = Math.floor(now() / 1000)
  const model = generator.modelNameFor(body.model)
  if (body.stream !== true) {
    const result = await generator.generate(request, { onToken: () => {}, signal, wholeReply: true })
    sendJson(response, 200, {
      id,
      object: 'chat.completion',
      created,
      model: result.model,
      choices: [{ index: 0, message: { role: 'assistant', content: result.text, refusal: null }, logprobs: null, finish_reason: finishReason(result.stopReason) }],
      usage: { prompt_tokens: result.usage.inputTokens, completion_tokens: result.usage.outputTokens, total_tokens: result.usage.inputTokens + result.usage.outputTokens }
    })
    return
  }

  const chunk = (delta: object, finish: string | null, usage?: object | null): object => ({
    id, object: 'chat.completion.chunk', created, model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(usage === undefined ? {} : { usage })
  })
  const includeUsage = body.stream_options?.include_usage === true
  let started = false
  const start = (): void => {
    if (started) return
    started = true
    startEventStream(response)
    writeEvent(response, chunk({ role: 'assistant', content: '' }, null, includeUsage ? null : undefined))
  }
  try {
    const result = await generator.generate(request, {
      signal,
      onToken: (text) => {
        start()
        writeEvent(response, chunk({ content: text }, null, includeUsage ? null : undefined))
      }
    })
    start()
    writeEvent(response, chunk({}, finishReason(result.stopReason), includeUsage ? null : undefined))
    if (includeUsage) {
      writeEvent(response, {
        id, object: 'chat.completion.chunk', created, model, choices: [],
        usage: { prompt_tokens: result.usage.inputTokens, completion_tokens: result.usage.outputTokens, total_tokens: result.usage.inputTokens + result.usage.outputTokens }
      })
    }
    writeEvent(response, '[DONE]')
    response.end()
  } catch (error) {
    if (!started) throw error
    const apiError = error instanceof ApiError ? error : new ApiError('api_error', 'The serving node failed mid-response')
    writeEvent(response, apiError.body('openai'))
    response.end()
  }
}
