import type { Command } from 'commander'
import { formatCostReport, type CostReport } from '../../orchestrator/accounting/costReport.ts'
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
    .action(async (flags: { dataDir: string; nodes: number; model?: string; httpPort: number; apiKey: string; sample: boolean }) => {
      const say = (message: string): void => { process.stderr.write(`[maia up] ${message}\n`) }
      // Signals are handled from the start, so Ctrl-C while the network is still starting stops it too.
      const shutdown = waitForShutdownSignal()
      const devnet = await startDevnet({ dataDir: flags.dataDir, nodes: flags.nodes, model: flags.model, httpPort: flags.httpPort, apiKey: flags.apiKey, onStatus: say })
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
        if (flags.sample) {
          process.stdout.write('Sample streamed request: ')
          const result = await sendSampleRequest(devnet.apiUrl, devnet.apiKey, (text) => process.stdout.write(JSON.stringify(text).slice(1, -1)))
          process.stdout.write(`\n  (${result.outputTokens} tokens, stop: ${result.stopReason}, first token after ${result.firstTokenMs} ms)\n\n`)
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
