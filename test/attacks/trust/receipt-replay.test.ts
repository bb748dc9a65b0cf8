import { join } from 'node:path'
import { Level } from 'level'
import { describe, expect, it } from 'vitest'
import { createLevelReceiptStore } from '../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { computeEpochEarnings } from '../../../orchestrator/economy/settlement/earnings.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import { signAnswer, silent, trustNode, trustRequest } from './support.ts'

// A node replays its own signed receipt to be paid twice: in the same epoch, or again after the
// epoch that paid it was sealed and posted. Real level receipt store, real earnings.

describe('ATTACK trust: the same receipt counted twice', () => {
  it('defended: a replayed receipt is a duplicate in the same epoch and after its epoch was sealed and posted', async () => {
    const directory = await temporaryDirectory('maia-trust-receipts-')
    const db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    try {
      const orchestrator = trustNode('orchestrator')
      const store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: orchestrator.wallet, now: () => 1, logger: silent, sync: false })
      const liar = trustNode('replayer')
      const request = trustRequest('replayed', { messages: [{ role: 'user', content: 'hi' }], maxTokens: 16, temperature: 0.7, topP: 1, seed: 1, stop: [] })
      const { receipt } = await signAnswer(liar, request, { text: 'hello', usage: { promptTokens: 5, completionTokens: 2 } }, `0x${'ab'.repeat(32)}`)
      const entry = { receipt, sessionId: 's1', amount: 1_000n }
      expect((await store.record(entry)).duplicate).toBe(false)
      // Same epoch, other session and amount: the digest is the receipt's, so it is the same entry.
      expect((await store.record({ ...entry, sessionId: 's2', amount: 9_000n })).duplicate).toBe(true)
      const build = ({ unassigned }: { unassigned: readonly { digest: string; amount: bigint; provider: string; curators: [] | readonly { account: string; passages: number }[] }[] }) => {
        const cumulative = computeEpochEarnings(unassigned, { feeBps: 0 })
        return { pool: 1_000n, cumulative, root: `0x${'11'.repeat(32)}`, total: 1_000n, tree: { format: 'standard-v1', leafEncoding: ['address', 'uint256'], tree: [], values: [] } as never }
      }
      const first = await store.sealEpoch(build)
      expect(first?.receiptCount).toBe(1)
      await store.markEpochPosted(1, { foundOnChain: false, postedAt: 2 })
      // After the epoch that paid it: still a duplicate, nothing left to seal.
      expect((await store.record({ ...entry, sessionId: 's3' })).duplicate).toBe(true)
      expect(await store.counts()).toEqual({ receipts: 1, unassigned: 0 })
      expect(await store.sealEpoch(build)).toBeUndefined()
    } finally {
      await db.close()
      await directory.remove()
    }
  }, 30_000)
})
