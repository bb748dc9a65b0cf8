import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import type { Sha256Hex } from './chunkManifest.ts'
import { ModelUnavailableError } from './errors.ts'
import type { ModelStore } from './ModelStore.ts'

export interface FetchFromUriParameters {
  uri: string
  sha256: Sha256Hex
  store: ModelStore
  signal?: AbortSignal
  onProgress?: (bytes: number, totalBytes: number) => void
  /** Bytes this download may write (default: the free space under the store, read when it starts). */
  maxBytes?: number
}

/**
 * The registry URI, when no peer can serve the file: a local path or `file:` URL is used where it
 * is; an `http(s):` URL is downloaded into the store (resuming a partial download with a Range
 * request). Either way the file is hashed and added to the store only if its SHA-256 is the one
 * asked for. Other schemes (such as `hf:`) return undefined for the caller's own loader.
 *
 * A download is bounded by the free disk space (or `maxBytes`): a URI (set by whoever submitted the
 * model) that announces or streams more is refused before the disk fills, since the hash can only
 * fail once the whole file is in.
 *
 * @throws {ModelUnavailableError} when the download fails, or would not fit.
 * @throws {ModelHashMismatchError} when the file is not the one asked for.
 */
export async function fetchFromUri(parameters: FetchFromUriParameters): Promise<string | undefined> {
  const { uri, sha256, store } = parameters
  const hashing = parameters.onProgress === undefined ? {} : { onProgress: parameters.onProgress }
  if (/^https?:\/\//i.test(uri)) {
    const target = store.pathOf(sha256)
    const partial = `${target}.download`
    await mkdir(store.directory, { recursive: true })
    const already = await stat(partial).then((info) => info.size, () => 0)
    let response: Response
    try {
      response = await fetch(uri, { ...(already > 0 ? { headers: { range: `bytes=${already}-` } } : {}), ...(parameters.signal === undefined ? {} : { signal: parameters.signal }) })
    } catch (cause) {
      throw new ModelUnavailableError(sha256, `could not reach ${uri}`, { cause })
    }
    if (!response.ok || response.body === null) throw new ModelUnavailableError(sha256, `${uri} answered ${response.status}`)
    const resumed = response.status === 206
    const announced = Number(response.headers.get('content-length') ?? 0)
    const total = announced + (resumed ? already : 0)
    const room = parameters.maxBytes ?? await store.freeBytes()
    if (announced > room) {
      await response.body.cancel().catch(() => {})
      throw new ModelUnavailableError(sha256, `${uri} announces ${announced} bytes, more than the ${room} bytes free under ${store.directory}`)
    }
    let received = resumed ? already : 0
    let written = 0
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>)
    body.on('data', (chunk: Buffer) => {
      received += chunk.length
      written += chunk.length
      // A server may stream past what it announced (or announce nothing): stop at the room there was.
      if (written > room) body.destroy(new ModelUnavailableError(sha256, `${uri} sent more than the ${room} bytes free under ${store.directory}`))
      else parameters.onProgress?.(received, total)
    })
    try {
      await pipeline(body, createWriteStream(partial, { flags: resumed ? 'a' : 'w' }), ...(parameters.signal === undefined ? [] : [{ signal: parameters.signal }]))
    } catch (error) {
      if (error instanceof ModelUnavailableError) {
        // What was written past the room is no file to resume from.
        await rm(partial, { force: true })
        throw error
      }
      throw error
    }
    try {
      await store.add(partial, { sha256, ...hashing })
    } catch (error) {
      // A wrong file is not kept to resume from: the next try starts over.
      await rm(partial, { force: true })
      throw error
    }
    await rename(partial, target)
    await store.add(target, { sha256 })
    return target
  }
  if (uri.startsWith('file:') || isAbsolute(uri) || uri.startsWith('.')) {
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : resolve(uri)
    if (!(await stat(path).then((info) => info.isFile(), () => false))) throw new ModelUnavailableError(sha256, `no file at ${path}`)
    await store.add(path, { sha256, ...hashing })
    return path
  }
  return undefined
}
