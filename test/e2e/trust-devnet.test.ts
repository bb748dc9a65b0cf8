import { join } from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadLlamaCppBackend } from '../../node/backend/LlamaCppBackend.ts'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { createChainSlasher } from '../../orchestrator/chain/index.ts'
import { accumulateEarnings, identityWeight } from '../../orchestrator/economy/settlement/earnings.ts'
import {
  asAnswerVerifier, createLevelEvidenceStore, createReputationBook, createTeacherForcingVerifier, findEvidenceDefect, hashEvidence, reputationKey,
  type EvidenceBundle, type TeacherForcingVerifier
} from '../../orchestrator/quality/index.ts'
import { nodeRegistrationConsent } from '../../shared/chain/nodeRegistration.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { MAIA, startPaidNetwork, TEST_API_KEY, type PaidNetwork } from '../economy/support/paidNetwork.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'
import { differentWeightsModelPath } from '../orchestrator/quality/verification/support/models.ts'

/**
 * The trust loop end to end on real components: an in-process chain with the suite deployed, the
 * orchestrator with payments, settlement and quality sampling (the real teacher-forcing verifier on
 * the approved tiny GGUF, the real chain slasher in its bounded role), and two real node-llama-cpp
 * nodes — one honest, one serving another GGUF of the same shape while announcing the approved
 * model's hash. Every answer is sampled here (rate 1) so the test is short; the rate's effect is
 * measured by `bench/quality/adversaries.ts`.
 */
