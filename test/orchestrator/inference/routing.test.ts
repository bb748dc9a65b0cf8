import { describe, expect, it } from 'vitest'
import type { CapabilityRecord } from '../../../shared/protocol/capability.ts'
import { NodeTable, type NodeEntry } from '../../../orchestrator/inference/NodeTable.ts'
import { createAdmission } from '../../../orchestrator/inference/createAdmission.ts'
import { believedSpeed, expectedCompletionSeconds, medianSpeed, selectNode } from '../../../orchestrator/inference/selectNode.ts'
import { listServedModels, resolveModel } from '../../../orchestrator/inference/resolveModel.ts'

const record = (peerId: string, overrides: Partial<CapabilityRecord> = {}): CapabilityRecord => ({
  version: 1, peerId, ethAddress: `0x${'1'.repeat(40)}`, binding: { ethSignature: `0x${'0'.repeat(130)}`, peerSignature: 'x' },
  model: { hash: `0x${'a'.repeat(64)}`, name: 'maia-tiny' }, contextSize: 2048, maxConcurrent: 1, queueDepth: 0, inFlight: 0,
  tokensPerSecond: 100, pricePer1kTokens: '1', timestamp: 1, signature: `0x${'0'.repeat(130)}`, ...overrides
})
const entry = (peerId: string, overrides: Partial<CapabilityRecord> = {}, outstanding = 0): NodeEntry =>
  ({ record: record(peerId, overrides), lastSeen: 0, outstanding, firstTokenMs: 0, failures: 0, quarantinedUntil: 0 })

