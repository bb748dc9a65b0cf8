import type { Token } from 'node-llama-cpp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeEpochEarnings } from '../../../orchestrator/economy/settlement/earnings.ts'
import type { AnswerVerifier, EvidenceRequest } from '../../../orchestrator/quality/index.ts'
import {
  asAnswerVerifier, createSimulatedNode, createTeacherForcingVerifier, type ClaimedAnswer, type SimulatedNode, type TeacherForcingVerifier
} from '../../../orchestrator/quality/verification/index.ts'
import { seededRandom } from '../../../shared/util/seededRandom.ts'
import { tinyModelPath } from '../../helpers/tinyModel.ts'
import { createTrustLoop, fileHash, keyOf, served, signAnswer, trustNode, trustRequest, type NodeAnswer, type TrustNode, type TrustRequest } from './support.ts'

// Attacks on verified inference with the real teacher-forcing verifier on the project's tiny GGUF
// (orchestrator/quality/verification/), the real quality loop and reputation. Nodes generate with
// the real node-llama-cpp path (createSimulatedNode: LlamaChat.generateResponse, as the node's
// LlamaCppBackend) and sign their receipts; an attacker changes what it generates.

const CONTEXT = 1024
const MESSAGES = [
  [{ role: 'user' as const, content: 'Tell me a story about the sea.' }],
  [{ role: 'system' as const, content: 'You are MAIA, a calm guide.' }, { role: 'user' as const, content: 'How do I sleep better?' }],
  [{ role: 'user' as const, content: 'Write a short poem about rain.' }],
  [{ role: 'user' as const, content: 'What is the meaning of life?' }]
]

let node: SimulatedNode
let verifierModel: TeacherForcingVerifier
let verifier: AnswerVerifier
let modelHash: `0x${string}`

beforeAll(async () => {
  const path = await tinyModelPath()
  modelHash = await fileHash(path)
  node = await createSimulatedNode({ modelPath: path, contextSize: CONTEXT, threads: 1 })
  verifierModel = await createTeacherForcingVerifier({ modelPath: path, contextSize: CONTEXT, threads: 1 })
  // As the orchestrator composes it: 16 sampled positions first, every position on doubt.
  verifier = asAnswerVerifier(verifierModel, { modelHash })
}, 60_000)

afterAll(async () => {
  await verifierModel?.dispose()
  await node?.dispose()
})

const toAnswer = (answer: ClaimedAnswer): NodeAnswer => ({ text: answer.text, tokens: answer.tokens, usage: answer.usage, stopReason: answer.stopReason })

async function generate(fields: EvidenceRequest, override: Partial<EvidenceRequest> = {}): Promise<ClaimedAnswer> {
  const { messages, maxTokens, temperature, topP, seed, stop } = { ...fields, ...override }
  return node.generate({ messages, maxTokens, temperature, topP, ...(seed === undefined ? {} : { seed }), stop })
}

