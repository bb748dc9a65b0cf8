import pino from 'pino'
import { describe, expect, it } from 'vitest'
import type { NetworkInference, NodeEntry, NodeTable, ServedInference } from '../../../orchestrator/inference/index.ts'
import {
  askNamedNode, createQualityLoop, createQualitySampler, createReputationBook, evidenceBundleSchema, findEvidenceDefect, hashEvidence, servedAnswer,
  type AnswerVerifier, type EvidenceBundle, type EvidenceStore
} from '../../../orchestrator/quality/index.ts'
import type { FinalFrame } from '../../../shared/protocol/index.ts'
import { APPROVED_MODEL, sampleRequest, signedAnswer, wallets } from './support/signedAnswer.ts'

const IDS = [12, 7, 301, 44]

/** A verifier that records what the loop hands it and calls answers with ids dishonest. */
function recordingVerifier(): AnswerVerifier & { inputs: Array<Parameters<AnswerVerifier['verify']>[0]> } {
  const inputs: Array<Parameters<AnswerVerifier['verify']>[0]> = []
  return {
    inputs,
    async verify(input) {
      inputs.push(input)
      return input.claimedTokens === undefined
        ? { verdict: 'honest', reasons: [], statistics: { tokenization: 'text' } }
        : { verdict: 'dishonest', reasons: ['outside-support: 4 of 4'], statistics: { tokenization: 'tokens' } }
    }
  }
}

function memoryEvidence(): EvidenceStore & { bundles: EvidenceBundle[] } {
  const bundles: EvidenceBundle[] = []
  return {
    bundles,
    async put(bundle) { bundles.push(bundle); return hashEvidence(bundle) },
    async get() { return undefined },
    async listByNode() { return [] }
  }
}

describe('the quality loop verifies with the node\'s token ids and stop reason', () => {
  it('hands ids and stop reason to the verifier and keeps them in the evidence bundle', async () => {
    const request = sampleRequest()
    const liar = { ...await signedAnswer(wallets.liar, 'liar', request, 'zq vlorp', { tokens: IDS }), stopReason: 'max_tokens' as const }
    const honest = await signedAnswer(wallets.honestA, 'a', request, 'The river returns.')
    const verifier = recordingVerifier()
    const evidence = memoryEvidence()
    const loop = createQualityLoop({
      sampler: createQualitySampler({ rate: 1 }), reputation: createReputationBook({ now: () => 1 }), evidence, verifier,
      askNode: async () => honest, approvedModelHash: () => APPROVED_MODEL, logger: pino({ level: 'silent' }), now: () => 1,
      // The honest answer here is signed by a wallet, not generated: it has no ids to send.
      missingTokenIds: 'accept'
    })
    loop.observe({ ...liar, request, eligiblePeers: ['liar', 'a'] })
    await loop.idle()
    const byText = new Map(verifier.inputs.map((input) => [input.claimedText, input]))
    expect(byText.get('zq vlorp')).toMatchObject({ claimedTokens: IDS, claimedStopReason: 'max_tokens', claimedUsage: { inputTokens: liar.receipt.inputTokens, outputTokens: liar.receipt.outputTokens } })
    expect(byText.get('The river returns.')).not.toHaveProperty('claimedTokens')
    expect(byText.get('The river returns.')).not.toHaveProperty('claimedStopReason')

    expect(evidence.bundles).toHaveLength(1)
    const bundle = evidence.bundles[0]!
    expect(bundle).toMatchObject({ claimedOutput: 'zq vlorp', claimedTokens: IDS, claimedStopReason: 'max_tokens' })
    expect(evidenceBundleSchema.parse(JSON.parse(JSON.stringify(bundle)))).toEqual(bundle)
    // The node's receipt commits to the text and the ids: the bundle binds it to both.
    expect(findEvidenceDefect(bundle)).toBeUndefined()
    // An orchestrator that swapped the ids (to frame an honest node) breaks the binding.
    expect(findEvidenceDefect({ ...bundle, claimedTokens: [...IDS].reverse() })).toBe('receipt output hash differs from the claimed output')
    expect(findEvidenceDefect({ ...bundle, claimedTokens: undefined })).toBe('receipt output hash differs from the claimed output')
    expect(loop.counters()).toMatchObject({ verified: 2, flagged: 1 })
  })

  it('keeps bundles without ids valid (nodes that send none)', async () => {
    const request = sampleRequest()
    const { id: _id, ...fields } = request
    const answer = await signedAnswer(wallets.honestB, 'b', request, 'text only')
    const bundle: EvidenceBundle = {
      version: 1, createdAt: 1, node: { peerId: 'b', ethAddress: wallets.honestB.address }, approvedModelHash: APPROVED_MODEL as `0x${string}`,
      request: fields, claimedOutput: answer.text, receipt: answer.receipt
    }
    expect(evidenceBundleSchema.parse(bundle)).toEqual(bundle)
    expect(evidenceBundleSchema.safeParse({ ...bundle, claimedTokens: [-1] }).success).toBe(false)
  })

  it('takes ids and stop reason from the final frame, for served answers and sampled peers alike', async () => {
    const request = sampleRequest()
    const answer = await signedAnswer(wallets.honestA, 'a', request, 'hello there', { tokens: IDS })
    const final: FinalFrame = {
      type: 'final', stopReason: 'stop_sequence', stopSequence: '\n', usage: { inputTokens: 12, outputTokens: 2 },
      timings: { queueMs: 0, firstTokenMs: 1, totalMs: 2 }, receipt: answer.receipt, tokens: IDS
    }
    const entry = { record: { peerId: 'a', ethAddress: wallets.honestA.address, model: { hash: APPROVED_MODEL } } } as unknown as NodeEntry
    const served = servedAnswer({ entry, request: { type: 'request', ...request, id: request.id as `0x${string}` }, text: 'hello there', final } as ServedInference, () => [entry])
    expect(served).toMatchObject({ text: 'hello there', tokens: IDS, stopReason: 'stop_sequence', receipt: answer.receipt, eligiblePeers: ['a'] })

    const network = { generate: async () => ({ text: 'hello there', final, usage: final.usage, segments: [], peerId: 'a', failedAttempts: [] }) } as unknown as NetworkInference
    const table = { get: () => entry } as unknown as NodeTable
    const { id: _id, ...fields } = request
    expect(await askNamedNode(network, table)('a', fields)).toMatchObject({ peerId: 'a', text: 'hello there', tokens: IDS, stopReason: 'stop_sequence' })
    const { tokens: _tokens, ...withoutIds } = final
    const older = { generate: async () => ({ text: 'hello there', final: withoutIds, usage: final.usage, segments: [], peerId: 'a', failedAttempts: [] }) } as unknown as NetworkInference
    expect(await askNamedNode(older, table)('a', fields)).not.toHaveProperty('tokens')
  })
})
