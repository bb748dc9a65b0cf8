/** Parent side of multi-process benchmarks: client here, orchestrator and nodes each in their own process. */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildSpec, ParentMessage } from './processes/child.ts'
import type { TraceEvent } from './processes/traceHotPath.ts'

export const BENCH_API_KEY = 'bench-key'

interface Child {
  /** The child's operating-system process id (for pinning it to a CPU). */
  pid: number
  request<T>(message: ParentMessage | { type: string }, reply: string): Promise<T>
  stop(): Promise<void>
}

function startChild(spec: ChildSpec, env: Record<string, string> = {}): Promise<{ child: Child; ready: Record<string, unknown> }> {
  // MAIA_BENCH_CPU_PROF=<dir>: the orchestrator writes a V8 CPU profile of each measured window there (child.ts).
  return startProcess('child.ts', spec, { ...(spec.role === 'orchestrator' ? process.env : withoutProfiling(process.env)), ...env })
}

function startProcess(file: string, spec: { role: string; [field: string]: unknown }, env: NodeJS.ProcessEnv): Promise<{ child: Child; ready: Record<string, unknown> }> {
  const process_ = fork(join(import.meta.dirname, 'processes', file), [JSON.stringify(spec)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env })
  const next = (type: string): Promise<Record<string, unknown>> => new Promise((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>): void => {
      if (message.type !== type) return
      process_.off('message', onMessage); process_.off('exit', onExit)
      resolve(message)
    }
    const onExit = (code: number | null): void => { process_.off('message', onMessage); reject(new Error(`${spec.role} process exited (${code}) waiting for ${type}`)) }
    process_.on('message', onMessage)
    process_.once('exit', onExit)
  })
  const child: Child = {
    pid: process_.pid!,
    async request<T>(message: ParentMessage | { type: string }, reply: string) {
      const answer = next(reply)
      process_.send(message)
      return await answer as T
    },
    stop: () => stopChild(process_)
  }
  return next('ready').then((ready) => ({ child, ready }))
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.send({ type: 'stop' })
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

export interface CpuUsage {
  user: number; system: number
  /** With MAIA_BENCH_COUNT=1: the orchestrator's frames read, socket writes and reads, collections so far. */
  counters?: Record<string, number>
}

export interface BenchNetwork {
  url: string
  /** The orchestrator process's own CPU time so far (process.cpuUsage in that process). */
  orchestratorCpu(): Promise<CpuUsage>
  /** Generation wall times measured inside the node processes since the last call. */
  serviceTimes(): Promise<number[]>
  waitForNodes(count: number, timeoutMs?: number): Promise<void>
  /** Starts more node processes that join the same orchestrator (wait for them with waitForNodes). */
  addNodes(backends: Array<Extract<ChildSpec, { role: 'node' }>['backend']>): Promise<void>
  /** With MAIA_BENCH_TRACE=1: each process's first-token-path events since the last call (processes/traceHotPath.ts). */
  traces(): Promise<{ orchestrator: TraceEvent[]; nodes: TraceEvent[][] }>
  /** The first node's backend called inside its own process, not over the network. */
  generateInNode(prompt: string, maxTokens: number): Promise<{ totalMs: number; firstTokenMs: number; decodeMs: number; outputTokens: number }>
  /** Operating-system process ids: the orchestrator's and each node's, in start order. */
  pids(): { orchestrator: number; nodes: number[] }
  stop(): Promise<void>
}

