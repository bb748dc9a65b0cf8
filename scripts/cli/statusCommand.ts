import type { Command } from 'commander'
import { formatNetworkStatus } from './status/formatNetworkStatus.ts'
import { readNetworkStatus } from './status/readNetworkStatus.ts'

export function registerStatusCommand(program: Command): void {
  program.command('status')
    .description('one screen on an orchestrator: its nodes (model, load, tokens/s, quarantine), the latest epoch, sovereignty')
    .option('--url <url>', 'orchestrator API', process.env.MAIA_API_URL ?? 'http://127.0.0.1:8787')
    .option('--api-key <key>', 'orchestrator API key (or MAIA_API_KEY); epoch and sovereignty need an operator key', process.env.MAIA_API_KEY)
    .option('--json', 'print the status as JSON')
    .action(async (flags: { url: string; apiKey?: string; json?: boolean }) => {
      const status = await readNetworkStatus({ url: flags.url, ...(flags.apiKey === undefined ? {} : { apiKey: flags.apiKey }) })
      process.stdout.write(flags.json === true ? `${JSON.stringify(status, null, 2)}\n` : `${formatNetworkStatus(status)}\n`)
    })
}
