import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { startProviderNode } from '../../node/startProviderNode.ts'
import { startOrchestrator } from '../../orchestrator/startOrchestrator.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { TEST_API_KEY, temporaryDirectory } from '../helpers/network.ts'

/** Listens on `port` (0: any free one) on loopback; resolves with the server, or rejects (e.g. EADDRINUSE). */
function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
const portOf = (server: Server): number => (server.address() as { port: number }).port
const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()))
/** Listening sockets and connections this process holds. */
const socketHandles = (): number => process.getActiveResourcesInfo().filter((kind) => kind.startsWith('TCP')).length
/** A failed `listen` releases its handle a moment after the error, so the count is awaited. */
const expectNoMoreSocketsThan = (count: number): Promise<void> => vi.waitFor(() => { expect(socketHandles()).toBeLessThanOrEqual(count) }, { timeout: 2_000, interval: 20 })

// A start that fails half-way stops what it had started: a taken HTTP (or metrics) port is
// found only after the libp2p peer listens, and must not leave that peer running.
describe('a start that fails half-way stops what it started', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let taken: Server
  let peerPort: number

  beforeEach(async () => {
    directory = await temporaryDirectory()
    taken = await listen(0)
    const probe = await listen(0)
    peerPort = portOf(probe)
    await close(probe)
  })
  afterEach(async () => {
    await close(taken)
    await directory.remove()
  })

  it('stops the orchestrator\'s peer when its HTTP port is in use', async () => {
    const before = socketHandles()
    await expect(startOrchestrator({
      identity: await loadOrCreateIdentity(join(directory.path, 'orchestrator')),
      logger: silentLogger(),
      apiKeys: [TEST_API_KEY],
      listen: [`/ip4/127.0.0.1/tcp/${peerPort}`],
      http: { host: '127.0.0.1', port: portOf(taken) }
    })).rejects.toMatchObject({ code: 'EADDRINUSE' })
    await expectNoMoreSocketsThan(before)
    // The peer's port is free again: nothing of the failed start still listens.
    await close(await listen(peerPort))
  })

  it('stops the node\'s peer when its metrics port is in use', async () => {
    const before = socketHandles()
    await expect(startProviderNode({
      identity: await loadOrCreateIdentity(join(directory.path, 'node')),
      backend: createScriptedBackend(),
      logger: silentLogger(),
      serveAnyPeer: true,
      listen: [`/ip4/127.0.0.1/tcp/${peerPort}`],
      metrics: { port: portOf(taken) }
    })).rejects.toMatchObject({ code: 'EADDRINUSE' })
    await expectNoMoreSocketsThan(before)
    await close(await listen(peerPort))
  })
})
