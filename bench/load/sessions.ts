// Issue 12 §5: 1,000 concurrent sessions against a real devnet (orchestrator + 3 node processes
// serving the tiny GGUF), the load coming from a separate process.
//   nice npx tsx bench/load/sessions.ts [--sessions 1000] [--nodes 3] [--max-tokens 8]
//        [--timeout-ms 60000] [--deadline-s 240] [--paid [--vouchers 50]] [--json] [--keep]
// (--keep leaves the devnet's data dir, logs included, for a look afterwards.)
// Judges: no request hangs, every refusal is 429/529/503 with Retry-After, no node quarantined,
// the network serves again within 1 s of the load ending; reports the orchestrator's peak RSS.
// Exit code 0 on PASS, 1 on FAIL, 2 when the run itself could not be made.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { JsonRpcProvider, parseUnits } from 'ethers'
import { openDevnetVoucher } from '../../scripts/devnet/openDevnetVoucher.ts'
import { startDevnet, type Devnet } from '../../scripts/devnet/startDevnet.ts'
import { tinyModelPath } from '../../test/helpers/tinyModel.ts'
import type { LoadClientInit, LoadClientReport } from './client.ts'
import { runSession } from './runSession.ts'
import { readRssMb, sampleRss } from './sampleRss.ts'
import { formatLoadSummary, summarizeLoad } from './summarizeLoad.ts'
import { readNodes, watchNodes } from './watchNodes.ts'

const { values } = parseArgs({ options: {
  sessions: { type: 'string', default: '1000' }, nodes: { type: 'string', default: '3' },
  'max-tokens': { type: 'string', default: '8' }, 'timeout-ms': { type: 'string', default: '60000' },
  'deadline-s': { type: 'string', default: '240' }, paid: { type: 'boolean', default: false },
  vouchers: { type: 'string', default: '50' }, json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }
} })
const sessions = Number(values.sessions)
const nodeCount = Number(values.nodes)
const maxTokens = Number(values['max-tokens'])
const timeoutMs = Number(values['timeout-ms'])
const deadlineMs = Number(values['deadline-s']) * 1_000
const status = (message: string): void => { if (!values.json) process.stderr.write(`[load] ${message}\n`) }

const CLIENT = fileURLToPath(new URL('./client.ts', import.meta.url))
const TSX = import.meta.resolve('tsx')

/** Runs the client process with `init` on stdin; resolves with its report, or rejects past `deadlineMs`. */
function runClient(init: LoadClientInit): Promise<LoadClientReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => { stdout += chunk })
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`load client still running after ${deadlineMs} ms: killed`)) }, deadlineMs)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as LoadClientReport)
      else reject(new Error(`load client exited with ${code ?? signal}`))
    })
    child.stdin.end(JSON.stringify(init))
  })
}

async function signVouchers(devnet: Devnet, count: number): Promise<string[]> {
  const economy = devnet.economy
  if (economy === undefined) return []
  const provider = new JsonRpcProvider(economy.rpcUrl, undefined, { cacheTimeout: -1 })
  try {
    const vouchers: string[] = []
    // A small maximum each, so that every session fits the demo user's deposit at once.
    for (let index = 0; index < count; index += 1) vouchers.push((await openDevnetVoucher(provider, economy, { maxAmount: parseUnits('0.05', 18), ttlSeconds: 3_600 })).header)
    return vouchers
  } finally {
    provider.destroy()
  }
}

async function main(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'maia-load-'))
  let devnet: Devnet | undefined
  const onSignal = (): void => { void devnet?.stop().finally(() => process.exit(130)) }
  process.once('SIGINT', onSignal)
  try {
    status(`starting a devnet of ${nodeCount} nodes${values.paid ? ' on a local chain' : ''} in ${dataDir}`)
    devnet = await startDevnet({ dataDir, nodes: nodeCount, model: await tinyModelPath(), chain: values.paid ? 'local' : 'none', onStatus: status,
      onUnexpectedExit: (death) => status(`${death.name} exited unexpectedly (${death.exitCode ?? death.signal}):\n${death.lastLines.join('\n')}`) })
    const orchestrator = devnet.processes.find((entry) => entry.name === 'orchestrator')?.child.pid
    if (orchestrator === undefined) throw new Error('no orchestrator process')
    const vouchers = values.paid ? await signVouchers(devnet, Number(values.vouchers)) : []

    // One request first, so that the baseline RSS includes a warm serving path.
    const warmup = await runSession({ url: devnet.apiUrl, apiKey: devnet.apiKey, model: 'maia-tiny', maxTokens, timeoutMs, ...(vouchers[0] === undefined ? {} : { voucher: vouchers[0] }) }, -1, 'anthropic')
    if (warmup.kind !== 'served') throw new Error(`the warm-up request was not served: ${warmup.kind} ${warmup.status ?? ''} ${warmup.detail ?? ''}`)
    const before = readRssMb(orchestrator) ?? Number.NaN
    const rss = sampleRss(orchestrator)
    const watch = watchNodes(devnet.apiUrl, devnet.apiKey)
    status(`orchestrator pid ${orchestrator}, RSS ${before.toFixed(1)} MB; ${sessions} sessions from a separate process`)
    let client: LoadClientReport
    try {
      client = await runClient({ url: devnet.apiUrl, apiKey: devnet.apiKey, model: 'maia-tiny', maxTokens, timeoutMs, sessions, recoveryDeadlineMs: 10_000, vouchers })
    } finally {
      rss.stop()
      await watch.stop()
    }
    const after = await readNodes(devnet.apiUrl, devnet.apiKey)
    // Let the orchestrator drop what the burst left (sockets, buffers) before the last RSS look.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const summary = summarizeLoad({ client, nodes: nodeCount, maxTokens, rss: { before, peak: rss.peakMb(), after: readRssMb(orchestrator) ?? Number.NaN }, watch: watch.report(), after })
    const exited = devnet.processes.filter(({ child }) => child.exitCode !== null || child.signalCode !== null).map(({ name }) => name)
    if (exited.length > 0) summary.pass = false
    process.stdout.write(values.json ? `${JSON.stringify({ ...summary, exitedProcesses: exited })}\n` : `${formatLoadSummary(summary)}${exited.length > 0 ? `\nexited during the run: ${exited.join(', ')}` : ''}\n`)
    return summary.pass ? 0 : 1
  } catch (error) {
    process.stderr.write(`load run failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    return 2
  } finally {
    process.off('SIGINT', onSignal)
    await devnet?.stop()
    if (values.keep) status(`data and logs kept in ${dataDir}`)
    else await rm(dataDir, { recursive: true, force: true })
  }
}

process.exit(await main())
