import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ChatMessage } from '../../../shared/protocol/index.ts'
import { canonicalJson, sha256File, sha256Hex } from '../../../shared/util/index.ts'
import { chatExampleSchema } from '../chatExample.ts'
import { datasetCardHash, datasetCardSchema, type DatasetCard } from '../datasetCard.ts'
import { InvalidDatasetError } from '../errors.ts'
import { readJsonLines } from '../readJsonLines.ts'
import { verifyDatasetFiles } from '../verifyDatasetFiles.ts'
import { decideVerdict } from './decideVerdict.ts'
import { evaluationReportHash, type EvaluationReport } from './evaluationReport.ts'
import { openModelRunner, type ModelRun } from './openModelRunner.ts'
import { rougeL } from './rougeL.ts'
import { roundReportNumber as round, summarizeExamples } from './summarizeExamples.ts'

/**
 * Defaults: 8 held-out examples, 32 generated tokens, the first 64 reference tokens scored,
 * greedy decoding. On the tiny devnet model this runs in seconds on a CPU; real models want
 * `--limit` in the hundreds (the test split of the shared library holds ~110).
 */
export const EVALUATION_DEFAULTS = { limit: 8, maxTokens: 32, referenceTokens: 64, temperature: 0, seed: 42, contextSize: 2048 } as const

export interface EvaluateCandidateParameters {
  /** The candidate GGUF. */
  readonly candidate: string
  /** The active model's GGUF; without it the candidate is scored alone. */
  readonly active?: string
  /** A directory written by `maia dataset build`. */
  readonly dataset: string
  readonly limit?: number
  readonly maxTokens?: number
  readonly referenceTokens?: number
  readonly temperature?: number
  readonly seed?: number
  readonly contextSize?: number
  readonly threads?: number
  readonly onProgress?: (label: string, fraction: number) => void
  readonly signal?: AbortSignal
}

interface HeldOutExample {
  readonly line: number
  readonly prompt: ChatMessage[]
  readonly reference: string
}

/**
 * `maia model evaluate`: the candidate and the active model answer the same held-out prompts
 * (the dataset's `test.jsonl`, each conversation without its last assistant turn, which is the
 * reference) with the same settings and seed; each answer is scored against the reference
 * (ROUGE-L) and each model's mean log-probability of the reference is measured by teacher
 * forcing; the two are compared example by example and a verdict is drawn (decideVerdict.ts).
 * Numbers are rounded to 1e-4 and the report carries no timings, so re-running it on the same
 * files gives the same `hash`: an evaluator can reproduce a trainer's report before recording it.
 *
 * @throws {InvalidDatasetError} when the dataset's card or test split does not check out.
 *
 * @example
 * const report = await evaluateCandidate({ candidate: 'v2.gguf', active: 'v1.gguf', dataset: 'dataset' })
 * report.verdict.passed
 */
