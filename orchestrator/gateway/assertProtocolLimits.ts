import { MAX_MESSAGE_CHARACTERS, MAX_MESSAGES, MAX_MESSAGES_BYTES, MAX_STOP_SEQUENCE_CHARACTERS, MAX_STOP_SEQUENCES } from '../../shared/protocol/index.ts'
import { ApiError } from './ApiError.ts'
import type { ChatGenerationRequest } from '../inference/index.ts'

/**
 * Refuses, as the caller's error, a request no node could accept: the API must never pass on
 * what the node protocol rejects, or one bad request would count as a failure of every node.
 * Every limit is the protocol's own constant (`shared/protocol/inference.ts`), so the two cannot drift.
 */
export function assertProtocolLimits(request: ChatGenerationRequest): void {
  if (request.messages.length > MAX_MESSAGES) throw new ApiError('invalid_request_error', `messages: at most ${MAX_MESSAGES} messages`, { param: 'messages' })
  request.messages.forEach((message, index) => {
    if (message.content.length > MAX_MESSAGE_CHARACTERS) {
      throw new ApiError('invalid_request_error', `messages.${index}.content: at most ${MAX_MESSAGE_CHARACTERS} characters`, { param: `messages.${index}.content` })
    }
  })
  if (request.stop.length > MAX_STOP_SEQUENCES) throw new ApiError('invalid_request_error', `stop sequences: at most ${MAX_STOP_SEQUENCES}`, { param: 'stop' })
  const longStop = request.stop.findIndex((sequence) => sequence.length > MAX_STOP_SEQUENCE_CHARACTERS)
  if (longStop >= 0) throw new ApiError('invalid_request_error', `stop sequences: each at most ${MAX_STOP_SEQUENCE_CHARACTERS} characters`, { param: `stop.${longStop}` })
  const bytes = Buffer.byteLength(JSON.stringify(request.messages))
  if (bytes > MAX_MESSAGES_BYTES) throw new ApiError('request_too_large', `messages take ${bytes} bytes; at most ${MAX_MESSAGES_BYTES} reach a node`)
}
