import { Command, CommanderError } from 'commander'
import { BaseError } from '../../shared/errors/index.ts'

type Register = (program: Command) => void

/**
 * Each top-level command and how to load it. Only the command being run is imported: loading them
 * all pulls in libp2p, LanceDB, node-llama-cpp and ethers, and made `maia route` take seconds.
 * Order matters where commands share a name: `model submit` joins the `model` command.
 */
const COMMANDS: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  { names: ['node'], load: async () => (await import('./nodeCommand.ts')).registerNodeCommand },
  { names: ['orchestrator'], load: async () => (await import('./orchestratorCommand.ts')).registerOrchestratorCommand },
  { names: ['up'], load: async () => (await import('./upCommand.ts')).registerUpCommand },
  { names: ['model'], load: async () => (await import('./modelCommand.ts')).registerModelCommand },
  { names: ['stake', 'session', 'model', 'gov', 'rewards', 'chain'], load: async () => (await import('./economy/index.ts')).registerEconomyCommands },
  { names: ['deploy'], load: async () => (await import('./deployCommand.ts')).registerDeployCommand },
  { names: ['report'], load: async () => (await import('./reportCommand.ts')).registerReportCommand },
  { names: ['status'], load: async () => (await import('./statusCommand.ts')).registerStatusCommand },
  { names: ['route'], load: async () => (await import('./routeCommand.ts')).registerRouteCommand },
  { names: ['knowledge'], load: async () => (await import('./knowledgeCommand.ts')).registerKnowledgeCommand },
  { names: ['quality'], load: async () => (await import('./qualityCommand.ts')).registerQualityCommand },
  { names: ['dataset'], load: async () => (await import('./datasetCommand.ts')).registerDatasetCommand }
]

/** The `maia` command line: one program, a subcommand per role. */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command()
    .name('maia')
    .description('MAIA Network: sovereign, decentralized inference for MAIA')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
  try {
    // The first word that is not an option names the command; without one (help), load them all.
    const requested = argv.slice(2).find((word) => !word.startsWith('-'))
    const known = COMMANDS.some((entry) => requested !== undefined && entry.names.includes(requested))
    for (const entry of COMMANDS) {
      if (!known || entry.names.includes(requested!)) (await entry.load())(program)
    }
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
