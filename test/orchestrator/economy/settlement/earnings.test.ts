import fc from 'fast-check'
import { Wallet, getAddress } from 'ethers'
import { describe, expect, it } from 'vitest'
import {
  accumulateEarnings,
  computeEpochEarnings,
  cumulativeEarnings,
  epochPool,
  type EarningsEntry
} from '../../../../orchestrator/economy/settlement/earnings.ts'
import { InvalidQualityWeightError, InvalidRevenueSharesError } from '../../../../orchestrator/economy/settlement/errors.ts'

const [provider, curatorA, curatorB, trainer] = Array.from({ length: 4 }, () => Wallet.createRandom().address) as [string, string, string, string]
const digest = (index: number): string => '0x' + index.toString(16).padStart(64, '0')
const sum = (map: ReadonlyMap<string, bigint>): bigint => [...map.values()].reduce((total, value) => total + value, 0n)

describe('earnings', () => {
  it('splits a receipt 80/10/10 after the fee, curators by passages', () => {
    const earnings = computeEpochEarnings(
      [{ digest: digest(1), amount: 1_000n, provider, trainer, curators: [{ account: curatorA, passages: 1 }, { account: curatorB, passages: 2 }] }],
      { feeBps: 1_000 }
    )
    expect(earnings).toEqual(new Map([[trainer, 90n], [curatorA, 30n], [curatorB, 60n], [provider, 720n]]))
  })

  it('splits the curators\' share by the tokens of their passages when the credits carry them', () => {
    // Five tiny passages (100 tokens) against one long one (300 tokens): paid 1:3, not 5:1.
    const earnings = computeEpochEarnings(
      [{ digest: digest(1), amount: 1_000n, provider, trainer, curators: [{ account: curatorA, passages: 5, tokens: 100 }, { account: curatorB, passages: 1, tokens: 300 }] }],
      { feeBps: 1_000 }
    )
    expect(earnings).toEqual(new Map([[trainer, 90n], [curatorA, 22n], [curatorB, 67n], [provider, 721n]]))
  })

  it('splits a record written before tokens were kept (or with any credit lacking them) by passages, as before', () => {
    const entry = (curators: EarningsEntry['curators']): EarningsEntry => ({ digest: digest(1), amount: 1_000n, provider, trainer, curators })
    const byPassages = new Map([[trainer, 90n], [curatorA, 30n], [curatorB, 60n], [provider, 720n]])
    expect(computeEpochEarnings([entry([{ account: curatorA, passages: 1 }, { account: curatorB, passages: 2 }])], { feeBps: 1_000 })).toEqual(byPassages)
    expect(computeEpochEarnings([entry([{ account: curatorA, passages: 1, tokens: 900 }, { account: curatorB, passages: 2 }])], { feeBps: 1_000 })).toEqual(byPassages)
    expect(computeEpochEarnings([entry([{ account: curatorA, passages: 1, tokens: 0 }, { account: curatorB, passages: 2, tokens: 0 }])], { feeBps: 1_000 })).toEqual(byPassages)
  })

  it('gives unclaimed shares and rounding dust to the provider', () => {
    expect(computeEpochEarnings([{ digest: digest(1), amount: 1_000n, provider, curators: [] }], { feeBps: 1_000 }))
      .toEqual(new Map([[provider, 900n]]))
    const odd = computeEpochEarnings(
      [{ digest: digest(1), amount: 37n, provider, trainer, curators: [{ account: curatorA, passages: 1 }, { account: curatorB, passages: 2 }] }],
      { feeBps: 300 }
    )
    // pool = 37 - ceil(1.11) = 35; trainer 3; curators floor(3*1/3)=1, floor(3*2/3)=2; provider the rest.
    expect(odd).toEqual(new Map([[trainer, 3n], [curatorA, 1n], [curatorB, 2n], [provider, 29n]]))
  })

  it('rounds the fee up so a root never promises more than the pool received', () => {
    expect(epochPool([{ amount: 1_001n }], 1_000)).toBe(900n)
    expect(epochPool([{ amount: 5n }, { amount: 5n }], 1_000)).toBe(9n)
  })

  it('shares the pool by amount × quality weight', () => {
    const other = Wallet.createRandom().address
    const entries: EarningsEntry[] = [
      { digest: digest(1), amount: 100n, provider, curators: [] },
      { digest: digest(2), amount: 100n, provider: other, curators: [] }
    ]
    const weighted = computeEpochEarnings(entries, { feeBps: 0, weight: (entry) => (entry.provider === provider ? 1 : 3) })
    expect(weighted).toEqual(new Map([[provider, 50n], [other, 150n]]))
    // All weights zero: the pool still goes out, by charge.
    expect(computeEpochEarnings(entries, { feeBps: 0, weight: () => 0 })).toEqual(new Map([[provider, 100n], [other, 100n]]))
  })

  it('rejects bad shares and bad weights', () => {
    const entries: EarningsEntry[] = [{ digest: digest(1), amount: 100n, provider, curators: [] }]
    expect(() => computeEpochEarnings(entries, { feeBps: 0, shares: { providerBps: 9_000, curatorsBps: 1_000, trainerBps: 1_000 } }))
      .toThrow(InvalidRevenueSharesError)
    expect(() => computeEpochEarnings(entries, { feeBps: 10_001 })).toThrow(InvalidRevenueSharesError)
    expect(() => computeEpochEarnings(entries, { feeBps: 0, weight: () => Number.NaN })).toThrow(InvalidQualityWeightError)
    expect(() => computeEpochEarnings(entries, { feeBps: 0, weight: () => -1 })).toThrow(InvalidQualityWeightError)
  })

  describe('properties', () => {
    const accounts = Array.from({ length: 6 }, () => getAddress(Wallet.createRandom().address))
    const account = fc.constantFrom(...accounts)
    const entryArbitrary = fc.record({
      digest: fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }).map((value) => '0x' + value.toString(16).padStart(64, '0')),
      amount: fc.bigInt({ min: 0n, max: 10n ** 24n }),
      provider: account,
      trainer: fc.option(account, { nil: undefined }),
      curators: fc.array(fc.record({ account, passages: fc.integer({ min: 1, max: 20 }) }), { maxLength: 4 })
    })
    const epochsArbitrary = fc.array(fc.array(entryArbitrary, { maxLength: 8 }), { minLength: 1, maxLength: 5 })
    const sharesArbitrary = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
      .map(([a, b]) => ({ providerBps: a, curatorsBps: b - a, trainerBps: 10_000 - b }))
    const optionsArbitrary = fc.record({
      feeBps: fc.integer({ min: 0, max: 10_000 }),
      shares: sharesArbitrary,
      weight: fc.constantFrom<((entry: EarningsEntry) => number) | undefined>(
        undefined,
        (entry) => Number(BigInt(entry.digest) % 7n) / 3,
        (entry) => (entry.curators.length > 0 ? 1.5 : 0.25)
      )
    })

    it('conserves value: each epoch pays out exactly its pool, never a negative amount', () => {
      fc.assert(fc.property(epochsArbitrary, optionsArbitrary, (epochs, options) => {
        for (const entries of epochs) {
          const earnings = computeEpochEarnings(entries, options)
          expect(sum(earnings)).toBe(epochPool(entries, options.feeBps))
          for (const amount of earnings.values()) expect(amount > 0n).toBe(true)
        }
        const pools = epochs.reduce((total, entries) => total + epochPool(entries, options.feeBps), 0n)
        expect(sum(cumulativeEarnings(epochs, options))).toBe(pools)
      }))
    })

    it('cumulative totals never decrease from one epoch to the next', () => {
      fc.assert(fc.property(epochsArbitrary, optionsArbitrary, (epochs, options) => {
        let previous = new Map<string, bigint>()
        for (const entries of epochs) {
          const next = accumulateEarnings(previous, entries, options)
          for (const [key, amount] of previous) expect((next.get(key) ?? 0n) >= amount).toBe(true)
          expect(sum(next) >= sum(previous)).toBe(true)
          previous = next
        }
        expect(previous).toEqual(cumulativeEarnings(epochs, options))
      }))
    })

    it('does not depend on the order receipts are listed in', () => {
      fc.assert(fc.property(fc.array(entryArbitrary, { maxLength: 8 }), optionsArbitrary, fc.integer(), (entries, options, seed) => {
        const shuffled = [...entries].sort((a, b) => ((BigInt(a.digest) ^ BigInt(seed & 0xffff)) < (BigInt(b.digest) ^ BigInt(seed & 0xffff)) ? -1 : 1))
        expect(computeEpochEarnings(shuffled, options)).toEqual(computeEpochEarnings(entries, options))
      }))
    })
  })
})
