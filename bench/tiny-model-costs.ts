// Measures what the generated models cost: generation time, file size, load time and raw decode
// speed with threads=1 (always explicit: node-llama-cpp's default thread count collapses on busy
// shared cores). `--preset llama-1b` adds a 2.5 GB file under the OS temp folder, deleted afterwards.
//   npx tsx bench/tiny-model-costs.ts [--preset tiny|llama-1b|llama-8b] [--tokens 300]
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getLlama, LlamaLogLevel, type Llama } from 'node-llama-cpp'
import { generateGgufModel } from '../scripts/tiny-model/generateGgufModel.ts'
import { MODEL_SHAPE_PRESETS, type ModelShape, type ModelShapePreset } from '../scripts/tiny-model/modelShape.ts'

const { values } = parseArgs({ options: { preset: { type: 'string', default: 'tiny' }, tokens: { type: 'string', default: '300' } } })
if (!isPreset(values.preset)) throw new Error(`unknown preset ${values.preset}; use ${Object.keys(MODEL_SHAPE_PRESETS).join(', ')}`)
const preset = values.preset
const tokens = Number(values.tokens)

const directory = await mkdtemp(join(tmpdir(), 'maia-gguf-bench-'))
const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error })
try {
  const base = MODEL_SHAPE_PRESETS[preset]
  const variants: ModelShape[] = preset === 'tiny' ? [base, { ...base, tensorType: 'f16' }] : [base]
  for (const shape of variants) {
    const label = `${preset} ${shape.tensorType}`
    const started = performance.now()
    let peakRss = 0
    const model = await generateGgufModel({
      ...shape,
      path: join(directory, `${preset}-${shape.tensorType}.gguf`),
      onProgress: () => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss)
      }
    })
    const seconds = (performance.now() - started) / 1000
    console.log(`${label}: ${model.totalBytes} bytes written in ${seconds.toFixed(2)} s, peak RSS while writing ${(peakRss / 1e6).toFixed(0)} MB`)
    console.log(`${label}: ${await measureDecode(llama, model.path, tokens)}`)
    await rm(model.path)
  }
} finally {
  await llama.dispose()
  await rm(directory, { recursive: true, force: true })
}

/** Load time, then greedy decoding straight on a context sequence (no chat-wrapper overhead). */
async function measureDecode(llama: Llama, modelPath: string, tokenBudget: number): Promise<string> {
  const loadStarted = performance.now()
  const model = await llama.loadModel({ modelPath })
  const loadMs = performance.now() - loadStarted
  const context = await model.createContext({ threads: 1, contextSize: 512 })
  try {
    const sequence = context.getSequence()
    let produced = 0
    let firstTokenAt = 0
    const started = performance.now()
    for await (const _token of sequence.evaluate(model.tokenize('Hello there, how are you today?'), { temperature: 0 })) {
      if (produced === 0) firstTokenAt = performance.now()
      if (++produced >= tokenBudget) break
    }
    const decodeSeconds = (performance.now() - firstTokenAt) / 1000
    return `load ${loadMs.toFixed(1)} ms, prompt+first token ${(firstTokenAt - started).toFixed(1)} ms, ` +
      `${((produced - 1) / decodeSeconds).toFixed(0)} tok/s over ${produced} tokens (threads=1)`
  } finally {
    await context.dispose()
    await model.dispose()
  }
}

function isPreset(name: string | undefined): name is ModelShapePreset {
  return name !== undefined && Object.hasOwn(MODEL_SHAPE_PRESETS, name)
}
