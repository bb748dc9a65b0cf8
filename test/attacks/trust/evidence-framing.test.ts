import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findEvidenceDefect, hashEvidence } from '../../../orchestrator/quality/index.ts'
import {
  asAnswerVerifier, createSimulatedNode, createTeacherForcingVerifier, type SimulatedNode, type TeacherForcingVerifier
} from '../../../orchestrator/quality/verification/index.ts'
import { seededRandom } from '../../../shared/util/seededRandom.ts'
import { tinyModelPath } from '../../helpers/tinyModel.ts'
import { differentWeightsModelPath } from '../../orchestrator/quality/verification/support/models.ts'
import { createTrustLoop, fileHash, served, signAnswer, trustNode, trustRequest } from './support.ts'

// Framing: evidence against an honest node that the slasher acts on. The README promises "Only a
// bundle whose receipt is signed by the node and commits to exactly its request and output is
// acted on, so an orchestrator cannot frame a node." The receipt also names the model the node
// served (`receipt.modelHash`); the bundle names the model it was judged with
// (`approvedModelHash`). Real tiny GGUF (the node's model, A) and a GGUF of the same shape with
// other weights (B, as after a governance model change), real verifier, real loop.

const CONTEXT = 1024
let node: SimulatedNode
let verifierB: TeacherForcingVerifier
let hashA: `0x${string}`
let hashB: `0x${string}`

beforeAll(async () => {
  const [pathA, pathB] = [await tinyModelPath(), await differentWeightsModelPath()]
  ;[hashA, hashB] = [await fileHash(pathA), await fileHash(pathB)]
  node = await createSimulatedNode({ modelPath: pathA, contextSize: CONTEXT, threads: 1 })
  verifierB = await createTeacherForcingVerifier({ modelPath: pathB, contextSize: CONTEXT, threads: 1 })
}, 60_000)

afterAll(async () => {
  await verifierB?.dispose()
  await node?.dispose()
})

describe('ATTACK trust: framing an honest node with evidence', () => {
  it('defended (was a hole): an honest answer the node signed under model A is not judged with model B (active by the time the check runs), and findEvidenceDefect refuses a bundle judged with another model than the receipt names', async () => {
    // The loop reads `approvedModelHash()` when the check runs (createQualityLoop.ts check:
    // `components.approvedModelHash() ?? served.receipt.modelHash`) and compares it with the
    // verifier's model, never with the model the node's receipt names; findEvidenceDefect
    // (checkEvidence.ts) does not compare bundle.approvedModelHash with receipt.modelHash either.
    // So an answer routed under A while governance activates B during its generation (seconds),
    // observed once B is approved by an orchestrator already restarted with B's GGUF, reads as a
    // lie; and any orchestrator can build such a bundle at will.
    // Measured: 8 honest answers of model A (temperature 0.7, 48 tokens, seeds 1..8) judged with B:
    // 8 of 8 flagged dishonest ("42 of 47 checked tokens could not have been sampled"), 8 of 8
    // slashed, 8 bundles stored, all 8 free of defects by findEvidenceDefect. Fix: judge only answers whose receipt.modelHash equals the verifier's model
    // (createQualityLoop.ts judge: count others as unverifiable), and make findEvidenceDefect
    // refuse a bundle whose approvedModelHash differs from receipt.modelHash.
    // Fixed as suggested (createQualityLoop.ts judge counts them as unverifiable; findEvidenceDefect:
    // 'receipt model differs from the judged model'). After: 0 judged, 0 flagged, 0 slashes, 0 bundles.
    const honest = trustNode('honest-a')
    let active: `0x${string}` = hashA
    const trust = await createTrustLoop({
      random: seededRandom(31), now: Date.now, sampleRate: 1,
      verifier: asAnswerVerifier(verifierB, { modelHash: hashB }),
      approvedModelHash: () => active,
      askNode: async () => { throw new Error('no other node') }
    })
    try {
      const served_ = []
      for (let seed = 1; seed <= 8; seed++) {
        const request = trustRequest(`frame-${seed}`, { messages: [{ role: 'user', content: `Tell me about the sea (${seed}).` }], maxTokens: 48, temperature: 0.7, topP: 1, seed, stop: [] })
        const answer = await node.generate({ ...request.fields, seed })
        // Signed honestly under the model it runs, A (active while it served).
        served_.push(served(await signAnswer(honest, request, { text: answer.text, tokens: answer.tokens, usage: answer.usage, stopReason: answer.stopReason }, hashA), request, []))
      }
      // Governance activates B before the background checks run.
      active = hashB
      for (const answer of served_) trust.loop.observe(answer)
      await trust.loop.idle()
      const bundles = await trust.evidence.listByNode(honest.peerId, { limit: 100 })
      const accepted = bundles.filter(({ bundle }) => findEvidenceDefect(bundle) === undefined && bundle.receipt.modelHash !== bundle.approvedModelHash)
      const figures = `checked ${trust.loop.counters().verified}, flagged ${trust.loop.counters().flagged}, slashes ${trust.slashes.length}, bundles ${bundles.length} (defect-free with receipt model ≠ judged model: ${accepted.length}); reasons ${bundles[0]?.bundle.verification?.reasons.slice(0, 2).join(' | ') ?? '-'}; first cites ${bundles[0] === undefined ? '-' : hashEvidence(bundles[0].bundle)}`
      expect(trust.slashes, figures).toHaveLength(0)
      expect(accepted, figures).toHaveLength(0)
    } finally {
      await trust[Symbol.asyncDispose]()
    }
  }, 60_000)

  it('defended: an orchestrator that rewrites the bundle\'s sampling parameters (temperature 0.7 → 0) to make honest tokens read as lies breaks the receipt binding', async () => {
    const honest = trustNode('honest-b')
    const request = trustRequest('frame-temperature', { messages: [{ role: 'user', content: 'Tell me about rain.' }], maxTokens: 48, temperature: 0.7, topP: 1, seed: 5, stop: [] })
    const answer = await node.generate({ ...request.fields, seed: 5 })
    const signed = await signAnswer(honest, request, { text: answer.text, tokens: answer.tokens, usage: answer.usage, stopReason: answer.stopReason }, hashA)
    const base = { version: 1 as const, createdAt: 1, node: { peerId: honest.peerId, ethAddress: honest.wallet.address }, approvedModelHash: hashA, claimedOutput: signed.text, claimedTokens: signed.tokens!, receipt: signed.receipt }
    expect(findEvidenceDefect({ ...base, request: request.fields })).toBeUndefined()
    for (const forged of [{ temperature: 0 }, { topP: 0.1 }, { seed: 6 }, { maxTokens: 20 }, { stop: [' '] }]) {
      expect(findEvidenceDefect({ ...base, request: { ...request.fields, ...forged } }), JSON.stringify(forged)).toBe('receipt prompt hash differs from the request')
    }
    // A bundle judged with another model than the one the receipt names binds the node to nothing.
    expect(findEvidenceDefect({ ...base, request: request.fields, approvedModelHash: hashB })).toBe('receipt model differs from the judged model')
    // Other ids that spell the same text: the receipt's output hash covers the ids.
    expect(findEvidenceDefect({ ...base, request: request.fields, claimedTokens: [...answer.tokens].reverse() })).toBe('receipt output hash differs from the claimed output')
  }, 30_000)
})
