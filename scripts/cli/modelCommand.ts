import type { Command } from 'commander'
import { generateGgufModel } from '../tiny-model/generateGgufModel.ts'
import { MODEL_SHAPE_PRESETS, type ModelShape, type ModelShapePreset } from '../tiny-model/modelShape.ts'
import { sha256File } from '../../shared/util/index.ts'
import { writeFile } from 'node:fs/promises'
import { evaluateCandidate, EVALUATION_DEFAULTS } from '../dataset/index.ts'
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

  model.command('evaluate')
    .description('run a candidate GGUF and the active one on the dataset\'s held-out test split (same prompts, settings and seed) and write an evaluation report whose hash an evaluator records on chain')
    .argument('<candidate>', 'the candidate .gguf')
    .requiredOption('--dataset <dir>', 'a directory written by `maia dataset build` (its test.jsonl is checked against card.json)')
    .option('--active <gguf>', 'the active model\'s .gguf (without it the candidate is scored alone, against a uniform guess)')
    .option('--out <file>', 'where the report JSON goes', 'evaluation.json')
    .option('--limit <n>', `held-out examples to run (default ${EVALUATION_DEFAULTS.limit})`, parseInteger)
    .option('--max-tokens <n>', `tokens each model generates per prompt (default ${EVALUATION_DEFAULTS.maxTokens})`, parseInteger)
    .option('--reference-tokens <n>', `reference tokens scored by teacher forcing (default ${EVALUATION_DEFAULTS.referenceTokens})`, parseInteger)
    .option('--seed <n>', `sampling seed (default ${EVALUATION_DEFAULTS.seed})`, parseInteger)
    .option('--temperature <t>', `sampling temperature (default ${EVALUATION_DEFAULTS.temperature}: greedy)`, Number)
    .option('--context <n>', `context size (default ${EVALUATION_DEFAULTS.contextSize})`, parseInteger)
    .option('--threads <n>', 'CPU threads (default: half the cores)', parseInteger)
    .option('--json', 'print the whole report')
    .action(async (candidate: string, flags: { dataset: string; active?: string; out: string; limit?: number; maxTokens?: number; referenceTokens?: number; seed?: number; temperature?: number; context?: number; threads?: number; json?: boolean }) => {
      const controller = new AbortController()
      process.once('SIGINT', () => controller.abort(new Error('interrupted')))
      const progress = createProgressReporter()
      const started = performance.now()
      const report = await evaluateCandidate({
        candidate,
        dataset: flags.dataset,
        ...(flags.active === undefined ? {} : { active: flags.active }),
        ...(flags.limit === undefined ? {} : { limit: flags.limit }),
        ...(flags.maxTokens === undefined ? {} : { maxTokens: flags.maxTokens }),
        ...(flags.referenceTokens === undefined ? {} : { referenceTokens: flags.referenceTokens }),
        ...(flags.seed === undefined ? {} : { seed: flags.seed }),
        ...(flags.temperature === undefined ? {} : { temperature: flags.temperature }),
        ...(flags.context === undefined ? {} : { contextSize: flags.context }),
        ...(flags.threads === undefined ? {} : { threads: flags.threads }),
        onProgress: (label, fraction) => progress.update(label, fraction),
        signal: controller.signal
      })
      progress.done()
      await writeFile(flags.out, `${JSON.stringify(report, null, 2)}\n`)
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      if (flags.json === true) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
        return
      }
      const { summary } = report
      process.stdout.write([
        `evaluation ${report.verdict.passed ? 'PASSED' : 'FAILED'} in ${seconds}s; report ${flags.out}`,
        `  report hash        ${report.hash}`,
        `  dataset hash       ${report.dataset.hash}`,
        `  candidate          ${report.candidate.sha256} ROUGE-L ${summary.candidate.meanRougeL}, reference log-prob ${summary.candidate.meanReferenceLogProb}`,
        ...(summary.active === null || report.active === null ? [] : [`  active             ${report.active.sha256} ROUGE-L ${summary.active.meanRougeL}, reference log-prob ${summary.active.meanReferenceLogProb}`]),
        ...(summary.wins === null ? [] : [`  wins (log-prob)    candidate ${summary.wins.candidate}, active ${summary.wins.active}, ties ${summary.wins.ties}`]),
        `  examples           ${report.examples.length} (skipped ${report.skipped})`,
        ...report.verdict.reasons.map((reason) => `  - ${reason}`),
        `record it (evaluator role): maia model record-evaluation <id> --report ${flags.out} --uri <where the report is published>`,
        ''
      ].join('\n'))
    })
}
