import { AbiCoder, hexlify, keccak256, randomBytes, type ContractTransactionResponse, type TransactionReceipt } from 'ethers'
import type { ModelRegistry } from '../../types/ethers-contracts/index.js'
import { BaseError } from '../errors/index.ts'
import { findRevertData } from './findRevertData.ts'

/**
 * `ModelRegistry.submissionCommitment(ggufSha256, trainer, salt)`, computed locally:
 * `keccak256(abi.encode(ggufSha256, trainer, salt))`. It hides the GGUF hash until the reveal, and
 * names the trainer, so a copied commitment only ever helps the account that made it.
 */
export function modelSubmissionCommitment(ggufSha256: string, trainer: string, salt: string): string {
  return keccak256(AbiCoder.defaultAbiCoder().encode(['bytes32', 'address', 'bytes32'], [ggufSha256, trainer, salt]))
}

/** A fresh 32-byte secret for a commitment. */
export function newSubmissionSalt(): string {
  return hexlify(randomBytes(32))
}

/** What a trainer submits: `datasetHash` null (or absent) declares no dataset. */
export interface ModelSubmission {
  name: string
  ggufSha256: string
  uri: string
  datasetHash?: string | null
  /** The commitment's secret; a fresh one by default. */
  salt?: string
}

/** The two transactions of a submission, as they happen. */
export type ModelSubmissionStep =
  | { step: 'commit'; commitment: string; transactionHash: string; blockNumber: number }
  | { step: 'reveal'; id: bigint; reclaimed: boolean; transactionHash: string; blockNumber: number }

export interface SubmittedModelVersion {
  id: bigint
  /** True when the hash was already revealed from a younger commitment and the caller became its trainer. */
  reclaimed: boolean
  salt: string
  commitment: string
  commit: TransactionReceipt
  reveal: TransactionReceipt
}

export interface SubmitModelOptions {
  /** Sends one transaction and waits for its receipt (the CLI passes its error-decoding wrapper). */
  send?: (label: string, send: () => Promise<ContractTransactionResponse>) => Promise<TransactionReceipt>
  /** Simulates the reveal before it is sent (the CLI passes its decoding preflight). */
  preflight?: (label: string, call: () => Promise<unknown>) => Promise<void>
  onStep?: (step: ModelSubmissionStep) => void
  /** How often to poll for the block after the commitment's (default 250 ms). */
  pollIntervalMs?: number
}

/** The submission's reveal left no `ModelSubmitted` or `ModelTrainerReclaimed` event. */
export class ModelSubmissionError extends BaseError {
  override name = 'ModelSubmissionError'
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(`Model submission failed: ${reason}`, { details })
  }
}

const defaultSend = async (_label: string, send: () => Promise<ContractTransactionResponse>): Promise<TransactionReceipt> => {
  const receipt = await (await send()).wait()
  if (receipt === null) throw new ModelSubmissionError('no receipt')
  return receipt
}

/**
 * Submits a model version to `ModelRegistry` in its two steps: commits to (hash, trainer, salt),
 * waits until the chain is past the commitment's block, then reveals (`submit` or
 * `submitWithDataset`). `registry` must be connected to the trainer's signer.
 *
 * @throws {ModelSubmissionError} when the reveal's receipt names no model.
 *
 * @example
 * const { id } = await submitModel(suite.ModelRegistry, { name: 'maia v2', ggufSha256, uri, datasetHash })
 */
