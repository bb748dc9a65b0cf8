/**
 * Transport failures: the endpoint did not answer at all. Node's socket errors (ethers passes a
 * refused connection through as is) and ethers' own codes for timeouts and HTTP-level failures.
 * A revert (`CALL_EXCEPTION`) or a bad argument is an answer, not an outage.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE',
  'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED',
  // ethers v6
  'TIMEOUT', 'NETWORK_ERROR', 'SERVER_ERROR'
])

/**
 * Whether an error from a chain call means the chain could not be reached (so the call may succeed
 * later), walking the `cause` chain the way a gateway maps domain errors.
 *
 * @example
 * isChainUnreachable(await provider.getBlockNumber().catch((error) => error)) // true while the node is down
 */
export function isChainUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 8; depth += 1) {
    if (typeof current !== 'object') return false
    const { code, cause, name } = current as { code?: unknown; cause?: unknown; name?: unknown }
    if (name === 'ChainUnavailableError') return true
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true
    current = cause
  }
  return false
}
