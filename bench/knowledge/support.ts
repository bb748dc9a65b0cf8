import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pino } from 'pino'
import { z } from 'zod'
import type { KnowledgeBase, RetrievedChunk } from '../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { openKnowledgeBase, type OpenKnowledgeBaseOptions } from '../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { PASSAGE_VECTORS_FILE, SENTENCE_VECTORS_FILE } from '../../orchestrator/maia/knowledge/passageVectorCache.ts'
import { loadSentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'

/** The question set: each question with the passage(s) that answer it (source file + a quote unique in it). */
export const questionSetSchema = z.object({
  questions: z.array(z.object({
    id: z.string(),
    question: z.string().min(1),
    /** The conversation's earlier user turns, for conversational questions (the search's `earlierTurns`). */
    earlierTurns: z.array(z.string()).optional(),
    passages: z.array(z.object({ source: z.string(), quote: z.string().min(8), alternatives: z.array(z.string().min(8)).optional() })).min(1)
  })).min(1)
})
export type Question = z.infer<typeof questionSetSchema>['questions'][number]

export const QUESTIONS_FILE = new URL('./questions.json', import.meta.url)

export async function loadQuestions(): Promise<Question[]> {
  return questionSetSchema.parse(JSON.parse(await readFile(QUESTIONS_FILE, 'utf8'))).questions
}

/** Lower-case, markdown emphasis removed, whitespace collapsed: how quotes and chunks are compared. */
export function normalizeForMatch(text: string): string {
  return text.replace(/[_*]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** How many of the question's passages some returned chunk (from the same source) contains. */
export function passagesFound(question: Question, chunks: readonly Pick<RetrievedChunk, 'source' | 'text'>[]): number {
  const texts = chunks.map((chunk) => ({ source: chunk.source, text: normalizeForMatch(chunk.text) }))
  return question.passages.filter((passage) => {
    const quotes = [passage.quote, ...(passage.alternatives ?? [])].map(normalizeForMatch)
    return texts.some((chunk) => chunk.source === passage.source && quotes.some((quote) => chunk.text.includes(quote)))
  }).length
}

export interface RecallAtBudget {
  budget: number
  found: number
  total: number
  recall: number
  missed: string[]
}

/** Runs every question at `budget` and counts the passages found. */
export async function measureRecall(search: (question: string, budget: number, earlierTurns: readonly string[]) => Promise<readonly Pick<RetrievedChunk, 'source' | 'text'>[]>, questions: readonly Question[], budget: number): Promise<RecallAtBudget> {
  let found = 0
  let total = 0
  const missed: string[] = []
  for (const question of questions) {
    const chunks = await search(question.question, budget, question.earlierTurns ?? [])
    const hits = passagesFound(question, chunks)
    found += hits
    total += question.passages.length
    if (hits < question.passages.length) missed.push(question.id)
  }
  return { budget, found, total, recall: total === 0 ? 0 : found / total, missed }
}

/** A fresh index of the default library (../shared/library, else the sample) in a temporary directory. */
export async function indexDefaultLibrary(options: Omit<OpenKnowledgeBaseOptions, 'directory'>): Promise<{ knowledgeBase: KnowledgeBase; library: string; directory: string; ingestMs: number; tokens: number; chunks: number }> {
  const library = await resolveLibraryDirectory(process.env.MAIA_LIBRARY_DIR)
  const directory = await mkdtemp(join(tmpdir(), 'maia-knowledge-bench-'))
  const knowledgeBase = await openKnowledgeBase({ ...options, directory })
  const report = await knowledgeBase.ingest(await collectDocuments([library]))
  return { knowledgeBase, library, directory, ingestMs: report.milliseconds, tokens: report.tokens, chunks: report.chunks }
}

/** Where the benches keep passage vectors between runs (outside the repository), one folder per library name. */
export const BENCH_VECTOR_CACHE = join(tmpdir(), 'maia-dense-cache', 'index-vectors')

/**
 * Opens the knowledge base in `directory` with the bundled sentence encoder and waits until its
 * dense retrieval is ready (or failed to load: then it throws). Passage vectors are seeded from, and
 * saved back to, BENCH_VECTOR_CACHE/`libraryName`, so only the first run over a library encodes it
 * (minutes of CPU).
 */
export async function openDenseKnowledgeBase(options: OpenKnowledgeBaseOptions, libraryName: string): Promise<KnowledgeBase> {
  const saved = join(BENCH_VECTOR_CACHE, libraryName, PASSAGE_VECTORS_FILE)
  await copyFile(saved, join(options.directory, PASSAGE_VECTORS_FILE)).catch(() => undefined)
  const savedSentences = join(BENCH_VECTOR_CACHE, libraryName, SENTENCE_VECTORS_FILE)
  await copyFile(savedSentences, join(options.directory, SENTENCE_VECTORS_FILE)).catch(() => undefined)
  const messages: string[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => {
    const { msg, done, total } = JSON.parse(line) as { msg: string; done?: number; total?: number }
    messages.push(msg)
    if (done !== undefined) process.stderr.write(`  ${msg}: ${done}/${total}\n`)
  } })
  const knowledgeBase = await openKnowledgeBase({ ...options, logger, passageEncoder: loadSentenceEncoder })
  while (!messages.includes('dense retrieval ready')) {
    if (messages.some((message) => message.startsWith('could not'))) throw new Error(`dense retrieval failed: ${messages.join('; ')}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  // Round ten-b: the passages' sentences are encoded after dense retrieval is ready; searches are
  // timed with them (whenDenseReady waits for the whole build).
  await knowledgeBase.whenDenseReady?.()
  await mkdir(dirname(saved), { recursive: true })
  await copyFile(join(options.directory, PASSAGE_VECTORS_FILE), saved).catch(() => undefined)
  await copyFile(join(options.directory, SENTENCE_VECTORS_FILE), savedSentences).catch(() => undefined)
  return knowledgeBase
}
