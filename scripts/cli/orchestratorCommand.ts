import type { Command } from 'commander'
import { startOrchestratorFromConfig } from '../../orchestrator/index.ts'
import { loadConfig } from '../../shared/config/index.ts'
import { orchestratorConfigSchema } from '../../shared/config/index.ts'
import { createLogger } from '../../shared/log/index.ts'
import { parseInteger, parseList, waitForShutdownSignal } from './options.ts'
import { createProgressReporter } from './progress.ts'

export function registerOrchestratorCommand(program: Command): void {
  program.command('orchestrator')
    .description('run the orchestrator: learn nodes from gossip, route requests, serve the HTTP API')
    .option('-c, --config <file>', 'JSON config file')
    .option('--data-dir <dir>', 'where keys live (mode 0600)')
    .option('--listen <multiaddrs>', 'libp2p listen addresses (comma-separated, repeatable)', parseList)
    .option('--http-host <host>', 'HTTP API host')
    .option('--http-port <port>', 'HTTP API port', parseInteger)
    .option('--api-key <key>', 'accepted API key (repeatable)', (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--api-keys-file <file>', 'file with one API key per line')
    .option('--admin-api-key <key>', 'operator key for the report and settlement routes (repeatable; default: every API key)', (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--default-model <name>', 'model answering requests for unknown model names')
    .option('--record-max-age-ms <ms>', 'drop nodes silent for this long', parseInteger)
    .option('--knowledge-dir <dir>', 'knowledge index (built from the library when empty)')
    .option('--library-dir <dir>', 'library to index (default ../shared/library, else the sample library)')
    .option('--tokenizer-model <gguf>', 'GGUF whose tokenizer counts prompt budgets (the served model)')
    .option('--identity-file <file>', "MAIA's identity prompt")
    .option('--claude-model <model>', 'Claude model for complex synthesis and oracle readings (key: ANTHROPIC_API_KEY)')
    .option('--claude-base-url <url>', 'Messages API base URL')
    .option('--quality-sample-rate <share>', 'share of network answers checked against peers, Claude and the approved model (default 0.1; 0: off)', Number.parseFloat)
    .option('--distillation-max-bytes <bytes>', 'most the distillation set (sampled prompts kept for phase 3) holds, oldest dropped first (default 268435456: 256 MiB; 0: keep none)', parseInteger)
    .option('--distillation-key-share <share>', 'share of the distillation set one API key holds at most (default 0.5)', Number.parseFloat)
    .option('--verifier-model <gguf>', 'the approved GGUF: verify sampled answers by teacher forcing (catches lying nodes)')
    .option('--verifier-threads <n>', 'CPU threads of the verifier (default 1)', parseInteger)
    .option('--verifier-positions <n>', 'answer positions the verifier reads first; a doubtful answer is then read at every one (default 16; 0: all at once)', parseInteger)
    .option('--claude-escalation', 'when no node can answer a network-routed turn, Claude answers it (needs ANTHROPIC_API_KEY)')
    .option('--routing-phase <1b|2>', 'route policy of the seed phase: 2 (default) the network answers synthesis and oracle readings, Claude samples quality; 1b Claude answers them')
    .option('--chain-rpc <url>', 'chain JSON-RPC: stake/model gating, paid sessions, receipts and rewards')
    .option('--deployment <file>', 'the contract suite deployment file (default .maia/deployments/<chainId>.json)')
    .option('--deployment-wait-ms <ms>', 'wait this long at start for a --deployment file that is still being written (default 0: it must exist)', parseInteger)
    .option('--require-payment', 'refuse requests without an x-maia-voucher (402)')
    .option('--epoch-interval-ms <ms>', 'settle a rewards epoch this often', parseInteger)
    .option('--max-price <baseUnits>', 'most charged per 1,000 tokens whatever a node announces, $MAIA base units (default 10000000000000000: 10x the default node price)')
    .option('--library-curator <address>', 'credit this ETH address as curator of the library indexed at start')
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent')
    .action(async (flags: Record<string, unknown>) => {
      const config = await loadConfig(orchestratorConfigSchema, {
        file: flags.config as string | undefined,
        env: process.env,
        envPrefix: 'MAIA_ORCHESTRATOR_',
        flags: {
          dataDir: flags.dataDir, listen: flags.listen, httpHost: flags.httpHost, httpPort: flags.httpPort,
          apiKeys: flags.apiKey, adminApiKeys: flags.adminApiKey, apiKeysFile: flags.apiKeysFile, defaultModel: flags.defaultModel,
          recordMaxAgeMs: flags.recordMaxAgeMs, logLevel: flags.logLevel, knowledgeDir: flags.knowledgeDir,
          libraryDir: flags.libraryDir, tokenizerModel: flags.tokenizerModel, identityFile: flags.identityFile,
          claudeModel: flags.claudeModel, claudeBaseUrl: flags.claudeBaseUrl, chainRpc: flags.chainRpc, deployment: flags.deployment, deploymentWaitMs: flags.deploymentWaitMs,
          requirePayment: flags.requirePayment, epochIntervalMs: flags.epochIntervalMs, maxPricePer1kTokens: flags.maxPrice, libraryCurator: flags.libraryCurator, routingPhase: flags.routingPhase, claudeEscalation: flags.claudeEscalation,
          qualitySampleRate: flags.qualitySampleRate, distillationMaxBytes: flags.distillationMaxBytes, distillationKeyShare: flags.distillationKeyShare, verifierModel: flags.verifierModel, verifierThreads: flags.verifierThreads, verifierSampledPositions: flags.verifierPositions
        }
      })
      const logger = createLogger({ level: config.logLevel, name: 'maia-orchestrator' })
      const running = await startOrchestratorFromConfig(config, { logger, progress: createProgressReporter(), env: process.env })
      const { orchestrator } = running
      process.stderr.write(`maia orchestrator ready: API ${orchestrator.api.url} (model "${config.maiaModelName}" = MAIA, Claude ${running.claude ? 'on' : 'off'}), peer ${orchestrator.multiaddrs.join(' ')}\n`)
      await waitForShutdownSignal()
      await running.stop()
    })
}
