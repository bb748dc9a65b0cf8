// Time to first token and tokens/s through orchestrator + libp2p, against the same model
// called in-process through the same backend (chat template resolved once, sequences reused),
// measured in one run, alternating, and printed as ratios. The client (this process, which
// also runs the in-process baseline), the orchestrator and the node are separate processes.
// "First token" is the first token event each side sees: the first text chunk in-process, the
// first `content_block_delta` of the SSE stream routed. The in-process side also reports the
// first *generated* token: when a chat wrapper holds text back (a random-weights model's
// bytes), first text can come near the end of the reply, and then it says so.
//   npx tsx bench/network-vs-inprocess.ts [--model file.gguf] [--tokens 128] [--runs 12] [--threads 1] [--gpu auto|cpu] [--warmup-requests 600] [--trace] [--versus-env NAME=VALUE] [--client fetch|http] [--node-local] [--pin]
// --trace: also splits the routed first token into hops (median ms from the client's request to
// the first time each process reaches each point: processes/traceHotPath.ts).
// --versus-env NAME=VALUE: a second routed network whose orchestrator and node run with that
// environment variable (a benchmark switch of processes/child.ts, e.g. MAIA_BENCH_FLUSH_AFTER_TICK=1),
// alternated with the other two in the same run: a before/after of one change on the same machine state.
// --client http: the benchmark's client posts with node:http on a kept-alive agent (headers and body in
// one write) instead of fetch (undici, which sends them apart and parses events through web streams):
// the same orchestrator and node, less of the client's own cost in the routed figures.
// --pin: the node processes on the machine's last CPU, this process (client and in-process baseline)
// and the orchestrators on the others (taskset): separate cores standing for the separate machines a
// node and an orchestrator run on, instead of three processes taking turns on the same two cores.
// --node-local: a third arm, the node's own backend called inside the node's process (no request over
// the network), alternated with the others: the node process's pace apart from what the route costs it,
// and the routed figures as ratios to it (in-process on the node's own CPU).
import { parseArgs } from 'node:util'
import { loadLlamaCppBackend } from '../node/backend/LlamaCppBackend.ts'
import { silentLogger } from '../shared/log/logger.ts'
import { tinyModelPath } from '../test/helpers/tinyModel.ts'
import { Agent } from 'node:http'
import { format, median, postAnthropicStream, readAnthropicStream } from './lib.ts'
import { BENCH_API_KEY, startBenchNetwork } from './processes.ts'
import { ownCpuAndOthers, pinNetwork, pinToCpus } from './pinToCpus.ts'

const { values } = parseArgs({ options: {
  model: { type: 'string' }, tokens: { type: 'string', default: '128' }, runs: { type: 'string', default: '12' },
  threads: { type: 'string', default: '1' }, gpu: { type: 'string', default: 'auto' }, 'coalesce-ms': { type: 'string' }, trace: { type: 'boolean', default: false },
  'warmup-requests': { type: 'string', default: '600' }, 'versus-env': { type: 'string' }, client: { type: 'string', default: 'fetch' }, 'node-local': { type: 'boolean', default: false }, pin: { type: 'boolean', default: false }
} })
const model = values.model ?? await tinyModelPath()
const maxTokens = Number(values.tokens)
const runs = Number(values.runs)
const threads = Number(values.threads)
const gpu = values.gpu === 'cpu' ? false : 'auto' as const
const prompt = 'Tell me about the meeting of the conscious mind and the shadow.'