export async function submitModel(registry: ModelRegistry, submission: ModelSubmission, options: SubmitModelOptions = {}): Promise<SubmittedModelVersion> {
  const send = options.send ?? defaultSend
  const runner = registry.runner
  if (runner === null || !('getAddress' in runner) || typeof runner.getAddress !== 'function' || runner.provider === null) {
    throw new ModelSubmissionError('the registry must be connected to the trainer\'s signer')
  }
  const trainer = await (runner.getAddress as () => Promise<string>)()
  const provider = runner.provider
  const salt = submission.salt ?? newSubmissionSalt()
  const commitment = modelSubmissionCommitment(submission.ggufSha256, trainer, salt)
  const datasetHash = submission.datasetHash ?? null

  const commit = await send('ModelRegistry.commitSubmission', () => registry.commitSubmission(commitment))
  const committedAt = await registry.commitmentBlock(commitment, { blockTag: commit.blockNumber })
  options.onStep?.({ step: 'commit', commitment, transactionHash: commit.hash, blockNumber: Number(committedAt) })

  // The reveal must land in a later block than the commitment. Any transaction sent now does, but
  // simulations may run in the latest block (eth_call at "latest", and eth_estimateGas on some
  // nodes): wait until the chain is past the commitment's block, or until the node estimates the
  // reveal in its pending block (an automining chain, which makes no block until asked, does).
  const reveal = () => datasetHash === null
    ? registry.submit(submission.name, submission.ggufSha256, submission.uri, salt)
    : registry.submitWithDataset(submission.name, submission.ggufSha256, submission.uri, datasetHash, salt)
  const estimate = () => datasetHash === null
    ? registry.submit.estimateGas(submission.name, submission.ggufSha256, submission.uri, salt)
    : registry.submitWithDataset.estimateGas(submission.name, submission.ggufSha256, submission.uri, datasetHash, salt)
  const simulate = () => datasetHash === null
    ? registry.submit.staticCall(submission.name, submission.ggufSha256, submission.uri, salt, { blockTag: 'pending' })
    : registry.submitWithDataset.staticCall(submission.name, submission.ggufSha256, submission.uri, datasetHash, salt, { blockTag: 'pending' })
  await waitUntilRevealable(estimate, (error) => isRevealTooEarly(registry, error), async () => await provider.getBlockNumber() > Number(committedAt), options.pollIntervalMs ?? 250)
  if (options.preflight !== undefined) await options.preflight('ModelRegistry.submit', simulate)
  const receipt = await send('ModelRegistry.submit', reveal)

  for (const log of receipt.logs) {
    const parsed = registry.interface.parseLog(log)
    if (parsed?.name === 'ModelSubmitted' || parsed?.name === 'ModelTrainerReclaimed') {
      const id = parsed.args.id as bigint
      const reclaimed = parsed.name === 'ModelTrainerReclaimed'
      options.onStep?.({ step: 'reveal', id, reclaimed, transactionHash: receipt.hash, blockNumber: receipt.blockNumber })
      return { id, reclaimed, salt, commitment, commit, reveal: receipt }
    }
  }
  throw new ModelSubmissionError('no ModelSubmitted or ModelTrainerReclaimed event in the reveal\'s receipt', { transactionHash: receipt.hash })
}

/**
 * Resolves once the reveal's gas estimate no longer fails for being too early: at once when the
 * node estimates in its pending block (Hardhat) or is already past the commitment's block, else
 * after polling for a new block. Any other revert is left to the reveal to report.
 */
async function waitUntilRevealable(simulate: () => Promise<unknown>, tooEarly: (error: unknown) => boolean, pastCommitBlock: () => Promise<boolean>, pollIntervalMs: number): Promise<void> {
  for (;;) {
    if (await pastCommitBlock()) return
    try {
      await simulate()
      return
    } catch (error) {
      if (!tooEarly(error)) return
    }
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs))
  }
}

function isRevealTooEarly(registry: ModelRegistry, error: unknown): boolean {
  if ((error as { revert?: { name?: string } } | null)?.revert?.name === 'ModelRegistryRevealTooEarly') return true
  // Estimates are not always decoded by ethers: look for the revert data wherever the node put it.
  const data = findRevertData(error)
  if (data === undefined) return false
  try {
    return registry.interface.parseError(data)?.name === 'ModelRegistryRevealTooEarly'
  } catch {
    return false // not an error of the registry
  }
}
