// One process of a multi-process benchmark: an orchestrator or a provider node, driven by its
// parent over IPC (see ../processes.ts). Started as `node --import tsx bench/processes/child.ts <json>`.
import { writeFile } from 'node:fs/promises'
import { PerformanceObserver } from 'node:perf_hooks'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { tcp } from '@libp2p/tcp'
import { LengthPrefixedDecoder } from '@libp2p/utils'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { batchSocketWrites } from '../../shared/p2p/batchSocketWrites.ts'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { INFERENCE_SESSION_PROTOCOL } from '../../shared/protocol/index.ts'
import { observeHotPath, traceHotPath } from './traceHotPath.ts'

export type ChildSpec =
  | { role: 'orchestrator'; directory: string; apiKey: string }
  | {
      role: 'node'; directory: string; bootstrap: string[]; maxConcurrent: number; maxQueued: number; heartbeatIntervalMs?: number; tokenCoalesceMs?: number
      backend: { kind: 'scripted'; modelName: string; reply: string; tokensPerSecond: number } | { kind: 'llama'; model: string; modelName: string; threads: number; gpu: 'auto' | false; contextSize: number }
    }

export type ParentMessage = { type: 'cpu' } | { type: 'routable' } | { type: 'serviceTimes' } | { type: 'trace' } | { type: 'stop' } | { type: 'generateHere'; prompt: string; maxTokens: number }

const spec = JSON.parse(process.argv[2]!) as ChildSpec
// MAIA_BENCH_UNBATCHED_TCP=1: libp2p's TCP transport as it comes, without batchSocketWrites (for before/after figures).
// MAIA_BENCH_FLUSH_AFTER_TICK=1: batched writes leave when the whole tick is done (process.nextTick), as before they left after the sends' own microtask.
const transports = process.env.MAIA_BENCH_UNBATCHED_TCP === '1' ? { transports: [tcp()] } : process.env.MAIA_BENCH_FLUSH_AFTER_TICK === '1' ? { transports: [batchSocketWrites(tcp(), { flushAfter: 'tick' })] } : {}
// MAIA_BENCH_THROWING_DECODER=1: libp2p's LengthPrefixedDecoder as it comes (a RangeError thrown per Noise chunk), for before/after figures.
if (process.env.MAIA_BENCH_THROWING_DECODER === '1') Object.assign(LengthPrefixedDecoder.prototype, { [Symbol.for('@maia/length-prefixed-decoder-no-throw-when-empty')]: true })
const logger = silentLogger()
const counters = process.env.MAIA_BENCH_COUNT === '1' ? countHotPathEvents() : undefined
const send = (message: unknown): void => { process.send!(message) }
let apiPort: number | undefined
// MAIA_BENCH_TRACE=1: timestamps of the first-token path, taken by the parent after each request.
const trace = process.env.MAIA_BENCH_TRACE === '1' ? traceHotPath({ apiPort: () => apiPort }) : undefined

