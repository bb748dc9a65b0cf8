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
}

/**
 * The registry URI, when no peer can serve the file: a local path or `file:` URL is used where it
 * is; an `http(s):` URL is downloaded into the store (resuming a partial download with a Range
 * request). Either way the file is hashed and added to the store only if its SHA-256 is the one
 * asked for. Other schemes (such as `hf:`) return undefined for the caller's own loader.
 *
 * @throws {ModelUnavailableError} when the download fails.
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
    const total = Number(response.headers.get('content-length') ?? 0) + (resumed ? already : 0)
    let received = resumed ? already : 0
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>)
    body.on('data', (chunk: Buffer) => { received += chunk.length; parameters.onProgress?.(received, total) })
    await pipeline(body, createWriteStream(partial, { flags: resumed ? 'a' : 'w' }), ...(parameters.signal === undefined ? [] : [{ signal: parameters.signal }]))
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
