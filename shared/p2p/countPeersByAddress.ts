import type { Connection } from '@libp2p/interface'

/**
 * How many distinct peers share the IP address a peer connects from, for the colocation part of
 * the gossip score. Connections are grouped at most once per `maxAgeMs`: the score is asked for
 * every peer at every heartbeat, and grouping is linear in connections.
 *
 * @example
 * const peersOnAddressOf = countPeersByAddress(() => peer.getConnections(), { maxAgeMs: 1_000 })
 * peersOnAddressOf('12D3Koo...') // 3: it and two others connect from its address
 */
export function countPeersByAddress(connections: () => Connection[], options: { maxAgeMs: number; now?: () => number }): (peerId: string) => number {
  const now = options.now ?? Date.now
  let groupedAt = Number.NEGATIVE_INFINITY
  let addressesOfPeer = new Map<string, Set<string>>()
  let peersOnAddress = new Map<string, Set<string>>()
  const regroup = (): void => {
    addressesOfPeer = new Map()
    peersOnAddress = new Map()
    for (const connection of connections()) {
      const host = hostOf(connection)
      if (host === undefined) continue
      const peerId = connection.remotePeer.toString()
      addTo(addressesOfPeer, peerId, host)
      addTo(peersOnAddress, host, peerId)
    }
    groupedAt = now()
  }
  return (peerId) => {
    if (now() - groupedAt >= options.maxAgeMs) regroup()
    let most = 0
    for (const host of addressesOfPeer.get(peerId) ?? []) most = Math.max(most, peersOnAddress.get(host)?.size ?? 0)
    return most
  }
}

function hostOf(connection: Connection): string | undefined {
  const ip = connection.remoteAddr.getComponents().find((component) => component.name === 'ip4' || component.name === 'ip6')
  return ip?.value
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key)
  if (set === undefined) map.set(key, new Set([value]))
  else set.add(value)
}
