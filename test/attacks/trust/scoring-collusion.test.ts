import { describe, expect, it } from 'vitest'
import { computeEpochEarnings, type EarningsEntry } from '../../../orchestrator/economy/settlement/earnings.ts'
import type { ServedStanding } from '../../../orchestrator/economy/settlement/ReceiptStore.ts'
import { standingWhenServed, weighByStandingWhenServed, type RewardStanding } from '../../../orchestrator/economy/settlement/rewardWeighting.ts'
import type { AskReference, EvidenceRequest } from '../../../orchestrator/quality/index.ts'
import { seededRandom } from '../../../shared/util/seededRandom.ts'
import { createTrustLoop, keyOf, served, signAnswer, trustNode, trustRequest, type TrustNode, type TrustRequest } from './support.ts'

// Attacks on the quality loop's lexical scoring (orchestrator/quality/scoring/scoreAgainstPeers.ts)
// by staked node operators who collude. The real loop, sampler, scorer and reputation book; the
// nodes are scripted (the texts are what the test is about): honest nodes at the same seed write
// the same answer (measured on real generations: README "honest answers at the same seed were
// identical across 1 and 2 threads (24/24)"), and the reference (Claude) writes another answer
// that shares part of its words with it. No verifier: `--verifier-model` is optional and off by
// default (orchestrator/startOrchestratorFromConfig.ts composeQuality).

const MODEL_HASH = `0x${'ab'.repeat(32)}` as const

const PROMPTS: ReadonlyArray<{ question: string; reference: string; honest: string }> = [
  { question: 'What does water teach?', reference: 'Water teaches patience: it wears down stone slowly and always finds its way around obstacles.', honest: 'Water teaches patience, because it shapes stone slowly and finds a way around what blocks it.' },
  { question: 'How do I calm down before an exam?', reference: 'Breathe slowly, prepare a short plan, sleep well the night before and remind yourself that one exam does not define you.', honest: 'Take slow breaths, make a short plan, get enough sleep and remember that one exam does not define you.' },
  { question: 'Why is the sky blue?', reference: 'Sunlight scatters off air molecules, and blue light scatters the most, so the sky looks blue.', honest: 'Air molecules scatter sunlight, and blue light is scattered the most, which is why the sky is blue.' },
  { question: 'Give me a kind word.', reference: 'You are doing better than you think, and you deserve the same kindness you give others.', honest: 'You are doing better than you think; you deserve the kindness you show to others.' },
  { question: 'What is a good habit for the morning?', reference: 'Drink a glass of water, step outside for a few minutes of light and write down one thing to do today.', honest: 'Drink some water, get a few minutes of daylight and write one thing you want to do today.' },
  { question: 'How do plants grow?', reference: 'Plants turn light, water and carbon dioxide into sugar by photosynthesis and use it to build new cells.', honest: 'Plants use light, water and carbon dioxide to make sugar through photosynthesis, and grow new cells with it.' }
]
const promptOf = (request: EvidenceRequest): (typeof PROMPTS)[number] => PROMPTS.find((prompt) => prompt.question === request.messages.at(-1)?.content)!
const honestText = (request: EvidenceRequest): string => promptOf(request).honest
/** Zero work: no model runs, the same words whatever the prompt (two colluders agree by construction). */
const GARBAGE = 'buy cheap tokens at maia ads dot example today'
const reference: AskReference = async (request) => promptOf(request).reference

type Behaviour = (request: EvidenceRequest, context: { asPeer: boolean }) => string

/** One served request's receipt as the orchestrator stores it for settlement (the fields earnings read). */
type EpochReceipt = EarningsEntry & { node: string; servedStanding?: ServedStanding }

interface World {
  nodes: TrustNode[]
  behaviour: Map<string, Behaviour>
}

/**
 * Serves `requests` requests, each by a node drawn uniformly among those not quarantined (routing
 * weights aside), through the real loop at `sampleRate`; returns each node's reputation.
 */
