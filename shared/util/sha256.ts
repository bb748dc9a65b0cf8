import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** SHA-256 of bytes or UTF-8 text, as 0x-prefixed hex (the form EIP-712 bytes32 fields take). */
export function sha256Hex(data: string | Uint8Array): `0x${string}` {
  return `0x${createHash('sha256').update(data).digest('hex')}`
}

/**
 * SHA-256 of a file, streamed so multi-gigabyte GGUF files never sit in memory.
 * The hash is a model's identity on the network.
 */
export async function sha256File(
  path: string,
  options: { signal?: AbortSignal; onProgress?: (hashedBytes: number) => void } = {}
): Promise<`0x${string}`> {
  const hash = createHash('sha256')
  let hashedBytes = 0
  const stream = createReadStream(path, { highWaterMark: 4 * 1024 * 1024, signal: options.signal })
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk)
    hashedBytes += chunk.length
    options.onProgress?.(hashedBytes)
  }
  return `0x${hash.digest('hex')}`
}
