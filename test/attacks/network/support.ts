import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Stream } from '@libp2p/interface'
import { capabilityAnnouncer } from '../../../node/announce/capabilityAnnouncer.ts'
import type { InferenceBackend } from '../../../node/backend/InferenceBackend.ts'
import { inferenceServer } from '../../../node/inference/inferenceServer.ts'
import { createRequestQueue } from '../../../node/inference/RequestQueue.ts'
import { ThroughputMeter } from '../../../node/inference/ThroughputMeter.ts'
import { createBindingProof } from '../../../shared/keys/bindingProof.ts'
import { loadOrCreateIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { createPeer, type MaiaPeer } from '../../../shared/p2p/createPeer.ts'
import { keepConnected } from '../../../shared/p2p/keepConnected.ts'
import { INFERENCE_PROTOCOL } from '../../../shared/protocol/constants.ts'
import type { UnsignedCapabilityRecord } from '../../../shared/protocol/capability.ts'
import type { Wallet } from 'ethers'

/** What an attacker node puts in its capability record beyond what identifies it. */
export type AnnouncedClaims = Pick<UnsignedCapabilityRecord, 'contextSize' | 'maxConcurrent' | 'queueDepth' | 'inFlight' | 'tokensPerSecond' | 'pricePer1kTokens'>

export interface AttackerNode {
  peer: MaiaPeer
  ethAddress: string
  wallet: Wallet
  stop(): Promise<void>
}

/**
 * A node that serves with the real inference server (so its answers and receipts are honest) but
 * announces whatever `claims` it likes, signed with its own key: what a provider can do by patching
 * its own `describe()`.
 */
export async function startLyingAnnouncer(options: {
  directory: string
  bootstrap: string[]
  backend: InferenceBackend
  claims: AnnouncedClaims
  heartbeatMs?: number
  /** Answers `/maia/infer/1.0.0` itself instead of the real inference server. */
  serve?: (stream: Stream) => Promise<void>
  /** Folder name of its keys under `directory` (default `liar`). */
  name?: string
}): Promise<AttackerNode> {
  const identity = await loadOrCreateIdentity(join(options.directory, options.name ?? 'liar'))
  const peerId = peerIdFromPrivateKey(identity.libp2pKey).toString()
  const binding = await createBindingProof(identity.libp2pKey, peerId, identity.wallet)
  const logger = silentLogger()
  const queue = createRequestQueue({ maxConcurrent: 1, maxQueued: 16 })
  const announcer = {
    capabilityAnnouncer: capabilityAnnouncer({
      wallet: identity.wallet, intervalMs: options.heartbeatMs ?? 300, logger,
      describe: () => ({
        version: 1, peerId, ethAddress: identity.wallet.address, binding,
        model: { hash: options.backend.modelHash, name: options.backend.modelName },
        ...options.claims
      })
    }),
    keepConnected: keepConnected({ addresses: options.bootstrap, intervalMs: 500, logger })
  }
  const serve = options.serve
  const peer: MaiaPeer = serve === undefined
    ? await createPeer({
      privateKey: identity.libp2pKey,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      services: {
        inferenceServer: inferenceServer({ backend: () => options.backend, queue, wallet: identity.wallet, chainId: 31337, throughput: new ThroughputMeter({}), logger, now: Date.now }),
        ...announcer
      }
    })
    : await createPeer({ privateKey: identity.libp2pKey, listen: ['/ip4/127.0.0.1/tcp/0'], services: announcer })
  if (serve !== undefined) {
    await peer.handle(INFERENCE_PROTOCOL, async (stream) => {
      try {
        await serve(stream)
      } catch {
        // The orchestrator gave up on the stream.
      }
    })
  }
  return { peer, ethAddress: identity.wallet.address, wallet: identity.wallet, stop: async () => { await peer.stop() } }
}

/** A peer that answers `/maia/infer/1.0.0` with whatever the current script does. */
export async function startScriptedResponder(directory: string): Promise<{
  peer: MaiaPeer
  wallet: Wallet
  setScript(script: (stream: Stream) => Promise<void>): void
  stop(): Promise<void>
}> {
  const identity = await loadOrCreateIdentity(join(directory, 'responder'))
  const peer = await createPeer({ privateKey: identity.libp2pKey, listen: ['/ip4/127.0.0.1/tcp/0'] })
  let script: (stream: Stream) => Promise<void> = async (stream) => { await stream.close() }
  await peer.handle(INFERENCE_PROTOCOL, async (stream) => {
    try {
      await script(stream)
    } catch {
      // The orchestrator gave up on the stream: its right.
    }
  }, { maxInboundStreams: 1_000 })
  return { peer, wallet: identity.wallet, setScript: (next) => { script = next }, stop: async () => { await peer.stop() } }
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The multiaddrs a node dials to reach the test network's orchestrator. */
export function orchestratorAddresses(multiaddrs: string[], peerId: string): string[] {
  return multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${peerId}`)
}
