import type { Level } from 'level'
import type { Logger } from 'pino'
import {
  createLevelEvidenceStore, createQualityLoop, createQualitySampler, createReputationBook, DEFAULT_SAMPLE_RATE,
  type AnswerVerifier, type AskNode, type EvidenceStore, type NodeSlasher, type QualityLoop, type ReputationBook
} from '../../../orchestrator/quality/index.ts'

/** A slash the chain carried out, as the loop's slasher returned it. */
export interface SlashRecord {
  readonly ethAddress: string
  readonly evidenceHash: `0x${string}`
  readonly amount: bigint
}

/** The real quality loop with its real parts, as one run of the bench uses it. */
export interface LoopWorld {
  readonly loop: QualityLoop
  readonly reputation: ReputationBook
  readonly evidence: EvidenceStore
  readonly slashes: readonly SlashRecord[]
  /** Peer ids the loop took out of routing (proven lie or reputation below the line) since the last call. */
  takeQuarantined(): Set<string>
}

export interface LoopWorldInit {
  readonly db: Level<string, string>
  /** Names this run's evidence sublevel. */
  readonly name: string
  readonly random: () => number
  /** Default: `DEFAULT_SAMPLE_RATE` (10%). */
  readonly sampleRate?: number
  readonly verifier: AnswerVerifier
  readonly askNode: AskNode
  readonly slasher: NodeSlasher
  readonly approvedModelHash: `0x${string}`
  readonly logger: Logger
  readonly now: () => number
}

/**
 * `createQualityLoop` wired as the orchestrator wires it: the sampler (seeded), a fresh Beta
 * reputation book, a level evidence store, the verifier port, `askNode` for the peers and the
 * chain slasher; no reference answer (the bench has no Claude key), so scoring is by consensus.
 */
export function createLoopWorld(init: LoopWorldInit): LoopWorld {
  const slashes: SlashRecord[] = []
  let quarantined = new Set<string>()
  const reputation = createReputationBook({ now: init.now })
  const evidence = createLevelEvidenceStore({ store: init.db.sublevel<string, string>(init.name, {}) })
  const slasher: NodeSlasher = {
    async slash(input) {
      const slashed = await init.slasher.slash(input)
      if (slashed !== undefined) slashes.push({ ethAddress: input.ethAddress, evidenceHash: input.evidenceHash, amount: slashed.amount })
      return slashed
    }
  }
  const loop = createQualityLoop({
    sampler: createQualitySampler({ rate: init.sampleRate ?? DEFAULT_SAMPLE_RATE, random: init.random }),
    reputation, evidence,
    askNode: init.askNode,
    approvedModelHash: () => init.approvedModelHash,
    verifier: init.verifier,
    slasher,
    quarantine: (peerId) => { quarantined.add(peerId) },
    logger: init.logger,
    now: init.now
  })
  const takeQuarantined = (): Set<string> => {
    const taken = quarantined
    quarantined = new Set()
    return taken
  }
  return { loop, reputation, evidence, slashes, takeQuarantined }
}
