import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { lpStream } from '@libp2p/utils'
import { MODEL_PROTOCOL } from '../../../node/models/constants.ts'
import { ModelUnavailableError } from '../../../node/models/errors.ts'
import { buildChunkManifest, connect, scratch, startLiar, startModelPeer, writeRandomFile, type ModelPeer } from './support/swarm.ts'
import type { MaiaPeer } from '../../../shared/p2p/createPeer.ts'

const MiB = 1024 * 1024
const CHUNK = 1 * MiB
const run = promisify(execFile)

const sha256Of = async (path: string): Promise<string> => `0x${createHash('sha256').update(await readFile(path)).digest('hex')}`

describe('model distribution over libp2p', () => {
  const cleanups: Array<() => Promise<unknown>> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {})
  })
  const track = <T extends MaiaPeer>(peer: T): T => { cleanups.push(async () => { await peer.stop() }); return peer }

  /** A seeder holding a random file of `bytes`, and that file's hash and manifest. */
  async function seeder(bytes: number, init: Parameters<typeof startModelPeer>[1] = {}): Promise<{ peer: ModelPeer; path: string; sha256: `0x${string}`; served: () => number }> {
    const directory = await scratch()
    cleanups.push(directory.remove)
    const path = join(directory.path, 'model.gguf')
    const sha256 = await writeRandomFile(path, bytes)
    let served = 0
    const peer = track(await startModelPeer(join(directory.path, 'store'), { chunkSize: CHUNK, onChunkServed: () => { served += 1 }, ...init }))
    await peer.services.models.seed(path, { sha256 })
    return { peer, path, sha256, served: () => served }
  }

  async function fetcher(init: Parameters<typeof startModelPeer>[1] = {}): Promise<ModelPeer & { directory: string }> {
    const directory = await scratch()
    cleanups.push(directory.remove)
    const peer = track(await startModelPeer(directory.path, { chunkSize: CHUNK, stallTimeoutMs: 2_000, ...init }))
    return Object.assign(peer, { directory: directory.path })
  }

  it('fetches a file from several peers at once, each chunk checked, and serves it on', async () => {
    const seeds = [await seeder(24 * MiB)]
    // Two more seeders of the same file: the file is content-addressed, so any holder serves it.
    for (let index = 0; index < 2; index += 1) {
      const other = await seeder(1)
      await other.peer.services.models.seed(seeds[0]!.path, { sha256: seeds[0]!.sha256 })
      seeds.push(other)
    }
    const node = await fetcher()
    for (const seed of seeds) await connect(node, seed.peer)
    const progress: number[] = []
    const result = await node.services.models.fetch({ sha256: seeds[0]!.sha256, onProgress: (event) => { if (event.stage === 'chunks') progress.push(event.bytes) } })

    expect(result.source).toBe('peers')
    expect(await sha256Of(result.path!)).toBe(seeds[0]!.sha256)
    expect(progress.at(-1)).toBe(24 * MiB)
    // The chunks came from more than one peer.
    expect(seeds.filter((seed) => seed.served() > 0).length).toBeGreaterThanOrEqual(2)
    expect(seeds.reduce((sum, seed) => sum + seed.served(), 0)).toBeGreaterThanOrEqual(24)

    // Now it holds the file, it serves it: a newcomer fetches from it alone.
    const newcomer = await fetcher()
    await connect(newcomer, node)
    const again = await newcomer.services.models.fetch({ sha256: seeds[0]!.sha256 })
    expect(await sha256Of(again.path!)).toBe(seeds[0]!.sha256)
  })

  it('nodes downloading at the same time trade chunks with each other', async () => {
    // One upload at a time at the seeder: the others must get chunks from each other.
    const seed = await seeder(16 * MiB, { maxUploadsPerPeer: 1, maxUploads: 1 })
    const nodes = await Promise.all([fetcher({ requestsPerPeer: 1, haveRefreshMs: 50, discoverMs: 100 }), fetcher({ requestsPerPeer: 1, haveRefreshMs: 50, discoverMs: 100 }), fetcher({ requestsPerPeer: 1, haveRefreshMs: 50, discoverMs: 100 })])
    let fromPeers = 0
    for (const node of nodes) {
      await connect(node, seed.peer)
      for (const other of nodes) if (other !== node) await connect(node, other).catch(() => {})
    }
    // Traded chunks are those not served by the seeder.
    const results = await Promise.all(nodes.map((node) => node.services.models.fetch({ sha256: seed.sha256 })))
    for (const result of results) expect(await sha256Of(result.path!)).toBe(seed.sha256)
    fromPeers = 3 * 16 - seed.served()
    expect(fromPeers).toBeGreaterThan(0)
  })

  it('refuses wrong chunks and drops the peer that sent them', async () => {
    const seed = await seeder(8 * MiB)
    const manifest = await buildChunkManifest(seed.path, { chunkSize: CHUNK })
    const liar = await startLiar('wrong-chunks', manifest)
    track(liar.peer)
    const node = await fetcher()
    await connect(node, seed.peer)
    await connect(node, liar.peer)
    const result = await node.services.models.fetch({ sha256: seed.sha256 })
    expect(await sha256Of(result.path!)).toBe(seed.sha256)
    // Dropped at its first wrong chunk (up to requestsPerPeer were in flight then).
    expect(liar.served.chunks).toBeGreaterThan(0)
    expect(liar.served.chunks).toBeLessThanOrEqual(2)
  })

  it('races and drops a peer that stalls', async () => {
    const seed = await seeder(8 * MiB)
    const liar = await startLiar('stall', await buildChunkManifest(seed.path, { chunkSize: CHUNK }))
    track(liar.peer)
    const node = await fetcher({ stallTimeoutMs: 500 })
    await connect(node, seed.peer)
    await connect(node, liar.peer)
    const started = Date.now()
    const result = await node.services.models.fetch({ sha256: seed.sha256 })
    expect(await sha256Of(result.path!)).toBe(seed.sha256)
    // Its chunks are raced by the honest peer (work stealing) or it is dropped once it stalls 500 ms.
    expect(liar.served.chunks).toBeLessThan(8)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('detects a manifest that lies, distrusts its vouchers and keeps the chunks the true manifest shares', async () => {
    const seed = await seeder(8 * MiB)
    // The liars hold a file that differs from the real one in one chunk, and claim it is the real one.
    const poisoned = Buffer.from(await readFile(seed.path))
    poisoned.fill(7, 3 * CHUNK, 4 * CHUNK)
    const poisonedPath = `${seed.path}.poisoned`
    await writeFile(poisonedPath, poisoned)
    const lie = { ...(await buildChunkManifest(poisonedPath, { chunkSize: CHUNK })), fileSha256: seed.sha256 }
    const liars = [await startLiar('lying-manifest', lie, poisoned), await startLiar('lying-manifest', lie, poisoned)]
    for (const liar of liars) track(liar.peer)
    const node = await fetcher()
    // The liars outnumber the honest peer, so their manifest is tried first.
    await connect(node, seed.peer)
    for (const liar of liars) await connect(node, liar.peer)
    const result = await node.services.models.fetch({ sha256: seed.sha256 })

    expect(await sha256Of(result.path!)).toBe(seed.sha256)
    // Every chunk came from the liars first (once more when the two raced for the last ones).
    expect(liars[0]!.served.chunks + liars[1]!.served.chunks).toBeGreaterThanOrEqual(8)
    // Only the chunk the lie changed came from the honest peer; the rest were kept.
    expect(seed.served()).toBe(1)
  })

  it('resumes after a crash from the chunks that reached the disk', async () => {
    const seed = await seeder(32 * MiB, { maxUploadsPerPeer: 1 })
    const directory = await scratch()
    cleanups.push(directory.remove)
    const address = seed.peer.getMultiaddrs()[0]!.toString()
    const child = await run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support', 'crashingFetch.ts'), directory.path, address, seed.sha256, '12', String(CHUNK)]).then(() => 'exited', (error: { signal?: string }) => error.signal)
    expect(child).toBe('SIGKILL')
    const state = JSON.parse(await readFile(join(directory.path, `${seed.sha256.slice(2)}.gguf.part.json`), 'utf8')) as { have: string }
    const held = [...Buffer.from(state.have, 'base64')].reduce((sum, byte) => sum + byte.toString(2).split('1').length - 1, 0)
    expect(held).toBeGreaterThan(0)
    expect(held).toBeLessThan(32)

    const servedBefore = seed.served()
    const node = track(await startModelPeer(directory.path, { peers: [address], chunkSize: CHUNK }))
    const result = await node.services.models.fetch({ sha256: seed.sha256 })
    expect(await sha256Of(result.path!)).toBe(seed.sha256)
    expect(seed.served() - servedBefore).toBe(32 - held)
    await expect(stat(join(directory.path, `${seed.sha256.slice(2)}.gguf.part`))).rejects.toThrow()
  })

  it('falls back to the registry URI when no peer holds the file, and checks it', async () => {
    const source = await scratch()
    cleanups.push(source.remove)
    const path = join(source.path, 'model.gguf')
    const sha256 = await writeRandomFile(path, 2 * MiB)
    const node = await fetcher()
    const result = await node.services.models.fetch({ sha256, uri: path })
    expect(result).toEqual({ path, source: 'uri' })
    const wrong = `0x${'ab'.repeat(32)}` as const
    await expect(node.services.models.fetch({ sha256: wrong, uri: path })).rejects.toThrow(/does not match/)
    await expect(node.services.models.fetch({ sha256: wrong })).rejects.toBeInstanceOf(ModelUnavailableError)
  })

  it('answers a flood of chunk requests with busy instead of queueing them', async () => {
    const seed = await seeder(8 * MiB, { maxUploads: 2, maxUploadsPerPeer: 2, maxInboundStreams: 32 })
    const client = track(await startModelPeer((await scratch()).path, { serve: false }))
    await connect(client, seed.peer)
    let peak = 0
    const flood = (count: number): Promise<string[]> => Promise.all(Array.from({ length: count }, async (_, index) => {
      try {
        const stream = await client.dialProtocol(seed.peer.peerId, MODEL_PROTOCOL)
        const frames = lpStream(stream, { maxDataLength: 4 * MiB })
        await frames.write(new TextEncoder().encode(JSON.stringify({ type: 'chunk', sha256: seed.sha256, index: index % 8 })))
        const header = JSON.parse(new TextDecoder().decode((await frames.read()).subarray())) as { type: string; code?: string }
        peak = Math.max(peak, seed.peer.services.models.uploads)
        stream.abort(new Error('enough'))
        return header.type === 'error' ? header.code! : header.type
      } catch {
        return 'reset'
      }
    }))
    // Eight at once (yamux itself resets a connection that opens more than ten unanswered streams).
    const answers = await flood(8)
    expect(answers.filter((answer) => answer === 'chunk').length).toBeLessThanOrEqual(2)
    expect(answers.filter((answer) => answer === 'busy').length).toBeGreaterThanOrEqual(6)
    expect(peak).toBeLessThanOrEqual(2)
    await flood(40)
    expect(seed.peer.services.models.uploads).toBeLessThanOrEqual(2)
    // Still serving afterwards.
    const node = await fetcher()
    await connect(node, seed.peer)
    expect(await sha256Of((await node.services.models.fetch({ sha256: seed.sha256 })).path!)).toBe(seed.sha256)
  })
})