if (values.trace) process.env.MAIA_BENCH_TRACE = '1'
const backend = await loadLlamaCppBackend({ model, modelName: 'bench', contextSize: 2048, sequences: 1, threads, gpu, logger: silentLogger() })
const network = await startBenchNetwork([{ kind: 'llama', model, modelName: 'bench', threads, gpu, contextSize: 2048 }], { maxConcurrent: 1, ...(values['coalesce-ms'] === undefined ? {} : { tokenCoalesceMs: Number(values['coalesce-ms']) }) })
await network.waitForNodes(1, 120_000)
const versusEnv = values['versus-env'] === undefined ? undefined : Object.fromEntries([values['versus-env'].split('=', 2) as [string, string]])
const versus = versusEnv === undefined ? undefined : await startBenchNetwork([{ kind: 'llama', model, modelName: 'bench', threads, gpu, contextSize: 2048 }], { maxConcurrent: 1, env: versusEnv, ...(values['coalesce-ms'] === undefined ? {} : { tokenCoalesceMs: Number(values['coalesce-ms']) }) })
await versus?.waitForNodes(1, 120_000)
const cpus = values.pin ? ownCpuAndOthers() : undefined
if (cpus !== undefined) {
  for (const running of [network, ...(versus === undefined ? [] : [versus])]) await pinNetwork(running.pids(), { orchestrator: cpus.others, nodes: cpus.own })
  await pinToCpus(process.pid, cpus.others)
}

/**
 * `tokensPerSecond` is over the whole response (prefill included), the same on both sides;
 * `decodeTokensPerSecond` is from the first token event to the last (the tokens after the first
 * over that time): the rate a reader sees once text flows, apart from time to first token.
 */
interface Sample { firstTokenMs: number; firstGeneratedMs: number; totalMs: number; tokensPerSecond: number; decodeTokensPerSecond: number; tokens: number }

async function inProcess(tokens = maxTokens): Promise<Sample> {
  const started = performance.now()
  let firstText = 0
  let lastText = 0
  let firstGenerated = 0
  const result = await backend.generate(
    { messages: [{ role: 'user', content: prompt }], maxTokens: tokens, temperature: 0, topP: 1, stop: [] },
    { signal: new AbortController().signal, onText: () => { lastText = performance.now(); firstText ||= lastText }, onToken: () => { firstGenerated ||= performance.now() } })
  const ended = performance.now()
  const outputTokens = result.usage.outputTokens
  return { firstTokenMs: firstText - started, firstGeneratedMs: firstGenerated - started, totalMs: ended - started, tokensPerSecond: outputTokens / ((ended - started) / 1000), decodeTokensPerSecond: (outputTokens - 1) / ((lastText - firstText) / 1000), tokens: outputTokens }
}

/** Per routed run with --trace: ms from the client's request to the first time each process reached each point. */
const hops: Array<Map<string, number>> = []
if (values.client !== 'fetch' && values.client !== 'http') throw new Error(`--client is fetch or http, not ${values.client}`)
const agent = new Agent({ keepAlive: true })
const versusHops: Array<Map<string, number>> = []

async function throughNetwork(tokens = maxTokens, through = network): Promise<Sample> {
  if (values.trace) await through.traces()
  const started = performance.now()
  let first = 0
  let last = 0
  const payload = JSON.stringify({ model: 'bench', max_tokens: tokens, temperature: 0, stream: true, messages: [{ role: 'user', content: prompt }] })
  const requestHeaders = { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY }
  const onText = (): void => { last = performance.now(); first ||= last }
  let headers = 0
  let outputTokens: number
  if (values.client === 'http') {
    outputTokens = await postAnthropicStream(`${through.url}/v1/messages`, requestHeaders, payload, agent, onText, () => { headers = performance.now() })
  } else {
    const response = await fetch(`${through.url}/v1/messages`, { method: 'POST', headers: requestHeaders, body: payload })
    headers = performance.now()
    outputTokens = await readAnthropicStream(response, onText)
  }
  const ended = performance.now()
  if (values.trace) {
    const { orchestrator, nodes } = await through.traces()
    const origin = performance.timeOrigin + started
    const reached = new Map<string, number>([['client: response headers', headers - started], ['client: first token', first - started]])
    // Each point the first time it is reached, and again the first time after the node's first
    // text (the token's own frames and writes, not the `accepted` frame's).
    const firstText = (nodes[0] ?? []).find((event) => event.point === 'first text')?.at ?? Number.POSITIVE_INFINITY
    for (const [name, events] of [['orchestrator', orchestrator], ['node', nodes[0] ?? []]] as const) {
      for (const event of events) {
        const key = event.at > firstText && event.point !== 'first text' ? `${name}: ${event.point} (token)` : `${name}: ${event.point}`
        if (!reached.has(key)) reached.set(key, event.at - origin)
      }
    }
    ;(through === network ? hops : versusHops).push(reached)
  }
  return { firstTokenMs: first - started, firstGeneratedMs: Number.NaN, totalMs: ended - started, tokensPerSecond: outputTokens / ((ended - started) / 1000), decodeTokensPerSecond: (outputTokens - 1) / ((last - first) / 1000), tokens: outputTokens }
}