describe('ATTACK trust: lying past the teacher-forcing verifier', () => {
  it('defended (was a hole): an ad of 2 or more tokens, injected into every long answer, is judged dishonest whatever its share (so slashed and quarantined)', async () => {
    // The attacker serves the honest answer with its last k tokens replaced by an ad (text and ids
    // consistent, receipt signed, usage unchanged: the answer still ends at max_tokens). The
    // verifier always reads the last token, so the first pass sees the lie and escalates; but a
    // `dishonest` verdict needs ≥ 2 outside tokens AND a share > 5% (defaultThresholds.ts
    // dishonestOutsideShare / minOutsideForDishonest, decideVerdict in verdict.ts), so k ≤ 12 of 255
    // is only `suspicious` (0.5 failure mass, no evidence acted on, no slash).
    // Measured (32 answers of 255 tokens at temperature 0, seeds 1..32, 4 prompts): k = 1, 6 and 12
    // ad tokens: 32 of 32 `suspicious`, 0 dishonest (outside support exactly k each time); k = 13
    // (5.1%): 32 of 32 dishonest. So an ad of 12 tokens in every 255-token answer is never punished
    // beyond 0.5 failure mass per sample (a real model's 1,024-token answer would hide 51). Fix: in token mode an outside-support token is impossible for an honest node (0 in
    // 2,160 + 216 calibrated honest answers): judge ≥ 2 outside tokens dishonest whatever their share
    // (drop the share condition when tokens are signed), and escalate a single one to a larger penalty.
    // Fixed (defaultThresholds.ts dishonestOutsideShare 0; calibrateThresholds raises it only if
    // honest answers ever show outside tokens). After (same answers): k = 1: 32 suspicious (one stray
    // token stays suspicious, 0.5 failure mass: not escalated further); k = 6, 12 and 13: 32 of 32
    // dishonest each.
    const maxTokens = 256
    const ad = node.model.tokenize(' visit maia-ads.example', false, 'trimLeadingSpace') as Token[]
    const counts = new Map<number, { honest: number; suspicious: number; dishonest: number; outside: number[] }>()
    const sizes = [1, 6, 12, 13]
    let lengths = 0
    for (let trial = 0; trial < 32; trial++) {
      const request = trustRequest(`ad-${trial}`, { messages: MESSAGES[trial % MESSAGES.length]!, maxTokens, temperature: 0, topP: 1, seed: trial + 1, stop: [] })
      const honest = await generate(request.fields)
      lengths += honest.tokens.length
      for (const k of sizes) {
        const adTokens = Array.from({ length: k }, (_, index) => ad[index % ad.length]!)
        const tokens = [...honest.tokens.slice(0, honest.tokens.length - k), ...adTokens]
        const text = node.model.detokenize(tokens)
        const summary = await verifier.verify({ request: request.fields, claimedText: text, claimedTokens: tokens, claimedUsage: { inputTokens: honest.usage.promptTokens, outputTokens: honest.usage.completionTokens }, claimedStopReason: honest.stopReason })
        const count = counts.get(k) ?? { honest: 0, suspicious: 0, dishonest: 0, outside: [] }
        count[summary.verdict] += 1
        count.outside.push(Number(summary.statistics.outsideSupport ?? 0))
        counts.set(k, count)
      }
    }
    const figures = `answers ${lengths / 32} tokens; ${[...counts].map(([k, c]) => `k=${k}: honest ${c.honest}, suspicious ${c.suspicious}, dishonest ${c.dishonest} (outside ${Math.min(...c.outside)}..${Math.max(...c.outside)})`).join('; ')}`
    // Sanity: 13 of 255 (5.1%) is caught, so the verifier sees the ad.
    expect(counts.get(13)!.dishonest, figures).toBeGreaterThan(16)
    // Secure: 12 ad tokens (4.7%) in every answer are as provably impossible as 13.
    expect(counts.get(12)!.dishonest, figures).toBeGreaterThan(16)
  }, 60_000)

  it('defended (was a hole): two colluding nodes that decode greedily whatever the requested temperature are judged dishonest (two-sided surprise test) and cannot cut the honest third node\'s pay', async () => {
    // Greedy tokens are the argmax, always inside the sampler's support; the surprise test is
    // one-sided (verdict.ts: only z > 5 / > 8 counts), so answers far *less* surprising than
    // sampling at the asked temperature (z ≈ −30) pass as honest. Two Sybils decoding greedily
    // agree word for word; the honest node, sampling at the asked seed, is the odd one out of every
    // sample (no reference: scoring by consensus, as in the bench).
    // Measured (seed 21, 300 requests at temperature 0.7, 48 tokens, 10%, 3 nodes, real verifier):
    // 23 samples, every greedy answer judged `honest` (surprise z −8 to −9 against honest −2..1),
    // 0 slashes; the honest node scored 0 on each sample (integrity +1 keeps it above quarantine:
    // mean 0.60, reward multiplier 0.79), the Sybils 0.98 / 1.00. Epoch: the honest node served 90
    // of 300 but earned 76,228 of 300,000 (fair 90,000): 15% of its pay moved to the Sybils. Fix: make the surprise test two-sided (verdict.ts decideVerdict: z < −8 with
    // ≥ 16 tokens checked is dishonest; honest z measured −3.0..2.8), and never quarantine on
    // consensus of unverified-equivalent answers alone (createQualityLoop.ts check).
    // Fixed: two-sided surprise test (verdict.ts 'too-predictable': z < −5 suspicious, which
    // escalates the sampled pass to every position, < −8 dishonest; none at temperature 0, where z
    // is null), and no consensus without a reference among fewer than 3 verified answers. After
    // (same seed): 26 samples, both greedy nodes judged dishonest at z −14 on their first sampled
    // answer (2 slashes, quarantined after serving 3 and 2); the honest node's 26 checks honest
    // (z −1..2), mean 0.97, ×1.00, and it earned the whole pool (300,000).
    const [h, s1, s2] = ['honest', 'greedy1', 'greedy2'].map(trustNode) as [TrustNode, TrustNode, TrustNode]
    const nodes = [h, s1, s2]
    const byPeer = new Map(nodes.map((n) => [n.peerId, n]))
    const random = seededRandom(21)
    const answerOf = async (who: TrustNode, request: TrustRequest) => toAnswer(await generate(request.fields, who === h ? {} : { temperature: 0 }))
    let counter = 0
    const verdicts: Record<string, string[]> = { honest: [], greedy: [] }
    const recording: AnswerVerifier = {
      modelHash,
      async verify(input) {
        const summary = await verifier.verify(input)
        const who = nodes.find((n) => input.claimedText !== undefined && lastText.get(n.peerId) === input.claimedText)
        if (who !== undefined) verdicts[who === h ? 'honest' : 'greedy']!.push(`${summary.verdict}:${Number(summary.statistics.surpriseZ ?? 0).toFixed(0)}`)
        return summary
      }
    }
    const lastText = new Map<string, string>()
    const trust = await createTrustLoop({
      random, now: Date.now, sampleRate: 0.1, verifier: recording, approvedModelHash: () => modelHash,
      askNode: async (peerId, fields) => {
        const who = byPeer.get(peerId)!
        const request = trustRequest(`greedy-reask-${counter++}`, fields)
        const answer = await answerOf(who, request)
        lastText.set(peerId, answer.text)
        return signAnswer(who, request, answer, modelHash)
      }
    })
    const servedBy = new Map<string, number>(nodes.map((n) => [n.label, 0]))
    try {
      for (let index = 0; index < 300; index++) {
        const open = nodes.filter((n) => !trust.reputation.isQuarantined(keyOf(n)))
        const who = open[Math.floor(random() * open.length)]!
        const request = trustRequest(`greedy-${index}`, { messages: MESSAGES[index % MESSAGES.length]!, maxTokens: 48, temperature: 0.7, topP: 1, seed: Math.floor(random() * 2 ** 31), stop: [] })
        const answer = await answerOf(who, request)
        lastText.set(who.peerId, answer.text)
        servedBy.set(who.label, servedBy.get(who.label)! + 1)
        trust.loop.observe(served(await signAnswer(who, request, answer, modelHash), request, open.map((n) => n.peerId)))
        await trust.loop.idle()
      }
      const reputations = nodes.map((n) => [n.label, trust.reputation.get(keyOf(n))] as const)
      const earnings = computeEpochEarnings(nodes.map((n) => ({ digest: n.peerId, amount: BigInt(servedBy.get(n.label)!) * 1_000n, provider: n.wallet.address, curators: [] })), {
        feeBps: 0, shares: { providerBps: 10_000, curatorsBps: 0, trainerBps: 0 }, weight: (entry) => trust.reputation.rewardMultiplier(entry.provider.toLowerCase())
      })
      const figures = `samples ${trust.loop.counters().sampled}, slashes ${trust.slashes.length}; served ${[...servedBy].map(([l, c]) => `${l} ${c}`).join('/')}; ${reputations.map(([l, r]) => `${l} ${r.mean.toFixed(2)}/x${r.rewardMultiplier.toFixed(2)} q${r.quarantinedUntil > 0}`).join(', ')}; verdicts ${Object.entries(verdicts).map(([l, v]) => `${l} [${v.join(' ')}]`).join('; ')}; earnings ${nodes.map((n) => earnings.get(n.wallet.address) ?? 0n).join('/')}`
      expect(trust.loop.counters().sampled).toBeGreaterThanOrEqual(8)
      // Secure: the greedy answers are judged (they ignore the asked temperature), and the honest node keeps its standing.
      expect(verdicts.greedy!.every((verdict) => verdict.startsWith('honest')) && verdicts.greedy!.length > 0, figures).toBe(false)
      expect(trust.reputation.get(keyOf(h)).rewardMultiplier, figures).toBeGreaterThanOrEqual(0.95)
    } finally {
      await trust[Symbol.asyncDispose]()
    }
  }, 60_000)
})
