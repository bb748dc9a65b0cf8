// Time for N nodes to all hold a new model: fetched as a swarm (every node serves the chunks it
// has to the others while it downloads) vs each pulling from one source (the seeder alone, same
// chunking, same code: the nodes just do not serve each other). One process per node and one for
// the seeder, on loopback TCP, with a generated GGUF (valid header, one F32 tensor of random
// data). Prints both times and their ratio for each N, measured in the same run.
//   npx tsx bench/model-distribution.ts [--size-mib 1024] [--nodes 2,4,8] [--chunk-mib 8] [--dir /tmp]
import { fork, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, open, rm, statfs } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import { modelDistribution, type ModelDistribution } from '../node/models/index.ts'
import { silentLogger } from '../shared/log/logger.ts'
import { createPeer } from '../shared/p2p/createPeer.ts'
import { encodeGgufPrelude } from '../scripts/tiny-model/ggufEncoding.ts'
import { format } from './lib.ts'

const MiB = 1024 * 1024
const self = fileURLToPath(import.meta.url)

type ToChild =
  | { type: 'seed'; directory: string; path: string; sha256: `0x${string}`; chunkSize: number }
  | { type: 'node'; directory: string; chunkSize: number; serve: boolean }
  | { type: 'connect'; peers: string[] }
  | { type: 'fetch'; sha256: `0x${string}` }
type FromChild =
  | { type: 'ready'; address: string }
  | { type: 'connected' }
  | { type: 'fetched'; ms: number; served: number }
  | { type: 'failed'; message: string }

if (process.argv[2] === '--child') await runChild()
else await runParent()

