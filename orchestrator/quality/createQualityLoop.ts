import type { Logger } from 'pino'
import type { DistillationSet } from './distillation/distillationSet.ts'
import type { EvidenceBundle, EvidenceRequest, VerificationSummary } from './evidence/evidenceBundle.ts'
import { findEvidenceDefect } from './evidence/checkEvidence.ts'
import type { EvidenceStore } from './evidence/EvidenceStore.ts'
import type { AnswerVerifier, AskNode, AskReference, NodeSlasher, SignedAnswer } from './QualityPorts.ts'
import type { ReputationBook } from './reputation/ReputationBook.ts'
import type { QualitySampler } from './sampling/createQualitySampler.ts'
import { scoreAgainstPeers } from './scoring/scoreAgainstPeers.ts'

/**
 * Reputation is kept per ETH address: what a node stakes, is paid and is slashed under (one stake
 * backs one registered peer id, so the address names the peer too).
 */
export function reputationKey(ethAddress: string): string {
  return ethAddress.toLowerCase()
}

/** A network-served answer, as the router saw it verified (receipt signature and hashes checked). */
export interface ServedAnswer extends SignedAnswer {
  request: EvidenceRequest & { id: string }
  /** How the answer travelled (a whole reply, tokens gathered): re-asks travel the same way, so nothing tells them apart. */
  wholeReply?: boolean
  /** Other nodes eligible for the same model now (peer ids), to ask the same prompt. */
  eligiblePeers: readonly string[]
  /** Whose request it was (the API key id): the distillation set holds at most a share per caller. */
  caller?: string
}

/** What the loop did, for `maia report`, `/metrics` and the API. */
export interface QualityCounters {
  served: number
  sampled: number
  verified: number
  peerAnswers: number
  referenceAnswers: number
  flagged: number
  slashed: number
  failedChecks: number
  /** Answers not verified because the verifier runs another model than the approved one. */
  unverifiable: number
}

export interface QualityLoop {
  /** Hears every network-served answer; samples some and checks them in the background. */
  observe(answer: ServedAnswer): void
  counters(): QualityCounters
  /** Resolves when every check started so far has finished (tests; shutdown). */
  idle(): Promise<void>
  stop(): Promise<void>
}

export interface QualityLoopComponents {
  sampler: QualitySampler
  reputation: ReputationBook
  evidence: EvidenceStore
  askNode: AskNode
  approvedModelHash: () => string | undefined
  verifier?: AnswerVerifier
  askReference?: AskReference
  distillation?: DistillationSet
  slasher?: NodeSlasher
  /**
   * What an answer without the node's sampled token ids counts as when the verifier finds nothing
   * on its text: `suspicious` (default: lowers reputation, never slashes) or `accept` (networks of
   * backends that cannot report ids, e.g. scripted nodes in tests).
   */
  missingTokenIds?: 'suspicious' | 'accept'
  /** Takes a node out of routing now (a proven lie, or a reputation below the quarantine line). */
  quarantine?: (peerId: string, untilMs: number) => void
  logger: Logger
  now: () => number
}

/**
 * The closed trust loop of phase 2. A sampled answer is (1) verified against the approved model
 * by teacher forcing when a verifier is configured, (2) sent, with the same prompt, seed and
 * sampling parameters, to 1–2 other eligible nodes and to the reference, (3) scored against the
 * reference relative to the peers' answers, or without one by consensus among at least 3 answers
 * the verifier passed, and (4) entered into each node's reputation. A `dishonest` verdict on a bundle
 * that binds the node (its own signed receipt commits to the request and output) is kept as
 * evidence, quarantines the node and — with a slasher — slashes it on chain citing the bundle hash.
 */
