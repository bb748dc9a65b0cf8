import type { Command } from 'commander'
import { InvalidConfigError } from '../../shared/config/index.ts'
import { buildContractsUnlessCurrent } from '../deploy/contractsStamp.ts'
import { PROJECT_ROOT, buildContracts } from '../deploy/hardhatRuntime.ts'
import { DevnetProcessDiedError, formatProcessDeath, type ProcessDeath } from '../devnet/processDeath.ts'
import { runDevnetDemo } from '../devnet/runDevnetDemo.ts'
import { startDevnet, type Devnet } from '../devnet/startDevnet.ts'
import { parseInteger, waitForShutdownSignal } from './options.ts'

/** How often `maia up` restarts a node that died before giving up on the devnet. */
const NODE_RESTARTS = 3

interface UpFlags {
  dataDir: string
  nodes: number
  model?: string
  httpPort: number
  apiKey: string
  sample: boolean
  chainRpc?: string
  deployment?: string
  chain: boolean
  exitAfterDemo: boolean
  modelUpdateDemo: boolean
}

export function registerUpCommand(program: Command): void {
  program.command('up')
    .description('start a whole local network on loopback (chain, contracts, orchestrator, nodes on the tiny model) and run a paid demo session')
    .option('--data-dir <dir>', 'keys, logs and the generated model', '.devnet')
    .option('--nodes <n>', 'provider nodes to start', parseInteger, 3)
    .option('--model <path>', 'GGUF for the nodes (default: the generated tiny model)')
    .option('--http-port <port>', 'orchestrator API port', parseInteger, 8787)
    .option('--api-key <key>', 'API key for the devnet', 'maia-devnet-key')
    .option('--no-sample', 'skip the demo session')
    .option('--chain-rpc <url>', 'use this existing chain (with --deployment) instead of starting a local one')
    .option('--deployment <file>', 'the suite deployment file on --chain-rpc')
    .option('--no-chain', 'run the network without a chain (no stake, payments or rewards)')
    .option('--exit-after-demo', 'smoke test: run the demo session and the printed example request, then stop and exit 0 (non-zero on any failure)')
    .option('--model-update-demo', 'after the demo session, run a model update end to end: candidate, dataset and evaluation, submission, governance vote, distribution over libp2p, nodes switch (local chain only)')
    .action(async (flags: UpFlags) => {
      if (flags.chainRpc !== undefined && flags.deployment === undefined) throw new InvalidConfigError('flags', 'deployment: --chain-rpc needs --deployment <file> (written by maia deploy)')
      const chain = !flags.chain ? 'none' as const : flags.chainRpc === undefined ? 'local' as const : { rpcUrl: flags.chainRpc, deploymentFile: flags.deployment! }
      // It votes with the deployer's tokens and travels chain time: only the devnet's own chain allows both.
      if (flags.modelUpdateDemo && chain !== 'local') throw new InvalidConfigError('flags', 'model-update-demo: needs the local chain (drop --no-chain and --chain-rpc)')
      // Seconds since the process started (its module loading included): the phase timings.
      const say = (message: string): void => { process.stderr.write(`[maia up ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`) }
      // Signals are handled from the start, so Ctrl-C while the network is still starting stops it too.
      const shutdown = waitForShutdownSignal()
      // A fresh clone has no artifacts; skipped (milliseconds) while the stamp of the last build
      // matches the sources and artifacts. It runs while the chain starts (the chain's node picks
      // up build info as it is written); only the deployment waits for it.
      let contractsReady: Promise<void> | undefined
      if (chain === 'local') {
        contractsReady = buildContractsUnlessCurrent({
          root: PROJECT_ROOT,
          build: async () => {
            say('building the contracts (the first build compiles with solc, ~15 s)')
            await buildContracts()
          }
        }).then((outcome) => say(outcome === 'built' ? 'contracts built' : 'contracts up to date'))
        // Awaited by the deployment; a chain that fails to start first must not leave it unhandled.
        contractsReady.catch(() => {})
      }
      let reportDeath: (error: DevnetProcessDiedError) => void = () => {}
      const died = new Promise<DevnetProcessDiedError>((resolve) => { reportDeath = resolve })
      const restarts = new Map<string, number>()
      let devnet: Devnet | undefined
      const onUnexpectedExit = (death: ProcessDeath): void => {
        say(formatProcessDeath(death))
        const count = restarts.get(death.name) ?? 0
        // Nodes are replaceable: the network routes around them while one restarts. The chain
        // and the orchestrator hold state every other process depends on: stop everything.
        if (devnet !== undefined && death.name.startsWith('node-') && count < NODE_RESTARTS && !flags.exitAfterDemo) {
          restarts.set(death.name, count + 1)
          say(`restarting ${death.name} (${count + 1} of ${NODE_RESTARTS})`)
          devnet.restart(death.name).catch((error: unknown) => say(`could not restart ${death.name}: ${String(error)}`))
          return
        }
        reportDeath(new DevnetProcessDiedError(death))
      }
      devnet = await startDevnet({ dataDir: flags.dataDir, nodes: flags.nodes, model: flags.model, httpPort: flags.httpPort, apiKey: flags.apiKey, onStatus: say, chain, onUnexpectedExit, ...(contractsReady === undefined ? {} : { contractsReady }) })
      const failed = died.then((error): never => { throw error })
      failed.catch(() => {}) // raced below; a death during shutdown is not news
      try {
        await Promise.race([
          runDevnetDemo(devnet, { dataDir: flags.dataDir, nodes: flags.nodes, sample: flags.sample, verifyExample: flags.exitAfterDemo, say }),
          failed
        ])
        if (flags.modelUpdateDemo) {
          say('running the model update demo')
          // Loaded only when asked for: it pulls in the dataset builder and the knowledge index.
          const { runModelUpdateDemo } = await import('../devnet/runModelUpdateDemo.ts')
          await Promise.race([runModelUpdateDemo(devnet, { dataDir: flags.dataDir }), failed])
        }
        if (flags.exitAfterDemo) {
          say('demo complete (--exit-after-demo)')
        } else {
          process.stdout.write('Press Ctrl-C to stop.\n')
          await Promise.race([shutdown, failed])
        }
      } finally {
        say('stopping...')
        await devnet.stop()
      }
      say('stopped')
    })
}
