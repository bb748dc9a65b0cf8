import Anthropic from '@anthropic-ai/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InferenceBackend } from '../../../../node/backend/InferenceBackend.ts'
import { loadLlamaCppBackend } from '../../../../node/backend/LlamaCppBackend.ts'
import {
  asAnswerVerifier, createTeacherForcingVerifier, findEvidenceDefect, hashEvidence, reputationKey,
  type EvidenceBundle, type EvidenceStore, type TeacherForcingVerifier
} from '../../../../orchestrator/quality/index.ts'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../../../helpers/network.ts'
import { approvedModelPath, differentWeightsModelPath } from './support/models.ts'

/** Evidence kept in memory, as the level store keeps it (same hash). */
function memoryEvidenceStore(): EvidenceStore & { bundles: Map<string, EvidenceBundle> } {
  const bundles = new Map<string, EvidenceBundle>()
  return {
    bundles,
    async put(bundle) { const hash = hashEvidence(bundle); bundles.set(hash, bundle); return hash },
    async get(hash) { const bundle = bundles.get(hash); return bundle === undefined ? undefined : { hash: hash as `0x${string}`, bundle } },
    async listByNode(peerId) { return [...bundles].filter(([, bundle]) => bundle.node.peerId === peerId).map(([hash, bundle]) => ({ hash: hash as `0x${string}`, bundle })) }
  }
}

// The whole path on real models: node-llama-cpp nodes put their sampled ids in the final frame,
// the router passes them on, the quality loop hands them (with the stop reason) to the real
// teacher-forcing verifier, which checks every position. One node serves the approved GGUF; the
// other serves another-seed GGUF of the same shape while announcing the approved model's hash.
describe('quality loop over the wire with the nodes\' token ids (tiny GGUFs)', () => {
  let network: TestNetwork
  let backends: InferenceBackend[] = []
  let verifier: TeacherForcingVerifier
  const evidence = memoryEvidenceStore()

  beforeAll(async () => {
    const [approvedPath, otherPath] = await Promise.all([approvedModelPath(), differentWeightsModelPath()])
    const options = { modelName: 'maia-tiny', contextSize: 1024, sequences: 1, threads: 1, gpu: false as const, logger: silentLogger() }
    backends = [await loadLlamaCppBackend({ ...options, model: approvedPath }), await loadLlamaCppBackend({ ...options, model: otherPath })]
    const [honest, impostor] = backends as [InferenceBackend, InferenceBackend]
    verifier = await createTeacherForcingVerifier({ modelPath: approvedPath, contextSize: 1024, threads: 1 })
    network = await startTestNetwork([honest, { ...impostor, modelHash: honest.modelHash }], {
      transport: 'memory',
      quality: { sampleRate: 1, peersPerSample: 1, verifier: asAnswerVerifier(verifier), evidence }
    })
    await network.waitForNodes(2)
  })
  afterAll(async () => {
    await network?.stop()
    await Promise.all(backends.map((backend) => backend.dispose()))
    await verifier?.dispose()
  })

  it('verifies the honest node honest and catches the impostor, keeping re-checkable evidence with its ids', async () => {
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    await client.messages.create({ model: 'maia-tiny', max_tokens: 32, system: 'You are MAIA.', messages: [{ role: 'user', content: 'Tell me about the tides.' }] })
    const quality = network.orchestrator.quality!
    await quality.loop.idle()
    expect(quality.loop.counters()).toMatchObject({ sampled: 1, verified: 2, peerAnswers: 1, flagged: 1, failedChecks: 0 })

    const [honestNode, impostorNode] = network.nodes.map((node) => network.orchestrator.table.get(node.peer.peerId.toString())!.record)
    expect(quality.reputation.isQuarantined(reputationKey(impostorNode!.ethAddress))).toBe(true)
    expect(quality.reputation.isQuarantined(reputationKey(honestNode!.ethAddress))).toBe(false)

    const bundles = [...evidence.bundles.values()]
    expect(bundles.map((bundle) => bundle.node.peerId)).toEqual([impostorNode!.peerId])
    const bundle = bundles[0]!
    expect(bundle.verification?.verdict).toBe('dishonest')
    expect(bundle.verification?.statistics).toMatchObject({ tokenization: 'tokens' })
    expect(bundle.claimedTokens?.length).toBe(bundle.receipt.outputTokens - 1)
    expect(bundle.claimedStopReason).toBeDefined()
    expect(findEvidenceDefect(bundle)).toBeUndefined()

    // Anyone holding the approved GGUF re-checks the bundle alone and reaches the same verdict.
    const again = await asAnswerVerifier(verifier).verify({
      request: bundle.request, claimedText: bundle.claimedOutput, claimedTokens: bundle.claimedTokens, claimedStopReason: bundle.claimedStopReason,
      claimedUsage: { inputTokens: bundle.receipt.inputTokens, outputTokens: bundle.receipt.outputTokens }
    })
    // Same verdict for the same reasons; the figures may differ in the last digits (the verifier
    // reuses the KV prefix its previous evaluation left: another batch shape, ~1e-3 logit drift).
    const codes = (reasons: string[]): string[] => reasons.map((reason) => reason.split(':')[0]!)
    expect(again.verdict).toBe('dishonest')
    expect(codes(again.reasons)).toEqual(codes(bundle.verification!.reasons))
    expect(again.statistics).toMatchObject({ claimedTokens: bundle.claimedTokens!.length, tokenization: 'tokens' })
  })
})
