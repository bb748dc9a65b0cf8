import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { JsonRpcProvider, parseUnits } from 'ethers'
import { formatCostReport, type CostReport } from '../../orchestrator/economy/index.ts'
import { writeFileAtomic } from '../../shared/util/index.ts'
import { BaseError } from '../../shared/errors/index.ts'
import { openDevnetVoucher } from './openDevnetVoucher.ts'
import { exampleCurlCommand, formatQuickStartExamples, type QuickStartTarget } from './quickStartExamples.ts'
import { formatBalanceChanges, runPaidDemoSession } from './runPaidDemoSession.ts'
import { sendSampleRequest } from './sendSampleRequest.ts'
import type { Devnet } from './startDevnet.ts'

/** The example request `maia up` printed did not work as printed. */
export class ExampleRequestFailedError extends BaseError {
  override name = 'ExampleRequestFailedError'
  constructor(reason: string, details: Record<string, unknown>) {
    super(`The printed example request failed: ${reason}`, { details })
  }
}

/** The example voucher: enough for many demo turns, valid long enough to play with. */
const EXAMPLE_VOUCHER = { maxAmount: parseUnits('5', 18), ttlSeconds: 7 * 24 * 3_600 }

/**
 * What `maia up` shows once the network is up: where the API is, a paid demo session (or a plain
 * sample request without a chain), the cost table, and examples that work as printed (on a chain,
 * with a voucher the demo user signed, saved to `<dataDir>/voucher.txt`). With `verifyExample`,
 * runs the printed `curl` itself and fails unless it streams a whole answer: the quick start's
 * smoke test.
 */
export async function runDevnetDemo(devnet: Devnet, options: { dataDir: string; nodes: number; sample: boolean; verifyExample: boolean; say: (message: string) => void }): Promise<void> {
  const { apiUrl, apiKey, economy } = devnet
  const target: QuickStartTarget = { apiUrl, apiKey }
  if (economy !== undefined) {
    const provider = new JsonRpcProvider(economy.rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1, batchMaxCount: 1 })
    try {
      target.voucherFile = resolve(join(options.dataDir, 'voucher.txt'))
      await writeFileAtomic(target.voucherFile, `${(await openDevnetVoucher(provider, economy, EXAMPLE_VOUCHER)).header}\n`, 0o600)
    } finally {
      provider.destroy()
    }
    const userKey = resolve(join(options.dataDir, 'accounts', 'user', 'eth.key'))
    target.openVoucherCommand = `npx maia session open --rpc ${economy.rpcUrl} --deployment ${resolve(economy.deploymentFile)} --key-file ${userKey} --max 5 --ttl 604800 --out ${target.voucherFile}`
  }
  process.stdout.write([
    '',
    `MAIA devnet is up: ${options.nodes} nodes serving maia-tiny (random weights: its text is noise by design).`,
    `  API:      ${apiUrl}   (Anthropic /v1/messages, OpenAI /v1/chat/completions, /v1/models)`,
    '  Models:   "maia" = the MAIA pipeline (router, library, memory); "maia-tiny" = the raw network model',
    `  API key:  ${apiKey}`,
    ...(economy === undefined ? [] : [`  Payment:  every request needs an x-maia-voucher header (chain ${economy.rpcUrl}); one for the demo user is in ${target.voucherFile}`]),
    // The key rides in the fragment: browsers never send it, so it lands in no log.
    `  Dashboard: ${apiUrl}/dashboard#key=${encodeURIComponent(apiKey)}`,
    `  Nodes:    ${apiUrl}/v1/network/nodes`,
    `  Report:   npx maia report --url ${apiUrl} --api-key ${apiKey}`,
    `  Logs:     ${options.dataDir}/logs/`,
    '',
    formatQuickStartExamples(target),
    ''
  ].join('\n') + '\n')

  const printText = (text: string): void => { process.stdout.write(JSON.stringify(text).slice(1, -1)) }
  if (options.sample && economy !== undefined) {
    process.stdout.write(`Paid demo session (chain ${economy.rpcUrl}, deployment ${economy.deploymentFile}):\n  MAIA says: `)
    const demo = await runPaidDemoSession(apiUrl, apiKey, economy, printText)
    process.stdout.write(`\n  (${demo.sample.outputTokens} tokens, first token after ${demo.sample.firstTokenMs} ms; voucher redeemed, epoch settled, rewards claimed)\n\nWhere the money went:\n${formatBalanceChanges(demo.changes)}\n\n`)
    options.say('paid demo session done')
  } else if (options.sample) {
    process.stdout.write('Sample streamed request: ')
    const result = await sendSampleRequest(apiUrl, apiKey, printText)
    process.stdout.write(`\n  (${result.outputTokens} tokens, stop: ${result.stopReason}, first token after ${result.firstTokenMs} ms)\n\n`)
  }
  if (options.sample) {
    const report = await fetch(`${apiUrl}/v1/report`, { headers: { 'x-api-key': apiKey } })
    if (report.ok) process.stdout.write(`${formatCostReport(await report.json() as CostReport)}\n\n`)
  }
  if (options.verifyExample) await verifyExampleRequest(target, options.say)
}

/** Runs the printed `curl` through a shell, exactly as a user would paste it. */
async function verifyExampleRequest(target: QuickStartTarget, say: (message: string) => void): Promise<void> {
  const command = exampleCurlCommand(target)
  say('running the printed example curl')
  const { stdout } = await promisify(execFile)('/bin/sh', ['-c', `${command} -w '\\nHTTP %{http_code}\\n'`], { timeout: 60_000, maxBuffer: 4 * 1024 * 1024 })
    .catch((cause: unknown) => { throw new ExampleRequestFailedError('curl did not run', { command, cause: String(cause) }) })
  const status = /HTTP (\d{3})\s*$/u.exec(stdout)?.[1]
  if (status !== '200' || !stdout.includes('event: message_stop')) {
    throw new ExampleRequestFailedError(`HTTP ${status ?? '?'}`, { command, response: stdout.slice(0, 2_000) })
  }
  say('the printed example curl streamed a whole answer (HTTP 200)')
}
