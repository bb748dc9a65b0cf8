import { multiaddr } from '@multiformats/multiaddr'
import type { Connection } from '@libp2p/interface'
import { describe, expect, it } from 'vitest'
import { countPeersByAddress } from '../../../shared/p2p/countPeersByAddress.ts'

const connection = (peer: string, address: string): Connection => ({ remotePeer: { toString: () => peer }, remoteAddr: multiaddr(address) }) as unknown as Connection

describe('countPeersByAddress', () => {
  it('counts distinct peers on the address a peer connects from, once per peer', () => {
    const connections = [
      connection('a', '/ip4/10.0.0.1/tcp/1'), connection('a', '/ip4/10.0.0.1/tcp/2'),
      connection('b', '/ip4/10.0.0.1/tcp/3'), connection('c', '/ip4/10.0.0.2/tcp/4'), connection('d', '/ip6/::1/tcp/5')
    ]
    const count = countPeersByAddress(() => connections, { maxAgeMs: 1_000, now: () => 0 })
    expect(count('a')).toBe(2)
    expect(count('c')).toBe(1)
    expect(count('d')).toBe(1)
    expect(count('unknown')).toBe(0)
  })

  it('regroups connections only once per maxAgeMs', () => {
    let time = 0
    let calls = 0
    const connections = [connection('a', '/ip4/10.0.0.1/tcp/1')]
    const count = countPeersByAddress(() => { calls += 1; return connections }, { maxAgeMs: 1_000, now: () => time })
    count('a'); count('a'); count('b')
    expect(calls).toBe(1)
    connections.push(connection('b', '/ip4/10.0.0.1/tcp/2'))
    time = 1_000
    expect(count('a')).toBe(2)
    expect(calls).toBe(2)
  })
})