// Warm both paths (short replies: V8 optimises a path after some thousands of calls, and a
// long-running orchestrator and node are warm), then alternate so drift (thermal, other load)
// hits both equally.
const warmupRequests = Number(values['warmup-requests'])
for (let warm = 0; warm < warmupRequests; warm += 1) { await inProcess(8); await throughNetwork(8); if (versus !== undefined) await throughNetwork(8, versus) }
for (let warm = 0; warm < 2; warm += 1) { await inProcess(); await throughNetwork(); if (versus !== undefined) await throughNetwork(maxTokens, versus) }
hops.length = 0
versusHops.length = 0
const direct: Sample[] = []
const routed: Sample[] = []
const routedVersus: Sample[] = []
const nodeLocal: Array<{ totalMs: number; firstTokenMs: number; decodeTokensPerSecond: number }> = []
await network.serviceTimes()
await versus?.serviceTimes()
for (let run = 0; run < runs; run += 1) {
  direct.push(await inProcess())
  // Which routed network goes first alternates, so neither always follows the in-process run.
  if (versus !== undefined && run % 2 === 1) routedVersus.push(await throughNetwork(maxTokens, versus))
  routed.push(await throughNetwork())
  if (versus !== undefined && run % 2 === 0) routedVersus.push(await throughNetwork(maxTokens, versus))
  if (values['node-local']) {
    const local = await network.generateInNode(prompt, maxTokens)
    nodeLocal.push({ totalMs: local.totalMs, firstTokenMs: local.firstTokenMs, decodeTokensPerSecond: (local.outputTokens - 1) / (local.decodeMs / 1000) })
  }
}
// The node's own generate time per routed run (its process, call to return): tells a slower
// generation on the node apart from time spent on the hops.
// serviceTimes counts only routed generations: the node-local arm calls the backend, not the timed wrapper.
const nodeGenerateMs = median(await network.serviceTimes())
const versusNodeGenerateMs = versus === undefined ? Number.NaN : median(await versus.serviceTimes())
agent.destroy()
await network.stop()
await versus?.stop()
await backend.dispose()

const m = (samples: Sample[], key: keyof Sample): number => median(samples.map((sample) => sample[key]))
const row = (label: string, samples: Sample[]): string =>
  `${label.padEnd(28)} ${format(m(samples, 'firstTokenMs'), 2).padStart(10)} ms ${format(m(samples, 'firstGeneratedMs'), 2).padStart(10)} ms ${format(m(samples, 'totalMs'), 2).padStart(10)} ms ${format(m(samples, 'tokensPerSecond')).padStart(10)} tok/s ${format(m(samples, 'decodeTokensPerSecond')).padStart(10)} tok/s ${format(m(samples, 'tokens'), 0).padStart(6)} tokens`