async function run(world: World, options: { requests: number; seed: number; sampleRate: number; withReference: boolean; peersPerSample?: number }) {
  const random = seededRandom(options.seed)
  const byPeer = new Map(world.nodes.map((node) => [node.peerId, node]))
  const requestOf = new Map<string, TrustRequest>()
  let counter = 0
  const trust = await createTrustLoop({
    random, now: Date.now, sampleRate: options.sampleRate, missingTokenIds: 'accept',
    ...(options.withReference ? { askReference: reference } : {}),
    askNode: async (peerId, fields) => {
      const node = byPeer.get(peerId)!
      const request = trustRequest(`reask-${counter++}`, fields)
      requestOf.set(request.id, request)
      const text = world.behaviour.get(peerId)!(fields, { asPeer: true })
      return signAnswer(node, request, { text, usage: { promptTokens: 10, completionTokens: text.split(' ').length + 1 } }, MODEL_HASH)
    }
  })
  const served_ = new Map<string, number>(world.nodes.map((node) => [node.peerId, 0]))
  // The orchestrator's standing read (startOrchestratorFromConfig: reputation by reputationKey).
  const standing: RewardStanding = {
    rewardMultiplier: (node) => trust.reputation.rewardMultiplier(node.toLowerCase()),
    provenLies: (node) => trust.reputation.get(node.toLowerCase()).integrityFailures
  }
  const receipts: EpochReceipt[] = []
  try {
    for (let index = 0; index < options.requests; index++) {
      const open = world.nodes.filter((node) => !trust.reputation.isQuarantined(keyOf(node)))
      if (open.length === 0) break
      const node = open[Math.floor(random() * open.length)]!
      const prompt = PROMPTS[index % PROMPTS.length]!
      const request = trustRequest(`user-${options.seed}-${index}`, {
        messages: [{ role: 'user', content: prompt.question }], maxTokens: 64, temperature: 0.7, topP: 1, seed: Math.floor(random() * 2 ** 31), stop: []
      })
      const text = world.behaviour.get(node.peerId)!(request.fields, { asPeer: false })
      const signed = await signAnswer(node, request, { text, usage: { promptTokens: 10, completionTokens: text.split(' ').length + 1 } }, MODEL_HASH)
      served_.set(node.peerId, served_.get(node.peerId)! + 1)
      // Stored with the standing it was served in, before the loop judges it (createLevelReceiptStore).
      const servedStanding = standingWhenServed(standing, node.wallet.address)
      receipts.push({ digest: `${node.peerId}-${index}`, amount: 1_000n, provider: node.wallet.address, node: node.wallet.address, curators: [], ...(servedStanding === undefined ? {} : { servedStanding }) })
      trust.loop.observe(served(signed, request, open.map((candidate) => candidate.peerId)))
      await trust.loop.idle()
    }
    const reputations = new Map(world.nodes.map((node) => [node.label, trust.reputation.get(keyOf(node))]))
    // The epoch's rewards as the orchestrator weighs them at settlement (createOrchestratorEconomy:
    // weighByStandingWhenServed: each receipt by the multiplier it was served at, 0 for a node proven
    // to lie during the epoch).
    const earnings = computeEpochEarnings(receipts, {
      feeBps: 0, shares: { providerBps: 10_000, curatorsBps: 0, trainerBps: 0 },
      weight: weighByStandingWhenServed<EpochReceipt>(standing)(receipts)
    })
    return { reputations, served: served_, earnings, counters: trust.loop.counters(), quarantined: trust.quarantined, outcomes: [...trust.outcomes] }
  } finally {
    await trust[Symbol.asyncDispose]()
  }
}

const honest: Behaviour = (request) => honestText(request)
const garbage: Behaviour = () => GARBAGE

