import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { z } from 'zod'
import { formatZodIssues } from '../../shared/util/index.ts'
import { buildDataset, CHAT_TEMPLATES, DEFAULT_OWNER_SHARE, ownerShareSchema, type DatasetCard } from '../dataset/index.ts'
import { createProgressReporter } from './progress.ts'

const buildFlagsSchema = z.object({
  library: z.string().min(1),
  out: z.string().min(1),
  distillation: z.string().min(1).optional(),
  dialogues: z.string().min(1).optional(),
  template: z.enum(CHAT_TEMPLATES, { error: `expected one of ${CHAT_TEMPLATES.join(', ')}` }).optional(),
  systemPrompt: z.string().min(1).optional(),
  splitSeed: z.string().min(1).optional(),
  validation: z.coerce.number().min(0).max(0.5).optional(),
  test: z.coerce.number().min(0).max(0.5).optional(),
  ownerShare: z.coerce.number().pipe(ownerShareSchema).optional(),
  json: z.boolean().optional()
})

/**
 * `maia dataset build`: the fine-tuning dataset (chat JSONL splits + card.json with the content
 * hash that `maia model submit --dataset` records on chain).
 */
export function registerDatasetCommand(program: Command): void {
  const dataset = program.command('dataset').description('the MAIA fine-tuning dataset')
  dataset.command('build')
    .description('build train/validation/test chat JSONL and card.json from the library, distillation triples and practice dialogues')
    .requiredOption('--library <dir>', 'the knowledge library (MANIFEST.tsv + texts), e.g. ../shared/library')
    .requiredOption('--out <dir>', 'where train.jsonl, validation.jsonl, test.jsonl and card.json go')
    .option('--distillation <jsonl|dir>', 'distillation triples written by `maia quality export --out`')
    .option('--dialogues <dir>', 'practice dialogue JSONL files ({"id", "messages", "licence"?, "curator"?} per line)')
    .option('--template <name>', `also render each example in a chat template: ${CHAT_TEMPLATES.join(', ')}`)
    .option('--system-prompt <file>', 'system prompt of library examples (default: orchestrator/maia/prompt/identity.md)')
    .option('--split-seed <text>', 'seed of the split hash (default maia-dataset-v1)')
    .option('--validation <share>', 'share of units in validation (default 0.05)')
    .option('--test <share>', 'share of units in test (default 0.05)')
    .option('--owner-share <share>', `most of the distillation examples one API key may supply, above 0 to 1 (default ${DEFAULT_OWNER_SHARE}; 1: no cap)`)
    .option('--json', 'print the card as JSON')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = buildFlagsSchema.safeParse(raw)
      if (!parsed.success) throw new Error(`maia dataset build: ${formatZodIssues(parsed.error)}`)
      const flags = parsed.data
      const controller = new AbortController()
      process.once('SIGINT', () => controller.abort(new Error('interrupted')))
      const progress = createProgressReporter()
      const started = performance.now()
      const { card, directory } = await buildDataset({
        library: flags.library,
        out: flags.out,
        ...(flags.distillation === undefined ? {} : { distillation: flags.distillation }),
        ...(flags.dialogues === undefined ? {} : { dialogues: flags.dialogues }),
        ...(flags.template === undefined ? {} : { template: flags.template }),
        ...(flags.systemPrompt === undefined ? {} : { systemPrompt: await readFile(flags.systemPrompt, 'utf8') }),
        ...(flags.splitSeed === undefined ? {} : { splitSeed: flags.splitSeed }),
        ...(flags.validation === undefined && flags.test === undefined ? {} : { splitRatios: { validation: flags.validation ?? 0.05, test: flags.test ?? 0.05 } }),
        ...(flags.ownerShare === undefined ? {} : { ownerShare: flags.ownerShare }),
        onProgress: (label, fraction) => progress.update(label, fraction),
        signal: controller.signal
      })
      progress.done()
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      if (flags.json === true) {
        process.stdout.write(`${JSON.stringify(card, null, 2)}\n`)
        return
      }
      const { counts } = card
      process.stdout.write([
        `dataset written to ${directory} in ${seconds}s`,
        `  hash            ${card.hash}`,
        `  examples        train ${counts.train}, validation ${counts.validation}, test ${counts.test}`,
        `  removed         ${counts.exactDuplicates} exact and ${counts.nearDuplicates} near duplicates, ${counts.contaminated} contaminated (of ${counts.candidates})`,
        `  pii redactions  ${Object.entries(card.pii.redactions).map(([type, count]) => `${type} ${count}`).join(', ')}`,
        ...distillationOwnersLine(card.sources.distillation),
        `  licences        ${card.licences.join('; ')}`,
        `  curators        ${card.curators.length === 0 ? 'none named' : card.curators.map((curator) => `${curator.address} (${curator.examples})`).join(', ')}`,
        ''
      ].join('\n'))
    })
}

/** The per-key line of the summary: how many keys supplied distillation examples and what the cap cut. */
function distillationOwnersLine(distillation: DatasetCard['sources']['distillation']): string[] {
  if (distillation?.owners === undefined) return []
  const capped = distillation.owners.reduce((sum, owner) => sum + owner.capped, 0)
  const largest = distillation.owners[0]
  const share = largest === undefined || distillation.examples === 0 ? 0 : largest.examples / distillation.examples
  return [`  distillation    ${distillation.examples} examples from ${distillation.owners.length} API keys, largest ${(share * 100).toFixed(1)}%, ${capped} cut by the ${distillation.ownerShare ?? DEFAULT_OWNER_SHARE} share cap`]
}
