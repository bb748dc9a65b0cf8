import { describe, expect, it } from 'vitest'
import { createReputationBook, DEFAULT_REPUTATION } from '../../../orchestrator/quality/index.ts'

describe('reputation book', () => {
  it('gives a new node the prior and never routes below the floor unless quarantined', () => {
    let now = 0
    const book = createReputationBook({ now: () => now })
    expect(book.get('new').mean).toBeCloseTo(0.75)
    expect(book.routingWeight('new')).toBeCloseTo(0.75)
    expect(book.rewardMultiplier('new')).toBe(1)
    for (let i = 0; i < 3; i++) book.record('weak', { kind: 'quality', relativeScore: 0.5 })
    expect(book.routingWeight('weak')).toBeGreaterThanOrEqual(DEFAULT_REPUTATION.routingFloor)
    expect(book.isQuarantined('weak')).toBe(false)
    now += 1
  })

  it('quarantines a proven liar at once: no traffic, no rewards', () => {
    const now = 1_000
    const book = createReputationBook({ now: () => now })
    for (let i = 0; i < 20; i++) book.record('liar', { kind: 'quality', relativeScore: 1 })
    const after = book.record('liar', { kind: 'integrity', verdict: 'dishonest' })
    expect(after.quarantinedUntil).toBe(now + DEFAULT_REPUTATION.quarantineMs)
    expect(book.isQuarantined('liar')).toBe(true)
    expect(book.routingWeight('liar')).toBe(0)
    expect(book.rewardMultiplier('liar')).toBe(0)
    expect(after.integrityFailures).toBe(1)
  })

  it('a suspicious verdict lowers traffic but never quarantines alone', () => {
    const book = createReputationBook({ now: () => 0 })
    const before = book.routingWeight('n')
    const after = book.record('n', { kind: 'integrity', verdict: 'suspicious' })
    expect(after.routingWeight).toBeLessThan(before)
    expect(after.quarantinedUntil).toBe(0)
  })

  it('quarantines a node whose answers keep scoring far below its peers', () => {
    const book = createReputationBook({ now: () => 0 })
    let quarantined = false
    for (let i = 0; i < 12 && !quarantined; i++) quarantined = book.record('bad', { kind: 'quality', relativeScore: 0.05 }).quarantinedUntil > 0
    expect(quarantined).toBe(true)
  })

  it('lets old evidence fade toward the prior (a reformed node earns its way back)', () => {
    let now = 0
    const book = createReputationBook({ now: () => now })
    for (let i = 0; i < 6; i++) book.record('n', { kind: 'quality', relativeScore: 0.2 })
    const low = book.get('n').mean
    now += 10 * DEFAULT_REPUTATION.halfLifeMs
    expect(book.get('n').mean).toBeGreaterThan(low)
    expect(book.get('n').mean).toBeCloseTo(0.75, 2)
  })

  it('treats non-finite scores as failures', () => {
    const book = createReputationBook({ now: () => 0 })
    const after = book.record('n', { kind: 'quality', relativeScore: Number.NaN })
    expect(after.mean).toBeLessThan(0.75)
  })
})
