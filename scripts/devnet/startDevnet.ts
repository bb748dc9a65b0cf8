import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadOrCreateIdentity } from '../../shared/keys/index.ts'
import { BaseError } from '../../shared/errors/index.ts'
import { ensureTinyModel } from '../tiny-model/ensureTinyModel.ts'
import { stopChild, superviseChild } from './childProcesses.ts'
import { freePort, isPortFree } from './freePort.ts'
import { prepareDevnetEconomy, type DevnetEconomy } from './prepareDevnetEconomy.ts'
import { readLastLines, type ProcessDeath } from './processDeath.ts'

const CLI = fileURLToPath(new URL('../maia.js', import.meta.url))
/**
 * How long the orchestrator and nodes, started before the chain, wait for its deployment file. A
 * fresh clone compiles the contracts first (~15 s here); a chain that fails stops them sooner.
 */
const DEPLOYMENT_WAIT_MS = 300_000

export class DevnetStartError extends BaseError {
  override name = 'DevnetStartError'
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(`Devnet did not start: ${reason}`, { details })
  }
}

export interface DevnetOptions {
  /** Where keys, logs and the generated model live. */
  dataDir: string
  nodes?: number
  /** GGUF for the nodes; the tiny model is generated here when omitted. */
  model?: string
  httpPort?: number
  apiKey?: string
  /** Threads per node: nodes share the machine's cores. */
  threadsPerNode?: number
  heartbeatIntervalMs?: number
  startTimeoutMs?: number
  /** The library the orchestrator indexes (default: ../shared/library, else the sample library). */
  libraryDir?: string
  /**
   * The chain: `'local'` starts Hardhat's node on loopback and bootstraps the economy (deploy,
   * stake, governance vote for the model, a funded user); `{ rpcUrl }` uses an existing chain
   * whose deployment file is given; `'none'` runs the network without one.
   */
  chain?: 'local' | 'none' | { rpcUrl: string; deploymentFile: string }
  /** Settle a rewards epoch this often (local chain). */
  epochIntervalMs?: number
  /**
   * Awaited before a local chain's contracts are deployed: `maia up` builds them while the chain
   * starts. The artifacts must be current without it.
   */
  contractsReady?: Promise<unknown>
  onStatus?: (message: string) => void
  /**
   * Called when a process (or the local chain) exits after the devnet started without being
   * asked to (not by `stop`, `restart` or `kill`), with the end of its log.
   */
  onUnexpectedExit?: (death: ProcessDeath) => void
}

export interface DevnetProcess {
  name: string
  child: ChildProcess
  logFile: string
  args: string[]
}

/** A provider node of the devnet, as its peers and the model-update demo see it. */
export interface DevnetNode {
  /** Its process name (`node-1`, ...). */
  name: string
  peerId: string
  /** Its fixed libp2p address, `/ip4/127.0.0.1/tcp/<port>/p2p/<peer id>`: the other nodes' `--model-peers`. */
  address: string
  /** Its model store (`--models-dir`): a file named `<sha256 hex>.gguf` here is served to peers. */
  modelsDir: string
  logFile: string
}

export interface Devnet {
  apiUrl: string
  apiKey: string
  /** Present when the devnet runs on a chain. */
  economy?: DevnetEconomy
  orchestratorAddress: string
  processes: DevnetProcess[]
  /** The provider nodes, in order. */
  nodes: DevnetNode[]
  /** The GGUF the devnet started on (the model governance activated first). */
  model: string
  /** Kills one process with SIGKILL, as a crash would. */
  kill(name: string): void
  /** Kills one process with SIGKILL and starts it again with the same arguments and data. */
  restart(name: string): Promise<void>
  /**
   * Stops one process gracefully (SIGTERM) and starts it again with `args` (e.g. the orchestrator
   * with another `--verifier-model` once governance activated another model).
   */
  relaunch(name: string, args: string[]): Promise<void>
  stop(): Promise<void>
}

