import type { QualityInit } from '../../orchestrator/quality/index.ts'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../../shared/log/logger.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { startProviderNode, type ProviderNode, type ProviderNodeInit } from '../../node/startProviderNode.ts'
import { startOrchestrator, type MaiaInit, type Orchestrator } from '../../orchestrator/startOrchestrator.ts'
import type { InferenceTimeouts } from '../../orchestrator/inference/requestInference.ts'
import { memory } from '@libp2p/memory'
import type { PeerTransport } from '../../shared/p2p/createPeer.ts'

export const TEST_API_KEY = 'test-key-123'

export async function temporaryDirectory(prefix = 'maia-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

export interface TestNetwork {
  orchestrator: Orchestrator
  nodes: ProviderNode[]
  addNode(backend: InferenceBackend, options?: NodeOptions): Promise<ProviderNode>
  waitForNodes(count: number, timeoutMs?: number): Promise<void>
  stop(): Promise<void>
}

/** What a test may set on each node it adds. */
export type NodeOptions = Pick<ProviderNodeInit, 'maxConcurrent' | 'maxQueued' | 'metrics'>

/** How a test's peers connect: TCP on loopback, or libp2p's in-process memory transport. */
export type TestTransport = 'tcp' | 'memory'

/** Transports and a fresh listen address for one peer: memory addresses are process-wide names, so each is unique. */
export function peerNetworking(transport: TestTransport): { listen: string[]; transports?: PeerTransport[] } {
  return transport === 'memory' ? { listen: [`/memory/${randomUUID()}`], transports: [memory()] } : { listen: ['/ip4/127.0.0.1/tcp/0'] }
}

/**
 * An orchestrator and provider nodes in this process, with fast heartbeats: on loopback TCP by
 * default, or over the memory transport where TCP is not what a test is about.
 */
export async function startTestNetwork(backends: InferenceBackend[], options: { recordMaxAgeMs?: number; heartbeatIntervalMs?: number; maia?: MaiaInit; inferenceTimeouts?: InferenceTimeouts; adminApiKeys?: string[]; transport?: TestTransport; quality?: QualityInit; random?: () => number; newSeed?: () => number } = {}): Promise<TestNetwork> {
  const directory = await temporaryDirectory()
  const logger = silentLogger()
  const transport = options.transport ?? 'tcp'
  const orchestrator = await startOrchestrator({
    ...peerNetworking(transport),
    identity: await loadOrCreateIdentity(join(directory.path, 'orchestrator')),
    logger,
    apiKeys: [TEST_API_KEY, 'another-app-key-456'],
    http: { host: '127.0.0.1', port: 0 },
    recordMaxAgeMs: options.recordMaxAgeMs ?? 3_000,
    maia: options.maia,
    inferenceTimeouts: options.inferenceTimeouts,
    adminApiKeys: options.adminApiKeys,
    ...(options.quality === undefined ? {} : { quality: options.quality }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.newSeed === undefined ? {} : { newSeed: options.newSeed })
  })
  const nodes: ProviderNode[] = []
  const addNode = async (backend: InferenceBackend, nodeOptions: NodeOptions = {}): Promise<ProviderNode> => {
    const node = await startProviderNode({
      identity: await loadOrCreateIdentity(join(directory.path, `node-${nodes.length}`)),
      backend,
      logger,
      ...peerNetworking(transport),
      bootstrap: orchestrator.multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${orchestrator.peer.peerId.toString()}`),
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 300,
      ...nodeOptions
    })
    nodes.push(node)
    return node
  }
  for (const backend of backends) await addNode(backend)
  return {
    orchestrator,
    nodes,
    addNode,
    async waitForNodes(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs
      while (orchestrator.table.routable().length < count) {
        if (Date.now() > deadline) throw new Error(`only ${orchestrator.table.routable().length} of ${count} nodes announced within ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    async stop() {
      await Promise.allSettled(nodes.map((node) => node.stop()))
      await orchestrator.stop()
      await directory.remove()
    }
  }
}
