// Routed requests/s and added latency through the orchestrator, for 1, 2, 4 and 8 nodes
// running a synthetic fixed-speed backend (so the network, not a model, is measured).
// Baseline, in the same run: the capacity those nodes have by construction
// (nodes × concurrency / service time) and the service time itself.
//   npx tsx bench/routing-throughput.ts [--seconds 5] [--tokens 20] [--speed 400] [--clients-per-slot 2]
import { parseArgs } from 'node:util'
import { createScriptedBackend } from '../node/backend/ScriptedBackend.ts'
import { startTestNetwork, TEST_API_KEY } from '../test/helpers/network.ts'
import { format, percentile } from './lib.ts'

const { values } = parseArgs({ options: {
  seconds: { type: 'string', default: '5' }, tokens: { type: 'string', default: '20' },
  speed: { type: 'string', default: '400' }, 'clients-per-slot': { type: 'string', default: '2' }, nodes: { type: 'string', default: '1,2,4,8' }
} })
const seconds = Number(values.seconds)
const tokens = Number(values.tokens)
const speed = Number(values.speed)
const maxConcurrent = 4
const reply = Array.from({ length: tokens }, (_, index) => `w${index}`).join(' ')
const serviceMs = (tokens / speed) * 1000

console.log(`synthetic nodes: ${tokens} tokens at ${speed} tok/s = ${format(serviceMs)} ms per request, ${maxConcurrent} concurrent per node; ${seconds} s per run`)
console.log('nodes  clients   req/s   ideal req/s   ratio   p50 added ms   p99 added ms   errors')
for (const nodeCount of values.nodes.split(',').map(Number)) {
  const backends = Array.from({ length: nodeCount }, () => createScriptedBackend({ modelName: 'synthetic', reply: () => reply, tokensPerSecond: speed }))
  const network = await startTestNetwork([], { heartbeatIntervalMs: 250 })
  for (const backend of backends) await network.addNode(backend, { maxConcurrent, maxQueued: 64 })
  await network.waitForNodes(nodeCount)
  const clients = nodeCount * maxConcurrent * Number(values['clients-per-slot'])
  const latencies: number[] = []
  let errors = 0
  const deadline = performance.now() + seconds * 1000
  const body = JSON.stringify({ model: 'synthetic', max_tokens: tokens + 5, messages: [{ role: 'user', content: 'hi' }] })
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) {
      const started = performance.now()
      const response = await fetch(`${network.orchestrator.api.url}/v1/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY }, body
      })
      await response.arrayBuffer()
      if (response.ok) latencies.push(performance.now() - started)
      else errors += 1
    }
  }))
  await network.stop()
  const requestsPerSecond = latencies.length / seconds
  const ideal = (nodeCount * maxConcurrent * 1000) / serviceMs
  // Clients outnumber slots, so some wait in node queues: "added" is everything beyond the
  // service time, queueing included; p50 at 1 client per slot isolates routing overhead.
  const added = latencies.map((latency) => latency - serviceMs)
  console.log(`${String(nodeCount).padStart(5)}  ${String(clients).padStart(7)}  ${format(requestsPerSecond).padStart(6)}  ${format(ideal).padStart(12)}  ${format(requestsPerSecond / ideal, 2).padStart(6)}  ${format(percentile(added, 0.5)).padStart(13)}  ${format(percentile(added, 0.99)).padStart(13)}  ${String(errors).padStart(7)}`)
}
