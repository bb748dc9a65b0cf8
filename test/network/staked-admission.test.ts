import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { startProviderNode, type ProviderNode } from '../../node/startProviderNode.ts'
import type { ChainView } from '../../orchestrator/chain/createChainView.ts'
import { startOrchestrator, type Orchestrator } from '../../orchestrator/startOrchestrator.ts'
import { loadOrCreateIdentity, type NodeIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { temporaryDirectory } from '../helpers/network.ts'

const MODEL_HASH = `0x${'ab'.repeat(32)}` as const

// Capability records enter the orchestrator's table only from registered, staked nodes, and only
// from the peer id each registered: an unstaked peer, or a second peer reusing a staked node's
// ETH key, is not even listed (and is not relayed), let alone routed to.
describe('only registered, staked peers are admitted to the node table', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let orchestrator: Orchestrator
  const nodes: ProviderNode[] = []
  let staked: NodeIdentity
  let unstaked: NodeIdentity
  let secondPeerOfStaked: NodeIdentity

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-admission-')
    staked = await loadOrCreateIdentity(join(directory.path, 'staked'))
    unstaked = await loadOrCreateIdentity(join(directory.path, 'unstaked'))
    const otherKey = await generateKeyPair('Ed25519')
    secondPeerOfStaked = { libp2pKey: otherKey, peerId: peerIdFromPrivateKey(otherKey), wallet: staked.wallet }
    // What NodeRegistry says: one node, registered with its own peer id.
    const chain: ChainView = {
      chainId: 31337,
      activeModelHash: MODEL_HASH,
      activeModelTrainer: undefined,
      isNodeActive: (address, peerId) => address.toLowerCase() === staked.wallet.address.toLowerCase() && (peerId === undefined || peerId === staked.peerId.toString()),
      refresh: async () => {},
      stop: () => {}
    }
    orchestrator = await startOrchestrator({
      identity: await loadOrCreateIdentity(join(directory.path, 'orchestrator')),
      logger: silentLogger(), apiKeys: ['k'], http: { host: '127.0.0.1', port: 0 }, recordMaxAgeMs: 3_000, chain
    })
    const bootstrap = orchestrator.multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${orchestrator.peer.peerId.toString()}`)
    for (const identity of [staked, unstaked, secondPeerOfStaked]) {
      nodes.push(await startProviderNode({ identity, backend: createScriptedBackend({ modelHash: MODEL_HASH }), logger: silentLogger(), bootstrap, heartbeatIntervalMs: 200 }))
    }
  }, 60_000)
  afterAll(async () => {
    await Promise.allSettled(nodes.map((node) => node.stop()))
    await orchestrator?.stop()
    await directory?.remove()
  })

  it('lists the staked node and never the others', async () => {
    await expect.poll(() => orchestrator.table.get(staked.peerId.toString()) !== undefined, { timeout: 10_000 }).toBe(true)
    // Several heartbeats of the other two have reached the orchestrator by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(orchestrator.table.get(unstaked.peerId.toString())).toBeUndefined()
    expect(orchestrator.table.get(secondPeerOfStaked.peerId.toString())).toBeUndefined()
    expect(orchestrator.table.routable().map((entry) => entry.record.peerId)).toEqual([staked.peerId.toString()])
  })
})
