import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { ChatGenerator } from '../inference/index.ts'
import { presentedApiKey } from './auth.ts'

/** Longest user or session id a header may carry; a longer one is ignored. */
const MAX_CONTEXT_HEADER_LENGTH = 256

/**
 * A short, stable name for an API key (never the key itself), used to keep each app's users
 * apart: the same user id sent with two keys names two different people.
 */
export function apiKeyId(key: string): string {
  let id = keyIds.get(key)
  if (id === undefined) {
    id = createHash('sha256').update(key).digest('hex').slice(0, 16)
    // Bounded: keys reach here after the key check, but the cache must not grow with what callers send.
    if (keyIds.size >= MAX_CACHED_KEY_IDS) keyIds.clear()
    keyIds.set(key, id)
  }
  return id
}

/** Each key's id is hashed once, not once per request (the keys an orchestrator serves are few). */
const keyIds = new Map<string, string>()
const MAX_CACHED_KEY_IDS = 1_024

/** The user id as stored: scoped to the calling app's key. */
export function scopedUserId(keyId: string, userId: string): string {
  return `${keyId}:${userId}`
}

/**
 * Headers name the user and session explicitly, overriding what the body's dialect carried;
 * the user id is then scoped to the caller's API key.
 */
export function withCallerContext(generator: ChatGenerator, request: IncomingMessage): ChatGenerator {
  const header = (name: string): string | undefined => {
    const value = request.headers[name]
    return typeof value === 'string' && value.length > 0 && value.length <= MAX_CONTEXT_HEADER_LENGTH ? value : undefined
  }
  const keyId = apiKeyId(presentedApiKey(request) ?? '')
  const userId = header('x-maia-user')
  const sessionId = header('x-maia-session')
  const voucher = typeof request.headers['x-maia-voucher'] === 'string' ? request.headers['x-maia-voucher'] : undefined
  return {
    ...generator,
    generate: (chatRequest, options) => {
      const user = userId ?? chatRequest.userId
      return generator.generate({
        ...chatRequest,
        userId: user === undefined ? undefined : scopedUserId(keyId, user),
        sessionId: sessionId === undefined ? chatRequest.sessionId : `${keyId}:${sessionId}`,
        voucher,
        apiKeyId: keyId
      }, options)
    }
  }
}
