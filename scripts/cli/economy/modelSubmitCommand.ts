import { readFile, stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { ZeroHash } from 'ethers'
import { z } from 'zod'
import { newSubmissionSalt, submitModel } from '../../../shared/chain/index.ts'
import { sha256File } from '../../../shared/util/index.ts'
import { DatasetFileMismatchError, evaluationReportHash, evaluationReportSchema, readCard, type EvaluationReport } from '../../dataset/index.ts'
import { EvaluationReportMismatchError, verifyEvaluationReport } from '../../dataset/evaluation/verifyEvaluationReport.ts'
import { withSigningChain } from './chainContext.ts'
import { InvalidEconomyArgumentError } from './errors.ts'
import { addChainOptions, bytes32Schema, chainFlagsSchema, parseFlags, uintSchema, type EconomyCommandOptions } from './flags.ts'
import { printerFor } from './output.ts'
import { preflight, readChain, sendTransaction } from './transactions.ts'

const submitSchema = chainFlagsSchema.extend({
  name: z.string().trim().min(1, 'must not be empty'),
  gguf: z.string().min(1).optional(),
  sha256: bytes32Schema.optional(),
  uri: z.string().trim().min(1, 'must not be empty'),
  dataset: z.string().trim().min(1).optional()
}).refine((flags) => (flags.gguf === undefined) !== (flags.sha256 === undefined), { message: 'pass exactly one of --gguf <path> or --sha256 <hex>', path: ['gguf'] })

const recordSchema = chainFlagsSchema.extend({
  id: uintSchema,
  report: z.string().min(1),
  uri: z.string().trim().min(1, 'must not be empty')
})

/** What `maia model submit --json` prints. */
export interface SubmittedModel {
  id: string
  name: string
  sha256: string
  uri: string
  /** The dataset card's hash (`maia dataset build`), or null when none was declared. */
  datasetHash: string | null
  trainer: string
  /** True when another account had revealed this hash from a younger commitment and the caller took it over. */
  reclaimed: boolean
  /** The commitment's transaction (`ModelRegistry.commitSubmission`). */
  commitTransactionHash: string
  /** The reveal's transaction (`ModelRegistry.submit` / `submitWithDataset`). */
  transactionHash: string
}

/** What `maia model record-evaluation --json` prints. */
export interface RecordedEvaluation {
  id: string
  baselineId: string
  reportHash: string
  uri: string
  passed: boolean
  evaluator: string
  transactionHash: string
}

/**
 * `maia model submit` (trainer): submits a model version to ModelRegistry with the hash of the
 * dataset it was trained on, in two transactions (a commitment hiding the GGUF hash, then the
 * reveal from a later block, so the hash cannot be front-run: the earliest commitment wins); governance then approves and activates it (`maia gov propose
 * --approve-model <id> --activate-model <id>`). `maia model record-evaluation` (evaluator role):
 * records an evaluation report's hash and verdict for a candidate, after checking that the report
 * is about exactly the candidate, active model and dataset the chain names.
 *
 * Attaches to the existing `maia model` command when there is one (commander refuses two commands
 * of one name), so register it after `registerModelCommand`.
 */
export function registerModelSubmitCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const model = program.commands.find((command) => command.name() === 'model') ?? program.command('model').description('model files')

  addChainOptions(model.command('submit'), { signs: true })
    .description('trainer: submit a model version (name, GGUF SHA-256, download URI, dataset hash) to ModelRegistry: commit, then reveal')
    .requiredOption('--name <name>', 'name and version, e.g. "maia-guide-1b-q4 v3"')
    .option('--gguf <path>', 'the GGUF file; its SHA-256 is the model identity')
    .option('--sha256 <hex>', 'the SHA-256 (0x + 64 hex digits) instead of hashing a file')
    .requiredOption('--uri <uri>', 'where nodes download it (https://, ipfs://, hf:...)')
    .option('--dataset <dir|hash>', 'the training dataset: a `maia dataset build` directory (its card.json is checked) or the card hash')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(submitSchema, raw)
      const sha256 = flags.sha256 ?? await hashFile(flags.gguf ?? '')
      const datasetHash = flags.dataset === undefined ? null : await resolveDatasetHash(flags.dataset)
      const out = printerFor(command)
      const progress = (text: string) => { if (flags.json !== true) out.line(text) }
      const submitted = await withSigningChain(flags, env, async (context): Promise<SubmittedModel> => {
        const registry = context.write.ModelRegistry
        // Simulated first with a throwaway salt: a duplicate hash (or a bad name, URI or dataset)
        // fails here, decoded, before any gas is spent (NotCommitted is expected: nothing is committed yet).
        const probe = newSubmissionSalt()
        await preflight(context, 'ModelRegistry.submit', () => datasetHash === null
          ? registry.submit.staticCall(flags.name, sha256, flags.uri, probe)
          : registry.submitWithDataset.staticCall(flags.name, sha256, flags.uri, datasetHash, probe), ['ModelRegistryNotCommitted'])
        // Two transactions: a commitment that hides the hash, then the reveal from a later block on,
        // so nobody who sees the pending transaction can submit this GGUF as theirs first.
        const result = await submitModel(registry, { name: flags.name, ggufSha256: sha256, uri: flags.uri, datasetHash }, {
          send: async (label, send) => await sendTransaction(context, label, send),
          preflight: async (label, call) => await preflight(context, label, call),
          onStep: (step) => {
            if (step.step === 'commit') progress(`1/2 committed to the GGUF hash (commitment ${step.commitment}, block ${step.blockNumber}, transaction ${step.transactionHash}); revealing from the next block on`)
            else progress(`2/2 revealed: model ${step.id}${step.reclaimed ? ' (already revealed from a younger commitment: you are its trainer now)' : ''} (block ${step.blockNumber})`)
          }
        })
        return { id: String(result.id), name: flags.name, sha256, uri: flags.uri, datasetHash, trainer: context.account, reclaimed: result.reclaimed, commitTransactionHash: result.commit.hash, transactionHash: result.reveal.hash }
      })
      if (flags.json === true) return out.json(submitted)
      out.line(`model ${submitted.id} submitted; evaluators record its evaluation (maia model evaluate, maia model record-evaluation ${submitted.id}), governance approves and activates it (maia gov propose --approve-model ${submitted.id} --activate-model ${submitted.id})`)
      out.table([['name', submitted.name], ['sha256', submitted.sha256], ['uri', submitted.uri], ['dataset', submitted.datasetHash ?? 'none declared'], ['trainer', submitted.trainer], ['commit transaction', submitted.commitTransactionHash], ['transaction', submitted.transactionHash]])
    })

  addChainOptions(model.command('record-evaluation'), { signs: true })
    .description('evaluator: record an evaluation report (maia model evaluate) and its verdict for a submitted model')
    .argument('<id>', 'the model id')
    .requiredOption('--report <file>', 'the report JSON written by maia model evaluate')
    .requiredOption('--uri <uri>', 'where voters can read the report')
    .action(async (id: string, raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(recordSchema, { ...raw, id })
      const report = await readReport(flags.report)
      const recorded = await withSigningChain(flags, env, async (context): Promise<RecordedEvaluation> => {
        const read = context.read.ModelRegistry
        const candidate = await readChain(context, 'ModelRegistry.getModel', () => read.getModel(flags.id))
        const baselineId = await read.activeModelId()
        checkReportAgainstChain(report, {
          candidateSha256: candidate.ggufSha256,
          activeSha256: baselineId === 0n ? null : (await read.getModel(baselineId)).ggufSha256,
          datasetHash: await read.datasetHashOf(flags.id)
        })
        const registry = context.write.ModelRegistry
        const args = [flags.id, baselineId, report.hash, flags.uri, report.verdict.passed] as const
        await preflight(context, 'ModelRegistry.recordEvaluation', () => registry.recordEvaluation.staticCall(...args))
        const receipt = await sendTransaction(context, 'ModelRegistry.recordEvaluation', () => registry.recordEvaluation(...args))
        return { id: flags.id.toString(), baselineId: baselineId.toString(), reportHash: report.hash, uri: flags.uri, passed: report.verdict.passed, evaluator: context.account, transactionHash: receipt.hash }
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(recorded)
      out.line(`evaluation of model ${recorded.id} recorded: ${recorded.passed ? 'passed' : 'failed'} against model ${recorded.baselineId === '0' ? 'none (no active model)' : recorded.baselineId}`)
      out.table([['report hash', recorded.reportHash], ['report uri', recorded.uri], ['evaluator', recorded.evaluator], ['transaction', recorded.transactionHash]])
    })
}

/**
 * A report may only be recorded for the files the chain names: the candidate's GGUF, the model
 * active now (the baseline the contract stores) and the dataset the trainer declared. Otherwise an
 * evaluator could, by mistake or not, attach a glowing report about some other file.
 *
 * @throws {InvalidEconomyArgumentError} on any mismatch.
 */
export function checkReportAgainstChain(report: EvaluationReport, chain: { candidateSha256: string; activeSha256: string | null; datasetHash: string }): void {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  if (!same(report.candidate.sha256, chain.candidateSha256)) {
    throw new InvalidEconomyArgumentError(`--report evaluates ${report.candidate.sha256}, but the model's GGUF is ${chain.candidateSha256}`)
  }
  if (chain.activeSha256 !== null && (report.active === null || !same(report.active.sha256, chain.activeSha256))) {
    throw new InvalidEconomyArgumentError(`--report compares with ${report.active?.sha256 ?? 'no active model'}, but the active model is ${chain.activeSha256}: run maia model evaluate --active <that GGUF>`)
  }
  if (chain.datasetHash !== ZeroHash && !same(report.dataset.hash, chain.datasetHash)) {
    throw new InvalidEconomyArgumentError(`--report used dataset ${report.dataset.hash}, but the trainer declared ${chain.datasetHash}`)
  }
}

async function readReport(path: string): Promise<EvaluationReport> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'))
  } catch (cause) {
    throw new InvalidEconomyArgumentError(`--report: cannot read ${path} as JSON`, { cause })
  }
  const report = evaluationReportSchema.safeParse(parsed)
  if (!report.success) throw new InvalidEconomyArgumentError(`--report: ${path} is not an evaluation report (maia model evaluate)`)
  if (evaluationReportHash(report.data) !== report.data.hash) throw new InvalidEconomyArgumentError(`--report: ${path} was edited: its hash does not match its content`)
  // A verdict flipped and rehashed passes the hash check: the summary and verdict are recomputed
  // from the per-example numbers, and any difference refused.
  try {
    return verifyEvaluationReport(report.data)
  } catch (cause) {
    if (cause instanceof EvaluationReportMismatchError) throw new InvalidEconomyArgumentError(`--report: ${path} was edited: ${cause.shortMessage}`, { cause })
    throw cause
  }
}

async function resolveDatasetHash(value: string): Promise<string> {
  if (/^0x[0-9a-fA-F]{64}$/.test(value)) {
    if (/^0x0{64}$/.test(value)) throw new InvalidEconomyArgumentError('--dataset: the zero hash names no dataset')
    return value.toLowerCase()
  }
  const isDirectory = await stat(value).then((s) => s.isDirectory(), () => false)
  if (!isDirectory) throw new InvalidEconomyArgumentError(`--dataset: ${value} is neither a dataset directory nor a 0x + 64 hex hash`)
  try {
    // readCard also checks train/validation/test.jsonl against the card: a split edited after the
    // build must not be recorded on chain under the hash of the data the card describes.
    return (await readCard(value)).hash
  } catch (cause) {
    const problem = cause instanceof DatasetFileMismatchError ? `${cause.file} is not the file card.json names (${cause.mismatch})` : 'card.json does not check out'
    throw new InvalidEconomyArgumentError(`--dataset: ${value}: ${problem}`, { cause })
  }
}

async function hashFile(path: string): Promise<string> {
  try {
    return await sha256File(path)
  } catch (cause) {
    throw new InvalidEconomyArgumentError(`--gguf: cannot read ${path}`, { cause })
  }
}
