// Routed requests/s, added latency and the orchestrator's own CPU per request, for 1, 2, 4 and
// 8 synthetic fixed-speed nodes (so the network, not a model, is measured). The client (this
// process), the orchestrator and every node run in separate processes; one client per slot
// (nodes × concurrency), so nothing queues by construction. One orchestrator serves every run, as
// in a live network that grows: measured once cold (just started: V8 has not optimised its code
// yet), then warm (after --warmup-requests requests), then as nodes join. Baselines measured in
// the same run: the service time inside the node processes (each generation's wall time), the
// capacity it implies (nodes × concurrency / service time), and the floor (on by default,
// non-streamed only): a minimal Node HTTP proxy forwarding over one kept TCP connection to a
// backend process with the same service time (processes/floorProxy.ts), warmed as long and
// driven by the 1-node run's clients; each run reports its CPU per request as a multiple of it.
//   npx tsx bench/routing-throughput.ts [--seconds 5] [--tokens 20] [--speed 400] [--nodes 1,2,4,8]
//     [--clients-per-slot 1] [--heartbeat-ms 2000] [--warmup-requests 5000] [--warmup-seconds 1]
//     [--stream] [--json] [--no-floor] [--client fetch|http] [--pin] [--no-unqueued]
// Non-streamed calls by default (nodes gather the reply's tokens into a frame or two, as the
// gateway asks for callers that wait for the whole reply); --stream measures server-sent events
// with tokens every 10 ms. --client http: the clients post with node:http on kept-alive agents
// (headers and body in one write) instead of fetch (undici); the floor is driven the same way.
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { BENCH_API_KEY, startBenchNetwork, startFloorNetwork, type BenchNetwork } from './processes.ts'
import { Agent } from 'node:http'
import { format, percentile, postJson } from './lib.ts'
import { ownCpuAndOthers, pinNetwork, pinToCpus } from './pinToCpus.ts'

const { values } = parseArgs({ options: {
  seconds: { type: 'string', default: '5' }, tokens: { type: 'string', default: '20' }, speed: { type: 'string', default: '400' },
  'clients-per-slot': { type: 'string', default: '1' }, nodes: { type: 'string', default: '1,2,4,8' },
  'heartbeat-ms': { type: 'string', default: '2000' }, 'coalesce-ms': { type: 'string' }, 'warmup-seconds': { type: 'string', default: '1' }, 'warmup-requests': { type: 'string', default: '5000' }, stream: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
  floor: { type: 'boolean', default: true }, client: { type: 'string', default: 'fetch' }, pin: { type: 'boolean', default: false }, unqueued: { type: 'boolean', default: true }
}, allowNegative: true })
const seconds = Number(values.seconds)
if (values.client !== 'fetch' && values.client !== 'http') throw new Error(`--client is fetch or http, not ${values.client}`)
// --pin: the orchestrator (and the floor's proxy) on the machine's last CPU, the clients and the
// nodes (and the floor's backend) on the others (taskset): the orchestrator on a core of its own, as
// on a machine of its own, instead of taking turns with the clients and nodes it is measured with.
// Unqueued (on by default): after the warm 1-node run, one client sends one request at a time for
// another window, and the floor is measured the same way: added latency with nothing in flight
// beside it. With a client per slot, requests that finish together wait in the orchestrator's
// event loop for each other's relaying, so the slot run's p50 added holds some queueing.
// One agent for every client: kept-alive sockets, as undici's pool keeps them.
const agent = values.client === 'http' ? new Agent({ keepAlive: true }) : undefined
const tokens = Number(values.tokens)
const speed = Number(values.speed)
const maxConcurrent = 4
const reply = Array.from({ length: tokens }, (_, index) => `w${index}`).join(' ')
const log = (line: string): void => { if (values.json) process.stderr.write(`${line}\n`); else console.log(line) }
const cpus = values.pin ? ownCpuAndOthers() : undefined
/** With --pin: the orchestrator (or the floor's proxy) on its own CPU, this process and the nodes on the others. */
async function pinProcesses(target: Pick<BenchNetwork, 'pids'>): Promise<void> {
  if (cpus === undefined) return
  await pinNetwork(target.pids(), { orchestrator: cpus.own, nodes: cpus.others })
  await pinToCpus(process.pid, cpus.others)
}

