import type { Command } from 'commander'
import { generateGgufModel } from '../tiny-model/generateGgufModel.ts'
import { MODEL_SHAPE_PRESETS, type ModelShape, type ModelShapePreset } from '../tiny-model/modelShape.ts'
import { sha256File } from '../../shared/util/index.ts'
import { parseInteger } from './options.ts'
import { createProgressReporter } from './progress.ts'

export function registerModelCommand(program: Command): void {
  const model = program.command('model').description('model files')
  model.command('tiny')
    .description('generate a random-weight llama GGUF (the devnet/test model, or a realistic shape for benchmarks); its text is noise by design')
    .requiredOption('-o, --out <file>', 'where to write the .gguf')
    .option('--preset <name>', `shape preset: ${Object.keys(MODEL_SHAPE_PRESETS).join(', ')}`, 'tiny')
    .option('--seed <n>', 'weights seed', parseInteger)
    .option('--width <n>', 'embedding width', parseInteger)
    .option('--layers <n>', 'transformer blocks', parseInteger)
    .option('--heads <n>', 'attention heads', parseInteger)
    .option('--kv-heads <n>', 'key/value heads', parseInteger)
    .option('--ffn <n>', 'feed-forward width', parseInteger)
    .option('--vocab <n>', 'vocabulary size (>= 259)', parseInteger)
    .option('--context <n>', 'advertised context length', parseInteger)
    .option('--type <f32|f16>', 'weight tensor type')
    .action(async (flags: Record<string, string | number | undefined>) => {
      const preset = String(flags.preset)
      if (!Object.hasOwn(MODEL_SHAPE_PRESETS, preset)) throw new Error(`unknown preset "${preset}"; choose one of ${Object.keys(MODEL_SHAPE_PRESETS).join(', ')}`)
      const overrides: Partial<Record<keyof ModelShape, unknown>> = {
        seed: flags.seed, embeddingLength: flags.width, blockCount: flags.layers, headCount: flags.heads,
        headCountKv: flags.kvHeads, feedForwardLength: flags.ffn, vocabularySize: flags.vocab, contextLength: flags.context,
        tensorType: flags.type
      }
      const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as Partial<ModelShape>
      const controller = new AbortController()
      process.once('SIGINT', () => controller.abort(new Error('interrupted')))
      const progress = createProgressReporter()
      const result = await generateGgufModel({
        ...MODEL_SHAPE_PRESETS[preset as ModelShapePreset],
        ...defined,
        path: String(flags.out),
        signal: controller.signal,
        onProgress: ({ writtenBytes, totalBytes }) => progress.update('Writing GGUF', writtenBytes / totalBytes)
      })
      progress.done()
      process.stdout.write(`${JSON.stringify({ path: result.path, bytes: result.totalBytes, tensors: result.tensorCount, sha256: await sha256File(result.path) })}\n`)
    })
}
