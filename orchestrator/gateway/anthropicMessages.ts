import type { ServerResponse } from 'node:http'
import { z } from 'zod'
import { createRandomPool, MAX_OUTPUT_TOKENS, MAX_STOP_SEQUENCES, type ChatMessage } from '../../shared/protocol/index.ts'
import { ApiError } from './ApiError.ts'
import { assertProtocolLimits } from './assertProtocolLimits.ts'
import { assertNoUnsupportedFields, contentToText } from './contentText.ts'
import type { ChatGenerationRequest, ChatGenerator } from '../inference/index.ts'
import { sendJson, startEventStream, writeEvent } from './http.ts'

/** Message ids from a pooled CSPRNG buffer (one system call per 4 KiB, not one per request). */
const messageIds = createRandomPool()

const textBlock = z.object({ type: z.literal('text'), text: z.string() }).passthrough()
const content = z.union([z.string(), z.array(z.object({ type: z.string() }).passthrough())])
/** The Anthropic API's own temperature range ends at 1 (the protocol's, at 2). */
const ANTHROPIC_MAX_TEMPERATURE = 1

/** The subset of the Anthropic Messages API request that MAIA serves (text in, text out). */
export const anthropicRequestSchema = z.object({
  model: z.string().min(1),
  max_tokens: z.number().int().min(1).max(MAX_OUTPUT_TOKENS),
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content })).min(1),
  system: z.union([z.string(), z.array(textBlock)]).optional(),
  temperature: z.number().min(0).max(ANTHROPIC_MAX_TEMPERATURE).optional(),
  top_p: z.number().gt(0).max(1).optional(),
  top_k: z.number().int().min(0).optional(),
  stop_sequences: z.array(z.string().min(1)).max(MAX_STOP_SEQUENCES).optional(),
  stream: z.boolean().optional(),
  metadata: z.object({ user_id: z.string().max(256).optional() }).passthrough().optional()
}).passthrough()
export type AnthropicRequest = z.infer<typeof anthropicRequestSchema>

export function anthropicToGeneration(body: AnthropicRequest): ChatGenerationRequest {
  const messages: ChatMessage[] = []
  if (body.system !== undefined) messages.push({ role: 'system', content: contentToText(body.system, 'system') })
  body.messages.forEach((message, index) => messages.push({ role: message.role, content: contentToText(message.content, `messages.${index}.content`) }))
  return {
    model: body.model,
    messages,
    maxTokens: body.max_tokens,
    temperature: body.temperature,
    topP: body.top_p,
    stop: body.stop_sequences ?? [],
    userId: body.metadata?.user_id
  }
}

/** `POST /v1/messages`, non-streaming and streaming with the Anthropic API's event sequence. */
export async function handleAnthropicMessages(body: AnthropicRequest, response: ServerResponse, generator: ChatGenerator, signal: AbortSignal): Promise<void> {
  assertNoUnsupportedFields(body, ['tools', 'tool_choice', 'thinking'])
  const request = anthropicToGeneration(body)
  assertProtocolLimits(request)
  const id = `msg_${messageIds.hex(12)}`
  if (body.stream !== true) {
    const result = await generator.generate(request, { onToken: () => {}, signal, wholeReply: true })
    sendJson(response, 200, {
      id,
      type: 'message',
      role: 'assistant',
      model: result.model,
      content: [{ type: 'text', text: result.text }],
      stop_reason: result.stopReason,
      stop_sequence: result.stopSequence,
      usage: { input_tokens: result.usage.inputTokens, output_tokens: result.usage.outputTokens }
    })
    return
  }

  // Headers wait for the first token, so a request no node could take still gets a real
  // HTTP error status (which SDKs retry) instead of a stream that dies at once.
  let started = false
  const start = (model: string): void => {
    if (started) return
    started = true
    startEventStream(response)
    writeEvent(response, {
      type: 'message_start',
      message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } }
    }, 'message_start')
    writeEvent(response, { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }, 'content_block_start')
    writeEvent(response, { type: 'ping' }, 'ping')
  }
  try {
    const result = await generator.generate(request, {
      signal,
      onToken: (text) => {
        start(generator.modelNameFor(body.model))
        writeEvent(response, { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }, 'content_block_delta')
      }
    })
    start(result.model)
    writeEvent(response, { type: 'content_block_stop', index: 0 }, 'content_block_stop')
    writeEvent(response, {
      type: 'message_delta',
      delta: { stop_reason: result.stopReason, stop_sequence: result.stopSequence },
      usage: { input_tokens: result.usage.inputTokens, output_tokens: result.usage.outputTokens }
    }, 'message_delta')
    writeEvent(response, { type: 'message_stop' }, 'message_stop')
    response.end()
  } catch (error) {
    if (!started) throw error
    const apiError = error instanceof ApiError ? error : new ApiError('api_error', 'The serving node failed mid-response')
    writeEvent(response, apiError.body('anthropic'), 'error')
    response.end()
  }
}
