import { describe, expect, it } from 'vitest'
import { createAdmission } from '../../../orchestrator/inference/createAdmission.ts'
import { NetworkFullError } from '../../../orchestrator/inference/errors.ts'
import type { NodeEntry } from '../../../orchestrator/inference/NodeTable.ts'
import type { CapabilityRecord } from '../../../shared/protocol/capability.ts'

const node: NodeEntry = {
  record: {
    version: 1, peerId: 'only', ethAddress: `0x${'1'.repeat(40)}`, binding: { ethSignature: `0x${'0'.repeat(130)}`, peerSignature: 'x' },
    model: { hash: `0x${'a'.repeat(64)}`, name: 'm' }, contextSize: 2048, maxConcurrent: 1, queueDepth: 0, inFlight: 0,
    tokensPerSecond: 100, pricePer1kTokens: '1', timestamp: 1, signature: `0x${'0'.repeat(130)}`
  } as CapabilityRecord,
  lastSeen: 0, outstanding: 0, firstTokenMs: 0, failures: 0, quarantinedUntil: 0
}

// One API key filling the whole line made every other application's request a 429 on arrival:
// each owner may hold only its share of the line; the rest stays open to the others.
describe('createAdmission: each owner\'s share of the waiting line', () => {
  it('refuses an owner past its share at once, while another owner still gets a place, and frees the share as its requests leave', async () => {
    const admission = createAdmission({ now: Date.now, maxWaiting: 8, maxWaitingPerOwner: 3, queueAllowance: 0, maxWaitMs: 10_000, recheckMs: 5 })
    const stop = new AbortController()
    const acquire = (owner: string) => admission.acquire(() => [node], (open) => open[0], { signal: stop.signal, deadline: Date.now() + 10_000, owner })
    // The node's one slot is taken; everyone else waits in line.
    expect(await acquire('flooder')).toBe(node)
    const waiting = [acquire('flooder'), acquire('flooder'), acquire('flooder')]
    waiting.forEach((promise) => promise.catch(() => undefined))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(admission.waiting).toBe(3)
    const refused = await acquire('flooder').then(() => undefined, (error: unknown) => error)
    expect(refused).toBeInstanceOf(NetworkFullError)
    expect((refused as NetworkFullError).details.reason).toBe('line share used')
    // Another owner still gets a place in the line, and is served in turn.
    const other = acquire('another app')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(admission.waiting).toBe(4)
    for (let served = 0; served < 4; served++) {
      admission.release(node)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(await other).toBe(node)
    await Promise.all(waiting)
    // All served: the flooder's share is free again.
    admission.release(node)
    expect(await acquire('flooder')).toBe(node)
    stop.abort()
  })
})
