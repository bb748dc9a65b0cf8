import { readFile, stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { ZeroHash } from 'ethers'
import { z } from 'zod'
import { sha256File } from '../../../shared/util/index.ts'
import { evaluationReportHash, evaluationReportSchema, readCard, type EvaluationReport } from '../../dataset/index.ts'
import { withSigningChain } from './chainContext.ts'
import { InvalidEconomyArgumentError, TransactionFailedError } from './errors.ts'
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
 * dataset it was trained on; governance then approves and activates it (`maia gov propose
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
    .description('trainer: submit a model version (name, GGUF SHA-256, download URI, dataset hash) to ModelRegistry')
    .requiredOption('--name <name>', 'name and version, e.g. "maia-guide-1b-q4 v3"')
    .option('--gguf <path>', 'the GGUF file; its SHA-256 is the model identity')
    .option('--sha256 <hex>', 'the SHA-256 (0x + 64 hex digits) instead of hashing a file')
    .requiredOption('--uri <uri>', 'where nodes download it (https://, ipfs://, hf:...)')
    .option('--dataset <dir|hash>', 'the training dataset: a `maia dataset build` directory (its card.json is checked) or the card hash')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(submitSchema, raw)
      const sha256 = flags.sha256 ?? await hashFile(flags.gguf ?? '')
      const datasetHash = flags.dataset === undefined ? null : await resolveDatasetHash(flags.dataset)
      const submitted = await withSigningChain(flags, env, async (context): Promise<SubmittedModel> => {
        const registry = context.write.ModelRegistry
        // Simulated first: a duplicate hash fails here, decoded, before any gas is spent.
        const send = () => datasetHash === null ? registry.submit(flags.name, sha256, flags.uri) : registry.submitWithDataset(flags.name, sha256, flags.uri, datasetHash)
        await preflight(context, 'ModelRegistry.submit', () => datasetHash === null
          ? registry.submit.staticCall(flags.name, sha256, flags.uri)
          : registry.submitWithDataset.staticCall(flags.name, sha256, flags.uri, datasetHash))
        const receipt = await sendTransaction(context, 'ModelRegistry.submit', send)
        for (const log of receipt.logs) {
          const parsed = context.read.ModelRegistry.interface.parseLog(log)
          if (parsed?.name === 'ModelSubmitted') {
            return { id: String(parsed.args.id), name: flags.name, sha256, uri: flags.uri, datasetHash, trainer: context.account, transactionHash: receipt.hash }
          }
        }
        throw new TransactionFailedError('ModelRegistry.submit', 'no ModelSubmitted event in the receipt')
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(submitted)
      out.line(`model ${submitted.id} submitted; evaluators record its evaluation (maia model evaluate, maia model record-evaluation ${submitted.id}), governance approves and activates it (maia gov propose --approve-model ${submitted.id} --activate-model ${submitted.id})`)
      out.table([['name', submitted.name], ['sha256', submitted.sha256], ['uri', submitted.uri], ['dataset', submitted.datasetHash ?? 'none declared'], ['trainer', submitted.trainer], ['transaction', submitted.transactionHash]])
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
  return report.data
}

async function resolveDatasetHash(value: string): Promise<string> {
  if (/^0x[0-9a-fA-F]{64}$/.test(value)) {
    if (/^0x0{64}$/.test(value)) throw new InvalidEconomyArgumentError('--dataset: the zero hash names no dataset')
    return value.toLowerCase()
  }
  const isDirectory = await stat(value).then((s) => s.isDirectory(), () => false)
  if (!isDirectory) throw new InvalidEconomyArgumentError(`--dataset: ${value} is neither a dataset directory nor a 0x + 64 hex hash`)
  try {
    return (await readCard(value)).hash
  } catch (cause) {
    throw new InvalidEconomyArgumentError(`--dataset: ${value}/card.json does not check out`, { cause })
  }
}

async function hashFile(path: string): Promise<string> {
  try {
    return await sha256File(path)
  } catch (cause) {
    throw new InvalidEconomyArgumentError(`--gguf: cannot read ${path}`, { cause })
  }
}