export async function evaluateCandidate(parameters: EvaluateCandidateParameters): Promise<EvaluationReport> {
  const settings = {
    limit: parameters.limit ?? EVALUATION_DEFAULTS.limit,
    maxTokens: parameters.maxTokens ?? EVALUATION_DEFAULTS.maxTokens,
    referenceTokens: parameters.referenceTokens ?? EVALUATION_DEFAULTS.referenceTokens,
    temperature: parameters.temperature ?? EVALUATION_DEFAULTS.temperature,
    seed: parameters.seed ?? EVALUATION_DEFAULTS.seed,
    contextSize: parameters.contextSize ?? EVALUATION_DEFAULTS.contextSize
  }
  const progress = parameters.onProgress ?? (() => {})
  const card = await readCard(parameters.dataset)
  const testFile = join(parameters.dataset, 'test.jsonl')
  const testSha256 = await sha256File(testFile).catch((cause: unknown) => { throw new InvalidDatasetError(parameters.dataset, 'no test.jsonl', { cause }) })
  if (testSha256 !== card.files.test.sha256) throw new InvalidDatasetError(parameters.dataset, `test.jsonl is not the file card.json names (${testSha256} != ${card.files.test.sha256})`)
  const examples = await readHeldOut(testFile, settings.limit)

  const models = [{ role: 'candidate' as const, path: parameters.candidate }, ...(parameters.active === undefined ? [] : [{ role: 'active' as const, path: parameters.active }])]
  const runs: Record<'candidate' | 'active', (ModelRun | null)[]> = { candidate: [], active: [] }
  const identities: Record<string, { file: string; sha256: `0x${string}`; vocabularySize: number }> = {}
  const tooLong = new Set<number>()
  for (const { role, path } of models) {
    const sha256 = await sha256File(path)
    const runner = await openModelRunner({ modelPath: path, contextSize: settings.contextSize, ...(parameters.threads === undefined ? {} : { threads: parameters.threads }) })
    // try/finally rather than `await using`: Node's own type stripping (scripts/cli/typeScriptLoader.js)
    // runs this file, and Node 22's V8 does not parse `await using`.
    try {
      identities[role] = { file: basename(path), sha256, vocabularySize: runner.vocabularySize }
      for (const [index, example] of examples.entries()) {
        parameters.signal?.throwIfAborted()
        // Prompt + answer + scored reference must fit the context; an example too long for either model is skipped for both.
        if (runner.promptTokenCount(example.prompt) + Math.max(settings.maxTokens, settings.referenceTokens) + 8 > settings.contextSize) {
          tooLong.add(index)
          runs[role].push(null)
        } else {
          runs[role].push(await runner.run(example.prompt, example.reference, { ...settings, ...(parameters.signal === undefined ? {} : { signal: parameters.signal }) }))
        }
        progress(`Evaluating ${role}`, (index + 1) / examples.length)
      }
    } finally {
      await runner[Symbol.asyncDispose]()
    }
  }

  const reportExamples: EvaluationReport['examples'] = []
  for (const [index, example] of examples.entries()) {
    if (tooLong.has(index)) continue
    const toEntry = (run: ModelRun) => ({ text: run.text, rougeL: round(rougeL(run.text, example.reference)), referenceLogProb: round(run.referenceLogProb), referenceTokens: run.referenceTokens })
    const candidate = runs.candidate[index]!
    const active = parameters.active === undefined ? null : runs.active[index]!
    reportExamples.push({
      line: example.line,
      promptSha256: sha256Hex(canonicalJson(example.prompt)),
      candidate: toEntry(candidate),
      active: active === null ? null : toEntry(active),
      agreement: active === null ? null : round(rougeL(candidate.text, active.text))
    })
  }
  const summary = summarizeExamples(reportExamples, parameters.active !== undefined)
  const body: Omit<EvaluationReport, 'hash'> = {
    format: 'maia-evaluation/1',
    candidate: identities.candidate!,
    active: identities.active ?? null,
    dataset: { hash: card.hash, testSha256, testExamples: card.files.test.lines },
    settings,
    examples: reportExamples,
    skipped: tooLong.size,
    summary,
    verdict: decideVerdict(summary, identities.candidate!.vocabularySize, reportExamples)
  }
  return { ...body, hash: evaluationReportHash(body) }
}

/**
 * card.json, checked against its own hash, with every split file checked against the card
 * (verifyDatasetFiles.ts): what `maia model submit --dataset` and `maia model evaluate` rely on.
 *
 * @throws {InvalidDatasetError} when card.json is missing, malformed or edited.
 * @throws {DatasetFileMismatchError} naming a split file that is missing or differs from the card.
 */
export async function readCard(directory: string): Promise<DatasetCard> {
  const text = await readFile(join(directory, 'card.json'), 'utf8').catch((cause: unknown) => { throw new InvalidDatasetError(directory, 'no card.json', { cause }) })
  const parsed = datasetCardSchema.safeParse(parseJson(text))
  if (!parsed.success) throw new InvalidDatasetError(directory, 'card.json does not have the dataset card shape')
  if (datasetCardHash(parsed.data) !== parsed.data.hash) throw new InvalidDatasetError(directory, 'card.json hash does not match its content')
  await verifyDatasetFiles(directory, parsed.data)
  return parsed.data
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

async function readHeldOut(file: string, limit: number): Promise<HeldOutExample[]> {
  const examples: HeldOutExample[] = []
  for await (const { line, value } of readJsonLines([file])) {
    if (examples.length >= limit) break
    const example = chatExampleSchema.parse(value)
    const reference = example.messages.at(-1)!.content
    examples.push({ line, prompt: example.messages.slice(0, -1), reference })
  }
  return examples
}
