import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createLevelDistillationSet, createLevelEvidenceStore, createQualityLoop, createQualitySampler, createReputationBook, hashEvidence, reputationKey,
  type AnswerVerifier, type AskNode, type NodeSlasher, type QualityLoopComponents, type SignedAnswer
} from '../../../orchestrator/quality/index.ts'
import { APPROVED_MODEL, sampleRequest, signedAnswer, wallets } from './support/signedAnswer.ts'

const HONEST = 'Patience is the river carving stone, not by force but by returning again and again.'
const HONEST_TOO = 'Patience is like the river carving stone: not by force, by returning again and again.'
const GARBAGE = 'zq garbage vlorp 99 ktx'

/** A scripted verifier for this unit test: the real teacher-forcing verifier has its own tests. */
const scriptedVerifier: AnswerVerifier = {
  async verify({ claimedText }) {
    return claimedText.includes('garbage')
      ? { verdict: 'dishonest', reasons: ['claimed tokens outside the approved model\'s top-k'], statistics: { topKMisses: 5 } }
      : { verdict: 'honest', reasons: [], statistics: { topKMisses: 0 } }
  }
}

describe('quality loop', () => {
  let directory: string
  let db: Level<string, string>
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maia-quality-'))
    db = new Level<string, string>(directory)
    await db.open()
  })
  afterAll(async () => {
    await db.close()
    await rm(directory, { recursive: true, force: true })
  })

  function loopWith(overrides: Partial<QualityLoopComponents> & { answers: Record<string, (request: Parameters<AskNode>[1]) => Promise<SignedAnswer>> }) {
    const slashes: Array<Parameters<NodeSlasher['slash']>[0]> = []
    const quarantined: string[] = []
    const asked: string[] = []
    const reputation = createReputationBook({ now: () => 1_000 })
    const evidence = createLevelEvidenceStore({ store: db.sublevel<string, string>(`evidence-${Math.random()}`, {}) })
    const distillation = createLevelDistillationSet({ store: db.sublevel<string, string>(`distill-${Math.random()}`, {}) })
    const loop = createQualityLoop({
      sampler: createQualitySampler({ rate: 1 }),
      reputation, evidence, distillation,
      askNode: async (peerId, request) => { asked.push(peerId); return await overrides.answers[peerId]!(request) },
      approvedModelHash: () => APPROVED_MODEL,
      verifier: scriptedVerifier,
      slasher: { async slash(input) { slashes.push(input); return { amount: 10n } } },
      quarantine: (peerId) => quarantined.push(peerId),
      logger: pino({ level: 'silent' }),
      now: () => 1_000,
      // These receipts come from wallets, not model backends: there are no token ids to send.
      missingTokenIds: 'accept',
      ...overrides
    })
    return { loop, slashes, quarantined, asked, reputation, evidence, distillation }
  }

  it('never judges with a verifier of another model than the approved one (after a governance activation)', async () => {
    const request = sampleRequest()
    const calls: string[] = []
    // The verifier still runs the previous model: every answer of the new one would look like a lie.
    const stale: AnswerVerifier = { modelHash: `0x${'cd'.repeat(32)}`, async verify({ claimedText }) { calls.push(claimedText); return { verdict: 'dishonest', reasons: ['outside support'], statistics: {} } } }
    const liarLooking = await signedAnswer(wallets.liar, 'liar', request, GARBAGE, { tokens: [7, 8, 9, 10] })
    const world = loopWith({ verifier: stale, answers: { a: async (asked) => await signedAnswer(wallets.honestA, 'a', asked, HONEST) } })
    world.loop.observe({ ...liarLooking, request, eligiblePeers: ['liar', 'a'] })
    await world.loop.idle()
    expect(calls).toEqual([])
    expect(world.slashes).toEqual([])
    expect(world.quarantined).not.toContain('liar')
    expect(world.loop.counters()).toMatchObject({ sampled: 1, verified: 0, unverifiable: 2, flagged: 0 })

    // The same verifier with the approved model's hash judges as before.
    const current = loopWith({ verifier: { ...stale, modelHash: APPROVED_MODEL.toLowerCase() }, answers: { a: async (asked) => await signedAnswer(wallets.honestA, 'a', asked, HONEST) } })
    current.loop.observe({ ...liarLooking, request, eligiblePeers: ['liar', 'a'] })
    await current.loop.idle()
    expect(calls.length).toBeGreaterThan(0)
    expect(current.slashes).toHaveLength(1)
  })

  it('never judges an answer signed under another model than the verifier runs (an honest answer of the previous model is no lie)', async () => {
    const request = sampleRequest()
    const calls: string[] = []
    const current: AnswerVerifier = { modelHash: APPROVED_MODEL.toLowerCase(), async verify({ claimedText }) { calls.push(claimedText); return { verdict: 'dishonest', reasons: ['outside support'], statistics: {} } } }
    const previousModel = await signedAnswer(wallets.honestA, 'a', request, HONEST, { tokens: [7, 8, 9], modelHash: `0x${'cd'.repeat(32)}` })
    const world = loopWith({ verifier: current, answers: {} })
    world.loop.observe({ ...previousModel, request, eligiblePeers: [] })
    await world.loop.idle()
    expect(calls).toEqual([])
    expect(world.slashes).toEqual([])
    expect(await world.evidence.listByNode('a')).toEqual([])
    expect(world.loop.counters()).toMatchObject({ sampled: 1, verified: 0, unverifiable: 1, flagged: 0 })
  })

  it('without a reference, never scores unverified answers by consensus: two colluders agreeing cannot lower the honest third', async () => {
    const request = sampleRequest()
    const served = await signedAnswer(wallets.honestA, 'a', request, HONEST)
    const colluder = (wallet: typeof wallets.liar, peerId: string) => async (asked: Parameters<AskNode>[1]) => await signedAnswer(wallet, peerId, asked, 'buy cheap tokens today')
    const world = loopWith({ verifier: undefined, answers: { b: colluder(wallets.honestB, 'b'), liar: colluder(wallets.liar, 'liar') } })
    world.loop.observe({ ...served, request, eligiblePeers: ['a', 'b', 'liar'] })
    await world.loop.idle()
    for (const wallet of [wallets.honestA, wallets.honestB, wallets.liar]) expect(world.reputation.get(reputationKey(wallet.address)).meanRelativeQuality).toBeNull()

    // Three answers the verifier passed: consensus among them is scored.
    const verified = loopWith({ answers: { b: async (asked) => await signedAnswer(wallets.honestB, 'b', asked, HONEST_TOO), liar: async (asked) => await signedAnswer(wallets.liar, 'liar', asked, HONEST) } })
    verified.loop.observe({ ...served, request, eligiblePeers: ['a', 'b', 'liar'] })
    await verified.loop.idle()
    expect(verified.reputation.get(reputationKey(wallets.honestA.address)).meanRelativeQuality).toBeGreaterThan(0.9)
  })

  it('without a reference, records no score for two answers: which of two that differ is wrong is unknown', async () => {
    const request = sampleRequest()
    const served = await signedAnswer(wallets.honestA, 'a', request, HONEST)
    const world = loopWith({ answers: { b: async (asked) => await signedAnswer(wallets.honestB, 'b', asked, 'zq other vlorp words') } })
    world.loop.observe({ ...served, request, eligiblePeers: ['a', 'b'] })
    await world.loop.idle()
    expect(world.reputation.get(reputationKey(wallets.honestA.address)).meanRelativeQuality).toBeNull()
    expect(world.reputation.get(reputationKey(wallets.honestB.address)).meanRelativeQuality).toBeNull()
  })

  it('catches a lying node: evidence kept, quarantined, slashed citing the bundle hash; honest peers unharmed', async () => {
    const request = sampleRequest()
    // The liar's answer carries the ids it claims to have sampled: only then is a verdict proof.
    const liar = await signedAnswer(wallets.liar, 'liar', request, GARBAGE, { tokens: [7, 8, 9, 10] })
    const world = loopWith({
      answers: {
        a: async (asked) => await signedAnswer(wallets.honestA, 'a', asked, HONEST),
        b: async (asked) => await signedAnswer(wallets.honestB, 'b', asked, HONEST_TOO)
      },
      askReference: async () => 'Patience: the river carves stone by returning again and again, not by force.'
    })
    world.loop.observe({ ...liar, request, eligiblePeers: ['liar', 'a', 'b'] })
    await world.loop.idle()
    expect(world.asked.sort()).toEqual(['a', 'b'])
    expect(world.quarantined).toContain('liar')
    expect(world.slashes).toHaveLength(1)
    const slash = world.slashes[0]!
    expect(slash.ethAddress).toBe(wallets.liar.address)
    const stored = await world.evidence.get(slash.evidenceHash)
    expect(stored?.bundle.claimedOutput).toBe(GARBAGE)
    expect(hashEvidence(stored!.bundle)).toBe(slash.evidenceHash)
    expect(world.reputation.get(reputationKey(wallets.liar.address)).rewardMultiplier).toBe(0)
    for (const honest of [wallets.honestA, wallets.honestB]) {
      expect(world.reputation.isQuarantined(reputationKey(honest.address))).toBe(false)
      expect(world.reputation.get(reputationKey(honest.address)).rewardMultiplier).toBe(1)
    }
    expect(world.loop.counters()).toMatchObject({ served: 1, sampled: 1, verified: 3, peerAnswers: 2, referenceAnswers: 1, flagged: 1, slashed: 1 })
    const lines: string[] = []
    for await (const line of world.distillation.exportChatJsonl()) lines.push(line.text)
    expect(lines).toHaveLength(1)
    const exported = JSON.parse(lines[0]!) as { messages: Array<{ role: string; content: string }> }
    expect(exported.messages.at(-1)).toEqual({ role: 'assistant', content: expect.stringContaining('Patience') })
  })

  it('catches the liar when it is one of the peers asked, not the node that served', async () => {
    const request = sampleRequest()
    const served = await signedAnswer(wallets.honestA, 'a', request, HONEST)
    const world = loopWith({ answers: { liar: async (asked) => await signedAnswer(wallets.liar, 'liar', asked, GARBAGE, { tokens: [7, 8, 9, 10] }) } })
    world.loop.observe({ ...served, request, eligiblePeers: ['a', 'liar'] })
    await world.loop.idle()
    expect(world.slashes.map((slash) => slash.ethAddress)).toEqual([wallets.liar.address])
    expect(world.reputation.isQuarantined(reputationKey(wallets.honestA.address))).toBe(false)
  })

  it('never acts on evidence that does not bind the node (an answer under someone else\'s receipt)', async () => {
    const request = sampleRequest()
    // With token ids, so the verifier's verdict would be proof-grade if the node were bound to it.
    const honestReceipt = await signedAnswer(wallets.honestA, 'a', request, HONEST, { tokens: [1, 2, 3] })
    const world = loopWith({ answers: {} })
    // The text is garbage but the receipt commits to other text: nothing proves this node said it.
    world.loop.observe({ ...honestReceipt, text: GARBAGE, request, eligiblePeers: [] })
    await world.loop.idle()
    expect(world.slashes).toEqual([])
    expect(world.quarantined).toEqual([])
    // Nor does the unbound verdict count against the node's reputation.
    expect(world.reputation.get(reputationKey(wallets.honestA.address))).toMatchObject({ integrityFailures: 0, quarantinedUntil: 0 })
  })

  it('samples nothing at rate 0 and keeps serving when a peer or the reference fails', async () => {
    const request = sampleRequest()
    const served = await signedAnswer(wallets.honestA, 'a', request, HONEST)
    const idle = loopWith({ answers: {}, sampler: createQualitySampler({ rate: 0 }) })
    idle.loop.observe({ ...served, request, eligiblePeers: ['a', 'b'] })
    await idle.loop.idle()
    expect(idle.asked).toEqual([])
    expect(idle.loop.counters()).toMatchObject({ served: 1, sampled: 0 })

    const flaky = loopWith({
      answers: { b: async () => { throw new Error('node went away') } },
      askReference: async () => { throw new Error('Claude is down') }
    })
    flaky.loop.observe({ ...served, request, eligiblePeers: ['a', 'b'] })
    await flaky.loop.idle()
    expect(flaky.loop.counters()).toMatchObject({ sampled: 1, verified: 1, peerAnswers: 0, failedChecks: 0, flagged: 0 })
  })

  it('never counts an answer without token ids as honest: withholding them cannot hide a lie', async () => {
    const request = sampleRequest()
    const served = await signedAnswer(wallets.honestA, 'a', request, HONEST)
    const world = loopWith({ answers: {}, missingTokenIds: 'suspicious' })
    world.loop.observe({ ...served, request, eligiblePeers: [] })
    await world.loop.idle()
    const standing = world.reputation.get(reputationKey(wallets.honestA.address))
    expect(standing.mean).toBeLessThan(0.75)
    expect(standing.quarantinedUntil).toBe(0)
    expect(world.slashes).toEqual([])
    const stored = await world.evidence.listByNode('a')
    expect(stored[0]?.bundle.verification?.reasons.at(-1)).toMatch(/no token ids/)
  })

  it('never slashes or quarantines on a text-only verdict (no token ids): it misfires on honest answers', async () => {
    const request = sampleRequest()
    const served = await signedAnswer(wallets.liar, 'liar', request, GARBAGE)
    const world = loopWith({ answers: {} })
    world.loop.observe({ ...served, request, eligiblePeers: [] })
    await world.loop.idle()
    expect(world.slashes).toEqual([])
    expect(world.quarantined).toEqual([])
    expect(world.reputation.isQuarantined(reputationKey(wallets.liar.address))).toBe(false)
    expect(world.loop.counters().flagged).toBe(0)
    const stored = await world.evidence.listByNode('liar')
    expect(stored[0]?.bundle.verification?.verdict).toBe('suspicious')
  })
})