/** One node (or the seeder): a libp2p peer with the model service, driven over IPC. */
async function runChild(): Promise<void> {
  let served = 0
  let models: ModelDistribution | undefined
  let peers: string[] = []
  const peer = await new Promise<Awaited<ReturnType<typeof start>>>((resolve) => {
    process.once('message', (message: ToChild) => { void start(message).then(resolve) })
  })
  async function start(message: ToChild) {
    if (message.type !== 'seed' && message.type !== 'node') throw new Error('expected seed or node first')
    const started = await createPeer({
      privateKey: await generateKeyPair('Ed25519'),
      listen: ['/ip4/127.0.0.1/tcp/0'],
      inboundConnectionThreshold: 1_000,
      services: { models: modelDistribution({ directory: message.directory, logger: silentLogger(), chunkSize: message.chunkSize, serve: message.type === 'seed' || message.serve, peers: [], onChunkServed: () => { served += 1 } }) }
    })
    models = started.services.models
    if (message.type === 'seed') await models.seed(message.path, { sha256: message.sha256 })
    process.send!({ type: 'ready', address: `${started.getMultiaddrs()[0]!.toString()}` } satisfies FromChild)
    return started
  }
  process.on('message', (message: ToChild) => {
    void (async () => {
      try {
        if (message.type === 'connect') {
          peers = message.peers
          for (const address of peers) await peer.dial(multiaddr(address))
          process.send!({ type: 'connected' } satisfies FromChild)
        } else if (message.type === 'fetch') {
          const startedAt = performance.now()
          await models!.fetch({ sha256: message.sha256 })
          process.send!({ type: 'fetched', ms: performance.now() - startedAt, served } satisfies FromChild)
        }
      } catch (error) {
        process.send!({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromChild)
      }
    })()
  })
  process.on('disconnect', () => { void Promise.resolve(peer.stop()).finally(() => process.exit(0)) })
}

function spawnChild(): { child: ChildProcess; next: () => Promise<FromChild> } {
  const child = fork(self, ['--child'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const queue: FromChild[] = []
  const waiting: Array<(message: FromChild) => void> = []
  child.on('message', (message: FromChild) => {
    if (message.type === 'failed') { console.error(`child failed: ${message.message}`); process.exitCode = 1 }
    const waiter = waiting.shift()
    if (waiter === undefined) queue.push(message)
    else waiter(message)
  })
  return { child, next: () => queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiting.push(resolve)) }
}

/** A GGUF file: a valid header and one F32 tensor filled with random bytes (no chunk repeats another). */
async function writeGguf(path: string, bytes: number): Promise<`0x${string}`> {
  const prelude = encodeGgufPrelude([['general.architecture', { kind: 'string', value: 'maia-bench' }]], [{ name: 'bench.weight', dimensions: [Math.floor((bytes - 4096) / 4)], type: 'f32', offset: 0 }], 32)
  const hash = createHash('sha256')
  const handle = await open(path, 'w')
  try {
    await handle.write(prelude)
    hash.update(prelude)
    let left = Math.floor((bytes - 4096) / 4) * 4
    while (left > 0) {
      const block = randomBytes(Math.min(left, 16 * MiB))
      await handle.write(block)
      hash.update(block)
      left -= block.byteLength
    }
  } finally {
    await handle.close()
  }
  return `0x${hash.digest('hex')}`
}

async function timeRun(mode: 'swarm' | 'single-source', count: number, root: string, file: { path: string; sha256: `0x${string}` }, chunkSize: number): Promise<{ ms: number; slowest: number; fastest: number; servedByNodes: number }> {
  const directory = join(root, `${mode}-${count}`)
  await mkdir(directory, { recursive: true })
  const seeder = spawnChild()
  const nodes = Array.from({ length: count }, () => spawnChild())
  try {
    seeder.child.send({ type: 'seed', directory: join(directory, 'seeder'), path: file.path, sha256: file.sha256, chunkSize } satisfies ToChild)
    nodes.forEach((node, index) => node.child.send({ type: 'node', directory: join(directory, `node-${index}`), chunkSize, serve: mode === 'swarm' } satisfies ToChild))
    const seederAddress = ((await seeder.next()) as { address: string }).address
    const addresses = await Promise.all(nodes.map(async (node) => ((await node.next()) as { address: string }).address))
    // Single source: each node knows the seeder alone. Swarm: each node knows the seeder and every other node.
    for (const [index, node] of nodes.entries()) {
      node.child.send({ type: 'connect', peers: mode === 'swarm' ? [seederAddress, ...addresses.filter((_, other) => other !== index)] : [seederAddress] } satisfies ToChild)
      await node.next()
    }
    const started = performance.now()
    for (const node of nodes) node.child.send({ type: 'fetch', sha256: file.sha256 } satisfies ToChild)
    const results = await Promise.all(nodes.map(async (node) => (await node.next()) as { ms: number; served: number }))
    return { ms: performance.now() - started, slowest: Math.max(...results.map((result) => result.ms)), fastest: Math.min(...results.map((result) => result.ms)), servedByNodes: results.reduce((sum, result) => sum + result.served, 0) }
  } finally {
    for (const child of [seeder, ...nodes]) child.child.disconnect()
    await Promise.all([seeder, ...nodes].map((child) => new Promise((resolve) => child.child.once('exit', resolve))))
    await rm(directory, { recursive: true, force: true })
  }
}

async function runParent(): Promise<void> {
  const { values } = parseArgs({ options: {
    'size-mib': { type: 'string', default: '1024' }, nodes: { type: 'string', default: '2,4,8' }, 'chunk-mib': { type: 'string', default: '8' }, dir: { type: 'string', default: tmpdir() }
  } })
  const size = Number(values['size-mib']) * MiB
  const counts = values.nodes!.split(',').map(Number)
  const chunkSize = Number(values['chunk-mib']) * MiB
  const root = await mkdtemp(join(values.dir!, 'maia-model-bench-'))
  const free = await statfs(root).then((info) => info.bavail * info.bsize)
  const needed = size * (2 + Math.max(...counts))
  if (free < needed) throw new Error(`needs ${format(needed / 1024 ** 3)} GiB free in ${root}, has ${format(free / 1024 ** 3)} GiB (pass --size-mib or --dir)`)
  try {
    const path = join(root, 'model.gguf')
    const sha256 = await writeGguf(path, size)
    console.log(`model: ${format(size / MiB, 0)} MiB GGUF, ${format(chunkSize / MiB, 0)} MiB chunks, sha256 ${sha256.slice(0, 18)}…; one process per node + seeder on loopback TCP`)
    console.log('nodes | single source: all hold it (s) | swarm: all hold it (s) | single/swarm | chunks nodes served each other (swarm)')
    for (const [round, count] of counts.entries()) {
      // Alternate which mode runs first, so drift (other load on the machine) does not favour one.
      const first = round % 2 === 0 ? 'single-source' : 'swarm'
      const a = await timeRun(first, count, root, { path, sha256 }, chunkSize)
      const b = await timeRun(first === 'swarm' ? 'single-source' : 'swarm', count, root, { path, sha256 }, chunkSize)
      const [single, swarm] = first === 'swarm' ? [b, a] : [a, b]
      console.log(`${String(count).padStart(5)} | ${format(single.ms / 1000, 1).padStart(30)} | ${format(swarm.ms / 1000, 1).padStart(22)} | ${format(single.ms / swarm.ms, 2).padStart(12)} | ${swarm.servedByNodes}`)
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
