import { logLevelSchema } from '../../shared/config/index.ts'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { loadConfig } from '../../shared/config/index.ts'
import { InvalidConfigError } from '../../shared/config/index.ts'
import { createLogger, type Logger } from '../../shared/log/index.ts'
import { formatZodIssues } from '../../shared/util/index.ts'
import type { Embedder, IngestProgress } from '../../orchestrator/maia/knowledge/index.ts'
import { collectDocuments } from '../../orchestrator/maia/knowledge/index.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/index.ts'
import { DEFAULT_BUDGET_TOKENS, DEFAULT_CHUNKING, DEFAULT_INDEX_DIRECTORY } from '../../orchestrator/maia/knowledge/index.ts'
import { createLlamaEmbedder } from '../../orchestrator/maia/knowledge/index.ts'
import { formatContext } from '../../orchestrator/maia/knowledge/index.ts'
import { curatorSchema, topicListSchema } from '../../orchestrator/maia/knowledge/index.ts'
import { openKnowledgeBase } from '../../orchestrator/maia/knowledge/index.ts'
import { openLibraryKnowledgeBase } from '../../orchestrator/maia/knowledge/index.ts'
import { loadSentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'
import { createTokenCounter } from '../../orchestrator/maia/tokens/index.ts'
import type { DisposableTokenCounter } from '../../orchestrator/maia/tokens/index.ts'
import { parseInteger, parseList } from './options.ts'
import { createProgressReporter } from './progress.ts'

/**
 * Settings shared by `ingest` and `search`, from flags or `MAIA_*` environment variables
 * (`MAIA_KNOWLEDGE_DIR`, `MAIA_LIBRARY_DIR`, `MAIA_TOKENIZER`, `MAIA_EMBEDDING_MODEL`,
 * `MAIA_EMBEDDING_THREADS`). Defaults live here and only here.
 */
const knowledgeConfigSchema = z.object({
  knowledgeDir: z.string().min(1).default(DEFAULT_INDEX_DIRECTORY),
  libraryDir: z.string().min(1).optional(),
  tokenizer: z.string().min(1).optional(),
  embeddingModel: z.string().min(1).optional(),
  // One thread by default: the embedder shares small machines with nodes and other work.
  embeddingThreads: z.number().int().min(1).max(1024).default(1),
  logLevel: logLevelSchema.default('warn')
}).strict()
type KnowledgeConfig = z.infer<typeof knowledgeConfigSchema>

const searchFlagsSchema = z.object({
  budget: z.number().int().min(1).max(10_000_000).default(DEFAULT_BUDGET_TOKENS),
  author: z.string().min(1).optional(),
  topic: z.string().min(1).optional(),
  retrieval: z.enum(['expanded', 'bm25']).default('expanded'),
  dense: z.boolean().default(true),
  json: z.boolean().default(false)
})

const ingestFlagsSchema = z.object({
  title: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  topic: z.array(z.string()).default([]).transform((topics) => topics.join(',')).pipe(topicListSchema),
  curator: curatorSchema.optional(),
  chunkTokens: z.number().int().min(16).max(8_192).default(DEFAULT_CHUNKING.targetTokens),
  overlapTokens: z.number().int().min(0).max(4_096).default(DEFAULT_CHUNKING.overlapTokens),
  dense: z.boolean().default(true)
}).refine((flags) => flags.overlapTokens < flags.chunkTokens, { message: '--overlap-tokens must be smaller than --chunk-tokens', path: ['overlapTokens'] })

const TOKENIZER_HELP = 'count tokens with this GGUF\'s tokenizer (the serving model\'s; env MAIA_TOKENIZER). '
  + 'Default: an estimate of ~4 characters per token, typical of BPE tokenizers (Llama 3, GPT-4, Claude). '
  + 'Note the tiny test model\'s byte-level vocabulary counts ~1 token per character: budgets in its tokens hold ~4x less text'

/** `maia knowledge ingest|search`: the local knowledge base from the command line. */
export function registerKnowledgeCommand(program: Command): void {
  const knowledge = program.command('knowledge')
    .description('the local knowledge base: ingest books (txt, md) and search them within a token budget')

  withCommonOptions(knowledge.command('ingest'))
    .description('chunk and index .txt/.md files or directories (a directory\'s MANIFEST.tsv gives title, author, topics, curator)')
    .argument('<paths...>', 'files or directories')
    .option('--title <title>', 'title for every file given (default: the manifest\'s, else the file name)')
    .option('--author <author>', 'author for every file given (default: the manifest\'s, else "Unknown")')
    .option('--topic <topics>', 'topics added to every file (comma-separated, repeatable)', parseList)
    .option('--curator <address>', 'curator ETH address for files whose manifest names none')
    .option('--chunk-tokens <n>', `most tokens per chunk, for a new index (default ${DEFAULT_CHUNKING.targetTokens})`, parseInteger)
    .option('--overlap-tokens <n>', `tokens of trailing sentences repeated in the next chunk (default ${DEFAULT_CHUNKING.overlapTokens})`, parseInteger)
    .option('--no-dense', 'do not encode the passages for dense retrieval (env MAIA_DENSE_RETRIEVAL=off); by default ingest encodes them, with progress, and caches them beside the index so that searches start fast')
    .action(async (paths: string[], flags: Record<string, unknown>) => {
      const config = await loadKnowledgeConfig(flags)
      const ingestFlags = parseFlags(ingestFlagsSchema, { title: flags.title, author: flags.author, topic: flags.topic, curator: flags.curator, chunkTokens: flags.chunkTokens, overlapTokens: flags.overlapTokens, dense: denseWanted(flags) })
      const logger = createLogger({ level: config.logLevel, name: 'maia-knowledge' })
      await withResources(config, logger, async (tokenCounter, embedder) => {
        const documents = await collectDocuments(paths, {
          topics: ingestFlags.topic,
          ...(ingestFlags.curator === undefined ? {} : { curator: ingestFlags.curator }),
          ...(ingestFlags.title === undefined ? {} : { title: ingestFlags.title }),
          ...(ingestFlags.author === undefined ? {} : { author: ingestFlags.author })
        })
        const progress = createProgressReporter()
        const knowledgeBase = await openKnowledgeBase({
          directory: config.knowledgeDir, tokenCounter, logger,
          chunking: { targetTokens: ingestFlags.chunkTokens, overlapTokens: ingestFlags.overlapTokens },
          ...(embedder === undefined ? {} : { embedder }),
          // The passage vectors that searches rank by are encoded here, once, on every core, and
          // cached beside the index: a search after an ingest then only reads them.
          ...(ingestFlags.dense ? densePassageEncoding(progress, 'Encoding %d passages for dense retrieval') : {})
        })
        try {
          const report = await knowledgeBase.ingest(documents, { onProgress: reportTo(progress, 'Ingesting') })
          progress.done()
          const seconds = report.milliseconds / 1000
          process.stdout.write(`Ingested ${report.documents} document(s): ${report.chunks} chunks, ${report.tokens} tokens in ${seconds.toFixed(1)} s (${Math.round(report.tokens / seconds)} tokens/s) into ${config.knowledgeDir}\n`)
          // The library screen's withheld paragraphs: the operator sees what a curator tried to slip in.
          for (const entry of report.withheld) process.stderr.write(`maia knowledge: withheld ${entry.source} [${entry.start}, ${entry.end}) (${entry.reasons.join(', ')}): ${entry.excerpt}\n`)
          if (ingestFlags.dense) {
            const started = performance.now()
            const ready = await knowledgeBase.whenDenseReady?.()
            progress.done()
            process.stderr.write(ready === true
              ? `maia knowledge: passage vectors for dense retrieval ready in ${((performance.now() - started) / 1000).toFixed(1)} s (cached beside the index)\n`
              : 'maia knowledge: dense retrieval unavailable (see warnings); searches will use the lexical ranking only\n')
          }
        } finally {
          await knowledgeBase.close()
        }
      })
    })

  withCommonOptions(knowledge.command('search'))
    .description('print the passages that best answer a question, packed into a token budget and cited by title/author; '
      + 'the first search builds the default library\'s index when the index is empty')
    .argument('<question>', 'what to search for')
    .option('--budget <tokens>', `tokens the passages may take together (default ${DEFAULT_BUDGET_TOKENS})`, parseInteger)
    .option('--author <text>', 'only passages whose author contains this (case-insensitive)')
    .option('--topic <topic>', 'only passages tagged with this topic (e.g. dreams, death, love, soul, suffering, wisdom)')
    .option('--retrieval <kind>', 'expanded (default: BM25 with WordNet synonyms, query expansion from the best passages) or bm25 (the plain full-text index, for comparison)')
    .option('--json', 'print only { "chunks": [{ "source", "title", "author", "text", "tokens" }], "totalTokens" } on stdout')
    .option('--library <dir>', 'library indexed when the index is empty (env MAIA_LIBRARY_DIR; default ../shared/library, else the bundled sample library)')
    .option('--no-dense', 'lexical ranking only (env MAIA_DENSE_RETRIEVAL=off); by default the expanded retrieval also ranks by sentence vectors, as the orchestrator does, and reads the passage vectors `maia knowledge ingest` cached beside the index (or encodes them on this first search: a few minutes, once)')
    .action(async (question: string, flags: Record<string, unknown>) => {
      const config = await loadKnowledgeConfig(flags)
      const searchFlags = parseFlags(searchFlagsSchema, { budget: flags.budget, author: flags.author, topic: flags.topic, retrieval: flags.retrieval, dense: denseWanted(flags), json: flags.json })
      const logger = createLogger({ level: config.logLevel, name: 'maia-knowledge' })
      await withResources(config, logger, async (tokenCounter, embedder) => {
        const library = await resolveLibraryDirectory(config.libraryDir === undefined ? undefined : resolve(config.libraryDir))
        const progress = createProgressReporter()
        const { knowledgeBase, built } = await openLibraryKnowledgeBase({
          directory: config.knowledgeDir, library, tokenCounter, logger, retrieval: searchFlags.retrieval,
          onProgress: reportTo(progress, `Indexing ${library}`),
          ...(embedder === undefined ? {} : { embedder }),
          // The same ranking the orchestrator serves: its passage vectors are read from beside the
          // index, or encoded now the first time (with progress), then kept for every later search.
          ...(searchFlags.dense && searchFlags.retrieval === 'expanded' ? densePassageEncoding(progress, 'Encoding %d passages for dense retrieval (once)') : {})
        })
        if (built) {
          progress.done()
          process.stderr.write(`maia knowledge: indexed ${library} into ${config.knowledgeDir}\n`)
        }
        try {
          if (searchFlags.dense && searchFlags.retrieval === 'expanded' && await knowledgeBase.whenDenseReady?.() === false) {
            process.stderr.write('maia knowledge: dense retrieval unavailable (see warnings); searching with the lexical ranking only\n')
          }
          progress.done()
          const result = await knowledgeBase.search(question, {
            budgetTokens: searchFlags.budget,
            ...(searchFlags.author === undefined ? {} : { author: searchFlags.author }),
            ...(searchFlags.topic === undefined ? {} : { topic: searchFlags.topic })
          })
          if (searchFlags.json) {
            // The stable contract: exactly these fields, so retrieval quality can be checked by script.
            const chunks = result.chunks.map(({ source, title, author, text, tokens }) => ({ source, title, author, text, tokens }))
            process.stdout.write(`${JSON.stringify({ chunks, totalTokens: result.totalTokens })}\n`)
          } else {
            process.stdout.write(`${formatContext(result.chunks)}\n\n(${result.chunks.length} passages, ${result.totalTokens} of ${searchFlags.budget} tokens, counted by ${tokenCounter.id})\n`)
          }
        } finally {
          await knowledgeBase.close()
        }
      })
    })
}

function withCommonOptions(command: Command): Command {
  return command
    .option('--index-dir <dir>', `where the index lives (env MAIA_KNOWLEDGE_DIR; default ${DEFAULT_INDEX_DIRECTORY})`)
    .option('--tokenizer <gguf>', TOKENIZER_HELP)
    .option('--embedding-model <gguf>', 'add dense vectors from this GGUF embedding model (env MAIA_EMBEDDING_MODEL); default: BM25 only')
    .option('--embedding-threads <n>', 'CPU threads for the embedding model (default 1)', parseInteger)
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent (default warn)')
}

async function loadKnowledgeConfig(flags: Record<string, unknown>): Promise<KnowledgeConfig> {
  return loadConfig(knowledgeConfigSchema, {
    env: process.env,
    envPrefix: 'MAIA_',
    flags: {
      knowledgeDir: flags.indexDir, libraryDir: flags.library, tokenizer: flags.tokenizer,
      embeddingModel: flags.embeddingModel, embeddingThreads: flags.embeddingThreads, logLevel: flags.logLevel
    }
  })
}

function parseFlags<Schema extends z.ZodType>(schema: Schema, flags: Record<string, unknown>): z.infer<Schema> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined)))
  if (!parsed.success) throw new InvalidConfigError('flags', formatZodIssues(parsed.error))
  return parsed.data
}