export async function startBenchNetwork(nodes: Array<Extract<ChildSpec, { role: 'node' }>['backend']>, options: { maxConcurrent: number; maxQueued?: number; heartbeatIntervalMs?: number; tokenCoalesceMs?: number; env?: Record<string, string> }): Promise<BenchNetwork> {
  const directory = await mkdtemp(join(tmpdir(), 'maia-bench-'))
  const orchestrator = await startChild({ role: 'orchestrator', directory, apiKey: BENCH_API_KEY }, options.env)
  const multiaddrs = orchestrator.ready.multiaddrs as string[]
  const nodeChildren: Child[] = []
  const addNodes = async (backends: typeof nodes): Promise<void> => {
    const first = nodeChildren.length
    nodeChildren.push(...await Promise.all(backends.map(async (backend, index) => (await startChild({
      role: 'node', directory: join(directory, `node-${first + index}`), bootstrap: multiaddrs, maxConcurrent: options.maxConcurrent,
      maxQueued: options.maxQueued ?? 64, heartbeatIntervalMs: options.heartbeatIntervalMs, backend,
      ...(options.tokenCoalesceMs === undefined ? {} : { tokenCoalesceMs: options.tokenCoalesceMs })
    }, options.env)).child)))
  }
  await addNodes(nodes)
  return {
    url: orchestrator.ready.url as string,
    addNodes,
    orchestratorCpu: async () => {
      const answer = await orchestrator.child.request<{ usage: CpuUsage; counters?: Record<string, number> }>({ type: 'cpu' }, 'cpu')
      return answer.counters === undefined ? answer.usage : { ...answer.usage, counters: answer.counters }
    },
    traces: async () => ({
      orchestrator: (await orchestrator.child.request<{ events: TraceEvent[] }>({ type: 'trace' }, 'trace')).events,
      nodes: (await Promise.all(nodeChildren.map((child) => child.request<{ events: TraceEvent[] }>({ type: 'trace' }, 'trace')))).map((answer) => answer.events)
    }),
    pids: () => ({ orchestrator: orchestrator.child.pid, nodes: nodeChildren.map((child) => child.pid) }),
    generateInNode: (prompt, maxTokens) => nodeChildren[0]!.request({ type: 'generateHere', prompt, maxTokens }, 'generatedHere'),
    serviceTimes: async () => (await Promise.all(nodeChildren.map((child) => child.request<{ values: number[] }>({ type: 'serviceTimes' }, 'serviceTimes')))).flatMap((answer) => answer.values),
    async waitForNodes(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const { count: routable } = await orchestrator.child.request<{ count: number }>({ type: 'routable' }, 'routable')
        if (routable >= count) return
        if (Date.now() > deadline) throw new Error(`only ${routable} of ${count} nodes announced within ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    async stop() {
      await Promise.allSettled(nodeChildren.map((child) => child.stop()))
      await orchestrator.child.stop()
      await rm(directory, { recursive: true, force: true })
    }
  }
}

/**
 * The same-run floor of bench/routing-throughput.ts: a minimal HTTP proxy and a synthetic backend
 * (processes/floorProxy.ts), each in its own process, answering like a scripted node.
 */
export async function startFloorNetwork(options: { tokens: number; tokensPerSecond: number }): Promise<Pick<BenchNetwork, 'url' | 'orchestratorCpu' | 'serviceTimes' | 'pids' | 'stop'>> {
  const env = withoutProfiling(process.env)
  const backend = await startProcess('floorProxy.ts', { role: 'backend', tokens: options.tokens, speed: options.tokensPerSecond }, env)
  const proxy = await startProcess('floorProxy.ts', { role: 'proxy', backendPort: backend.ready.port, apiKey: BENCH_API_KEY }, env)
  return {
    url: proxy.ready.url as string,
    orchestratorCpu: async () => (await proxy.child.request<{ usage: CpuUsage }>({ type: 'cpu' }, 'cpu')).usage,
    serviceTimes: async () => (await backend.child.request<{ values: number[] }>({ type: 'serviceTimes' }, 'serviceTimes')).values,
    // The proxy stands where the orchestrator stands, the backend where the nodes do.
    pids: () => ({ orchestrator: proxy.child.pid, nodes: [backend.child.pid] }),
    async stop() { await proxy.child.stop(); await backend.child.stop() }
  }
}

function withoutProfiling(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { MAIA_BENCH_CPU_PROF: _profile, ...rest } = env
  return rest
}
