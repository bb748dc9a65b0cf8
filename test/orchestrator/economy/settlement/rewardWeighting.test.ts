import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Wallet, getAddress } from 'ethers'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { createLevelReceiptStore } from '../../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { computeEpochEarnings } from '../../../../orchestrator/economy/settlement/earnings.ts'
import type { ServedStanding } from '../../../../orchestrator/economy/settlement/ReceiptStore.ts'
import { decodeStoredReceipt, encodeStoredReceipt } from '../../../../orchestrator/economy/settlement/schemas.ts'
import {
  checkedWeight,
  settledWeight,
  standingWhenServed,
  weighByStandingWhenServed,
  type RewardStanding
} from '../../../../orchestrator/economy/settlement/rewardWeighting.ts'
import { InvalidQualityWeightError } from '../../../../orchestrator/economy/settlement/errors.ts'
import { createParties, entry } from './support/receipts.ts'

const A = '0x' + 'a'.repeat(40)
const B = '0x' + 'b'.repeat(40)

/** A receipt of `node` served in `servedStanding` (absent: stored before standings were kept). */
function served(digest: string, node: string, servedStanding?: ServedStanding) {
  return { digest, node, amount: 1_000n, provider: node, curators: [], ...(servedStanding === undefined ? {} : { servedStanding }) }
}

function standingOf(now: { multiplier: Record<string, number>; lies?: Record<string, number> }): RewardStanding {
  return {
    rewardMultiplier: (node) => now.multiplier[node] ?? 1,
    ...(now.lies === undefined ? {} : { provenLies: (node: string) => now.lies![node] ?? 0 })
  }
}

