import type { Command } from 'commander'
import { z } from 'zod'
import { sha256File } from '../../../shared/util/index.ts'
import { withSigningChain } from './chainContext.ts'
import { InvalidEconomyArgumentError, TransactionFailedError } from './errors.ts'
import { addChainOptions, bytes32Schema, chainFlagsSchema, parseFlags, type EconomyCommandOptions } from './flags.ts'
import { printerFor } from './output.ts'
import { preflight, sendTransaction } from './transactions.ts'

const submitSchema = chainFlagsSchema.extend({
  name: z.string().trim().min(1, 'must not be empty'),
  gguf: z.string().min(1).optional(),
  sha256: bytes32Schema.optional(),
  uri: z.string().trim().min(1, 'must not be empty')
}).refine((flags) => (flags.gguf === undefined) !== (flags.sha256 === undefined), { message: 'pass exactly one of --gguf <path> or --sha256 <hex>', path: ['gguf'] })

/** What `maia model submit --json` prints. */
export interface SubmittedModel {
  id: string
  name: string
  sha256: string
  uri: string
  trainer: string
  transactionHash: string
}

/**
 * `maia model submit` (trainer): submits a model version to ModelRegistry; governance then
 * approves and activates it (`maia gov propose --approve-model <id> --activate-model <id>`).
 *
 * Attaches to the existing `maia model` command when there is one (commander refuses two commands
 * of one name), so register it after `registerModelCommand`.
 */
export function registerModelSubmitCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const model = program.commands.find((command) => command.name() === 'model') ?? program.command('model').description('model files')

  addChainOptions(model.command('submit'), { signs: true })
    .description('trainer: submit a model version (name, GGUF SHA-256, download URI) to ModelRegistry')
    .requiredOption('--name <name>', 'name and version, e.g. "maia-guide-1b-q4 v3"')
    .option('--gguf <path>', 'the GGUF file; its SHA-256 is the model identity')
    .option('--sha256 <hex>', 'the SHA-256 (0x + 64 hex digits) instead of hashing a file')
    .requiredOption('--uri <uri>', 'where nodes download it (https://, ipfs://, hf:...)')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(submitSchema, raw)
      const sha256 = flags.sha256 ?? await hashFile(flags.gguf ?? '')
      const submitted = await withSigningChain(flags, env, async (context): Promise<SubmittedModel> => {
        const registry = context.write.ModelRegistry
        // Simulated first: a duplicate hash fails here, decoded, before any gas is spent.
        await preflight(context, 'ModelRegistry.submit', () => registry.submit.staticCall(flags.name, sha256, flags.uri))
        const receipt = await sendTransaction(context, 'ModelRegistry.submit', () => registry.submit(flags.name, sha256, flags.uri))
        for (const log of receipt.logs) {
          const parsed = context.read.ModelRegistry.interface.parseLog(log)
          if (parsed?.name === 'ModelSubmitted') {
            return { id: String(parsed.args.id), name: flags.name, sha256, uri: flags.uri, trainer: context.account, transactionHash: receipt.hash }
          }
        }
        throw new TransactionFailedError('ModelRegistry.submit', 'no ModelSubmitted event in the receipt')
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(submitted)
      out.line(`model ${submitted.id} submitted; governance approves and activates it (maia gov propose --approve-model ${submitted.id} --activate-model ${submitted.id})`)
      out.table([['name', submitted.name], ['sha256', submitted.sha256], ['uri', submitted.uri], ['trainer', submitted.trainer], ['transaction', submitted.transactionHash]])
    })
}

async function hashFile(path: string): Promise<string> {
  try {
    return await sha256File(path)
  } catch (cause) {
    throw new InvalidEconomyArgumentError(`--gguf: cannot read ${path}`, { cause })
  }
}