describe('a lying staked node is caught, slashed with evidence, and loses traffic and rewards', () => {
  let network: PaidNetwork
  let verifier: TeacherForcingVerifier
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  const backends: InferenceBackend[] = []
  const reputation = createReputationBook({ now: Date.now })

  beforeAll(async () => {
    const approved = await tinyModelPath()
    const impostor = await differentWeightsModelPath()
    directory = await temporaryDirectory('maia-trust-')
    db = new Level<string, string>(join(directory.path, 'quality'))
    await db.open()
    verifier = await createTeacherForcingVerifier({ modelPath: approved, contextSize: 2_048, threads: 1 })
    network = await startPaidNetwork({
      rewardWeight: (node) => reputation.rewardMultiplier(reputationKey(node)),
      quality: (suite) => ({
        sampleRate: 1,
        reputation,
        evidence: createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) }),
        verifier: asAnswerVerifier(verifier),
        slasher: createChainSlasher({ registry: suite.registry.connect(suite.slasher), slasherAddress: suite.slasher.address, logger: silentLogger() })
      })
    })
    const load = (model: string) => loadLlamaCppBackend({ model, modelName: 'maia-tiny', contextSize: 2_048, sequences: 2, threads: 1, gpu: false, logger: silentLogger() })
    const honest = await load(approved)
    const other = await load(impostor)
    // The liar runs a real model — just not the approved one — and claims the approved hash.
    const liar: InferenceBackend = { ...other, modelName: honest.modelName, modelHash: honest.modelHash }
    backends.push(honest, other)
    await network.addNode(honest)
    await network.addNode(liar)
    await network.waitForNodes(2)
    // Both are registered and staked: the liar has something to lose.
    for (const [index, node] of network.nodes.entries()) {
      const peerId = node.peer.peerId.toString()
      const address = network.orchestrator.table.get(peerId)!.record.ethAddress
      const nodeKey = network.nodeKeys[index]!
      expect(nodeKey.address).toBe(address)
      const provider = network.suite.providers[index]!
      const consent = await nodeRegistrationConsent(nodeKey, network.suite.registry, { provider: provider.address, peerId })
      await (await network.suite.registry.connect(provider).register(address, peerId, '{}', 1_000n * MAIA, consent.deadline, consent.signature)).wait()
    }
  }, 180_000)

  afterAll(async () => {
    await network?.stop()
    await verifier?.dispose()
    for (const backend of backends) await backend.dispose()
    await db?.close()
    await directory?.remove()
  })

  it('catches, slashes, quarantines and unpays the liar, and leaves the honest node whole', async () => {
    const [honestNode, liarNode] = network.nodes
    const addressOf = (peerId: string): string => network.orchestrator.table.get(peerId)!.record.ethAddress
    const honestAddress = addressOf(honestNode!.peer.peerId.toString())
    const liarAddress = addressOf(liarNode!.peer.peerId.toString())
    const user = network.suite.users[0]
    await (await network.suite.payments.connect(user).deposit(network.suite.operator.address, 10n * MAIA)).wait()
    const { header } = await network.voucher(user)
    const slashEvents = () => network.suite.registry.queryFilter(network.suite.registry.filters.NodeSlashed(liarAddress))

    // Paid traffic until the liar is caught: every answer is sampled, and each sample asks the other node too.
    let served = 0
    while ((await slashEvents()).length === 0 && served < 8) {
      const answer = await network.ask({ voucher: header, content: `What does the river teach about patience? (${served})`, maxTokens: 24, model: 'maia-tiny' })
      expect(answer.status).toBe(200)
      served += 1
      await network.orchestrator.quality!.loop.idle()
    }
    const [slash] = await slashEvents()
    expect(slash, 'the liar was slashed').toBeDefined()
    expect(served).toBeLessThanOrEqual(2)
    expect((await network.suite.registry.nodeStatus(liarAddress)).slashedTotal).toBe(slash!.args.amount)
    expect((await network.suite.registry.nodeStatus(honestAddress)).slashedTotal).toBe(0n)

    // The evidence the slash cites is served, binds the liar through its own receipt, and re-verifies.
    const response = await fetch(`${network.orchestrator.api.url}/v1/quality/evidence/${slash!.args.evidenceHash}`, { headers: { 'x-api-key': TEST_API_KEY } })
    expect(response.status).toBe(200)
    const { bundle } = await response.json() as { bundle: EvidenceBundle }
    expect(hashEvidence(bundle)).toBe(slash!.args.evidenceHash)
    expect(findEvidenceDefect(bundle)).toBeUndefined()
    expect(bundle.approvedModelHash).toBe(backends[0]!.modelHash)
    const again = await asAnswerVerifier(verifier).verify({
      request: bundle.request, claimedText: bundle.claimedOutput,
      claimedUsage: { inputTokens: bundle.receipt.inputTokens, outputTokens: bundle.receipt.outputTokens },
      ...(bundle.claimedTokens === undefined ? {} : { claimedTokens: bundle.claimedTokens })
    })
    expect(again.verdict).toBe('dishonest')

    // Quarantined: no more traffic for the liar; the honest node is never flagged.
    expect(reputation.isQuarantined(reputationKey(liarAddress))).toBe(true)
    expect(reputation.get(reputationKey(honestAddress))).toMatchObject({ integrityFailures: 0, quarantinedUntil: 0 })
    const receiptsBy = async (address: string) => (await network.receipts.unassigned()).filter((entry) => entry.receipt.node.toLowerCase() === address.toLowerCase()).length
    const liarReceipts = await receiptsBy(liarAddress)
    for (let turn = 0; turn < 4; turn += 1) {
      expect((await network.ask({ voucher: header, content: `And about stillness? (${turn})`, maxTokens: 24, model: 'maia-tiny' })).status).toBe(200)
    }
    await network.orchestrator.quality!.loop.idle()
    expect(await receiptsBy(liarAddress)).toBe(liarReceipts)

    // Rewards: the liar's receipts earn nothing; the honest node earns at least what it would have
    // earned had nobody been judged (identity weights over the same receipts).
    const receipts = await network.receipts.unassigned()
    const unjudged = accumulateEarnings(new Map(), receipts, { feeBps: Number(await network.suite.payments.feeBps()), weight: identityWeight })
    const settled = await network.settle()
    expect(settled.status).toBe(200)
    const reward = async (address: string) => {
      const answer = await fetch(`${network.orchestrator.api.url}/v1/rewards/${address}`, { headers: { 'x-api-key': TEST_API_KEY } })
      return answer.ok ? BigInt((await answer.json() as { cumulativeAmount: string }).cumulativeAmount) : 0n
    }
    expect(await reward(liarAddress)).toBe(0n)
    const honestReward = await reward(honestAddress)
    expect(honestReward).toBeGreaterThan(0n)
    expect(honestReward).toBeGreaterThanOrEqual(unjudged.get(honestAddress) ?? unjudged.get(honestAddress.toLowerCase()) ?? 0n)
  }, 240_000)
})
