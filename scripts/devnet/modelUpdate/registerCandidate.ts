import { NonceManager, type JsonRpcProvider } from 'ethers'
import { connectSuite, submitModel } from '../../../shared/chain/index.ts'
import { BaseError } from '../../../shared/errors/index.ts'
import { checkReportAgainstChain } from '../../cli/economy/modelSubmitCommand.ts'
import type { EvaluationReport } from '../../dataset/index.ts'
import type { DevnetEconomy } from '../prepareDevnetEconomy.ts'

/** A transaction the model update needed did not leave the trace it should have. */
export class CandidateRegistrationError extends BaseError {
  override name = 'CandidateRegistrationError'
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(`Candidate registration failed: ${reason}`, { details })
  }
}

export interface SubmittedCandidate {
  modelId: bigint
  trainer: string
  transactionHash: string
}

export interface RecordedEvaluation {
  /** The model the candidate was compared with: the one active when the evaluation was recorded. */
  baselineId: bigint
  evaluator: string
  transactionHash: string
}

/**
 * The trainer's `maia model submit`: the candidate's name, GGUF SHA-256, download URI and the
 * hash of the dataset it was trained on, committed first and revealed from the next block on
 * (`ModelRegistry.commitSubmission`, then `submitWithDataset`).
 */
export async function submitCandidate(provider: JsonRpcProvider, economy: DevnetEconomy, candidate: { name: string; sha256: string; uri: string; datasetHash: string }): Promise<SubmittedCandidate> {
  const trainer = connectSuite(economy.deployment, new NonceManager(economy.accounts.trainer.connect(provider)))
  const submitted = await submitModel(trainer.ModelRegistry, { name: candidate.name, ggufSha256: candidate.sha256, uri: candidate.uri, datasetHash: candidate.datasetHash })
  if (submitted.reclaimed) throw new CandidateRegistrationError('the candidate\'s hash was already on chain', { sha256: candidate.sha256, modelId: submitted.id.toString() })
  return { modelId: submitted.id, trainer: economy.accounts.trainer.address, transactionHash: submitted.reveal.hash }
}

/**
 * The evaluator's `maia model record-evaluation`: checks that the report is about exactly the
 * candidate, the active model and the declared dataset the chain names (the CLI's own check),
 * then records its hash, URI and verdict (`ModelRegistry.recordEvaluation`, EVALUATOR_ROLE).
 */
export async function recordCandidateEvaluation(provider: JsonRpcProvider, economy: DevnetEconomy, parameters: { modelId: bigint; report: EvaluationReport; reportUri: string }): Promise<RecordedEvaluation> {
  const evaluator = connectSuite(economy.deployment, new NonceManager(economy.accounts.evaluator.connect(provider)))
  const registry = evaluator.ModelRegistry
  const candidate = await registry.getModel(parameters.modelId)
  const baselineId = await registry.activeModelId()
  checkReportAgainstChain(parameters.report, {
    candidateSha256: candidate.ggufSha256,
    activeSha256: baselineId === 0n ? null : (await registry.getModel(baselineId)).ggufSha256,
    datasetHash: await registry.datasetHashOf(parameters.modelId)
  })
  const args = [parameters.modelId, baselineId, parameters.report.hash, parameters.reportUri, parameters.report.verdict.passed] as const
  await registry.recordEvaluation.staticCall(...args)
  const receipt = await (await registry.recordEvaluation(...args)).wait()
  if (receipt === null) throw new CandidateRegistrationError('no receipt for ModelRegistry.recordEvaluation', { modelId: parameters.modelId.toString() })
  return { baselineId, evaluator: economy.accounts.evaluator.address, transactionHash: receipt.hash }
}
