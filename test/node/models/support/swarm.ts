import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Stream } from '@libp2p/interface'
import { lpStream } from '@libp2p/utils'
import { multiaddr } from '@multiformats/multiaddr'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../../../shared/p2p/createPeer.ts'
import { buildChunkManifest, type ChunkManifest, type Sha256Hex } from '../../../../node/models/chunkManifest.ts'
import { MODEL_PROTOCOL } from '../../../../node/models/constants.ts'
import { modelDistribution, type ModelDistribution, type ModelDistributionInit } from '../../../../node/models/modelDistribution.ts'

export type ModelPeer = MaiaPeer<{ models: ModelDistribution }>

/** A test's scratch space, removed at the end. */
export async function scratch(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'maia-models-'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/** Random bytes written as a file, with their SHA-256 (random data: no chunk repeats another). */
export async function writeRandomFile(path: string, bytes: number): Promise<Sha256Hex> {
  const data = randomBytes(bytes)
  await writeFile(path, data)
  return `0x${createHash('sha256').update(data).digest('hex')}`
}

/** A peer on loopback TCP running the model service over `directory`. */
export async function startModelPeer(directory: string, init: Partial<ModelDistributionInit> = {}): Promise<ModelPeer> {
  return createPeer({
    privateKey: await generateKeyPair('Ed25519'),
    listen: ['/ip4/127.0.0.1/tcp/0'],
    services: { models: modelDistribution({ directory, logger: silentLogger(), ...init }) }
  })
}

export async function connect(from: MaiaPeer, to: MaiaPeer): Promise<void> {
  await from.dial(multiaddr(to.getMultiaddrs()[0]!.toString()))
}

export type LiarMode =
  /** Serves the true manifest, then chunks of random bytes. */
  | 'wrong-chunks'
  /** Serves the true manifest, then a chunk header and nothing more. */
  | 'stall'
  /** Serves `manifest` (a lie) and chunks of `file` that match it. */
  | 'lying-manifest'

/**
 * A peer that speaks the model protocol dishonestly. Counts what it was asked for in `served`.
 */
export async function startLiar(mode: LiarMode, manifest: ChunkManifest, file?: Uint8Array): Promise<{ peer: MaiaPeer; served: { chunks: number } }> {
  const peer = await createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
  const served = { chunks: 0 }
  const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value))
  await peer.handle(MODEL_PROTOCOL, async (stream: Stream) => {
    const frames = lpStream(stream)
    try {
      const request = JSON.parse(new TextDecoder().decode((await frames.read()).subarray())) as { type: string; index?: number }
      const header = { fileSha256: manifest.fileSha256, size: manifest.size, chunkSize: manifest.chunkSize }
      if (request.type === 'manifest') {
        await frames.write(encode({ type: 'manifest', manifest: header }))
        await frames.write(manifest.chunkHashes)
      } else if (request.type === 'have') {
        const bits = new Uint8Array(Math.ceil(manifest.chunkHashes.byteLength / 32 / 8)).fill(0xff)
        await frames.write(encode({ type: 'have', chunks: manifest.chunkHashes.byteLength / 32, bitmap: Buffer.from(bits).toString('base64') }))
      } else if (request.type === 'chunk') {
        served.chunks += 1
        const index = request.index!
        const length = Math.min(manifest.chunkSize, manifest.size - index * manifest.chunkSize)
        await frames.write(encode({ type: 'chunk', index, length }))
        if (mode === 'stall') {
          await new Promise((resolve) => setTimeout(resolve, 60_000))
          return
        }
        const bytes = mode === 'wrong-chunks' ? randomBytes(length) : file!.subarray(index * manifest.chunkSize, index * manifest.chunkSize + length)
        for (let offset = 0; offset < length; offset += 256 * 1024) await frames.write(bytes.subarray(offset, Math.min(length, offset + 256 * 1024)))
      }
      await stream.close()
    } catch {
      stream.abort(new Error('liar done'))
    }
  }, { maxInboundStreams: 64 })
  return { peer, served }
}

export { buildChunkManifest }
