// The same backend in the same process, pinned to each CPU of the machine in turn (taskset, every
// thread), alternating: tells whether a process generates at another pace only because of the CPU
// it runs on. bench/network-vs-inprocess.ts compares the client's process with the node's, which
// may sit on different CPUs; on a virtual machine one virtual CPU can be slower than another.
//   npx tsx bench/cpu-placement.ts [--model file.gguf] [--tokens 128] [--runs 12] [--threads 1]
import { cpus as machineCpus } from 'node:os'
import { parseArgs } from 'node:util'
import { loadLlamaCppBackend } from '../node/backend/LlamaCppBackend.ts'
import { silentLogger } from '../shared/log/logger.ts'
import { tinyModelPath } from '../test/helpers/tinyModel.ts'
import { format, median } from './lib.ts'
import { pinToCpus } from './pinToCpus.ts'

const { values } = parseArgs({ options: { model: { type: 'string' }, tokens: { type: 'string', default: '128' }, runs: { type: 'string', default: '12' }, threads: { type: 'string', default: '1' } } })
const model = values.model ?? await tinyModelPath()
const maxTokens = Number(values.tokens)
const cpuCount = machineCpus().length
const backend = await loadLlamaCppBackend({ model, modelName: 'bench', contextSize: 2048, sequences: 1, threads: Number(values.threads), gpu: 'auto', logger: silentLogger() })
const prompt = 'Tell me about the meeting of the conscious mind and the shadow.'

async function generateMs(): Promise<number> {
  const started = performance.now()
  await backend.generate({ messages: [{ role: 'user', content: prompt }], maxTokens, temperature: 0, topP: 1, stop: [] }, { signal: new AbortController().signal, onText: () => {} })
  return performance.now() - started
}

const times: number[][] = Array.from({ length: cpuCount }, () => [])
for (let warm = 0; warm < 20; warm += 1) await generateMs()
for (let run = 0; run < Number(values.runs); run += 1) {
  for (let cpu = 0; cpu < cpuCount; cpu += 1) {
    await pinToCpus(process.pid, [cpu])
    times[cpu]!.push(await generateMs())
  }
}
await pinToCpus(process.pid, Array.from({ length: cpuCount }, (_, cpu) => cpu))
await backend.dispose()
const first = median(times[0]!)
console.log(`model ${model}, ${maxTokens} tokens, ${values.runs} runs per CPU (medians), one process pinned to each CPU in turn`)
for (const [cpu, samples] of times.entries()) console.log(`CPU ${cpu}: whole reply ${format(median(samples), 2)} ms (x${format(median(samples) / first, 3)} CPU 0's), min ${format(Math.min(...samples), 2)}, max ${format(Math.max(...samples), 2)}`)