interface Run {
  nodes: number; clients: number; requests: number; errors: number; reqPerS: number; idealReqPerS: number
  orchestratorCpuMsPerRequest: number
  /** The same CPU split: user (JavaScript, libuv, crypto) and system (socket system calls, the loopback TCP stack). */
  orchestratorUserMsPerRequest: number; orchestratorSystemMsPerRequest: number
  p50AddedMs: number; p99AddedMs: number; serviceP50Ms: number; serviceP99Ms: number
  /** reqPerS / (nodes × the 1-node run's reqPerS), measured in this run; absent without a 1-node run before it. */
  ratioToNTimesOneNode?: number
  /** The minimal proxy's CPU per request (--floor, at the 1-node run's clients) and this run's multiple of it. */
  floorCpuMsPerRequest?: number; ratioToFloorCpu?: number
  /** The 1-node run only (unless --no-unqueued): one client, one request at a time, after the slot run. */
  unqueued?: Unqueued
  /** With MAIA_BENCH_COUNT=1: frames read, socket writes and reads, collections, per request in the orchestrator. */
  orchestratorCountsPerRequest?: Record<string, number>
}

log(`${values.stream ? 'streamed (SSE)' : 'non-streamed'} calls; synthetic nodes: ${tokens} tokens at ${speed} tok/s (nominal ${format((tokens / speed) * 1000)} ms), ${maxConcurrent} concurrent per node, ${values['clients-per-slot']} client(s) per slot, heartbeat ${values['heartbeat-ms']} ms; ${seconds} s per run; client (${values.client === 'http' ? 'node:http' : 'fetch'}), orchestrator and each node in separate processes${cpus === undefined ? '' : `; pinned: orchestrator on CPU ${cpus.own.join(',')}, clients and nodes on CPUs ${cpus.others.join(',')}`}`)
const runs: Run[] = []
const body = JSON.stringify({ model: 'synthetic', max_tokens: tokens + 5, messages: [{ role: 'user', content: 'hi' }], ...(values.stream ? { stream: true } : {}) })

interface Window { requests: number; errors: number; elapsed: number; latencies: number[]; service: number[]; user: number; system: number; counters?: Record<string, number> }

/**
 * Drives `clients` callers, each waiting for its answer before the next: first until `warmup`
 * (seconds, or requests answered), then for `seconds`, reading the CPU of the process in the middle
 * around the measured part only.
 */
async function measureWindow(target: Pick<BenchNetwork, 'url' | 'orchestratorCpu' | 'serviceTimes'>, clients: number, warmup: { seconds: number } | { requests: number }): Promise<Window> {
  const drive = async (until: { ms: number } | { requests: number }, latencies: number[]): Promise<number> => {
    let errors = 0
    let sent = 0
    const more = (): boolean => 'ms' in until ? performance.now() < until.ms : sent < until.requests
    await Promise.all(Array.from({ length: clients }, async () => {
      while (more()) {
        sent += 1
        const started = performance.now()
        const headers = { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY }
        let ok: boolean
        if (agent !== undefined) {
          ok = (await postJson(`${target.url}/v1/messages`, headers, body, agent)).status === 200
        } else {
          const response = await fetch(`${target.url}/v1/messages`, { method: 'POST', headers, body })
          await response.arrayBuffer()
          ok = response.ok
        }
        if (ok) latencies.push(performance.now() - started)
        else errors += 1
      }
    }))
    return errors
  }
  await drive('seconds' in warmup ? { ms: performance.now() + warmup.seconds * 1000 } : { requests: warmup.requests }, [])
  await target.serviceTimes()
  const latencies: number[] = []
  const cpuBefore = await target.orchestratorCpu()
  const started = performance.now()
  const errors = await drive({ ms: started + seconds * 1000 }, latencies)
  const elapsed = (performance.now() - started) / 1000
  const cpuAfter = await target.orchestratorCpu()
  const service = await target.serviceTimes()
  const counters = cpuAfter.counters !== undefined && cpuBefore.counters !== undefined
    ? Object.fromEntries(Object.entries(cpuAfter.counters).map(([name, value]) => [name, value - (cpuBefore.counters![name] ?? 0)]))
    : undefined
  return { requests: latencies.length, errors, elapsed, latencies, service, user: (cpuAfter.user - cpuBefore.user) / 1000, system: (cpuAfter.system - cpuBefore.system) / 1000, ...(counters === undefined ? {} : { counters }) }
}

