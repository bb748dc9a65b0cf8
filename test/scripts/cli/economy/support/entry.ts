/**
 * A stand-alone `maia` holding only the economy commands, printing errors as scripts/cli/main.ts
 * does: `node --import tsx test/scripts/cli/economy/support/entry.ts stake status --node 0x...`.
 */
import { Command, CommanderError } from 'commander'
import { BaseError } from '../../../../../shared/errors/BaseError.ts'
import { registerEconomyCommands } from '../../../../../scripts/cli/economy/index.ts'

const program = new Command().name('maia').exitOverride()
registerEconomyCommands(program)
try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode)
  process.stderr.write(error instanceof BaseError ? `maia: ${error.name}: ${error.message}\n` : `maia: ${String(error)}\n`)
  process.exit(1)
}