describe('reward weighting by the standing a receipt was served in', () => {
  it('keeps the multiplier a receipt was served at when the node is quarantined for low scores later', () => {
    const receipts = [served('0x01', A, { rewardMultiplier: 1, provenLies: 0 }), served('0x02', A, { rewardMultiplier: 0.4, provenLies: 0 })]
    const weight = weighByStandingWhenServed(standingOf({ multiplier: { [A]: 0 }, lies: { [A]: 0 } }))(receipts)
    expect(receipts.map(weight)).toEqual([1, 0.4])
  })

  it('forfeits every receipt of the epoch of a node proven to lie after the first was served', () => {
    const receipts = [served('0x01', A, { rewardMultiplier: 1, provenLies: 0 }), served('0x02', A, { rewardMultiplier: 1, provenLies: 1 }), served('0x03', B, { rewardMultiplier: 1, provenLies: 0 })]
    const weight = weighByStandingWhenServed(standingOf({ multiplier: { [A]: 0 }, lies: { [A]: 1 } }))(receipts)
    expect(receipts.map(weight)).toEqual([0, 0, 1])
  })

  it('keeps the receipts of a node whose proven lie came before all of them (it served its quarantine)', () => {
    const receipts = [served('0x01', A, { rewardMultiplier: 0.2, provenLies: 1 })]
    const weight = weighByStandingWhenServed(standingOf({ multiplier: { [A]: 0.3 }, lies: { [A]: 1 } }))(receipts)
    expect(receipts.map(weight)).toEqual([0.2])
  })

  it('weighs receipts stored before standings were kept by the multiplier at settlement, as before', () => {
    const receipts = [served('0x01', A), served('0x02', B)]
    const weight = weighByStandingWhenServed(standingOf({ multiplier: { [A]: 0.5, [B]: 0 }, lies: {} }))(receipts)
    expect(receipts.map(weight)).toEqual([0.5, 0])
  })

  it('fails closed without a count of proven lies: a node at multiplier 0 at settlement forfeits the epoch', () => {
    const receipts = [served('0x01', A, { rewardMultiplier: 1 }), served('0x02', B, { rewardMultiplier: 0.9 })]
    const weight = weighByStandingWhenServed(standingOf({ multiplier: { [A]: 0 } }))(receipts)
    expect(receipts.map(weight)).toEqual([0, 0.9])
  })

  it('pays the served-in-good-standing receipts of a node quarantined late, where reading the multiplier at settlement paid none', () => {
    const receipts = [
      ...Array.from({ length: 3 }, (_, index) => served(`0x0${index}`, A, { rewardMultiplier: 1, provenLies: 0 })),
      served('0x10', B, { rewardMultiplier: 1, provenLies: 0 })
    ]
    const standing = standingOf({ multiplier: { [A]: 0 }, lies: {} })
    const options = { feeBps: 0, shares: { providerBps: 10_000, curatorsBps: 0, trainerBps: 0 } }
    expect(computeEpochEarnings(receipts, { ...options, weight: (receipt) => standing.rewardMultiplier(receipt.node) }).get(getAddress(A))).toBeUndefined()
    expect(computeEpochEarnings(receipts, { ...options, weight: weighByStandingWhenServed<(typeof receipts)[number]>(standing)(receipts) }).get(getAddress(A))).toBe(3_000n)
  })

  it('stores a standing in steps of 1 / WEIGHT_SCALE, and none when the multiplier is out of range', () => {
    expect(standingWhenServed(standingOf({ multiplier: { [A]: 2 / 3 }, lies: { [A]: 2 } }), A)).toEqual({ rewardMultiplier: 0.666667, provenLies: 2 })
    expect(standingWhenServed(standingOf({ multiplier: { [A]: Number.NaN } }), A)).toBeUndefined()
    expect(standingWhenServed(standingOf({ multiplier: { [A]: 1.5 } }), A)).toBeUndefined()
    expect(standingWhenServed({ rewardMultiplier: () => 1, provenLies: () => -1 }, A)).toEqual({ rewardMultiplier: 1 })
  })

  it('refuses a negative or non-finite weight before it is stored, and reads a missing settled weight as 1', () => {
    expect(() => checkedWeight({ digest: '0x01' }, () => -1)).toThrow(InvalidQualityWeightError)
    expect(() => checkedWeight({ digest: '0x01' }, () => Number.POSITIVE_INFINITY)).toThrow(InvalidQualityWeightError)
    expect(checkedWeight({ digest: '0x01' }, () => 0.1234567)).toBe(0.123457)
    expect(settledWeight({})).toBe(1)
    expect(settledWeight({ settledWeight: 0 })).toBe(0)
  })
})

describe('the receipt store keeps the standing with the receipt', () => {
  let dir: string
  let db: Level<string, string>
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'maia-weighting-'))
    db = new Level<string, string>(path.join(dir, 'db'))
  })
  afterEach(async () => {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the standing read when the receipt is recorded, and reads receipts stored without one', async () => {
    const parties = createParties(1, 0)
    const node = parties.nodes[0]!
    let multiplier = 0.75
    const standing: RewardStanding = { rewardMultiplier: () => multiplier, provenLies: () => 0 }
    const store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: Wallet.createRandom(), now: () => 1_000, logger: silentLogger(), standing, sync: false })
    const recorded = await entry(node, 1_000n)
    const { digest } = await store.record(recorded)
    multiplier = 0
    // A later duplicate neither writes nor restamps.
    expect((await store.record(recorded)).duplicate).toBe(true)
    const stored = (await store.get(digest))!
    expect(stored.servedStanding).toEqual({ rewardMultiplier: 0.75, provenLies: 0 })

    const { servedStanding: _standing, ...legacy } = stored
    const decoded = decodeStoredReceipt(encodeStoredReceipt(legacy))
    expect(decoded.ok && decoded.value.servedStanding).toBe(undefined)
    expect(decodeStoredReceipt(encodeStoredReceipt({ ...stored, servedStanding: { rewardMultiplier: 1.5 } })).ok).toBe(false)
    expect(decodeStoredReceipt(encodeStoredReceipt({ ...stored, settledWeight: -1 })).ok).toBe(false)
  })
})
