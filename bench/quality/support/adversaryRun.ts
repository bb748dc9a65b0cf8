import { reputationKey } from '../../../orchestrator/quality/index.ts'
import { simulateAdversaryAnswer, type AdversaryKind } from '../../../orchestrator/quality/verification/index.ts'
import type { BenchEnvironment } from './environment.ts'
import { honestPeers } from './environment.ts'
import { createLoopWorld } from './loopWorld.ts'
import { seededRandom } from './random.ts'
import { otherConversation, randomRequest, toSimulated } from './requests.ts'
import { benchNode, signAnswer } from './signing.ts'

/** One adversary's stream of requests through the loop, until it is slashed or the cap. */
export interface AdversaryRunResult {
  readonly kind: AdversaryKind
  readonly run: number
  readonly served: number
  readonly sampled: number
  /** Requests served (1-based) when the node was first quarantined; null if never within the cap. */
  readonly requestsUntilQuarantine: number | null
  /** Of those, how many the loop sampled. */
  readonly samplesUntilQuarantine: number | null
  /** Requests served when the chain slasher first returned an amount; null if never within the cap. */
  readonly requestsUntilSlash: number | null
  readonly slashedAmount: bigint
  /** Quarantines served (the stream resumes after each lapses, as traffic would). */
  readonly quarantines: number
  /** The loop's integrity checks of the adversary's own answers, and how they came out. */
  readonly checks: { readonly total: number; readonly dishonest: number; readonly suspicious: number }
  /** Honest peers the loop quarantined or slashed in this run (should be none). */
  readonly peersHarmed: number
}

export interface AdversaryRunOptions {
  readonly seed: number
  readonly maxRequests: number
}

/**
 * Serves a stream of random requests from an adversarial node of `kind`; every answer is handed
 * to the real loop (10% sampled); a sampled one is verified, re-asked of two honest peers, scored
 * and entered into reputation, and a `dishonest` verdict is kept as evidence and slashed on chain.
 * A quarantine stops traffic until it lapses: the bench then moves its clock past it and goes on.
 */
export async function runAdversary(env: BenchEnvironment, kind: AdversaryKind, run: number, options: AdversaryRunOptions): Promise<AdversaryRunResult> {
  const label = `${kind}/${options.seed}/${run}`
  const random = seededRandom(options.seed * 7919 + run * 104_729 + kind.length * 31 + kind.charCodeAt(0))
  const samplerRandom = seededRandom(options.seed * 15_485_863 + run * 32_452_843 + kind.charCodeAt(1))
  const adversary = benchNode(`adversary-${label}`)
  const peers = [benchNode(`peer-a-${label}`), benchNode(`peer-b-${label}`)]
  for (const node of [adversary, ...peers]) await env.chain.register(node.wallet, node.peerId)
  let clock = 1_700_000_000_000
  const world = createLoopWorld({
    db: env.db, name: `run-${label}`, random: samplerRandom, verifier: env.verifier, askNode: honestPeers(env, peers, label),
    slasher: env.chain.slasher, approvedModelHash: env.models.approvedModelHash, logger: env.logger, now: () => clock
  })
  const key = reputationKey(adversary.wallet.address)
  let requestsUntilQuarantine: number | null = null
  let samplesUntilQuarantine: number | null = null
  let requestsUntilSlash: number | null = null
  let quarantines = 0
  let served = 0
  try {
    while (served < options.maxRequests && requestsUntilSlash === null) {
      clock += 1_000
      served += 1
      const drawn = randomRequest(`${label}/${served}`, random)
      const simulated = toSimulated(drawn.request.fields)
      const answer = await simulateAdversaryAnswer(kind, simulated, {
        approved: env.models.approved,
        impostor: env.models.impostorFor(kind),
        replayMessages: otherConversation(drawn, random),
        seed: Math.floor(random() * 2 ** 31)
      })
      env.log.noteGeneration(simulated.messages, simulated.seed, answer.text, answer.generationMs)
      const signed = await signAnswer(adversary, drawn.request, answer, env.receipts)
      world.loop.observe({ ...signed, request: { id: drawn.request.id, ...drawn.request.fields }, eligiblePeers: [adversary.peerId, ...peers.map((peer) => peer.peerId)] })
      await world.loop.idle()
      if (world.slashes.some((slash) => slash.ethAddress === adversary.wallet.address)) requestsUntilSlash = served
      if (world.takeQuarantined().has(adversary.peerId) || world.reputation.isQuarantined(key)) {
        requestsUntilQuarantine ??= served
        samplesUntilQuarantine ??= world.loop.counters().sampled
        quarantines += 1
        clock = Math.max(clock, world.reputation.get(key).quarantinedUntil) + 1
      }
    }
    const standing = world.reputation.get(key)
    const bundles = await world.evidence.listByNode(adversary.peerId, { limit: 1_000 })
    const peersHarmed = peers.filter((peer) => world.reputation.get(reputationKey(peer.wallet.address)).integrityFailures > 0 || world.reputation.isQuarantined(reputationKey(peer.wallet.address)) ||
      world.slashes.some((slash) => slash.ethAddress === peer.wallet.address)).length
    return {
      kind, run, served, sampled: world.loop.counters().sampled, requestsUntilQuarantine, samplesUntilQuarantine, requestsUntilSlash,
      slashedAmount: await env.chain.slashedTotal(adversary.wallet.address),
      quarantines,
      checks: {
        total: standing.integrityChecks,
        dishonest: standing.integrityFailures,
        suspicious: bundles.filter((entry) => entry.bundle.verification?.verdict === 'suspicious').length
      },
      peersHarmed
    }
  } finally {
    await world.loop.stop()
  }
}
