/**
 * The revert data inside an ethers / JSON-RPC error, wherever the layers put it (`data`,
 * `error.data`, `info.error.data`, `cause`...): gas estimates and calls are not always decoded by
 * ethers, and each node nests the data its own way.
 *
 * @example
 * const data = findRevertData(error)
 * const reason = data === undefined ? undefined : contract.interface.parseError(data)?.name
 */
export function findRevertData(error: unknown): string | undefined {
  const seen = new Set<unknown>()
  const queue: unknown[] = [error]
  while (queue.length > 0) {
    const current = queue.shift()
    if (current === null || typeof current !== 'object' || seen.has(current)) continue
    seen.add(current)
    const record = current as Record<string, unknown>
    for (const key of ['data', 'revertData']) {
      const value = record[key]
      if (typeof value === 'string' && /^0x[0-9a-fA-F]{8,}$/.test(value)) return value
      if (value !== null && typeof value === 'object') queue.push(value)
    }
    queue.push(record.error, record.info, record.cause, record.payload)
  }
  return undefined
}