/** A seeded generator so the statistics below are the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('selectNode (power of two choices)', () => {
  it('prefers the less loaded and the faster node of the pair', () => {
    const idle = entry('idle')
    const busy = entry('busy', { queueDepth: 5 })
    expect(selectNode([idle, busy], () => 0)).toBe(idle)
    expect(selectNode([busy, idle], () => 0)).toBe(idle)
    // Faster as measured from here (an announced speed alone is believed only up to the typical node's: below).
    const fast = { ...entry('fast', { tokensPerSecond: 1000 }), measuredTokensPerSecond: 1000 }
    const slow = { ...entry('slow', { tokensPerSecond: 10 }), measuredTokensPerSecond: 10 }
    expect(selectNode([slow, fast], () => 0.5)).toBe(fast)
    expect(selectNode([fast, slow], () => 0.5)).toBe(fast)
    expect(selectNode([slow, fast], () => 0)).toBe(fast)
  })

  it('believes an announced speed only up to the typical node\'s until it has measured the node, then its measurement', () => {
    const honest = [entry('a', { tokensPerSecond: 40 }), entry('b', { tokensPerSecond: 40 })]
    const boaster = entry('boaster', { tokensPerSecond: 1e9, maxConcurrent: 1_000_000 })
    expect(believedSpeed(boaster, medianSpeed([...honest, boaster]))).toBe(40)
    expect(expectedCompletionSeconds(boaster, 40)).toBe(expectedCompletionSeconds(honest[0]!, 40))
    // Announced slots are believed up to 64: a million would make any load look like none.
    boaster.outstanding = 64
    expect(expectedCompletionSeconds(boaster, 40)).toBeGreaterThan(expectedCompletionSeconds(honest[0]!, 40))
    // Measured here: its real speed, whatever it announces, and the typical speed becomes the measured median.
    const table = new NodeTable({ maxAgeMs: 10_000, now: () => 0 })
    table.upsert(record('boaster', { tokensPerSecond: 1e9 }))
    table.recordSuccess('boaster', 100, { tokens: 30, ms: 1_000 })
    expect(table.get('boaster')!.measuredTokensPerSecond).toBe(30)
    table.recordSuccess('boaster', 100, { tokens: 60, ms: 1_000 })
    expect(table.get('boaster')!.measuredTokensPerSecond).toBeCloseTo(0.3 * 60 + 0.7 * 30)
    expect(believedSpeed(table.get('boaster')!, 1)).toBeCloseTo(39)
    expect(medianSpeed([table.get('boaster')!, ...honest])).toBeCloseTo(39)
    // Too few tokens, or all of them at once, measure nothing.
    table.upsert(record('burst'))
    table.recordSuccess('burst', 100, { tokens: 2, ms: 500 })
    table.recordSuccess('burst', 100, { tokens: 500, ms: 0 })
    expect(table.get('burst')!.measuredTokensPerSecond).toBeUndefined()
  })

  it('counts this orchestrator\'s own outstanding requests, not only stale gossip', () => {
    expect(expectedCompletionSeconds(entry('a', {}, 3))).toBeGreaterThan(expectedCompletionSeconds(entry('b')))
  })

  it('reads a stale heartbeat as others\' load beyond our own requests at the time, not as the node\'s load now', () => {
    // Two nodes of 4 slots announced themselves full (4 in flight, all ours) a heartbeat ago; since
    // then one of our requests on B finished. The faster-looking A must not win the tie that the
    // announced load made: it would queue the request behind a full node while B has a free slot.
    const table = new NodeTable({ maxAgeMs: 10_000, now: () => 0 })
    table.upsert(record('a', { maxConcurrent: 4, tokensPerSecond: 401, timestamp: 1 }))
    table.upsert(record('b', { maxConcurrent: 4, tokensPerSecond: 399, timestamp: 1 }))
    const a = table.get('a')!
    const b = table.get('b')!
    a.outstanding = 4
    b.outstanding = 4
    table.upsert(record('a', { maxConcurrent: 4, tokensPerSecond: 401, inFlight: 4, timestamp: 2 }))
    table.upsert(record('b', { maxConcurrent: 4, tokensPerSecond: 399, inFlight: 4, timestamp: 2 }))
    b.outstanding = 3
    expect(selectNode([a, b], () => 0)).toBe(b)
    expect(selectNode([b, a], () => 0)).toBe(b)
    // Load announced beyond our own requests (another orchestrator's) still counts.
    table.upsert(record('b', { maxConcurrent: 4, tokensPerSecond: 399, inFlight: 7, timestamp: 3 }))
    expect(selectNode([a, b], () => 0)).toBe(a)
  })

  it('does not read a heartbeat sent while our own request ran, and received after it ended, as another orchestrator\'s load', async () => {
    // Found by the routing-capture attack test under load: the honest node reported the request of ours it was serving,
    // the report arrived after the request ended, and the node looked busy until its next heartbeat, while a node that
    // announces no load at all never did (it drew 21 of 24 requests at the same real speed).
    const table = new NodeTable({ maxAgeMs: 10_000, now: () => 0 })
    const admission = createAdmission({ now: () => 0 })
    table.upsert(record('honest', { maxConcurrent: 1, timestamp: 1 }))
    table.upsert(record('quiet', { maxConcurrent: 1, timestamp: 1 }))
    const honest = table.get('honest')!
    const quiet = table.get('quiet')!
    const chosen = await admission.acquire(() => [honest], (open) => open[0], { signal: new AbortController().signal, deadline: 1_000 })
    expect(chosen).toBe(honest)
    admission.release(honest)
    table.upsert(record('honest', { maxConcurrent: 1, inFlight: 1, timestamp: 2 }))
    expect(expectedCompletionSeconds(honest)).toBe(expectedCompletionSeconds(quiet))
    // The next heartbeat's load is no longer ours: another orchestrator's request still counts.
    table.upsert(record('honest', { maxConcurrent: 1, inFlight: 1, timestamp: 3 }))
    expect(expectedCompletionSeconds(honest)).toBeGreaterThan(expectedCompletionSeconds(quiet))
  })

  it('spreads load: with live load feedback no node gets more than twice its share', () => {
    const nodes = Array.from({ length: 8 }, (_, index) => entry(`n${index}`))
    const random = mulberry32(42)
    for (let request = 0; request < 800; request += 1) {
      const chosen = selectNode(nodes, random)!
      chosen.outstanding += 1
      if (request % 2 === 1) {
        const finished = nodes.reduce((most, node) => node.outstanding > most.outstanding ? node : most)
        finished.outstanding -= 1
      }
    }
    const loads = nodes.map((node) => node.outstanding)
    expect(Math.max(...loads)).toBeLessThanOrEqual(2 * (400 / 8))
  })

  it('gives a node that has not measured its speed yet a fair chance', () => {
    const measured = [entry('a', { tokensPerSecond: 1000 }), entry('b', { tokensPerSecond: 1000 })]
    const fresh = entry('fresh', { tokensPerSecond: 0 })
    // Idle and assumed typical (1000 tok/s), the fresh node beats a busy measured one.
    measured[0]!.outstanding = 2
    expect(selectNode([measured[0]!, fresh, measured[1]!], () => 0)).toBe(fresh)
  })

  it('settles a pair within 10% of each other at random, so a node that lost on a few milliseconds is still sent work (and measured again)', () => {
    const warm = { ...entry('warm'), firstTokenMs: 7.6 }
    const coldStart = { ...entry('cold-start'), firstTokenMs: 15 }
    const random = mulberry32(11)
    let coldWins = 0
    for (let pick = 0; pick < 1_000; pick++) if (selectNode([warm, coldStart], random) === coldStart) coldWins += 1
    expect(coldWins).toBeGreaterThan(400)
    expect(coldWins).toBeLessThan(600)
    // A real difference still decides: twice the load is not a tie.
    expect(selectNode([{ ...warm, outstanding: 1 }, coldStart], () => 0.9)).toBe(coldStart)
  })

  it('handles zero and one candidates', () => {
    expect(selectNode([], Math.random)).toBeUndefined()
    const only = entry('only')
    expect(selectNode([only], Math.random)).toBe(only)
  })
})

describe('NodeTable', () => {
  it('expires nodes that miss heartbeats and ignores out-of-order records', () => {
    let now = 1_000
    const table = new NodeTable({ maxAgeMs: 500, now: () => now })
    table.upsert(record('a', { timestamp: 10, queueDepth: 1 }))
    table.upsert(record('a', { timestamp: 5, queueDepth: 9 }))
    expect(table.get('a')?.record.queueDepth).toBe(1)
    now = 1_400
    table.upsert(record('b', { timestamp: 11 }))
    now = 1_600
    expect(table.routable().map((e) => e.record.peerId)).toEqual(['b'])
    expect(table.expire()).toEqual(['a'])
  })

  it('quarantines failing nodes with growing backoff and forgives on success', () => {
    let now = 0
    const table = new NodeTable({ maxAgeMs: 1e9, now: () => now })
    table.upsert(record('a'))
    table.recordFailure('a')
    expect(table.routable()).toHaveLength(0)
    now = 501
    expect(table.routable()).toHaveLength(1)
    table.recordFailure('a')
    now = 1_000
    expect(table.routable()).toHaveLength(0)
    now = 1_502
    table.recordSuccess('a', 20)
    expect(table.get('a')?.failures).toBe(0)
    expect(table.get('a')?.firstTokenMs).toBe(20)
  })
})

describe('resolveModel', () => {
  it('maps unknown names to the default or most widely served model', () => {
    const served = listServedModels([
      entry('a', { model: { hash: `0x${'b'.repeat(64)}`, name: 'other' } }),
      entry('b'), entry('c')
    ])
    expect(served.map((model) => [model.name, model.nodes])).toEqual([['maia-tiny', 2], ['other', 1]])
    expect(resolveModel('other', served)?.name).toBe('other')
    expect(resolveModel('claude-sonnet', served)?.name).toBe('maia-tiny')
    expect(resolveModel('claude-sonnet', served, 'other')?.name).toBe('other')
    expect(resolveModel('x', [])).toBeUndefined()
  })
})
