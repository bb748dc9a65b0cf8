import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLevelEvidenceStore, evidenceBundleSchema, findEvidenceDefect, hashEvidence, type EvidenceBundle } from '../../../orchestrator/quality/index.ts'
import { APPROVED_MODEL, sampleRequest, signedAnswer, wallets } from './support/signedAnswer.ts'

async function bundleFor(text: string, overrides: Partial<EvidenceBundle> = {}): Promise<EvidenceBundle> {
  const request = sampleRequest()
  const answer = await signedAnswer(wallets.liar, 'liar-peer', request, text)
  const { id: _id, ...fields } = request
  return {
    version: 1, createdAt: 1_700_000_000_000, node: { peerId: answer.peerId, ethAddress: answer.ethAddress }, approvedModelHash: APPROVED_MODEL as `0x${string}`,
    request: fields, claimedOutput: answer.text, receipt: answer.receipt,
    verification: { verdict: 'dishonest', reasons: ['12 of 40 tokens outside the top-k'], statistics: { topKMisses: 12, tokensChecked: 40 } },
    ...overrides
  }
}

describe('evidence bundles', () => {
  it('hashes canonically: the same bundle in any key order has one hash', async () => {
    const bundle = await bundleFor('garbage tokens')
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(bundle).reverse()))) as EvidenceBundle
    expect(hashEvidence(reordered)).toBe(hashEvidence(bundle))
    expect(hashEvidence(bundle)).toMatch(/^0x[0-9a-f]{64}$/)
    expect(evidenceBundleSchema.parse(bundle)).toEqual(bundle)
  })

  it('binds the node only through its own receipt: a tampered output, request or signer is a defect', async () => {
    const bundle = await bundleFor('what the node said')
    expect(findEvidenceDefect(bundle)).toBeUndefined()
    // An orchestrator framing a node with an output it never signed.
    expect(findEvidenceDefect({ ...bundle, claimedOutput: 'something worse' })).toBe('receipt output hash differs from the claimed output')
    expect(findEvidenceDefect({ ...bundle, request: { ...bundle.request, seed: 7 } })).toBe('receipt prompt hash differs from the request')
    // Blaming another node with this node's receipt.
    expect(findEvidenceDefect({ ...bundle, node: { ...bundle.node, ethAddress: wallets.honestA.address } })).toBe('receipt signer is not the node')
    // Judged with another model than the one the node signed for (after a governance change).
    expect(findEvidenceDefect({ ...bundle, approvedModelHash: `0x${'cd'.repeat(32)}` })).toBe('receipt model differs from the judged model')
    expect(findEvidenceDefect({ ...bundle, receipt: { ...bundle.receipt, outputTokens: bundle.receipt.outputTokens + 1 } })).toBe('receipt signature invalid')
  })
})

describe('level evidence store', () => {
  let directory: string
  let db: Level<string, string>
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maia-evidence-'))
    db = new Level<string, string>(directory)
    await db.open()
  })
  afterAll(async () => {
    await db.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('keeps bundles under their hash, lists them by node newest first, survives a reopen', async () => {
    const store = createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) })
    const older = await bundleFor('first lie', { createdAt: 1 })
    const newer = await bundleFor('second lie', { createdAt: 2 })
    const olderHash = await store.put(older)
    const newerHash = await store.put(newer)
    expect(await store.put(older)).toBe(olderHash)
    expect(olderHash).toBe(hashEvidence(older))
    expect((await store.get(olderHash))?.bundle).toEqual(older)
    expect(await store.get(`0x${'00'.repeat(32)}`)).toBeUndefined()
    expect((await store.listByNode('liar-peer')).map((entry) => entry.hash)).toEqual([newerHash, olderHash])
    expect(await store.listByNode('someone-else')).toEqual([])
    await expect(store.put({ ...older, version: 2 } as unknown as EvidenceBundle)).rejects.toThrow()
  })
})
