import type { Multiaddr } from '@multiformats/multiaddr'

/**
 * The peer id a multiaddr names in its `/p2p/<id>` part, if it names one.
 *
 * @example
 * peerIdOfAddress(multiaddr('/ip4/127.0.0.1/tcp/4100/p2p/12D3KooW...')) // '12D3KooW...'
 */
export function peerIdOfAddress(address: Multiaddr): string | undefined {
  return address.getComponents().find((component) => component.name === 'p2p')?.value
}
