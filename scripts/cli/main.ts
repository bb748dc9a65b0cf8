import { Command, CommanderError } from 'commander'
import { BaseError } from '../../shared/errors/BaseError.ts'
import { registerDeployCommand } from './deployCommand.ts'
import { registerEconomyCommands } from './economy/index.ts'
import { registerKnowledgeCommand } from './knowledgeCommand.ts'
import { registerModelCommand } from './modelCommand.ts'
import { registerNodeCommand } from './nodeCommand.ts'
import { registerOrchestratorCommand } from './orchestratorCommand.ts'
import { registerReportCommand } from './reportCommand.ts'
import { registerRouteCommand } from './routeCommand.ts'
import { registerUpCommand } from './upCommand.ts'

/** The `maia` command line: one program, a subcommand per role. */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command()
    .name('maia')
    .description('MAIA Network: sovereign, decentralized inference for MAIA')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
  registerNodeCommand(program)
  registerOrchestratorCommand(program)
  registerUpCommand(program)
  registerModelCommand(program)
  registerEconomyCommands(program)
  registerDeployCommand(program)
  registerReportCommand(program)
  registerRouteCommand(program)
  registerKnowledgeCommand(program)
  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode)
    if (error instanceof BaseError) {
      process.stderr.write(`maia: ${error.name}: ${error.message}\n`)
    } else {
      process.stderr.write(`maia: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    }
    process.exit(1)
  }
}
