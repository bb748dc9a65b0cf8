import type { Command } from 'commander'
import { startNodeFromConfig } from '../../node/index.ts'
import { loadConfig } from '../../shared/config/index.ts'
import { nodeConfigSchema } from '../../shared/config/index.ts'
import { createLogger } from '../../shared/log/index.ts'
import { parseGpu, parseInteger, parseList, waitForShutdownSignal } from './options.ts'
import { createProgressReporter } from './progress.ts'

export function registerNodeCommand(program: Command): void {
  program.command('node')
    .description('run a GPU provider node: serve a GGUF model to the network')
    .option('-m, --model <path|hf:uri>', 'GGUF file path or hf: URI')
    .option('--model-name <name>', 'name announced for the model (default: file name)')
    .option('-c, --config <file>', 'JSON config file')
    .option('--data-dir <dir>', 'where keys live (mode 0600)')
    .option('--models-dir <dir>', 'where hf: downloads and model files fetched from peers go')
    .option('--no-serve-models', 'do not serve model files to other nodes (they are served by default, chunk by chunk, with bounded uploads)')
    .option('--model-peers <multiaddrs>', 'more peers to fetch activated models from, besides connected ones (comma-separated, repeatable)', parseList)
    .option('--listen <multiaddrs>', 'libp2p listen addresses (comma-separated, repeatable)', parseList)
    .option('--bootstrap <multiaddrs>', 'orchestrator addresses to dial, with /p2p/<peer id> (comma-separated, repeatable); the node serves these orchestrators', parseList)
    .option('--allow-peer <peerIds>', 'more peer ids allowed to request inference (comma-separated, repeatable)', parseList)
    .option('--serve-any-peer', 'serve inference to any peer that dials in (private networks only: anyone gets free inference)')
    .option('--max-concurrent <n>', 'requests generated at once', parseInteger)
    .option('--max-queued <n>', 'requests allowed to wait', parseInteger)
    .option('--threads <n>', 'CPU threads for evaluation (default: all cores)', parseInteger)
    .option('--context-size <n>', 'context window in tokens', parseInteger)
    .option('--gpu <auto|cpu>', 'use a GPU when present, or force CPU', parseGpu)
    .option('--price <wei>', '$MAIA base units per 1,000 tokens')
    .option('--heartbeat-ms <ms>', 'capability announcement interval', parseInteger)
    .option('--token-coalesce-ms <ms>', 'gather tokens after the first this long into one frame (default 10; 0: as written)', parseInteger)
    .option('--chain-id <id>', 'chain id receipts are signed for', parseInteger)
    .option('--metrics-port <port>', 'serve Prometheus GET /metrics on this port (default 0: off)', parseInteger)
    .option('--metrics-host <host>', 'address the metrics port listens on (default 127.0.0.1; it has no key)')
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent')
    .option('--chain-rpc <url>', 'chain JSON-RPC: serve only while staked in NodeRegistry and on the model ModelRegistry marks active')
    .option('--deployment <file>', 'the contract suite deployment file (default .maia/deployments/<chainId>.json)')
    .option('--deployment-wait-ms <ms>', 'wait this long at start for a --deployment file that is still being written (default 0: it must exist)', parseInteger)
    .action(async (flags: Record<string, unknown>) => {
      const config = await loadConfig(nodeConfigSchema, {
        file: flags.config as string | undefined,
        env: process.env,
        envPrefix: 'MAIA_NODE_',
        flags: {
          model: flags.model, modelName: flags.modelName, dataDir: flags.dataDir, modelsDir: flags.modelsDir,
          listen: flags.listen, bootstrap: flags.bootstrap, allowPeers: flags.allowPeer, serveAnyPeer: flags.serveAnyPeer, maxConcurrent: flags.maxConcurrent, maxQueued: flags.maxQueued,
          threads: flags.threads, contextSize: flags.contextSize, gpu: flags.gpu, pricePer1kTokens: flags.price,
          heartbeatIntervalMs: flags.heartbeatMs, tokenCoalesceMs: flags.tokenCoalesceMs, metricsPort: flags.metricsPort, metricsHost: flags.metricsHost, chainId: flags.chainId, logLevel: flags.logLevel,
          chainRpc: flags.chainRpc, deployment: flags.deployment, deploymentWaitMs: flags.deploymentWaitMs,
          // commander defaults a --no- flag to true: only an explicit --no-serve-models overrides the config file.
          serveModels: flags.serveModels === false ? false : undefined, modelPeers: flags.modelPeers
        }
      })
      const logger = createLogger({ level: config.logLevel, name: 'maia-node' })
      const progress = createProgressReporter()
      const running = await startNodeFromConfig(config, {
        logger,
        onProgress: (stage, fraction) => progress.update(stage === 'hashing' ? 'Hashing model' : stage === 'fetching' ? 'Fetching model' : 'Loading model', fraction)
      })
      progress.done()
      const { node } = running
      process.stderr.write(`maia node ready: peer ${node.peer.peerId.toString()}, ETH ${running.ethAddress}, model ${node.backend.modelName} (${node.backend.modelHash})${running.followsChain ? ', following the chain' : ''}${node.metricsUrl === undefined ? '' : `, metrics at ${node.metricsUrl}`}\n`)
      await waitForShutdownSignal()
      await running.stop()
    })
}