console.log(`model ${model}, ${maxTokens} tokens, ${runs} runs each (medians) after ${warmupRequests} short warm-up requests each, threads ${threads}; client (${values.client === 'http' ? 'node:http' : 'fetch'}), orchestrator and node in separate processes${cpus === undefined ? '' : `, pinned: node on CPU ${cpus.own.join(',')}, client and orchestrator on CPUs ${cpus.others.join(',')}`}`)
console.log(`${''.padEnd(28)} ${'first token'.padStart(13)} ${'first generated'.padStart(13)} ${'whole reply'.padStart(13)} ${'throughput'.padStart(16)} ${'decode'.padStart(16)}`)
console.log(row('in-process (baseline)', direct))
console.log(row('orchestrator + libp2p', routed))
if (versus !== undefined) console.log(row(`  same, ${values['versus-env']}`.slice(0, 28), routedVersus))
console.log(`node's own generate time (routed runs, median): ${format(nodeGenerateMs, 2)} ms; in-process whole reply ${format(m(direct, 'totalMs'), 2)} ms (x${format(nodeGenerateMs / m(direct, 'totalMs'), 3)})`)
if (nodeLocal.length > 0) {
  const localMs = median(nodeLocal.map((sample) => sample.totalMs))
  const localFirstMs = median(nodeLocal.map((sample) => sample.firstTokenMs))
  const localDecode = median(nodeLocal.map((sample) => sample.decodeTokensPerSecond))
  console.log(`the node's backend called inside the node's process, no route (median): ${format(localMs, 2)} ms (x${format(localMs / m(direct, 'totalMs'), 3)} the client's in-process reply; routed generations x${format(nodeGenerateMs / localMs, 3)} this), first token ${format(localFirstMs, 2)} ms, decode ${format(localDecode)} tok/s (x${format(localDecode / m(direct, 'decodeTokensPerSecond'), 3)} in-process)`)
  // The same model in-process on the node's own CPU and process: what the route adds, apart from
  // which of this machine's CPUs (unequal in pace: bench/cpu-placement.ts) each side ran on.
  console.log(`ratio routed/in-process on the node's CPU (node-local arm): time to first token x${format(m(routed, 'firstTokenMs') / localFirstMs, 2)} (+${format(m(routed, 'firstTokenMs') - localFirstMs, 2)} ms), tokens/s x${format(m(routed, 'decodeTokensPerSecond') / localDecode, 3)} from first token to last`)
}
const ttft = [m(direct, 'firstTokenMs'), m(routed, 'firstTokenMs')] as const
const total = [m(direct, 'totalMs'), m(routed, 'totalMs')] as const
const tps = [m(direct, 'tokensPerSecond'), m(routed, 'tokensPerSecond')] as const
const decode = [m(direct, 'decodeTokensPerSecond'), m(routed, 'decodeTokensPerSecond')] as const
console.log(`ratio routed/in-process: time to first token x${format(ttft[1] / ttft[0], 2)} (+${format(ttft[1] - ttft[0], 2)} ms), whole reply x${format(total[1] / total[0], 2)} (+${format(total[1] - total[0], 2)} ms), tokens/s x${format(tps[1] / tps[0], 3)} over the whole reply, x${format(decode[1] / decode[0], 3)} from first token to last`)
if (versus !== undefined) {
  const versusTtft = m(routedVersus, 'firstTokenMs')
  console.log(`with ${values['versus-env']}: node's own generate ${format(versusNodeGenerateMs, 2)} ms; time to first token x${format(versusTtft / ttft[0], 2)} (+${format(versusTtft - ttft[0], 2)} ms) the in-process one, tokens/s x${format(m(routedVersus, 'tokensPerSecond') / tps[0], 3)} over the whole reply, x${format(m(routedVersus, 'decodeTokensPerSecond') / decode[0], 3)} from first token to last; routed first token without it minus with it: ${format(ttft[1] - versusTtft, 2)} ms`)
}
const printHops = (label: string, traces: Array<Map<string, number>>): void => {
  console.log(`${label} first-token path (median ms after the client sends; first time each process reaches each point):`)
  const points = [...new Set(traces.flatMap((reached) => [...reached.keys()]))]
  const medians = points.map((point) => [point, median(traces.flatMap((reached) => reached.has(point) ? [reached.get(point)!] : []))] as const)
  for (const [point, ms] of medians.sort((a, b) => a[1] - b[1])) console.log(`  ${format(ms, 2).padStart(8)} ms  ${point}`)
}
if (values.trace) {
  printHops('routed', hops)
  if (versus !== undefined) printHops(`routed with ${values['versus-env']}`, versusHops)
}
if (m(direct, 'firstTokenMs') > 0.5 * m(direct, 'totalMs')) {
  console.log(`note: the first text came after ${format((100 * m(direct, 'firstTokenMs')) / m(direct, 'totalMs'), 0)}% of the reply's time (first generated token at ${format(m(direct, 'firstGeneratedMs'), 1)} ms): the chat wrapper held text back, so "first token" measures most of the reply on this model`)
}
