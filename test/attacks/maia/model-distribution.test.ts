import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile, stat, statfs, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Stream } from '@libp2p/interface'
import { lpStream } from '@libp2p/utils'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_CHUNK_BYTES, MAX_CHUNKS, MODEL_PROTOCOL } from '../../../node/models/constants.ts'
import type { Sha256Hex } from '../../../node/models/chunkManifest.ts'
import { createPeer, type MaiaPeer } from '../../../shared/p2p/createPeer.ts'
import { buildChunkManifest, connect, scratch, startModelPeer, writeRandomFile } from '../../node/models/support/swarm.ts'

// Attacks on model distribution (`/maia/model/1.0.0`) by peers that merely connected to a node: in
// production (node/startNodeFromConfig.ts) the service is attached without `isAllowed`, so every
// connected peer, staked or not, is asked for the manifest of an activated model and may serve it.

const MiB = 1024 * 1024
const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value))

/**
 * A stranger that answers any manifest request with a manifest of the largest size the wire allows
 * (131,072 chunks of 64 MiB: 8 TiB), says it holds every chunk, and never sends one.
 */
async function startHugeManifestPeer(): Promise<{ peer: MaiaPeer; asked: { manifests: number; chunks: number } }> {
  const peer = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
  const asked = { manifests: 0, chunks: 0 }
  const hashes = new Uint8Array(MAX_CHUNKS * 32)
  await peer.handle(MODEL_PROTOCOL, async (stream: Stream) => {
    const frames = lpStream(stream, { maxDataLength: 8 * MiB })
    try {
      const request = JSON.parse(new TextDecoder().decode((await frames.read()).subarray())) as { type: string; sha256: string }
      if (request.type === 'manifest') {
        asked.manifests += 1
        await frames.write(encode({ type: 'manifest', manifest: { fileSha256: request.sha256, size: MAX_CHUNKS * MAX_CHUNK_BYTES, chunkSize: MAX_CHUNK_BYTES } }))
        await frames.write(hashes)
      } else if (request.type === 'have') {
        await frames.write(encode({ type: 'have', chunks: MAX_CHUNKS, bitmap: Buffer.from(new Uint8Array(MAX_CHUNKS / 8).fill(0xff)).toString('base64') }))
      } else {
        asked.chunks += 1
        await new Promise((resolve) => setTimeout(resolve, 3_000))
      }
      await stream.close()
    } catch {
      stream.abort(new Error('stranger done'))
    }
  }, { maxInboundStreams: 64 })
  return { peer, asked }
}