/**
 * A whole local network as child processes on loopback: one orchestrator and `nodes` provider
 * nodes serving the tiny GGUF through node-llama-cpp. On a local chain the processes start as
 * soon as the contracts are deployed, while the bootstrap stakes the nodes and votes the model
 * in. Resolves once every node is serving: announced to the orchestrator and eligible there.
 */
export async function startDevnet(options: DevnetOptions): Promise<Devnet> {
  const dataDir = resolve(options.dataDir)
  const status = options.onStatus ?? (() => {})
  const nodeCount = options.nodes ?? 3
  const apiKey = options.apiKey ?? 'maia-devnet-key'
  await mkdir(join(dataDir, 'logs'), { recursive: true })

  const [model, orchestratorIdentity, nodeIdentities] = await Promise.all([
    options.model ?? ensureTinyModel(join(dataDir, 'models', 'maia-tiny.gguf')),
    loadOrCreateIdentity(join(dataDir, 'orchestrator')),
    Promise.all(Array.from({ length: nodeCount }, (_, index) => loadOrCreateIdentity(join(dataDir, `node-${index + 1}`))))
  ])
  status(`model: ${model}`)
  const p2pPort = await freePort()
  // Fixed ports, so each node's address (and peer id, created above) is known before it starts:
  // every node is told where the others are (`--model-peers`) and fetches activated models from them.
  // freePort never hands out a port twice in this process: distinct from each other and from the orchestrator's.
  const nodePorts: number[] = []
  for (let index = 0; index < nodeCount; index++) nodePorts.push(await freePort())
  const nodes: DevnetNode[] = nodeIdentities.map((identity, index) => ({
    name: `node-${index + 1}`,
    peerId: identity.peerId.toString(),
    address: `/ip4/127.0.0.1/tcp/${nodePorts[index]!}/p2p/${identity.peerId.toString()}`,
    modelsDir: join(dataDir, `node-${index + 1}`, 'models'),
    logFile: join(dataDir, 'logs', `node-${index + 1}.log`)
  }))
  // A port already taken (another `maia up`?) would leave this devnet talking to someone else's
  // orchestrator, with someone else's chain: say so instead.
  if (options.httpPort !== undefined && !await isPortFree(options.httpPort)) {
    throw new DevnetStartError(`port ${options.httpPort} on 127.0.0.1 is in use (another maia up?); stop it or pass --http-port`, { port: options.httpPort })
  }
  const httpPort = options.httpPort ?? await freePort()
  const orchestratorAddress = `/ip4/127.0.0.1/tcp/${p2pPort}/p2p/${orchestratorIdentity.peerId.toString()}`
  const apiUrl = `http://127.0.0.1:${httpPort}`
  const processes: DevnetProcess[] = []
  // Children asked to exit (stop, restart, kill): their exit is not news.
  const expectedExits = new WeakSet<ChildProcess>()
  let started = false
  const watch = (name: string, child: ChildProcess, logFile: string): void => {
    child.once('exit', (exitCode, signal) => {
      if (!started || expectedExits.has(child) || options.onUnexpectedExit === undefined) return
      const report = options.onUnexpectedExit
      void readLastLines(logFile, 12).then((lastLines) => report({ name, exitCode, signal, logFile, lastLines }))
    })
  }

  const launch = (name: string, args: string[]): DevnetProcess => {
    const logFile = join(dataDir, 'logs', `${name}.log`)
    // The orchestrator's safety rules are large regexps: compiled to native code at once, its first
    // screened message costs ~0.17 s instead of ~1.4 s (bench/router/regexpTiering.ts). A V8 flag
    // must be given at start: set later, on regexps already compiled, it can crash the process.
    const child = spawn(process.execPath, ['--no-regexp-tier-up', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
    superviseChild(child, logFile)
    watch(name, child, logFile)
    const entry = { name, child, logFile, args }
    const previous = processes.findIndex((process) => process.name === name)
    if (previous >= 0) processes.splice(previous, 1, entry)
    else processes.push(entry)
    return entry
  }

  const stop = async (): Promise<void> => {
    for (const { child } of processes) expectedExits.add(child)
    await Promise.all(processes.map(({ child }) => stopChild(child)))
  }

  /** The orchestrator needs only the chain's address and the deployment file's name. */
  const launchOrchestrator = (chainArgs: string[], payments: { curator: string } | undefined): void => {
    launch('orchestrator', [
      'orchestrator', '--data-dir', join(dataDir, 'orchestrator'),
      '--listen', `/ip4/127.0.0.1/tcp/${p2pPort}`, '--http-host', '127.0.0.1', '--http-port', String(httpPort),
      '--api-key', apiKey, '--record-max-age-ms', String((options.heartbeatIntervalMs ?? 1_000) * 5),
      '--knowledge-dir', join(dataDir, 'knowledge'), '--tokenizer-model', model,
      // The approved model is the nodes' own: sampled answers are verified against it.
      '--verifier-model', model,
      ...(options.libraryDir === undefined ? [] : ['--library-dir', options.libraryDir]),
      ...chainArgs,
      ...(payments === undefined ? [] : ['--require-payment', '--library-curator', payments.curator, '--epoch-interval-ms', String(options.epochIntervalMs ?? 3_600_000)])
    ])
    status(`started the orchestrator; logs in ${join(dataDir, 'logs')}`)
  }
  /** The nodes need the same, and find the orchestrator by its fixed address. */
  const launchNodes = (chainArgs: string[]): void => {
    for (const [index, node] of nodes.entries()) {
      const others = nodes.filter((other) => other !== node).map((other) => other.address)
      launch(node.name, [
        'node', '--model', model, '--model-name', 'maia-tiny', '--data-dir', join(dataDir, node.name),
        // Each node its own model store: fetched models are written as <sha256>.gguf.part while they download.
        '--models-dir', node.modelsDir,
        '--listen', `/ip4/127.0.0.1/tcp/${nodePorts[index]!}`, '--bootstrap', orchestratorAddress,
        ...(others.length === 0 ? [] : ['--model-peers', others.join(',')]),
        '--threads', String(options.threadsPerNode ?? 1), '--context-size', '2048', '--max-concurrent', '2',
        '--heartbeat-ms', String(options.heartbeatIntervalMs ?? 1_000),
        ...chainArgs
      ])
    }
    status(`started ${nodeCount} node${nodeCount === 1 ? '' : 's'}`)
  }
  const chainArgsFor = (rpcUrl: string, deploymentFile: string): string[] => ['--chain-rpc', rpcUrl, '--deployment', deploymentFile]

  let economy: DevnetEconomy | undefined
  let stopChain = async (): Promise<void> => {}
  try {
    const chainOption = options.chain ?? 'none'
    if (chainOption !== 'none') {
      economy = await prepareDevnetEconomy({
        dataDir, model, chain: chainOption, status,
        orchestrator: orchestratorIdentity.wallet.address,
        nodes: nodeIdentities.map((identity) => ({ wallet: identity.wallet, peerId: identity.peerId.toString() })),
        ...(options.contractsReady === undefined ? {} : { contractsReady: options.contractsReady }),
        // The orchestrator, the longest to start (modules, the MAIA pipeline, the verifier: ~4 s
        // of CPU), starts before the chain and waits for the deployment file, loading while the
        // contracts build, the chain starts and the suite deploys. The nodes start once the
        // suite is deployed: started earlier too, they took the CPU the chain and the deployment
        // (the critical path) needed, on two cores. The rest of the bootstrap (funding, stakes,
        // the governance vote) runs while they load. Neither side trusts the order: a node serves
        // only once the chain shows it staked on the active model, the orchestrator routes only
        // to such nodes, and `waitForNodes` waits for both to have seen it.
        onChainAddressKnown: (chain) => launchOrchestrator(
          [...chainArgsFor(chain.rpcUrl, chain.deploymentFile), '--deployment-wait-ms', String(DEPLOYMENT_WAIT_MS)],
          { curator: chain.accounts.curator.address }
        ),
        onDeployed: (chain) => launchNodes(chainArgsFor(chain.rpcUrl, chain.deploymentFile))
      })
      stopChain = economy.stopChain
      if (economy.chainProcess !== undefined) {
        const { child, logFile } = economy.chainProcess
        watch('chain', child, logFile)
        stopChain = async () => { expectedExits.add(child); await economy?.stopChain() }
      }
    }
    // Without a chain, or on an existing one (deployed already): nothing to overlap with.
    if (processes.length === 0) {
      const chainArgs = economy === undefined ? [] : chainArgsFor(economy.rpcUrl, economy.deploymentFile)
      launchOrchestrator(chainArgs, economy === undefined ? undefined : { curator: economy.accounts.curator.address })
      launchNodes(chainArgs)
    }
    await waitForNodes(apiUrl, apiKey, nodeCount, processes, options.startTimeoutMs ?? 90_000, status)
    started = true
  } catch (error) {
    await stop()
    await stopChain()
    throw error
  }

  return {
    apiUrl,
    apiKey,
    orchestratorAddress,
    processes,
    nodes,
    model,
    ...(economy === undefined ? {} : { economy }),
    kill(name) {
      const child = processes.find((entry) => entry.name === name)?.child
      if (child === undefined) return
      expectedExits.add(child)
      child.kill('SIGKILL')
    },
    async restart(name) {
      const entry = processes.find((process) => process.name === name)
      if (entry === undefined) throw new DevnetStartError(`no process named ${name}`)
      const exited = entry.child.exitCode !== null || entry.child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => entry.child.once('exit', () => resolve()))
      expectedExits.add(entry.child)
      entry.child.kill('SIGKILL')
      await exited
      launch(name, entry.args)
    },
    async relaunch(name, args) {
      const entry = processes.find((process) => process.name === name)
      if (entry === undefined) throw new DevnetStartError(`no process named ${name}`)
      expectedExits.add(entry.child)
      await stopChild(entry.child)
      launch(name, args)
    },
    async stop() {
      await stop()
      await stopChain()
    }
  }
}

/**
 * Waits until `count` nodes are routable: announced to the orchestrator and eligible there (on a
 * chain: registered, staked and serving the model governance activated, as both the node and the
 * orchestrator have read it from the chain).
 */
async function waitForNodes(apiUrl: string, apiKey: string, count: number, processes: DevnetProcess[], timeoutMs: number, status: (message: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastSeen = -1
  for (;;) {
    const exited = processes.find(({ child }) => child.exitCode !== null || child.signalCode !== null)
    // The end of its log says why (a port taken, a chain not reached): the error carries it, since a test's temporary
    // directory, and the log with it, is gone by the time anyone reads the failure.
    // 40 lines, not 12: a libp2p listen failure's stack alone is longer than 12, which hid the error's own line once.
    if (exited !== undefined) throw new DevnetStartError(`${exited.name} exited early`, { logFile: exited.logFile, exitCode: exited.child.exitCode, lastLines: await readLastLines(exited.logFile, 40) })
    const seen = await fetch(`${apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': apiKey }, signal: AbortSignal.timeout(2_000) })
      .then(async (response) => response.ok ? ((await response.json()) as { nodes: Array<{ eligible?: boolean }> }).nodes.filter((node) => node.eligible !== false).length : 0)
      .catch(() => 0)
    if (seen !== lastSeen) status(`nodes serving: ${seen}/${count}`)
    lastSeen = seen
    if (seen >= count) return
    if (Date.now() > deadline) throw new DevnetStartError(`only ${seen} of ${count} nodes serving within ${timeoutMs} ms`)
    // Loopback and a cheap route: polling often costs nothing and starts the demo sooner.
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
