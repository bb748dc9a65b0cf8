import type { Libp2p } from '@libp2p/interface'
import { modelDistribution, type ModelDistribution, type ModelDistributionInit } from './modelDistribution.ts'

/**
 * Runs the model service on a peer that is already started (the provider node's), for callers
 * that compose the peer elsewhere: the service uses the peer's registrar and connections.
 * Stop it with `stop()` before the peer.
 *
 * @example
 * const models = await attachModelDistribution(node.peer, { directory: config.modelsDir, logger })
 */
export async function attachModelDistribution(peer: Pick<Libp2p, 'handle' | 'unhandle' | 'dialProtocol' | 'getConnections'>, init: ModelDistributionInit): Promise<ModelDistribution> {
  const service = modelDistribution(init)({
    registrar: { handle: (protocol, handler, options) => peer.handle(protocol, handler, options), unhandle: (protocol) => peer.unhandle(protocol) },
    connectionManager: { openStream: (target, protocol, options) => peer.dialProtocol(target, protocol, options), getConnections: (peerId) => peer.getConnections(peerId) }
  })
  await service.start()
  return service
}
