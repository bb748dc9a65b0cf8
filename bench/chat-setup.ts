// In-process time to first token: the node's old per-request path (`new LlamaChat()` resolving
// the chat template every time) against the backend as shipped (template resolved once per
// model, one LlamaChat per sequence), same model, same run, alternating.
//   npx tsx bench/chat-setup.ts [--model file.gguf] [--tokens 32] [--runs 12] [--threads 1] [--gpu auto|cpu]
import { parseArgs } from 'node:util'
import { getLlama, LlamaChat } from 'node-llama-cpp'
import { loadLlamaCppBackend } from '../node/backend/LlamaCppBackend.ts'
import { silentLogger } from '../shared/log/logger.ts'
import { tinyModelPath } from '../test/helpers/tinyModel.ts'
import { format, median } from './lib.ts'

const { values } = parseArgs({ options: {
  model: { type: 'string' }, tokens: { type: 'string', default: '32' }, runs: { type: 'string', default: '12' },
  threads: { type: 'string', default: '1' }, gpu: { type: 'string', default: 'auto' }
} })
const modelPath = values.model ?? await tinyModelPath()
const maxTokens = Number(values.tokens)
const runs = Number(values.runs)
const threads = Number(values.threads)
const gpu = values.gpu === 'cpu' ? false : 'auto'
const prompt = 'Tell me about the meeting of the conscious mind and the shadow.'

interface Sample { firstTokenMs: number; firstTextMs: number; totalMs: number; cpuMs: number }

// The old path, as node/backend/LlamaCppBackend.ts had it before: a LlamaChat per request.
const llama = await getLlama({ gpu })
const model = await llama.loadModel({ modelPath })
const context = await model.createContext({ contextSize: 2048, sequences: 1, threads })
const sequence = context.getSequence()
async function oldPath(): Promise<Sample> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  let firstToken = 0
  let firstText = 0
  const chat = new LlamaChat({ contextSequence: sequence })
  try {
    await chat.generateResponse([{ type: 'user', text: prompt }], {
      maxTokens, temperature: 0, topP: 1,
      onToken: () => { firstToken ||= performance.now() },
      onTextChunk: () => { firstText ||= performance.now() }
    })
  } finally {
    chat.dispose({ disposeSequence: false })
    await sequence.clearHistory()
  }
  const ended = performance.now()
  const used = process.cpuUsage(cpu)
  return { firstTokenMs: firstToken - started, firstTextMs: firstText - started, totalMs: ended - started, cpuMs: (used.user + used.system) / 1000 }
}

const backend = await loadLlamaCppBackend({ model: modelPath, modelName: 'bench', contextSize: 2048, sequences: 1, threads, gpu, logger: silentLogger() })
async function newPath(): Promise<Sample> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  let firstToken = 0
  let firstText = 0
  await backend.generate({ messages: [{ role: 'user', content: prompt }], maxTokens, temperature: 0, topP: 1, stop: [] }, {
    signal: new AbortController().signal,
    onToken: () => { firstToken ||= performance.now() },
    onText: () => { firstText ||= performance.now() }
  })
  const ended = performance.now()
  const used = process.cpuUsage(cpu)
  return { firstTokenMs: firstToken - started, firstTextMs: firstText - started, totalMs: ended - started, cpuMs: (used.user + used.system) / 1000 }
}

await oldPath()
await newPath()
const before: Sample[] = []
const after: Sample[] = []
for (let run = 0; run < runs; run += 1) {
  before.push(await oldPath())
  after.push(await newPath())
}
await backend.dispose()
await context.dispose()
await model.dispose()

const m = (samples: Sample[], key: keyof Sample): number => median(samples.map((sample) => sample[key]))
console.log(`model ${modelPath}, ${maxTokens} tokens, ${runs} runs each (medians), threads ${threads}`)
console.log(`${''.padEnd(36)} ${'first token'.padStart(12)} ${'first text'.padStart(12)} ${'whole reply'.padStart(12)} ${'CPU/request'.padStart(12)}`)
for (const [label, samples] of [['new LlamaChat per request (before)', before], ['resolved once, reused (after)', after]] as const) {
  console.log(`${label.padEnd(36)} ${format(m(samples, 'firstTokenMs'), 2).padStart(9)} ms ${format(m(samples, 'firstTextMs'), 2).padStart(9)} ms ${format(m(samples, 'totalMs'), 2).padStart(9)} ms ${format(m(samples, 'cpuMs'), 1).padStart(9)} ms`)
}
console.log(`after/before: first token x${format(m(after, 'firstTokenMs') / m(before, 'firstTokenMs'), 3)} (${format(m(after, 'firstTokenMs') - m(before, 'firstTokenMs'), 1)} ms), CPU per request ${format(m(after, 'cpuMs') - m(before, 'cpuMs'), 1)} ms`)
