// Routed requests/s, added latency and the orchestrator's own CPU per request, for 1, 2, 4 and
// 8 synthetic fixed-speed nodes (so the network, not a model, is measured). The client (this
// process), the orchestrator and every node run in separate processes; one client per slot
// (nodes × concurrency), so nothing queues by construction. Baselines measured in the same run:
// the service time inside the node processes (each generation's wall time), and the capacity
// it implies (nodes × concurrency / service time).
//   npx tsx bench/routing-throughput.ts [--seconds 5] [--tokens 20] [--speed 400] [--nodes 1,2,4,8]
//     [--clients-per-slot 1] [--heartbeat-ms 2000] [--stream] [--json]
// Non-streamed calls by default (nodes gather the reply's tokens into a frame or two, as the
// gateway asks for callers that wait for the whole reply); --stream measures server-sent events
// with tokens every 10 ms.
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { BENCH_API_KEY, startBenchNetwork } from './processes.ts'
import { format, percentile } from './lib.ts'

const { values } = parseArgs({ options: {
  seconds: { type: 'string', default: '5' }, tokens: { type: 'string', default: '20' }, speed: { type: 'string', default: '400' },
  'clients-per-slot': { type: 'string', default: '1' }, nodes: { type: 'string', default: '1,2,4,8' },
  'heartbeat-ms': { type: 'string', default: '2000' }, 'coalesce-ms': { type: 'string' }, 'warmup-seconds': { type: 'string', default: '1' }, stream: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }
} })
const seconds = Number(values.seconds)
const tokens = Number(values.tokens)
const speed = Number(values.speed)
const maxConcurrent = 4
const reply = Array.from({ length: tokens }, (_, index) => `w${index}`).join(' ')
const log = (line: string): void => { if (values.json) process.stderr.write(`${line}\n`); else console.log(line) }

interface Run {
  nodes: number; clients: number; requests: number; errors: number; reqPerS: number; idealReqPerS: number
  orchestratorCpuMsPerRequest: number
  /** The same CPU split: user (JavaScript, libuv, crypto) and system (socket system calls, the loopback TCP stack). */
  orchestratorUserMsPerRequest: number; orchestratorSystemMsPerRequest: number
  p50AddedMs: number; p99AddedMs: number; serviceP50Ms: number; serviceP99Ms: number
  /** reqPerS / (nodes × the 1-node run's reqPerS), measured in this run; absent without a 1-node run before it. */
  ratioToNTimesOneNode?: number
  /** With MAIA_BENCH_COUNT=1: frames read, socket writes and reads, collections, per request in the orchestrator. */
  orchestratorCountsPerRequest?: Record<string, number>
}

