import type { Command } from 'commander'
import { formatCostReport, type CostReport } from '../../orchestrator/accounting/costReport.ts'
import { InvalidConfigError } from '../../shared/errors/config.ts'
import { formatBalanceChanges, runPaidDemoSession } from '../devnet/runPaidDemoSession.ts'
import { sendSampleRequest } from '../devnet/sendSampleRequest.ts'
import { startDevnet } from '../devnet/startDevnet.ts'
import { parseInteger, waitForShutdownSignal } from './options.ts'

export function registerUpCommand(program: Command): void {
  program.command('up')
    .description('start a whole local network on loopback (orchestrator + nodes on the tiny model) and send a sample request')
    .option('--data-dir <dir>', 'keys, logs and the generated model', '.devnet')
    .option('--nodes <n>', 'provider nodes to start', parseInteger, 3)
    .option('--model <path>', 'GGUF for the nodes (default: the generated tiny model)')
    .option('--http-port <port>', 'orchestrator API port', parseInteger, 8787)
    .option('--api-key <key>', 'API key for the devnet', 'maia-devnet-key')
    .option('--no-sample', 'skip the sample request')
    .option('--chain-rpc <url>', 'use this existing chain (with --deployment) instead of starting a local one')
    .option('--deployment <file>', 'the suite deployment file on --chain-rpc')
    .option('--no-chain', 'run the network without a chain (no stake, payments or rewards)')
    .action(async (flags: { dataDir: string; nodes: number; model?: string; httpPort: number; apiKey: string; sample: boolean; chainRpc?: string; deployment?: string; chain: boolean }) => {
      if (flags.chainRpc !== undefined && flags.deployment === undefined) throw new InvalidConfigError('flags', 'deployment: --chain-rpc needs --deployment <file> (written by maia deploy)')
      const chain = !flags.chain ? 'none' as const : flags.chainRpc === undefined ? 'local' as const : { rpcUrl: flags.chainRpc, deploymentFile: flags.deployment! }
      const say = (message: string): void => { process.stderr.write(`[maia up] ${message}\n`) }
      // Signals are handled from the start, so Ctrl-C while the network is still starting stops it too.
      const shutdown = waitForShutdownSignal()
      const devnet = await startDevnet({ dataDir: flags.dataDir, nodes: flags.nodes, model: flags.model, httpPort: flags.httpPort, apiKey: flags.apiKey, onStatus: say, chain })
      try {
        process.stdout.write([
          '',
          `MAIA devnet is up: ${flags.nodes} nodes serving maia-tiny (random weights: its text is noise by design).`,
          `  API:      ${devnet.apiUrl}   (Anthropic /v1/messages, OpenAI /v1/chat/completions, /v1/models)`,
          '  Models:   "maia" = the MAIA pipeline (router, library, memory); "maia-tiny" = the raw network model',
          `  API key:  ${devnet.apiKey}`,
          `  Nodes:    ${devnet.apiUrl}/v1/network/nodes`,
          `  Logs:     ${flags.dataDir}/logs/`,
          '',
          'Try:',
          `  curl -N ${devnet.apiUrl}/v1/messages -H 'x-api-key: ${devnet.apiKey}' -H 'content-type: application/json' \\`,
          `    -d '{"model":"maia","max_tokens":48,"stream":true,"messages":[{"role":"user","content":"What is the shadow in me?"}]}'`,
          `  npx maia report --url ${devnet.apiUrl} --api-key ${devnet.apiKey}`,
          ''
        ].join('\n') + '\n')
        const printText = (text: string): void => { process.stdout.write(JSON.stringify(text).slice(1, -1)) }
        if (flags.sample && devnet.economy !== undefined) {
          process.stdout.write(`Paid demo session (chain ${devnet.economy.rpcUrl}, deployment ${devnet.economy.deploymentFile}):\n  MAIA says: `)
          const demo = await runPaidDemoSession(devnet.apiUrl, devnet.apiKey, devnet.economy, printText)
          process.stdout.write(`\n  (${demo.sample.outputTokens} tokens, first token after ${demo.sample.firstTokenMs} ms; voucher redeemed, epoch settled, rewards claimed)\n\nWhere the money went:\n${formatBalanceChanges(demo.changes)}\n\n`)
        } else if (flags.sample) {
          process.stdout.write('Sample streamed request: ')
          const result = await sendSampleRequest(devnet.apiUrl, devnet.apiKey, printText)
          process.stdout.write(`\n  (${result.outputTokens} tokens, stop: ${result.stopReason}, first token after ${result.firstTokenMs} ms)\n\n`)
        }
        if (flags.sample) {
          const report = await fetch(`${devnet.apiUrl}/v1/report`, { headers: { 'x-api-key': devnet.apiKey } })
          if (report.ok) process.stdout.write(`${formatCostReport(await report.json() as CostReport)}\n\n`)
        }
        process.stdout.write('Press Ctrl-C to stop.\n')
        await shutdown
      } finally {
        say('stopping...')
        await devnet.stop()
      }
      say('stopped')
    })
}