/** Added latency with one request in flight at a time. */
interface Unqueued { clients: 1; requests: number; p50AddedMs: number; p99AddedMs: number; serviceP50Ms: number; orchestratorCpuMsPerRequest: number }
const unqueuedOf = (window: Window): Unqueued => ({
  clients: 1, requests: window.requests,
  p50AddedMs: percentile(window.latencies, 0.5) - percentile(window.service, 0.5),
  p99AddedMs: percentile(window.latencies, 0.99) - percentile(window.service, 0.99),
  serviceP50Ms: percentile(window.service, 0.5),
  orchestratorCpuMsPerRequest: (window.user + window.system) / (window.requests + window.errors)
})

const warmupRequests = Number(values['warmup-requests'])
const slotClients = maxConcurrent * Number(values['clients-per-slot'])

// The floor, warmed as long as the orchestrator and measured with the 1-node run's clients: a
// minimal Node proxy (HTTP in, one kept TCP connection out, no libp2p, no encryption, no checks)
// in front of a backend with the same service time.
let floor: { cpuMsPerRequest: number; reqPerS: number; p50AddedMs: number; unqueued?: Unqueued } | undefined
if (values.floor && !values.stream) {
  const floorNetwork = await startFloorNetwork({ tokens, tokensPerSecond: speed })
  try {
    await pinProcesses(floorNetwork)
    const window = await measureWindow(floorNetwork, slotClients, { requests: warmupRequests })
    const handled = window.requests + window.errors
    floor = { cpuMsPerRequest: (window.user + window.system) / handled, reqPerS: window.requests / window.elapsed, p50AddedMs: percentile(window.latencies, 0.5) - percentile(window.service, 0.5) }
    log(`floor (minimal Node proxy + backend, ${slotClients} clients, after ${warmupRequests} requests): ${format(floor.reqPerS)} req/s, proxy CPU ${format(floor.cpuMsPerRequest, 2)} ms/req, p50 added ${format(floor.p50AddedMs, 2)} ms`)
    if (values.unqueued) {
      floor.unqueued = unqueuedOf(await measureWindow(floorNetwork, 1, { seconds: Number(values['warmup-seconds']) }))
      log(`floor, one request at a time: p50 added ${format(floor.unqueued.p50AddedMs, 2)} ms, p99 added ${format(floor.unqueued.p99AddedMs, 2)} ms (${floor.unqueued.requests} requests)`)
    }
  } finally {
    await floorNetwork.stop()
  }
}

const summarise = (nodeCount: number, clients: number, window: Window): Run => {
  const { requests, errors, elapsed, latencies, service, user, system } = window
  const handled = requests + errors
  const serviceP50 = percentile(service, 0.5)
  return {
    nodes: nodeCount, clients, requests, errors,
    reqPerS: requests / elapsed,
    idealReqPerS: (nodeCount * maxConcurrent * 1000) / serviceP50,
    orchestratorCpuMsPerRequest: (user + system) / handled,
    orchestratorUserMsPerRequest: user / handled,
    orchestratorSystemMsPerRequest: system / handled,
    // Quantile differences: the client's latency quantile minus the same quantile of the
    // service time measured inside the nodes, so service jitter is not counted as overhead.
    p50AddedMs: percentile(latencies, 0.5) - serviceP50,
    p99AddedMs: percentile(latencies, 0.99) - percentile(service, 0.99),
    serviceP50Ms: serviceP50, serviceP99Ms: percentile(service, 0.99)
  }
}
const row = (label: string, run: Run): string =>
  `${label.padEnd(5)} ${String(run.nodes).padStart(5)}  ${String(run.clients).padStart(7)}  ${format(run.reqPerS).padStart(6)}  ${format(run.idealReqPerS).padStart(12)}  ${format(run.reqPerS / run.idealReqPerS, 2).padStart(6)}  ${format(run.ratioToNTimesOneNode ?? Number.NaN, 2).padStart(14)}  ${format(run.orchestratorCpuMsPerRequest, 2).padStart(16)}  ${format(run.serviceP50Ms).padStart(15)}  ${format(run.p50AddedMs, 2).padStart(13)}  ${format(run.p99AddedMs, 2).padStart(13)}  ${String(run.errors).padStart(7)}   ${format(run.orchestratorUserMsPerRequest, 2)}+${format(run.orchestratorSystemMsPerRequest, 2)}   ${loadavg()[0]!.toFixed(2)}`

