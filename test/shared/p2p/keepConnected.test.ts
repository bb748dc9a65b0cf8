import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Multiaddr } from '@multiformats/multiaddr'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../../shared/log/logger.ts'
import { keepConnected } from '../../../shared/p2p/keepConnected.ts'
import { manualClock } from '../../helpers/manualClock.ts'


describe('keepConnected: redial with backoff', () => {
  it('retries soon after a failed dial, doubles the wait up to the interval, and starts over after a lost connection', async () => {
    const peerId = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    const clock = manualClock(0)
    const dials: number[] = []
    let reachable = false
    let connected = false
    const connectionManager = {
      async openConnection(_address: Multiaddr): Promise<Connection> {
        dials.push(clock.now())
        if (!reachable) throw new Error('connection refused')
        connected = true
        return {} as Connection
      },
      getConnections: () => (connected ? [{ remotePeer: peerId } as unknown as Connection] : [])
    }
    const service = keepConnected({ addresses: [`/ip4/127.0.0.1/tcp/1/p2p/${peerId.toString()}`], intervalMs: 2_000, logger: silentLogger(), clock })({ connectionManager })
    service.start()
    service.afterStart?.()
    // The first dial (at start) settles before the clock moves, as it would in real time.
    await new Promise((resolve) => setImmediate(resolve))
    await clock.advanceSettling(6_000)
    // At start, then after 250, 500, 1,000, 2,000 ms (the cap), 2,000 ms.
    expect(dials).toEqual([0, 250, 750, 1_750, 3_750, 5_750])

    reachable = true
    await clock.advanceSettling(2_000)
    expect(dials.at(-1)).toBe(7_750)
    const count = dials.length
    await clock.advanceSettling(10_000)
    expect(dials).toHaveLength(count)

    // The connection drops: the first redial comes at the next tick, the backoff starts over.
    connected = false
    reachable = false
    const lostAt = clock.now()
    await clock.advanceSettling(1_000)
    expect(dials.slice(count).map((time) => time - lostAt)).toEqual([250, 500, 1_000])
    service.stop()
  })
})
