import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Wallet, id as keccakText } from 'ethers'
import { Level } from 'level'
import pino from 'pino'
import {
  createLevelEvidenceStore, createQualityLoop, createQualitySampler, createReputationBook,
  type AnswerVerifier, type AskNode, type AskReference, type EvidenceRequest, type EvidenceStore, type NodeSlasher,
  type QualityLoop, type QualityOutcome, type ReputationBook, type ServedAnswer, type SignedAnswer
} from '../../../orchestrator/quality/index.ts'
import { hashInferenceOutput, hashInferencePrompt, signReceipt, type StopReason } from '../../../shared/protocol/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

export const CHAIN_ID = 31337
export const silent = pino({ level: 'silent' })

/** A provider node as the quality loop knows it: a peer id and the key its receipts are signed with. */
export interface TrustNode {
  readonly label: string
  readonly peerId: string
  readonly wallet: Wallet
}

/** A node with a key derived from `label` (deterministic). */
export function trustNode(label: string): TrustNode {
  return { label, peerId: `12D3KooWTrust${label.replace(/[^A-Za-z0-9]/g, '')}`, wallet: new Wallet(keccakText(`maia-trust-attack:${label}`)) }
}

/** A request as the router sends it: the id its receipt names and the fields its prompt hash covers. */
export interface TrustRequest {
  readonly id: `0x${string}`
  readonly fields: EvidenceRequest
}

export function trustRequest(label: string, fields: EvidenceRequest): TrustRequest {
  return { id: keccakText(label) as `0x${string}`, fields }
}

/** What a node answers: the text, and (token mode) the ids and stop reason of its final frame. */
export interface NodeAnswer {
  readonly text: string
  readonly tokens?: readonly number[]
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number }
  readonly stopReason?: StopReason
}

/** Signs `answer` as a node does (EIP-712 receipt over the prompt hash, output hash and usage), whatever the answer is. */
export async function signAnswer(node: TrustNode, request: TrustRequest, answer: NodeAnswer, modelHash: `0x${string}`): Promise<SignedAnswer> {
  const receipt = await signReceipt(node.wallet, {
    requestId: request.id,
    promptHash: hashInferencePrompt({ type: 'request', id: request.id, ...request.fields }),
    outputHash: hashInferenceOutput(answer.text, answer.tokens === undefined ? undefined : [...answer.tokens]),
    inputTokens: answer.usage.promptTokens,
    outputTokens: answer.usage.completionTokens,
    modelHash,
    node: node.wallet.address,
    chainId: CHAIN_ID
  })
  const signed: SignedAnswer = { peerId: node.peerId, ethAddress: node.wallet.address, text: answer.text, receipt }
  return answer.tokens === undefined ? signed : { ...signed, tokens: [...answer.tokens], ...(answer.stopReason === undefined ? {} : { stopReason: answer.stopReason }) }
}

/** A served answer as the router hands it to the loop. */
export function served(answer: SignedAnswer, request: TrustRequest, eligiblePeers: readonly string[]): ServedAnswer {
  return { ...answer, request: { id: request.id, ...request.fields }, eligiblePeers }
}

/** SHA-256 of a file, as the model hash nodes sign with. */
export async function fileHash(path: string): Promise<`0x${string}`> {
  return `0x${createHash('sha256').update(await readFile(path)).digest('hex')}`
}

/** The real quality loop with a fresh reputation book, a level evidence store and a recording slasher. */
export interface TrustLoop extends AsyncDisposable {
  readonly loop: QualityLoop
  readonly reputation: ReputationBook
  readonly evidence: EvidenceStore
  readonly slashes: Array<Parameters<NodeSlasher['slash']>[0]>
  readonly quarantined: Map<string, number>
  /** Every peer request the loop sent (what a sampled peer receives). */
  readonly reasks: Array<{ peerId: string; request: EvidenceRequest }>
  /** Every outcome the loop recorded, by reputation key. */
  readonly outcomes: Array<{ node: string; outcome: QualityOutcome }>
}

export async function createTrustLoop(init: {
  askNode: AskNode
  random: () => number
  now: () => number
  sampleRate?: number
  verifier?: AnswerVerifier
  askReference?: AskReference
  approvedModelHash?: () => string | undefined
  missingTokenIds?: 'suspicious' | 'accept'
}): Promise<TrustLoop> {
  const directory = await temporaryDirectory('maia-trust-attack-')
  const db = new Level<string, string>(join(directory.path, 'store'))
  await db.open()
  const book = createReputationBook({ now: init.now })
  const outcomes: TrustLoop['outcomes'] = []
  const reputation: ReputationBook = { ...book, record: (node, outcome) => { outcomes.push({ node, outcome }); return book.record(node, outcome) } }
  const evidence = createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) })
  const slashes: TrustLoop['slashes'] = []
  const quarantined = new Map<string, number>()
  const reasks: TrustLoop['reasks'] = []
  const loop = createQualityLoop({
    sampler: createQualitySampler({ rate: init.sampleRate ?? 0.1, random: init.random }),
    reputation, evidence,
    askNode: (peerId, request, signal, delivery) => {
      reasks.push({ peerId, request })
      return init.askNode(peerId, request, signal, delivery)
    },
    approvedModelHash: init.approvedModelHash ?? (() => undefined),
    ...(init.verifier === undefined ? {} : { verifier: init.verifier }),
    ...(init.askReference === undefined ? {} : { askReference: init.askReference }),
    ...(init.missingTokenIds === undefined ? {} : { missingTokenIds: init.missingTokenIds }),
    slasher: { async slash(input) { slashes.push(input); return { amount: 1n } } },
    quarantine: (peerId, until) => { quarantined.set(peerId, until) },
    logger: silent,
    now: init.now
  })
  return {
    loop, reputation, evidence, slashes, quarantined, reasks, outcomes,
    async [Symbol.asyncDispose]() {
      await loop.stop()
      await db.close()
      await directory.remove()
    }
  }
}

/** Lowercased key the reputation book uses. */
export const keyOf = (node: TrustNode): string => node.wallet.address.toLowerCase()