// One orchestrator for every run, as in a live network that grows: measured once just after it
// starts (cold: its JavaScript not yet optimised by V8), then after `warmupRequests` requests, then
// again as nodes join. Per-request CPU falls by about half over the first few thousand requests.
const nodeCounts = values.nodes.split(',').map(Number)
if (nodeCounts.some((count, index) => !Number.isInteger(count) || count < 1 || (index > 0 && count <= nodeCounts[index - 1]!))) throw new Error('--nodes takes increasing counts, e.g. 1,2,4,8')
const scripted = (count: number) => Array.from({ length: count }, () => ({ kind: 'scripted' as const, modelName: 'synthetic', reply, tokensPerSecond: speed }))
const network = await startBenchNetwork(scripted(nodeCounts[0]!), { maxConcurrent, heartbeatIntervalMs: Number(values['heartbeat-ms']), ...(values['coalesce-ms'] === undefined ? {} : { tokenCoalesceMs: Number(values['coalesce-ms']) }) })
let cold: Run | undefined
try {
  log('run   nodes  clients   req/s   ideal req/s   ratio   vs N x 1 node   orch CPU ms/req   service p50 ms   p50 added ms   p99 added ms   errors   user+sys ms/req   load')
  await network.waitForNodes(nodeCounts[0]!)
  await pinProcesses(network)
  cold = summarise(nodeCounts[0]!, nodeCounts[0]! * slotClients, await measureWindow(network, nodeCounts[0]! * slotClients, { seconds: Number(values['warmup-seconds']) }))
  log(row('cold', cold))
  for (const [index, nodeCount] of nodeCounts.entries()) {
    if (index > 0) {
      await network.addNodes(scripted(nodeCount - nodeCounts[index - 1]!))
      await network.waitForNodes(nodeCount)
      await pinProcesses(network)
    }
    const clients = nodeCount * slotClients
    const window = await measureWindow(network, clients, index === 0 ? { requests: warmupRequests } : { seconds: Number(values['warmup-seconds']) })
    const run = summarise(nodeCount, clients, window)
    const oneNode = runs.find((earlier) => earlier.nodes === 1) ?? (nodeCount === 1 ? run : undefined)
    if (oneNode !== undefined) run.ratioToNTimesOneNode = run.reqPerS / (nodeCount * oneNode.reqPerS)
    if (floor !== undefined) { run.floorCpuMsPerRequest = floor.cpuMsPerRequest; run.ratioToFloorCpu = run.orchestratorCpuMsPerRequest / floor.cpuMsPerRequest }
    if (window.counters !== undefined) {
      const perRequest = Object.fromEntries(Object.entries(window.counters).map(([name, value]) => [name, Number((value / (window.requests + window.errors)).toFixed(3))]))
      run.orchestratorCountsPerRequest = perRequest
      log(`orchestrator per request: ${JSON.stringify(perRequest)}`)
    }
    runs.push(run)
    log(row('warm', run))
    if (index === 0 && nodeCount === 1 && values.unqueued) {
      run.unqueued = unqueuedOf(await measureWindow(network, 1, { seconds: Number(values['warmup-seconds']) }))
      log(`1 node, one request at a time: p50 added ${format(run.unqueued.p50AddedMs, 2)} ms, p99 added ${format(run.unqueued.p99AddedMs, 2)} ms, orchestrator CPU ${format(run.unqueued.orchestratorCpuMsPerRequest, 2)} ms/req (${run.unqueued.requests} requests)${floor?.unqueued === undefined ? '' : `; the floor's p50 added ${format(floor.unqueued.p50AddedMs, 2)} ms`}`)
    }
  }
} finally {
  agent?.destroy()
  await network.stop()
}
const oneNodeRun = runs.find((run) => run.nodes === 1)
if (floor !== undefined && oneNodeRun !== undefined) log(`orchestrator CPU per request at 1 node, warm: x${format(oneNodeRun.orchestratorCpuMsPerRequest / floor.cpuMsPerRequest, 2)} the minimal proxy's (${format(oneNodeRun.orchestratorCpuMsPerRequest, 2)} vs ${format(floor.cpuMsPerRequest, 2)} ms); cold (first ${values['warmup-seconds']} s + ${seconds} s after start): ${format(cold?.orchestratorCpuMsPerRequest ?? Number.NaN, 2)} ms`)
if (values.json) console.log(JSON.stringify({ stream: values.stream, pinned: values.pin, warmupRequests, runs, ...(cold === undefined ? {} : { cold }), ...(floor === undefined ? {} : { floor }) }))