describe('ATTACK model distribution', () => {
  const cleanups: Array<() => Promise<unknown>> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {})
  })

  it('defended: an unstaked peer that connects cannot make a node reserve an 8 TiB .part file for an activated model (the manifest is checked against the free disk space)', async () => {
    const directory = await scratch()
    cleanups.push(directory.remove)
    const stranger = await startHugeManifestPeer()
    cleanups.push(async () => { await stranger.peer.stop() })
    // The node as startNodeFromConfig attaches it (directory, logger, serve, peers: no isAllowed).
    // The stall timeout bounds the manifest request itself (a new stream's protocol negotiation
    // included): at 300 ms a loaded CI machine timed the request out before the stranger read it,
    // so the manifest was never seen and the check below it failed. A refused manifest costs no
    // waiting, so a generous timeout only slows the test if the hole reopens.
    const node = await startModelPeer(directory.path, { stallTimeoutMs: 5_000, idleGiveUpMs: 10_000, discoverMs: 10_000 })
    cleanups.push(async () => { await node.stop() })
    await connect(stranger.peer, node)
    const sha256 = `0x${createHash('sha256').update('the model governance just activated').digest('hex')}` as Sha256Hex

    // Refused for the disk space, not for a timeout: the manifest was asked for and read.
    await expect(node.services.models.fetch({ sha256 })).rejects.toThrow(/disk space/)
    expect(stranger.asked.manifests).toBe(1)
    const free = await statfs(directory.path)
    const freeBytes = free.bavail * free.bsize
    const part = await stat(join(directory.path, `${sha256.slice(2)}.gguf.part`)).then((info) => info.size, () => 0)
    // Secure: a manifest larger than the disk can hold (here from a peer nobody vouched for) is refused
    // before any space is reserved or any chunk is asked for.
    expect({ reservedMoreThanFree: part > freeBytes, chunksAskedOfStranger: stranger.asked.chunks }, `.part is ${part} bytes with ${freeBytes} bytes free`)
      .toEqual({ reservedMoreThanFree: false, chunksAskedOfStranger: 0 })
  })

  it('defended: requests naming a path instead of a SHA-256 are refused and never touch the store', async () => {
    const directory = await scratch()
    cleanups.push(directory.remove)
    const node = await startModelPeer(join(directory.path, 'store'))
    cleanups.push(async () => { await node.stop() })
    // A file one level up that a traversal would reach.
    await writeFile(join(directory.path, 'secret.gguf'), 'operator secret')
    const client = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    cleanups.push(async () => { await client.stop() })
    await connect(client, node)
    for (const sha256 of ['0x../secret', '../secret', `0x${'A'.repeat(64)}`, `0x${'a'.repeat(63)}/`, `0x${'a'.repeat(64)}/../../secret`, '0x' + '.'.repeat(64), { $gt: '' }]) {
      for (const type of ['manifest', 'have', 'chunk']) {
        const stream = await client.dialProtocol(node.getMultiaddrs()[0]!, MODEL_PROTOCOL)
        const frames = lpStream(stream)
        await frames.write(encode({ type, sha256, ...(type === 'chunk' ? { index: 0 } : {}) }))
        const answer = JSON.parse(new TextDecoder().decode((await frames.read()).subarray())) as { type: string; code?: string }
        expect(answer, `${type} ${JSON.stringify(sha256)}`).toMatchObject({ type: 'error', code: 'bad_request' })
        await stream.close().catch(() => {})
      }
    }
    expect(await readdir(directory.path)).toEqual(['secret.gguf'])
  })

  it('defended: a .part left behind with forged state (every chunk "held", bytes wrong) is never renamed into place; the node repairs it', async () => {
    const seedDirectory = await scratch()
    cleanups.push(seedDirectory.remove)
    const path = join(seedDirectory.path, 'model.gguf')
    const sha256 = await writeRandomFile(path, 4 * MiB)
    const manifest = await buildChunkManifest(path, { chunkSize: MiB })
    const seeder = await startModelPeer(join(seedDirectory.path, 'store'), { chunkSize: MiB })
    cleanups.push(async () => { await seeder.stop() })
    await seeder.services.models.seed(path, { sha256 })

    // A crash (or a tamperer) left a .part of garbage whose state claims all four chunks.
    const directory = await scratch()
    cleanups.push(directory.remove)
    const part = join(directory.path, `${sha256.slice(2)}.gguf.part`)
    await writeFile(part, randomBytes(4 * MiB))
    await writeFile(`${part}.json`, JSON.stringify({
      version: 1,
      manifest: { fileSha256: manifest.fileSha256, size: manifest.size, chunkSize: manifest.chunkSize },
      chunkHashes: Buffer.from(manifest.chunkHashes).toString('base64'),
      have: Buffer.from([0b1111]).toString('base64')
    }))
    const node = await startModelPeer(directory.path, { chunkSize: MiB, stallTimeoutMs: 2_000 })
    cleanups.push(async () => { await node.stop() })
    await connect(node, seeder)
    const result = await node.services.models.fetch({ sha256 })
    expect(result.source).toBe('peers')
    expect(`0x${createHash('sha256').update(await readFile(result.path!)).digest('hex')}`).toBe(sha256)
  })
})
