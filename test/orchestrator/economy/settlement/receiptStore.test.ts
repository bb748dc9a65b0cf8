import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Wallet } from 'ethers'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildRewardsTree } from '../../../../shared/chain/rewardsTree.ts'
import { InvalidSignatureError } from '../../../../shared/protocol/errors.ts'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { receiptDigest } from '../../../../shared/protocol/receipt.ts'
import { recoverCountersigner } from '../../../../orchestrator/economy/settlement/countersign.ts'
import { createLevelReceiptStore } from '../../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { EpochNotPostedError, InvalidReceiptEntryError } from '../../../../orchestrator/economy/settlement/errors.ts'
import type { ReceiptStore, SealBuilder } from '../../../../orchestrator/economy/settlement/ReceiptStore.ts'
import { createParties, entry, signedReceipt } from './support/receipts.ts'

const orchestrator = Wallet.createRandom()
const parties = createParties()
const node = parties.nodes[0]!

/** A seal builder that pays everything to one account (the store does not care what the tree is). */
const sealAll: SealBuilder = ({ unassigned, previous }) => {
  const pool = unassigned.reduce((total, receipt) => total + receipt.amount, 0n)
  const cumulative = new Map(previous?.cumulative ?? [])
  cumulative.set(node.address, (cumulative.get(node.address) ?? 0n) + pool)
  const tree = buildRewardsTree([...cumulative].map(([account, cumulativeAmount]) => ({ account, cumulativeAmount })))
  return { pool, cumulative, root: tree.root, total: tree.total, tree: tree.dump() }
}

describe('level receipt store', () => {
  let dir: string
  let db: Level<string, string>
  let store: ReceiptStore
  const open = async (): Promise<void> => {
    db = new Level<string, string>(path.join(dir, 'db'))
    store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: orchestrator, now: () => 1_000, logger: silentLogger() })
  }
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'maia-receipts-'))
    await open()
  })
  afterEach(async () => {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('stores a verified receipt with its countersignature and context, durably', async () => {
    const item = await entry(node, 5n * 10n ** 15n, { user: parties.user, trainer: parties.trainer, curators: [{ account: parties.curators[0]!, passages: 2 }], sessionId: 's-42' })
    const { digest, duplicate } = await store.record(item)
    expect(duplicate).toBe(false)
    expect(digest).toBe(receiptDigest(item.receipt).toLowerCase())
    await db.close()
    await open()
    const stored = await store.get(digest)
    expect(stored).toMatchObject({
      digest, sessionId: 's-42', user: parties.user, amount: 5n * 10n ** 15n, node: node.address, provider: node.address,
      modelHash: item.receipt.modelHash, trainer: parties.trainer, curators: [{ account: parties.curators[0], passages: 2 }],
      orchestrator: orchestrator.address, recordedAt: 1_000
    })
    expect(stored?.epoch).toBeUndefined()
    expect(recoverCountersigner(digest, stored!.countersignature)).toBe(orchestrator.address)
    expect(await store.counts()).toEqual({ receipts: 1, unassigned: 1 })
  })

  it('rejects a receipt whose signature does not verify, and malformed entries', async () => {
    const receipt = await signedReceipt(node)
    await expect(store.record({ receipt: { ...receipt, outputTokens: receipt.outputTokens + 1 }, sessionId: 's', amount: 1n })).rejects.toThrow(InvalidSignatureError)
    const forged = await signedReceipt(Wallet.createRandom())
    await expect(store.record({ receipt: { ...forged, node: node.address }, sessionId: 's', amount: 1n })).rejects.toThrow(InvalidSignatureError)
    await expect(store.record({ receipt, sessionId: 's', amount: '-1' })).rejects.toThrow(InvalidReceiptEntryError)
    await expect(store.record({ receipt, sessionId: '', amount: 1n })).rejects.toThrow(InvalidReceiptEntryError)
    expect(await store.counts()).toEqual({ receipts: 0, unassigned: 0 })
  })

  it('records a digest once, even concurrently and after it was sealed', async () => {
    const item = await entry(node, 10n)
    const results = await Promise.all([store.record(item), store.record(item), store.record({ ...item, amount: '999' })])
    expect(results.map((result) => result.duplicate).sort()).toEqual([false, true, true])
    const sealed = await store.sealEpoch(sealAll)
    expect(sealed?.receiptCount).toBe(1)
    expect(await store.record(item)).toMatchObject({ duplicate: true })
    expect((await store.get(results[0]!.digest))?.epoch).toBe(1)
    expect(await store.counts()).toEqual({ receipts: 1, unassigned: 0 })
  })

  it('seals every unassigned receipt into one epoch atomically, in order, once each', async () => {
    const first = await Promise.all([1n, 2n, 3n].map(async (amount) => await entry(node, amount)))
    for (const item of first) await store.record(item)
    const epoch1 = await store.sealEpoch(sealAll)
    expect(epoch1).toMatchObject({ epoch: 1, status: 'sealed', receiptCount: 3, pool: 6n, total: 6n })
    await expect(store.sealEpoch(sealAll)).rejects.toThrow(EpochNotPostedError)
    await store.saveEpochTransaction(1, { hash: '0x' + '11'.repeat(32), raw: '0x02' })
    await store.markEpochPosted(1, { transactionHash: '0x' + '11'.repeat(32), blockNumber: 9, gasUsed: 50_000n, foundOnChain: false, postedAt: 2 })
    expect(await store.sealEpoch(sealAll)).toBeUndefined()

    // Records racing a seal land either in the epoch or in the unassigned set, never both or neither.
    const second = await Promise.all([4n, 5n, 6n, 7n].map(async (amount) => await entry(node, amount)))
    const [, , epoch2] = await Promise.all([store.record(second[0]!), store.record(second[1]!), store.sealEpoch(sealAll), store.record(second[2]!), store.record(second[3]!)])
    expect(epoch2?.epoch).toBe(2)
    await db.close()
    await open()
    const inEpoch1 = (await store.receiptsOfEpoch(1)).map((receipt) => receipt.digest)
    const inEpoch2 = (await store.receiptsOfEpoch(2)).map((receipt) => receipt.digest)
    const waiting = (await store.unassigned()).map((receipt) => receipt.digest)
    expect(inEpoch1).toHaveLength(3)
    expect(inEpoch2.length).toBe(epoch2?.receiptCount)
    const all = [...inEpoch1, ...inEpoch2, ...waiting]
    expect(new Set(all).size).toBe(7)
    expect(all).toHaveLength(7)
    expect((await store.latestEpoch())?.cumulative.get(node.address)).toBe(6n + (epoch2?.pool ?? 0n))
    expect(await store.latestPostedEpoch()).toMatchObject({ epoch: 1, status: 'posted', posted: { gasUsed: 50_000n, blockNumber: 9 } })
  })
})
