// A `maia` with only the route command, run as its own process by the CLI tests, so they check
// real stdout bytes without depending on how scripts/cli/main.ts is wired. Mirrors main.ts's
// error handling (typed errors as one line on stderr, exit 1).
import { Command, CommanderError } from 'commander'
import { registerRouteCommand } from '../../../../../scripts/cli/routeCommand.ts'
import { BaseError } from '../../../../../shared/errors/BaseError.ts'

const program = new Command().name('maia').exitOverride()
registerRouteCommand(program)
try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode)
  process.stderr.write(`maia: ${error instanceof BaseError ? `${error.name}: ${error.message}` : String(error)}\n`)
  process.exit(1)
}
