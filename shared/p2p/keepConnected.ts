import { multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import type { MaiaPeer } from './createPeer.ts'
import { peerIdOfAddress } from './peerIdOfAddress.ts'

/**
 * Dials each bootstrap address now and again every `intervalMs` while it is not connected,
 * so a node finds the orchestrator again after either side restarts.
 * Returns a function that stops the redialing.
 */
export function keepConnected(peer: MaiaPeer, addresses: string[], options: { intervalMs: number; logger: Logger }): () => void {
  const targets = addresses.map((address) => multiaddr(address))
  let stopped = false
  const dialAll = async (): Promise<void> => {
    for (const target of targets) {
      if (stopped) return
      const peerId = peerIdOfAddress(target)
      const connected = peerId !== undefined && peer.getConnections().some((connection) => connection.remotePeer.toString() === peerId)
      if (connected) continue
      try {
        await peer.dial(target, { signal: AbortSignal.timeout(options.intervalMs) })
        options.logger.debug({ address: target.toString() }, 'connected to bootstrap peer')
      } catch (error) {
        options.logger.debug({ address: target.toString(), err: error }, 'bootstrap dial failed; will retry')
      }
    }
  }
  void dialAll()
  const timer = setInterval(() => { void dialAll() }, options.intervalMs)
  timer.unref()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
