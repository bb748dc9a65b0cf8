import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { connect, scratch, startModelPeer, writeRandomFile, type ModelPeer } from './support/swarm.ts'

// A complete file already in a node's store directory (fetched in an earlier run, or put there by
// the operator) is served to peers the first time they ask, not only once the node fetched it itself.
describe('serving a file found in the store directory', () => {
  const cleanups: Array<() => Promise<unknown>> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {})
  })
  const track = (peer: ModelPeer): ModelPeer => { cleanups.push(async () => { await peer.stop() }); return peer }

  it('serves a <sha256>.gguf it never seeded nor fetched in this run', async () => {
    const holderDirectory = await scratch()
    const fetcherDirectory = await scratch()
    cleanups.push(holderDirectory.remove, fetcherDirectory.remove)
    const stored = await writeRandomFile(join(holderDirectory.path, 'held.bin'), 3 * 1024 * 1024 + 17)
    await rename(join(holderDirectory.path, 'held.bin'), join(holderDirectory.path, `${stored.slice(2)}.gguf`))
    const holder = track(await startModelPeer(holderDirectory.path, { chunkSize: 1024 * 1024 }))
    const fetcher = track(await startModelPeer(fetcherDirectory.path, { chunkSize: 1024 * 1024, stallTimeoutMs: 2_000 }))
    await connect(fetcher, holder)
    // No registry URI: only the holder's store can provide it.
    const fetched = await fetcher.services.models.fetch({ sha256: stored })
    expect(fetched.source).toBe('peers')
    expect(fetched.path).toBe(join(fetcherDirectory.path, `${stored.slice(2)}.gguf`))
  })
})