/** Loads the token counter and embedder the config names, runs `work`, and always frees them. */
async function withResources(config: KnowledgeConfig, logger: Logger, work: (tokenCounter: DisposableTokenCounter, embedder: Embedder | undefined) => Promise<void>): Promise<void> {
  const tokenCounter = await createTokenCounter({ modelPath: config.tokenizer, logger })
  let embedder: Embedder | undefined
  try {
    if (config.embeddingModel !== undefined) {
      embedder = await createLlamaEmbedder({ modelPath: config.embeddingModel, threads: Math.min(config.embeddingThreads, availableParallelism()), logger })
    }
    await work(tokenCounter, embedder)
  } finally {
    await embedder?.dispose()
    await tokenCounter.dispose()
  }
}

function reportTo(progress: ReturnType<typeof createProgressReporter>, label: string): (update: IngestProgress) => void {
  return (update) => progress.update(label, update.documents / update.totalDocuments)
}

/** Dense retrieval unless `--no-dense` or MAIA_DENSE_RETRIEVAL=off. */
function denseWanted(flags: Record<string, unknown>): boolean {
  return flags.dense !== false && process.env.MAIA_DENSE_RETRIEVAL !== 'off'
}

/**
 * Passage vectors encoded on every core, with progress (`label`'s %d is the passage count): a
 * one-shot command waits for the whole library's vectors, and they are cached beside the index.
 */
function densePassageEncoding(progress: ReturnType<typeof createProgressReporter>, label: string): { passageEncoder: () => ReturnType<typeof loadSentenceEncoder>; onPassageVectorProgress: (done: number, total: number) => void } {
  return {
    passageEncoder: () => loadSentenceEncoder({ threads: availableParallelism() }),
    onPassageVectorProgress: (done, total) => progress.update(label.replace('%d', String(total)), done / total)
  }
}
