import type { Level } from 'level'
import type { Logger } from 'pino'
import type { AnswerVerifier, AskNode } from '../../../orchestrator/quality/index.ts'
import { asAnswerVerifier, type SimulatedNode } from '../../../orchestrator/quality/verification/index.ts'
import type { BenchChain } from './chain.ts'
import type { BenchModels } from './models.ts'
import { reissued, toSimulated } from './requests.ts'
import { signAnswer, type BenchNode, type ReceiptContext } from './signing.ts'
import { VerificationLog } from './verificationLog.ts'

/** What every phase of the bench shares: models, chain, database, the verifier port and its log. */
export interface BenchEnvironment {
  readonly models: BenchModels
  readonly chain: BenchChain
  readonly db: Level<string, string>
  readonly log: VerificationLog
  /** The loop's `AnswerVerifier` port: `asAnswerVerifier` over the real teacher-forcing verifier. */
  readonly verifier: AnswerVerifier
  readonly receipts: ReceiptContext
  readonly logger: Logger
}

export function createBenchEnvironment(parts: { models: BenchModels; chain: BenchChain; db: Level<string, string>; logger: Logger; claims: ReceiptContext['claims'] }): BenchEnvironment {
  const { claims, ...shared } = parts
  const log = new VerificationLog()
  return {
    ...shared, log,
    verifier: asAnswerVerifier(log.wrap(parts.models.verifier)),
    receipts: { chainId: parts.chain.chainId, modelHash: parts.models.approvedModelHash, claims }
  }
}

/** Generates on `node` for `request` and signs as `identity`, noting the generation time. */
export async function answerHonestly(env: BenchEnvironment, node: SimulatedNode, identity: BenchNode, request: Parameters<AskNode>[1] & { id: `0x${string}` }, signal?: AbortSignal) {
  const simulated = toSimulated(request)
  const answer = await node.generate(simulated, { signal })
  env.log.noteGeneration(simulated.messages, simulated.seed, answer.text, answer.generationMs)
  const { id, ...fields } = request
  return { answer, signed: await signAnswer(identity, { id, fields }, answer, env.receipts) }
}

/**
 * `askNode` for honest peers running the approved model: each gets the sampled prompt as a
 * request of its own (new id, same fields), generates it for real and signs its receipt.
 */
export function honestPeers(env: BenchEnvironment, peers: readonly BenchNode[], label: string): AskNode {
  let asked = 0
  return async (peerId, request, signal) => {
    const peer = peers.find((candidate) => candidate.peerId === peerId)
    if (peer === undefined) throw new Error(`no bench peer ${peerId}`)
    const { id } = reissued(`${label}/peer/${peerId}/${asked++}`, request)
    return (await answerHonestly(env, env.models.approved, peer, { ...request, id }, signal)).signed
  }
}