describe('ATTACK trust: colluding nodes against relative-to-median lexical scoring', () => {
  it('defended (was a hole): with the Claude reference, a Sybil pair answering zero-work garbage is penalised even when it is the majority of a sample (divisor never below the reference floor)', async () => {
    // Measured (seed 11, 600 requests at 10%, 3 nodes, every sample = all 3 answers): 59 samples;
    // garbage Sybils' mean reputation 0.98 and 0.98 (relative score 1 on every sample, reward
    // multiplier 1.00), the honest node 0.98 too. Epoch earnings 203,000 / 190,000 / 207,000: the
    // Sybils took 66% of the pool while running no model. 5 nodes (3 honest + the pair): next test.
    // Cause: scoreAgainstPeers gives relative 1 to an answer of similarity 0 when the median is 0.
    // Fix (scoreAgainstPeers.ts): never give an answer of similarity 0 a score of 1; when a
    // reference exists, divide by max(median, a calibrated floor of honest similarity to the
    // reference) or by the median of verified answers only, so garbage scores ~0 however many agree.
    // Fixed: scoreAgainstPeers divides by max(median, REFERENCE_SIMILARITY_FLOOR = 0.15). After
    // (same seed): 65 samples; Sybils 0.32 / 0.32, quarantined (multiplier 0), honest 0.99 / 1.00;
    // the honest node earned the whole pool (600,000).
    // After receipts were weighed by the multiplier they were served at (same seed): honest 563,053,
    // the Sybils 23,945 / 13,002 for the garbage they served before the scores quarantined them
    // (no verifier here; with one, garbage is a proven lie and forfeits the epoch).
    const [h, s1, s2] = ['honest', 'sybil1', 'sybil2'].map(trustNode) as [TrustNode, TrustNode, TrustNode]
    const result = await run({ nodes: [h, s1, s2], behaviour: new Map([[h.peerId, honest], [s1.peerId, garbage], [s2.peerId, garbage]]) }, { requests: 600, seed: 11, sampleRate: 0.1, withReference: true })
    const figures = `samples ${result.counters.sampled}; means ${[...result.reputations].map(([label, r]) => `${label} ${r.mean.toFixed(2)}/x${r.rewardMultiplier.toFixed(2)}`).join(', ')}; earnings ${[...result.earnings.values()].join('/')}`
    expect(result.counters.sampled).toBeGreaterThanOrEqual(40)
    // Secure: garbage that shares no word with the reference ends below the quarantine line.
    expect(result.reputations.get('sybil1')!.mean, figures).toBeLessThan(0.35)
  }, 30_000)

  it('defended (was a hole): with the Claude reference and 3 honest nodes, the garbage pair is quarantined (a sample where both answer no longer has them typical)', async () => {
    // Measured (seed 12, 1,000 requests at 10%, 5 nodes, 2 peers per sample): 112 samples; the
    // garbage Sybils scored 1 in every sample holding both of them, 0 otherwise: mean 0.44 and 0.46
    // (never quarantined, reward multiplier 0.59 and 0.62) for answers sharing no word with the
    // reference; honest nodes 0.99. Fix: as above (scoreAgainstPeers.ts).
    // After the floor (same seed): 112 samples; Sybils 0.31 / 0.31, quarantined; honest 0.99 ×3.
    const nodes = ['honest1', 'honest2', 'honest3', 'sybil1', 'sybil2'].map(trustNode)
    const behaviour = new Map<string, Behaviour>(nodes.map((node) => [node.peerId, node.label.startsWith('sybil') ? garbage : honest]))
    const result = await run({ nodes, behaviour }, { requests: 1_000, seed: 12, sampleRate: 0.1, withReference: true })
    const figures = `samples ${result.counters.sampled}; ${[...result.reputations].map(([label, r]) => `${label} ${r.mean.toFixed(2)}/x${r.rewardMultiplier.toFixed(2)} q${r.quarantinedUntil > 0}`).join(', ')}`
    expect(result.counters.sampled).toBeGreaterThanOrEqual(60)
    expect(result.reputations.get('sybil1')!.quarantinedUntil > 0 || result.reputations.get('sybil1')!.mean < 0.35, figures).toBe(true)
  }, 30_000)

  it('defended (was a hole): without a reference, a colluding pair answering the same garbage can no longer get the honest third node quarantined (unverified agreement is not scored)', async () => {
    // Measured (seed 13, 300 requests at 10%, 3 nodes): 22 samples; the honest node scored 0 on
    // every sample (its answer is the odd one out), was quarantined (mean 0.30) after serving 35
    // requests, got none afterwards (Sybils served 140 and 125) and a reward multiplier of 0, so its
    // 35 receipts earned 0 and the Sybils' zero-work receipts took 100% of the pool (158,491 / 141,509). Fix: consensus alone must not
    // punish (scoreAgainstPeers.ts / createQualityLoop.ts check: without a reference, record a
    // quality outcome only for answers that passed the verifier, and never let unverified agreement
    // quarantine), and weigh receipts by the multiplier when they were served, not at seal time
    // (createOrchestratorEconomy.ts weight reads rewardMultiplier(receipt.node) at settlement).
    // Fixed (createQualityLoop.ts answersToScore): without a reference only answers the verifier
    // passed as honest are scored by consensus, so with no verifier nothing is recorded. After (same
    // seed): 25 samples, served 98/114/88, all three 0.75 / ×1.00 (the prior), none quarantined,
    // earnings 98,000/114,000/88,000. The Sybils' garbage is still paid in full here: without a
    // verifier or a reference nothing can tell the answers apart (see the two-node test).
    // Was left open: the multiplier was read at settlement, not when each receipt was served; now
    // each receipt is weighed by the multiplier it was served at (see 'a quarantine for low scores …'
    // below). After that change (same seed): earnings unchanged, 98,000/114,000/88,000.
    const [h, s1, s2] = ['honest', 'sybil1', 'sybil2'].map(trustNode) as [TrustNode, TrustNode, TrustNode]
    const result = await run({ nodes: [h, s1, s2], behaviour: new Map([[h.peerId, honest], [s1.peerId, garbage], [s2.peerId, garbage]]) }, { requests: 300, seed: 13, sampleRate: 0.1, withReference: false })
    const figures = `samples ${result.counters.sampled}; served ${[...result.served.values()].join('/')}; ${[...result.reputations].map(([label, r]) => `${label} ${r.mean.toFixed(2)}/x${r.rewardMultiplier.toFixed(2)} q${r.quarantinedUntil > 0}`).join(', ')}; earnings ${[...result.earnings.values()].join('/')}`
    const honestEarned = result.earnings.get(h.wallet.address) ?? 0n
    expect(result.reputations.get('honest')!.quarantinedUntil, figures).toBe(0)
    expect(honestEarned, figures).toBeGreaterThan(0n)
  }, 30_000)

  it.fails('HOLE: without a reference or verifier, in a two-node network a garbage answer is paid like the honest one (two answers that differ are symmetric)', async () => {
    // Measured (seed 14, 400 requests at 10%): 45 samples, liar mean 0.98 (every relative score 1),
    // never quarantined, reward multiplier 1.00, same as the honest node (0.98, 1.00).
    // Fix (createQualityLoop.ts check): with fewer than 3 answers and no reference, record no
    // quality outcome (or the raw similarity for both), instead of 1 for both.
    // Partly fixed: no score is recorded for fewer than 3 answers by consensus, nor for unverified
    // answers (MIN_CONSENSUS_ANSWERS, answersToScore). After (same seed): 45 samples, liar and honest
    // both 0.75 / ×1.00 (the prior): the liar no longer gains reputation, but still earns in full.
    // Scoring both by raw similarity would pass this assertion only by pushing the honest node to
    // quarantine too; nothing in two unverified answers says which is wrong. Still open without a
    // verifier (--verifier-model, where garbage is outside the sampler's support) or a reference.
    const [h, liar] = ['honest', 'liar'].map(trustNode) as [TrustNode, TrustNode]
    const result = await run({ nodes: [h, liar], behaviour: new Map([[h.peerId, honest], [liar.peerId, garbage]]) }, { requests: 400, seed: 14, sampleRate: 0.1, withReference: false })
    const figures = `samples ${result.counters.sampled}; ${[...result.reputations].map(([label, r]) => `${label} ${r.mean.toFixed(2)}/x${r.rewardMultiplier.toFixed(2)}`).join(', ')}`
    expect(result.reputations.get('liar')!.rewardMultiplier, figures).toBeLessThan(0.5)
  }, 30_000)

  it('defended (was a hole): a colluding peer still recognises every re-ask of its partner\'s answer and echoes it, but honest peers are no longer scored against unverified echoes', async () => {
    // The re-ask is the served request's exact fields (askNamedNode.ts forwards messages, seed,
    // temperature, topP, maxTokens and stop; only the 32-byte id is new), so S2, sharing S1's log
    // of requests, knows a check of S1 with certainty. S1 serves zero-work garbage on all its
    // traffic; S2 answers honestly except when it recognises a re-ask of S1, where it echoes S1.
    // Measured (seed 15, 1,000 requests at 10%, 4 nodes: 2 honest + S1 + S2, no reference):
    // 94 samples; S2 recognised 16 re-asks of S1 (every one it received) with 0 false alarms;
    // in those samples S1's garbage scored 1 and an honest node 0 (16 honest zeros, honest means
    // 0.86 and 0.91 against 0.99 elsewhere);
    // S1 was still quarantined here (mean 0.35) because a third of its samples held no S2 — in a
    // 3-node network every sample holds S2 (previous tests). Fix: score against the reference or
    // a verified answer, never unverified peers alone (createQualityLoop.ts check); the seed must
    // repeat for honest answers to agree, so re-asks cannot be made unlinkable by the seed.
    // Fixed by not scoring unverified consensus (createQualityLoop.ts answersToScore). After (same
    // seed): 94 samples; S2 still recognised 25 re-asks (0 false alarms: recognition itself cannot
    // be prevented, the seed must repeat), but 0 honest answers were scored below 0.5; every node at
    // the prior (0.75 / ×1.00). With a verifier, S1's garbage is a proven lie whoever echoes it; with
    // a reference, an echo of garbage scores ~0 like the original (the floor).
    const nodes = ['honest1', 'honest2', 'sybil1', 'sybil2'].map(trustNode)
    const [, , s1, s2] = nodes as [TrustNode, TrustNode, TrustNode, TrustNode]
    const sybilLog = new Map<string, string>()
    const keyOfRequest = (request: EvidenceRequest): string => JSON.stringify([request.messages, request.seed, request.temperature, request.topP, request.maxTokens, request.stop])
    let recognised = 0
    let falseAlarms = 0
    const behaviour = new Map<string, Behaviour>([
      [nodes[0]!.peerId, honest], [nodes[1]!.peerId, honest],
      [s1.peerId, (request) => { sybilLog.set(keyOfRequest(request), GARBAGE); return GARBAGE }],
      [s2.peerId, (request, { asPeer }) => {
        const echoed = sybilLog.get(keyOfRequest(request))
        if (echoed !== undefined) {
          if (asPeer) recognised += 1
          else falseAlarms += 1
          return echoed
        }
        return honestText(request)
      }]
    ])
    const result = await run({ nodes, behaviour }, { requests: 1_000, seed: 15, sampleRate: 0.1, withReference: false })
    const honestKeys = new Set([keyOf(nodes[0]!), keyOf(nodes[1]!)])
    const honestZeros = result.outcomes.filter(({ node, outcome }) => honestKeys.has(node) && outcome.kind === 'quality' && outcome.relativeScore < 0.5).length
    const figures = `samples ${result.counters.sampled}; recognised ${recognised}, false alarms ${falseAlarms}; honest scored < 0.5: ${honestZeros}; served ${[...result.served.values()].join('/')}; ${[...result.reputations].map(([label, r]) => `${label} ${r.mean.toFixed(2)}/x${r.rewardMultiplier.toFixed(2)} q${r.quarantinedUntil > 0}`).join(', ')}`
    expect(recognised, figures).toBeGreaterThan(0)
    expect(falseAlarms, figures).toBe(0)
    // Secure: an honest answer identical to the other honest node's is never scored as an outlier.
    expect(honestZeros, figures).toBe(0)
  }, 30_000)

  it('defended (was a hole): a quarantine for low scores no longer zeroes the receipts the node served in good standing (each receipt is weighed by the multiplier it was served at; only a proven lie forfeits the epoch)', async () => {
    // createOrchestratorEconomy.ts weighs each receipt by rewardMultiplier(receipt.node) when the
    // epoch is sealed. A node that served honestly for most of the epoch and fell below the
    // quarantine line late (here: it turns to garbage after 100 of its own answers; with a
    // reference it is rightly quarantined) loses the pay of its honest receipts too; a wrongful
    // quarantine would cost as much. Fix: store the multiplier in force with each receipt when it is
    // recorded (ReceiptStore entry, createEconomyHooks) and weigh by it, keeping 0 for a node
    // quarantined for a proven lie (a liar's earlier receipts are lies too, 10% sampled). Left open:
    // it changes the settlement store's schema, outside this change.
    // Measured (seed 17, 1,200 requests at 10%, 3 nodes, reference): 128 samples; flip served 339
    // (100 honest at multiplier 1.00, then garbage), quarantined (mean 0.35); at settlement its
    // 339 receipts earned 0 of 1,200,000 (honest 603,485 / 596,515).
    // Fixed (orchestrator/economy/settlement/rewardWeighting.ts): the store keeps the node's
    // multiplier and count of proven lies with each receipt when it is recorded (servedStanding,
    // same write); settlement weighs each receipt by its own multiplier and stores that weight with
    // the sealed receipt; a node whose count of proven lies (dishonest verdicts with evidence) grew
    // during the epoch still forfeits all its receipts of it. After (same seed): 128 samples, served
    // 433/428/339, flip 0.35 / ×0.00, quarantined (no proven lie: no verifier); flip earned 291,645
    // (honest 456,815 / 451,540): its 100 honest receipts weigh 100.00 (~105,500), its 239 garbage
    // receipts 176.18 (~186,100, served at multipliers falling from 1 as 10% sampling caught up).
    // That garbage pay is the price of served-time weights without a verifier: with one, garbage is
    // a proven lie and the epoch is forfeited (test/orchestrator/economy/settlement/rewardWeighting.test.ts).
    const [h1, h2, flip] = ['honest1', 'honest2', 'flip'].map(trustNode) as [TrustNode, TrustNode, TrustNode]
    let flipServed = 0
    const turns: Behaviour = (request, { asPeer }) => {
      if (!asPeer) flipServed += 1
      return flipServed > 100 ? GARBAGE : honestText(request)
    }
    const result = await run({ nodes: [h1, h2, flip], behaviour: new Map([[h1.peerId, honest], [h2.peerId, honest], [flip.peerId, turns]]) }, { requests: 1_200, seed: 17, sampleRate: 0.1, withReference: true })
    const figures = `samples ${result.counters.sampled}; served ${[...result.served.values()].join('/')}; ${[...result.reputations].map(([label, r]) => `${label} ${r.mean.toFixed(2)}/x${r.rewardMultiplier.toFixed(2)} q${r.quarantinedUntil > 0}`).join(', ')}; earnings ${[h1, h2, flip].map((node) => result.earnings.get(node.wallet.address) ?? 0n).join('/')}`
    expect(result.reputations.get('flip')!.quarantinedUntil, figures).toBeGreaterThan(0)
    // Secure: the 100 honest receipts served at multiplier ~1 are still paid.
    expect(result.earnings.get(flip.wallet.address) ?? 0n, figures).toBeGreaterThan(0n)
  }, 30_000)

  it('defended: with the reference and honest peers, an empty answer or a repeat of the question scores ~0 and is quarantined', async () => {
    // Measured (seed 16, 800 requests at 10%): 86 samples; empty answer mean 0.30, the question
    // repeated 3 times 0.35, both quarantined; honest nodes 0.99.
    const nodes = ['honest1', 'honest2', 'empty', 'parrot'].map(trustNode)
    const behaviour = new Map<string, Behaviour>([
      [nodes[0]!.peerId, honest], [nodes[1]!.peerId, honest],
      [nodes[2]!.peerId, () => ''],
      [nodes[3]!.peerId, (request) => `${request.messages.at(-1)!.content} `.repeat(3)]
    ])
    const result = await run({ nodes, behaviour }, { requests: 800, seed: 16, sampleRate: 0.1, withReference: true })
    const figures = `samples ${result.counters.sampled}; ${[...result.reputations].map(([label, r]) => `${label} ${r.mean.toFixed(2)}/q${r.quarantinedUntil > 0}`).join(', ')}`
    expect(result.reputations.get('empty')!.quarantinedUntil, figures).toBeGreaterThan(0)
    expect(result.reputations.get('parrot')!.quarantinedUntil, figures).toBeGreaterThan(0)
    expect(result.reputations.get('honest1')!.quarantinedUntil, figures).toBe(0)
  }, 30_000)
})