export function createQualityLoop(components: QualityLoopComponents): QualityLoop {
  const log = components.logger.child({ component: 'orchestrator:quality' })
  const counters: QualityCounters = { served: 0, sampled: 0, verified: 0, peerAnswers: 0, referenceAnswers: 0, flagged: 0, slashed: 0, failedChecks: 0, unverifiable: 0 }
  const running = new Set<Promise<void>>()
  const abort = new AbortController()
  let stopped = false
  let warnedModelMismatch: string | undefined

  const judge = async (answer: SignedAnswer, request: EvidenceRequest, approvedModelHash: string): Promise<VerificationSummary | undefined> => {
    const verifier = components.verifier
    if (verifier === undefined) return undefined
    // Judging with another model than the approved one would read honest answers as lies (after a
    // governance activation, until the verifier is given the new GGUF): such answers are not judged.
    if (verifier.modelHash !== undefined && verifier.modelHash !== approvedModelHash.toLowerCase()) {
      counters.unverifiable += 1
      if (warnedModelMismatch !== approvedModelHash) {
        warnedModelMismatch = approvedModelHash
        log.warn({ verifierModel: verifier.modelHash, approvedModel: approvedModelHash }, 'the verifier runs another model than the approved one: integrity checks are off until it is restarted with the approved GGUF (--verifier-model)')
      }
      return undefined
    }
    // The node is held to the model its receipt names: an answer served under the previous model
    // (governance activated another while it was generated or waiting to be checked) is no lie.
    const judgedModelHash = (verifier.modelHash ?? approvedModelHash).toLowerCase()
    if (answer.receipt.modelHash.toLowerCase() !== judgedModelHash) {
      counters.unverifiable += 1
      log.info({ peerId: answer.peerId, receiptModel: answer.receipt.modelHash, verifierModel: judgedModelHash }, 'answer signed under another model than the verifier runs: not judged')
      return undefined
    }
    const checked = await verifier.verify({
      request, claimedText: answer.text, signal: abort.signal,
      claimedUsage: { inputTokens: answer.receipt.inputTokens, outputTokens: answer.receipt.outputTokens },
      ...(answer.tokens === undefined ? {} : { claimedTokens: answer.tokens }),
      ...(answer.stopReason === undefined ? {} : { claimedStopReason: answer.stopReason })
    })
    // Without the sampled ids an answer can be checked on its text only, and text-only findings
    // misfire on honest answers (a non-canonical tokenization reads as overbilling): they never
    // prove a lie, so they never slash or quarantine. And a node that withholds the ids is never
    // "honest" either, so leaving them out cannot be a way to hide.
    const textOnly = answer.tokens === undefined
    const verification: VerificationSummary = !textOnly ? checked
      : checked.verdict === 'dishonest' ? { ...checked, verdict: 'suspicious', reasons: [...checked.reasons, 'text only (no token ids): not proof'] }
        : checked.verdict === 'honest' && (components.missingTokenIds ?? 'suspicious') === 'suspicious'
          ? { ...checked, verdict: 'suspicious', reasons: [...checked.reasons, 'no token ids: the answer could be checked on its text only'] }
          : checked
    counters.verified += 1
    const key = reputationKey(answer.ethAddress)
    if (verification.verdict === 'honest') {
      components.reputation.record(key, { kind: 'integrity', verdict: 'honest' })
      return verification
    }
    const bundle: EvidenceBundle = {
      version: 1, createdAt: components.now(),
      node: { peerId: answer.peerId, ethAddress: answer.ethAddress },
      approvedModelHash: judgedModelHash as `0x${string}`,
      request, claimedOutput: answer.text,
      ...(answer.tokens === undefined ? {} : { claimedTokens: answer.tokens }),
      ...(answer.stopReason === undefined ? {} : { claimedStopReason: answer.stopReason }),
      receipt: answer.receipt, verification
    }
    const defect = findEvidenceDefect(bundle)
    if (defect !== undefined) {
      // Without the node's own binding signature the verdict proves nothing against it.
      log.warn({ peerId: answer.peerId, defect }, 'verification evidence does not bind the node; not acting on it')
      return verification
    }
    // Only now, with the node bound to what was judged, does the verdict count against it.
    const reputation = components.reputation.record(key, { kind: 'integrity', verdict: verification.verdict })
    const evidenceHash = await components.evidence.put(bundle)
    if (verification.verdict !== 'dishonest') return verification
    counters.flagged += 1
    log.warn({ peerId: answer.peerId, node: answer.ethAddress, evidenceHash, reasons: verification.reasons }, 'node failed verification: quarantined')
    components.quarantine?.(answer.peerId, reputation.quarantinedUntil)
    if (components.slasher !== undefined) {
      try {
        const slashed = await components.slasher.slash({ ethAddress: answer.ethAddress, evidenceHash, reason: `failed verification: ${verification.reasons.slice(0, 3).join('; ')}`.slice(0, 200) })
        if (slashed !== undefined) {
          counters.slashed += 1
          log.warn({ node: answer.ethAddress, evidenceHash, amount: slashed.amount.toString(), transactionHash: slashed.transactionHash }, 'node slashed with evidence')
        }
      } catch (error) {
        log.error({ node: answer.ethAddress, evidenceHash, err: error instanceof Error ? error.message : String(error) }, 'slashing failed; the evidence is kept')
      }
    }
    return verification
  }

  const check = async (served: ServedAnswer): Promise<void> => {
    const approvedModelHash = components.approvedModelHash() ?? served.receipt.modelHash
    const { id: _id, ...request } = served.request
    const peers = components.sampler.pickPeers(served.eligiblePeers, served.peerId)
    const [peerAnswers, reference] = await Promise.all([
      Promise.all(peers.map((peerId) => components.askNode(peerId, request, abort.signal, { wholeReply: served.wholeReply === true }).catch((error: unknown) => {
        log.debug({ peerId, err: error instanceof Error ? error.message : String(error) }, 'sampled peer did not answer')
        return undefined
      }))),
      components.askReference?.(request, abort.signal).catch((error: unknown) => {
        log.warn({ err: error instanceof Error ? error.message : String(error) }, 'reference answer failed; scoring by consensus')
        return undefined
      })
    ])
    const answers = [served, ...peerAnswers.filter((answer): answer is SignedAnswer => answer !== undefined)]
    counters.peerAnswers += answers.length - 1
    if (reference !== undefined) counters.referenceAnswers += 1
    const verdicts = await Promise.all(answers.map((answer) => judge(answer, request, approvedModelHash)))
    const scored = answersToScore(answers, verdicts, reference !== undefined)
    const scoring = scored.length > 0 ? scoreAgainstPeers(scored.map((answer) => ({ peerId: answer.peerId, text: answer.text })), reference === undefined ? {} : { reference }) : undefined
    // Scores come in the order of the answers scored; a yardstick that tells nobody apart is no evidence.
    const scoreOf = new Map<string, number>()
    if (scoring?.conclusive === true) {
      scoring.scores.forEach((score, index) => {
        const answer = scored[index]!
        scoreOf.set(answer.peerId, score.relativeScore)
        const reputation = components.reputation.record(reputationKey(answer.ethAddress), { kind: 'quality', relativeScore: score.relativeScore })
        if (reputation.quarantinedUntil > 0) components.quarantine?.(answer.peerId, reputation.quarantinedUntil)
      })
    }
    await components.distillation?.add({
      createdAt: components.now(), requestId: served.request.id, messages: request.messages,
      ...(served.caller === undefined ? {} : { owner: served.caller }),
      ...(reference === undefined ? {} : { reference }),
      answers: answers.map((answer, index) => ({
        peerId: answer.peerId, text: answer.text,
        ...(verdicts[index] === undefined ? {} : { verdict: verdicts[index]!.verdict }),
        ...(scoreOf.has(answer.peerId) ? { relativeScore: scoreOf.get(answer.peerId)! } : {})
      }))
    })
  }

  return {
    observe(served) {
      if (stopped) return
      counters.served += 1
      if (!components.sampler.shouldSample()) return
      counters.sampled += 1
      const task = check(served).catch((error: unknown) => {
        counters.failedChecks += 1
        log.error({ peerId: served.peerId, err: error instanceof Error ? error.message : String(error) }, 'quality check failed')
      }).finally(() => running.delete(task))
      running.add(task)
    },
    counters: () => ({ ...counters }),
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running])
    },
    async stop() {
      stopped = true
      abort.abort()
      await Promise.allSettled([...running])
    }
  }
}

/**
 * Which answers of a sample are scored. A proven lie is never a peer. With a reference, every
 * other answer is scored against it. Without one, only answers the verifier passed as `honest`
 * stand: agreement among unverified answers proves nothing, and two colluders who agree on
 * garbage (or a node that recognises its partner's re-asked prompt and echoes it) would otherwise
 * outvote an honest node and get it quarantined (test/attacks/trust/scoring-collusion.test.ts).
 */
function answersToScore<A extends SignedAnswer>(answers: readonly A[], verdicts: ReadonlyArray<VerificationSummary | undefined>, withReference: boolean): A[] {
  if (withReference) return answers.filter((_, index) => verdicts[index]?.verdict !== 'dishonest')
  return answers.filter((_, index) => verdicts[index]?.verdict === 'honest')
}
