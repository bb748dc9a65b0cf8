import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The key a caller presented: Anthropic SDKs send `x-api-key`, OpenAI SDKs `Authorization: Bearer`. */
export function presentedApiKey(request: IncomingMessage): string | undefined {
  const header = request.headers['x-api-key']
  if (typeof header === 'string' && header.length > 0) return header
  const authorization = request.headers.authorization
  const match = typeof authorization === 'string' ? /^Bearer\s+(.+)$/i.exec(authorization) : null
  return match?.[1]?.trim()
}

/**
 * Checks a presented key against the configured ones in constant time (comparing digests,
 * so neither the key's content nor its length leaks through timing).
 */
export function createApiKeyCheck(keys: readonly string[]): (presented: string | undefined) => boolean {
  const digests = keys.map((key) => createHash('sha256').update(key).digest())
  return (presented) => {
    if (presented === undefined) return false
    const digest = createHash('sha256').update(presented).digest()
    let matched = false
    for (const candidate of digests) matched = timingSafeEqual(candidate, digest) || matched
    return matched
  }
}