// Each role loads only its own code, as `maia node` and `maia orchestrator` do: the orchestrator's
// module graph brings apache-arrow (LanceDB), which sets Symbol.isConcatSpreadable on its
// prototypes and so turns off V8's fast Array.prototype.concat for the whole process — and
// node-llama-cpp concatenates the context's token array once per generated token (quadratic,
// and in dictionary mode: a node process that had loaded it generated 20–30% slower).
if (spec.role === 'orchestrator') {
  const { startOrchestrator } = await import('../../orchestrator/startOrchestrator.ts')
  const orchestrator = await startOrchestrator({
    identity: await loadOrCreateIdentity(join(spec.directory, 'orchestrator')), logger, apiKeys: [spec.apiKey],
    http: { host: '127.0.0.1', port: 0 }, listen: ['/ip4/127.0.0.1/tcp/0'], ...transports
  })
  apiPort = Number(new URL(orchestrator.api.url).port)
  const profiler = process.env.MAIA_BENCH_CPU_PROF === undefined ? undefined : await profileBetweenCpuReadings(process.env.MAIA_BENCH_CPU_PROF)
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'cpu') { await profiler?.toggle(); send({ type: 'cpu', usage: process.cpuUsage(), ...(counters === undefined ? {} : { counters: { ...counters } }) }) }
    if (message.type === 'routable') send({ type: 'routable', count: orchestrator.table.routable().length })
    if (message.type === 'trace') send({ type: 'trace', events: trace?.take() ?? [] })
    if (message.type === 'stop') { await orchestrator.stop(); process.exit(0) }
  })
  send({ type: 'ready', url: orchestrator.api.url, multiaddrs: orchestrator.multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${orchestrator.peer.peerId.toString()}`) })
} else {
  let backend: InferenceBackend
  if (spec.backend.kind === 'scripted') {
    const { reply, modelName, tokensPerSecond } = spec.backend
    backend = createScriptedBackend({ modelName, reply: () => reply, tokensPerSecond })
  } else {
    const { loadLlamaCppBackend } = await import('../../node/backend/LlamaCppBackend.ts')
    backend = await loadLlamaCppBackend({ ...spec.backend, sequences: spec.maxConcurrent, logger })
  }
  // Each generation's wall time inside this process: the service time the benchmark subtracts.
  const serviceTimes: number[] = []
  const timed: InferenceBackend = {
    modelName: backend.modelName, modelHash: backend.modelHash, contextSize: backend.contextSize,
    async generate(parameters, options) {
      const started = performance.now()
      trace?.mark('generate')
      let first = true
      const onText = (text: string): void => { if (first && text.length > 0) { first = false; trace?.mark('first text') } options.onText(text) }
      try { return await backend.generate(parameters, trace === undefined ? options : { ...options, onText }) } finally { serviceTimes.push(performance.now() - started) }
    },
    dispose: () => backend.dispose()
  }
  const { startProviderNode } = await import('../../node/startProviderNode.ts')
  const node = await startProviderNode({
    identity: await loadOrCreateIdentity(join(spec.directory, 'node')), backend: timed, logger, bootstrap: spec.bootstrap,
    listen: ['/ip4/127.0.0.1/tcp/0'], ...transports, maxConcurrent: spec.maxConcurrent, maxQueued: spec.maxQueued, heartbeatIntervalMs: spec.heartbeatIntervalMs,
    ...(spec.tokenCoalesceMs === undefined ? {} : { tokenCoalesceMs: spec.tokenCoalesceMs })
  })
  // MAIA_BENCH_NO_STREAM_REUSE=1: the node serves only /maia/infer/1.0.0, so the orchestrator opens a stream per request (before/after figures).
  if (process.env.MAIA_BENCH_NO_STREAM_REUSE === '1') await node.peer.unhandle(INFERENCE_SESSION_PROTOCOL)
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'cpu') send({ type: 'cpu', usage: process.cpuUsage() })
    if (message.type === 'serviceTimes') send({ type: 'serviceTimes', values: serviceTimes.splice(0) })
    if (message.type === 'trace') send({ type: 'trace', events: trace?.take() ?? [] })
    // The same backend called in this process, no request over the network: tells the node process's
    // own pace apart from what the live route costs it (bench/network-vs-inprocess.ts --node-local).
    if (message.type === 'generateHere') {
      const started = performance.now()
      let firstText = 0
      let lastText = 0
      const result = await backend.generate({ messages: [{ role: 'user', content: message.prompt }], maxTokens: message.maxTokens, temperature: 0, topP: 1, stop: [] },
        { signal: new AbortController().signal, onText: () => { lastText = performance.now(); firstText ||= lastText } })
      send({ type: 'generatedHere', totalMs: performance.now() - started, firstTokenMs: firstText - started, decodeMs: lastText - firstText, outputTokens: result.usage.outputTokens })
    }
    if (message.type === 'stop') { await node.stop(); await backend.dispose(); process.exit(0) }
  })
  send({ type: 'ready' })
}

/**
 * MAIA_BENCH_COUNT=1: counts, in this process, frames read from inference streams, socket writes
 * and reads (system calls), and garbage collections, so the benchmark can give them per request.
 */
function countHotPathEvents(): Record<string, number> {
  const counts = { framesRead: 0, socketWrites: 0, socketReads: 0, minorGcs: 0, majorGcs: 0, gcMs: 0 }
  observeHotPath((point) => {
    if (point === 'frame read') counts.framesRead += 1
    else if (point === 'socket write') counts.socketWrites += 1
    else if (point === 'socket read') counts.socketReads += 1
  })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind
      if (kind === 1) counts.minorGcs += 1; else counts.majorGcs += 1
      counts.gcMs += entry.duration
    }
  }).observe({ entryTypes: ['gc'] })
  return counts
}

/**
 * MAIA_BENCH_CPU_PROF=<dir>: a V8 CPU profile of the orchestrator over each measured window only
 * (the benchmark reads the CPU at its start and end), written as <dir>/orchestrator-<n>.cpuprofile.
 */
async function profileBetweenCpuReadings(directory: string): Promise<{ toggle(): Promise<void> }> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  let running = false
  let written = 0
  return {
    async toggle() {
      if (!running) { await session.post('Profiler.start'); running = true; return }
      const { profile } = await session.post('Profiler.stop')
      running = false
      written += 1
      await writeFile(join(directory, `orchestrator-${process.pid}-${written}.cpuprofile`), JSON.stringify(profile))
    }
  }
}
