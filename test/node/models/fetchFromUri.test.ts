import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sha256Hex } from '../../../node/models/chunkManifest.ts'
import { fetchFromUri } from '../../../node/models/fetchFromUri.ts'
import { ModelStore } from '../../../node/models/ModelStore.ts'

const FILE = Buffer.alloc(256 * 1024, 7)
const FILE_SHA = `0x${createHash('sha256').update(FILE).digest('hex')}` as Sha256Hex

describe('fetching a model from its registry URI', () => {
  let server: Server
  let base: string
  let directory: string
  let endlessBytesSent = 0

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maia-fetch-uri-'))
    server = createServer((request, response) => {
      if (request.url === '/model.gguf') {
        response.writeHead(200, { 'content-length': FILE.length })
        response.end(FILE)
      } else if (request.url === '/huge.gguf') {
        // Announces 8 TiB: the node must not start writing it.
        response.writeHead(200, { 'content-length': String(8 * 2 ** 40) })
        response.write(FILE)
      } else {
        // Announces nothing and never ends.
        response.writeHead(200)
        const push = (): void => {
          if (response.destroyed) return
          endlessBytesSent += FILE.length
          if (response.write(FILE)) setImmediate(push)
          else response.once('drain', push)
        }
        push()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await rm(directory, { recursive: true, force: true })
  })

  it('downloads the file, checks its hash and keeps it in the store', async () => {
    const store = new ModelStore({ directory: join(directory, 'ok') })
    const path = await fetchFromUri({ uri: `${base}/model.gguf`, sha256: FILE_SHA, store })
    expect(path).toBe(store.pathOf(FILE_SHA))
  })

  it('refuses a URI announcing more than the room there is, before writing anything', async () => {
    const store = new ModelStore({ directory: join(directory, 'huge') })
    await expect(fetchFromUri({ uri: `${base}/huge.gguf`, sha256: FILE_SHA, store })).rejects.toMatchObject({ name: 'ModelUnavailableError', message: expect.stringContaining('announces 8796093022208 bytes') })
    expect(await readdir(store.directory)).toEqual([])
  })

  it('stops a stream that runs past the room there is (nothing announced), and keeps nothing of it', async () => {
    const store = new ModelStore({ directory: join(directory, 'endless') })
    const room = 4 * 2 ** 20
    await expect(fetchFromUri({ uri: `${base}/endless.gguf`, sha256: FILE_SHA, store, maxBytes: room })).rejects.toMatchObject({ name: 'ModelUnavailableError', message: expect.stringContaining(`more than the ${room} bytes`) })
    expect(await readdir(store.directory)).toEqual([])
    // The download stopped near the room, not after the disk filled (socket buffers allow a few MiB more).
    expect(endlessBytesSent).toBeLessThan(room + 16 * 2 ** 20)
  })
})
