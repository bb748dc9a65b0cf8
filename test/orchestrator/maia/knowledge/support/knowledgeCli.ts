// Runs `maia knowledge ...` without the rest of the CLI: the tests' entry point for the
// knowledge subcommand, with the same error reporting as scripts/cli/main.ts.
import { Command, CommanderError } from 'commander'
import { BaseError } from '../../../../../shared/errors/BaseError.ts'
import { registerKnowledgeCommand } from '../../../../../scripts/cli/knowledgeCommand.ts'

const program = new Command().name('maia').exitOverride()
registerKnowledgeCommand(program)
try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode)
  process.stderr.write(`maia: ${error instanceof BaseError ? `${error.name}: ${error.message}` : error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exit(1)
}
