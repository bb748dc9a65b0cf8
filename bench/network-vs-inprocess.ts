// Time to first token and tokens/s through orchestrator + libp2p, against the same model
// called in-process, measured in one run and printed as ratios.
//   npx tsx bench/network-vs-inprocess.ts [--model file.gguf] [--tokens 128] [--runs 8] [--threads 1] [--gpu auto|cpu]
import { parseArgs } from 'node:util'
import { loadLlamaCppBackend } from '../node/backend/LlamaCppBackend.ts'
import { silentLogger } from '../shared/log/logger.ts'
import { startTestNetwork, TEST_API_KEY } from '../test/helpers/network.ts'
import { tinyModelPath } from '../test/helpers/tinyModel.ts'
import { format, median, readAnthropicStream } from './lib.ts'

const { values } = parseArgs({ options: {
  model: { type: 'string' }, tokens: { type: 'string', default: '128' }, runs: { type: 'string', default: '8' },
  threads: { type: 'string', default: '1' }, gpu: { type: 'string', default: 'auto' }
} })
const model = values.model ?? await tinyModelPath()
const maxTokens = Number(values.tokens)
const runs = Number(values.runs)
const prompt = 'Tell me about the meeting of the conscious mind and the shadow.'

const backend = await loadLlamaCppBackend({
  model, modelName: 'bench', contextSize: 2048, sequences: 1, threads: Number(values.threads),
  gpu: values.gpu === 'cpu' ? false : 'auto', logger: silentLogger()
})

/**
 * `tokensPerSecond` is over the whole response (prefill included): the chat wrapper may hold
 * text back until several tokens have been generated, so "first text chunk to end" overstates
 * decoding speed on some models.
 */
interface Sample { firstTokenMs: number; totalMs: number; tokensPerSecond: number; tokens: number }

async function inProcess(): Promise<Sample> {
  const started = performance.now()
  let first = 0
  const result = await backend.generate(
    { messages: [{ role: 'user', content: prompt }], maxTokens, temperature: 0, topP: 1, stop: [] },
    { signal: new AbortController().signal, onText: () => { first ||= performance.now() } })
  const ended = performance.now()
  return { firstTokenMs: first - started, totalMs: ended - started, tokensPerSecond: result.usage.outputTokens / ((ended - started) / 1000), tokens: result.usage.outputTokens }
}

const network = await startTestNetwork([backend])
await network.waitForNodes(1)
async function throughNetwork(): Promise<Sample> {
  const started = performance.now()
  let first = 0
  const response = await fetch(`${network.orchestrator.api.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
    body: JSON.stringify({ model: 'bench', max_tokens: maxTokens, temperature: 0, stream: true, messages: [{ role: 'user', content: prompt }] })
  })
  const tokens = await readAnthropicStream(response, () => { first ||= performance.now() })
  const ended = performance.now()
  return { firstTokenMs: first - started, totalMs: ended - started, tokensPerSecond: tokens / ((ended - started) / 1000), tokens }
}

// Warm both paths once, then alternate so drift (thermal, other load) hits both equally.
await inProcess()
await throughNetwork()
const direct: Sample[] = []
const routed: Sample[] = []
for (let run = 0; run < runs; run += 1) {
  direct.push(await inProcess())
  routed.push(await throughNetwork())
}
await network.stop()
await backend.dispose()

const row = (label: string, samples: Sample[]): string =>
  `${label.padEnd(28)} ${format(median(samples.map((s) => s.firstTokenMs)), 2).padStart(10)} ms ${format(median(samples.map((s) => s.totalMs)), 2).padStart(10)} ms ${format(median(samples.map((s) => s.tokensPerSecond))).padStart(10)} tok/s ${format(median(samples.map((s) => s.tokens)), 0).padStart(6)} tokens`
const ttftDirect = median(direct.map((s) => s.firstTokenMs))
const ttftRouted = median(routed.map((s) => s.firstTokenMs))
const totalDirect = median(direct.map((s) => s.totalMs))
const totalRouted = median(routed.map((s) => s.totalMs))
const tpsDirect = median(direct.map((s) => s.tokensPerSecond))
const tpsRouted = median(routed.map((s) => s.tokensPerSecond))
console.log(`model ${model}, ${maxTokens} tokens, ${runs} runs each (medians), threads ${values.threads}`)
console.log(`${''.padEnd(28)} ${'first token'.padStart(13)} ${'whole reply'.padStart(13)} ${'throughput'.padStart(16)}`)
console.log(row('in-process (baseline)', direct))
console.log(row('orchestrator + libp2p', routed))
console.log(`ratio routed/in-process: time to first token x${format(ttftRouted / ttftDirect, 2)} (+${format(ttftRouted - ttftDirect, 2)} ms), whole reply x${format(totalRouted / totalDirect, 2)} (+${format(totalRouted - totalDirect, 2)} ms), tokens/s x${format(tpsRouted / tpsDirect, 3)}`)