log(`${values.stream ? 'streamed (SSE)' : 'non-streamed'} calls; synthetic nodes: ${tokens} tokens at ${speed} tok/s (nominal ${format((tokens / speed) * 1000)} ms), ${maxConcurrent} concurrent per node, ${values['clients-per-slot']} client(s) per slot, heartbeat ${values['heartbeat-ms']} ms; ${seconds} s per run; client, orchestrator and each node in separate processes`)
log('nodes  clients   req/s   ideal req/s   ratio   vs N x 1 node   orch CPU ms/req   service p50 ms   p50 added ms   p99 added ms   errors   user+sys ms/req   load')
const runs: Run[] = []
for (const nodeCount of values.nodes.split(',').map(Number)) {
  const network = await startBenchNetwork(
    Array.from({ length: nodeCount }, () => ({ kind: 'scripted' as const, modelName: 'synthetic', reply, tokensPerSecond: speed })),
    { maxConcurrent, heartbeatIntervalMs: Number(values['heartbeat-ms']), ...(values['coalesce-ms'] === undefined ? {} : { tokenCoalesceMs: Number(values['coalesce-ms']) }) })
  try {
    await network.waitForNodes(nodeCount)
    const clients = nodeCount * maxConcurrent * Number(values['clients-per-slot'])
    const body = JSON.stringify({ model: 'synthetic', max_tokens: tokens + 5, messages: [{ role: 'user', content: 'hi' }], ...(values.stream ? { stream: true } : {}) })
    const drive = async (untilMs: number, latencies: number[]): Promise<number> => {
      let errors = 0
      await Promise.all(Array.from({ length: clients }, async () => {
        while (performance.now() < untilMs) {
          const started = performance.now()
          const response = await fetch(`${network.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY }, body })
          await response.arrayBuffer()
          if (response.ok) latencies.push(performance.now() - started)
          else errors += 1
        }
      }))
      return errors
    }
    await drive(performance.now() + Number(values['warmup-seconds']) * 1000, [])
    await network.serviceTimes()
    const latencies: number[] = []
    const cpuBefore = await network.orchestratorCpu()
    const started = performance.now()
    const errors = await drive(started + seconds * 1000, latencies)
    const elapsed = (performance.now() - started) / 1000
    const cpuAfter = await network.orchestratorCpu()
    const service = await network.serviceTimes()
    const serviceP50 = percentile(service, 0.5)
    const cpuMs = (cpuAfter.user - cpuBefore.user + cpuAfter.system - cpuBefore.system) / 1000
    const run: Run = {
      nodes: nodeCount, clients, requests: latencies.length, errors,
      reqPerS: latencies.length / elapsed,
      idealReqPerS: (nodeCount * maxConcurrent * 1000) / serviceP50,
      orchestratorCpuMsPerRequest: cpuMs / (latencies.length + errors),
      orchestratorUserMsPerRequest: (cpuAfter.user - cpuBefore.user) / 1000 / (latencies.length + errors),
      orchestratorSystemMsPerRequest: (cpuAfter.system - cpuBefore.system) / 1000 / (latencies.length + errors),
      // Quantile differences: the client's latency quantile minus the same quantile of the
      // service time measured inside the nodes, so service jitter is not counted as overhead.
      p50AddedMs: percentile(latencies, 0.5) - serviceP50,
      p99AddedMs: percentile(latencies, 0.99) - percentile(service, 0.99),
      serviceP50Ms: serviceP50, serviceP99Ms: percentile(service, 0.99)
    }
    const oneNode = runs.find((earlier) => earlier.nodes === 1) ?? (nodeCount === 1 ? run : undefined)
    if (oneNode !== undefined) run.ratioToNTimesOneNode = run.reqPerS / (nodeCount * oneNode.reqPerS)
    if (cpuAfter.counters !== undefined && cpuBefore.counters !== undefined) {
      const perRequest = Object.fromEntries(Object.entries(cpuAfter.counters).map(([name, value]) => [name, Number(((value - (cpuBefore.counters![name] ?? 0)) / (latencies.length + errors)).toFixed(3))]))
      run.orchestratorCountsPerRequest = perRequest
      log(`orchestrator per request: ${JSON.stringify(perRequest)}`)
    }
    runs.push(run)
    log(`${String(nodeCount).padStart(5)}  ${String(clients).padStart(7)}  ${format(run.reqPerS).padStart(6)}  ${format(run.idealReqPerS).padStart(12)}  ${format(run.reqPerS / run.idealReqPerS, 2).padStart(6)}  ${format(run.ratioToNTimesOneNode ?? Number.NaN, 2).padStart(14)}  ${format(run.orchestratorCpuMsPerRequest, 2).padStart(16)}  ${format(serviceP50).padStart(15)}  ${format(run.p50AddedMs, 2).padStart(13)}  ${format(run.p99AddedMs, 2).padStart(13)}  ${String(errors).padStart(7)}   ${format(run.orchestratorUserMsPerRequest, 2)}+${format(run.orchestratorSystemMsPerRequest, 2)}   ${loadavg()[0]!.toFixed(2)}`)
  } finally {
    await network.stop()
  }
}
if (values.json) console.log(JSON.stringify({ stream: values.stream, runs }))
