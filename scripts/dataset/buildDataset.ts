import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChatMessage } from '../../shared/protocol/index.ts'
import { assignSplit, DEFAULT_SPLIT_RATIOS, DEFAULT_SPLIT_SEED, type SplitName, type SplitRatios } from './assignSplit.ts'
import { comparableText, type CandidateExample } from './chatExample.ts'
import { collectEvaluationTexts, type EvaluationText } from './collectEvaluationTexts.ts'
import { createContaminationCheck, DEFAULT_CONTAMINATION_NGRAM } from './createContaminationCheck.ts'
import { createHeldLines } from './createHeldLines.ts'
import { createNearDuplicateIndex, DEFAULT_NEAR_DUPLICATE, type NearDuplicateSettings } from './createNearDuplicateIndex.ts'
import { createSplitWriters } from './createSplitWriters.ts'
import { datasetCardHash, type DatasetCard } from './datasetCard.ts'
import { EmptyDatasetError } from './errors.ts'
import { DEFAULT_MIN_HASH, minHashSignature } from './minHash.ts'
import { normalizeText } from './normalizeText.ts'
import { DEFAULT_OWNER_SHARE, ownerLabel, ownerLimits, ownerShareSchema, UNKNOWN_OWNER } from './ownerShare.ts'
import { passageToExample } from './passageToExample.ts'
import { readDialogues } from './readDialogues.ts'
import { readDistillation } from './readDistillation.ts'
import { listJsonlFiles } from './readJsonLines.ts'
import { readLibrary } from './readLibrary.ts'
import { renderChatTemplate, type ChatTemplate } from './renderChatTemplate.ts'
import { scrubPii, PII_TYPES } from './scrubPii.ts'
import { DEFAULT_PASSAGE_SIZES, splitPassages, type PassageSizes } from './splitPassages.ts'

/** The repository root (for the evaluation sets and the identity prompt). */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** MAIA's identity prompt, the system message of library examples. */
export const DEFAULT_IDENTITY_FILE = fileURLToPath(new URL('../../orchestrator/maia/prompt/identity.md', import.meta.url))
/** How many duplicate / contamination cases the card lists as examples (the counts are complete). */
const CARD_SAMPLES = 50

export interface BuildDatasetParameters {
  /** The knowledge library (a MANIFEST.tsv directory, or any folder of .md/.txt). */
  readonly library: string
  /** Where `train.jsonl`, `validation.jsonl`, `test.jsonl` and `card.json` go (created). */
  readonly out: string
  /** `maia quality export` JSONL (a file, or a directory of .jsonl files). */
  readonly distillation?: string
  /** A directory (or file) of practice dialogue JSONL, see readDialogues.ts. */
  readonly dialogues?: string
  /** Also render each example in this chat template (`text` beside `messages`). */
  readonly template?: ChatTemplate
  /** The system prompt of library examples and of dialogues without one; default identity.md. */
  readonly systemPrompt?: string
  readonly splitSeed?: string
  readonly splitRatios?: SplitRatios
  readonly passageSizes?: PassageSizes
  readonly nearDuplicate?: NearDuplicateSettings
  /** The most of the distillation examples one API key may supply (ownerShare.ts); default 0.2, 1 for no cap. */
  readonly ownerShare?: number
  /** Evaluation texts to check against; default: every evaluation set of the repository. */
  readonly evaluationTexts?: readonly EvaluationText[]
  /** `label` is the stage, `fraction` its share done (0..1). */
  readonly onProgress?: (label: string, fraction: number) => void
  readonly signal?: AbortSignal
}

export interface BuildDatasetResult {
  readonly card: DatasetCard
  readonly directory: string
}

/**
 * `maia dataset build`: streams the library (one book at a time), the distillation triples and
 * the practice dialogues through PII scrubbing (user and assistant turns of people's
 * conversations; the public-domain books are not scrubbed), the contamination check against the
 * repository's evaluation sets, exact and MinHash/LSH near-duplicate removal (first seen wins;
 * examples of one unit are not compared with each other; a library example is compared by its
 * passage) and a split by a hash of each example's
 * source unit, writing the splits as they go and `card.json` last. Distillation examples are held
 * on disk until every owner's count is known, then written with each API key cut to its share
 * (ownerShare.ts); the card lists each key (hashed) with what it kept and what was cut.
 *
 * @throws {EmptyDatasetError} when nothing is left.
 *
 * @example
 * const { card } = await buildDataset({ library: '../shared/library', out: 'dataset', template: 'llama3' })
 * card.hash // what `maia model submit --dataset dataset` records on chain
 */
export async function buildDataset(parameters: BuildDatasetParameters): Promise<BuildDatasetResult> {
  const progress = parameters.onProgress ?? (() => {})
  const seed = parameters.splitSeed ?? DEFAULT_SPLIT_SEED
  const ratios = parameters.splitRatios ?? DEFAULT_SPLIT_RATIOS
  const nearSettings = parameters.nearDuplicate ?? DEFAULT_NEAR_DUPLICATE
  const ownerShare = ownerShareSchema.parse(parameters.ownerShare ?? DEFAULT_OWNER_SHARE)
  const systemPrompt = parameters.systemPrompt ?? await readFile(DEFAULT_IDENTITY_FILE, 'utf8')
  const evaluationTexts = parameters.evaluationTexts ?? await collectEvaluationTexts(REPOSITORY_ROOT)
  const contamination = createContaminationCheck(evaluationTexts)
  const nearIndex = createNearDuplicateIndex(nearSettings)
  const exactSeen = new Map<string, string>()
  const directory = resolve(parameters.out)
  await mkdir(directory, { recursive: true })
  const writers = createSplitWriters(directory)

  const counts = { candidates: 0, exactDuplicates: 0, nearDuplicates: 0, contaminated: 0, kept: 0, train: 0, validation: 0, test: 0 }
  const redactions: Record<string, number> = Object.fromEntries(PII_TYPES.map((type) => [type, 0]))
  const duplicateSamples: DatasetCard['deduplication']['examples'] = []
  const contaminationHits: DatasetCard['contamination']['hits'] = []
  const curators = new Map<string, { sources: Set<string>; examples: number }>()
  const credit = (curator: string | undefined, source: string): void => {
    if (curator === undefined) return
    const entry = curators.get(curator) ?? { sources: new Set<string>(), examples: 0 }
    entry.sources.add(source)
    entry.examples += 1
    curators.set(curator, entry)
  }

  /** Runs one candidate through the checks; the line to write and its split when it passes. */
  const check = (candidate: CandidateExample, scrub: boolean): { split: SplitName; line: string } | undefined => {
    parameters.signal?.throwIfAborted()
    counts.candidates += 1
    const messages: ChatMessage[] = scrub ? candidate.messages.map((message) => {
      if (message.role === 'system') return message
      const scrubbed = scrubPii(message.content)
      for (const redaction of scrubbed.redactions) redactions[redaction.type] = (redactions[redaction.type] ?? 0) + 1
      return { role: message.role, content: scrubbed.text }
    }) : candidate.messages
    const text = comparableText(messages)
    const hit = contamination.find(text)
    if (hit !== undefined) {
      counts.contaminated += 1
      if (contaminationHits.length < CARD_SAMPLES) contaminationHits.push({ unit: candidate.origin.unit, ...hit })
      return undefined
    }
    const content = candidate.content ?? text
    const exactKey = createHash('sha256').update(normalizeText(content)).digest('base64')
    const exactOf = exactSeen.get(exactKey)
    if (exactOf !== undefined) {
      counts.exactDuplicates += 1
      if (duplicateSamples.length < CARD_SAMPLES) duplicateSamples.push({ unit: candidate.origin.unit, duplicateOf: exactOf, similarity: 1 })
      return undefined
    }
    const signature = minHashSignature(content)
    const near = nearIndex.find(signature, candidate.origin.unit)
    if (near !== undefined) {
      counts.nearDuplicates += 1
      if (duplicateSamples.length < CARD_SAMPLES) duplicateSamples.push({ unit: candidate.origin.unit, duplicateOf: near.key, similarity: near.similarity })
      return undefined
    }
    exactSeen.set(exactKey, candidate.origin.unit)
    nearIndex.add(candidate.origin.unit, candidate.origin.unit, signature)
    const split: SplitName = assignSplit(candidate.origin.unit, seed, ratios)
    const line = parameters.template === undefined ? { messages } : { messages, text: renderChatTemplate(messages, parameters.template) }
    return { split, line: JSON.stringify(line) }
  }
  const emit = async (split: SplitName, line: string): Promise<void> => {
    await writers.write(split, line)
    counts[split] += 1
    counts.kept += 1
  }
  /** Checks a candidate and writes it when it passes; true when written. */
  const accept = async (candidate: CandidateExample, scrub: boolean): Promise<boolean> => {
    const passed = check(candidate, scrub)
    if (passed === undefined) return false
    await emit(passed.split, passed.line)
    return true
  }
  const heldDistillation = createHeldLines(join(directory, '.distillation-held.jsonl'))

  try {
    // 1. The library, one book at a time.
    const documents: NonNullable<DatasetCard['sources']['library']>['documents'] = []
    let totalBytes = 0
    let doneBytes = 0
    for await (const book of readLibrary(parameters.library, { onTotalBytes: (bytes) => { totalBytes = bytes } })) {
      let passages = 0
      let examples = 0
      for (const passage of splitPassages(book.text, parameters.passageSizes ?? DEFAULT_PASSAGE_SIZES)) {
        passages += 1
        const unit = `library:${book.file}#${passage.ordinal}`
        const messages = passageToExample(passage.text, book, unit, systemPrompt)
        if (await accept({ origin: { kind: 'library', unit, file: book.file }, messages, content: passage.text }, false)) {
          examples += 1
          credit(book.curator, `library:${book.file}`)
        }
      }
      documents.push({ file: book.file, title: book.title, author: book.author, ...(book.translator === undefined ? {} : { translator: book.translator }), licence: book.licence, ...(book.curator === undefined ? {} : { curator: book.curator }), passages, examples })
      doneBytes += book.bytes
      progress('Library', totalBytes === 0 ? 1 : doneBytes / totalBytes)
    }

    // 2. Distillation triples.
    let distillation: DatasetCard['sources']['distillation'] = null
    if (parameters.distillation !== undefined) {
      const files = await listJsonlFiles(parameters.distillation)
      const reportBytes = await byteProgress(files, (fraction) => progress('Distillation', fraction))
      const keptByOwner = new Map<string, number>()
      for await (const candidate of readDistillation(files, reportBytes)) {
        const passed = check(candidate, true)
        if (passed === undefined) continue
        const owner = candidate.owner ?? UNKNOWN_OWNER
        keptByOwner.set(owner, (keptByOwner.get(owner) ?? 0) + 1)
        await heldDistillation.hold({ owner, ...passed })
      }
      const limits = ownerLimits(keptByOwner, ownerShare)
      const written = new Map<string, number>()
      for await (const held of heldDistillation.replay()) {
        const count = written.get(held.owner) ?? 0
        if (count >= (limits.get(held.owner) ?? 0)) continue
        written.set(held.owner, count + 1)
        await emit(held.split, held.line)
      }
      const owners = [...keptByOwner].map(([owner, kept]) => ({ owner: ownerLabel(owner), examples: written.get(owner) ?? 0, capped: kept - (written.get(owner) ?? 0) }))
      owners.sort((a, b) => b.examples - a.examples || a.owner.localeCompare(b.owner))
      const examples = owners.reduce((sum, entry) => sum + entry.examples, 0)
      distillation = { files: files.map((file) => basename(file)), examples, ownerShare, owners }
    }

    // 3. Practice dialogues.
    let dialogues: DatasetCard['sources']['dialogues'] = null
    if (parameters.dialogues !== undefined) {
      const files = await listJsonlFiles(parameters.dialogues)
      const reportBytes = await byteProgress(files, (fraction) => progress('Dialogues', fraction))
      const licences = new Set<string>()
      let examples = 0
      for await (const candidate of readDialogues(files, systemPrompt, reportBytes)) {
        if (!(await accept(candidate, true))) continue
        examples += 1
        licences.add(candidate.licence)
        credit(candidate.curator, `dialogues:${candidate.origin.file}`)
      }
      dialogues = { files: files.map((file) => basename(file)), examples, licences: [...licences].sort() }
    }

    const written = await writers.close()
    if (counts.kept === 0) throw new EmptyDatasetError(counts.candidates)
    const body: Omit<DatasetCard, 'hash'> = {
      format: 'maia-dataset/1',
      template: parameters.template ?? null,
      split: { seed, ratios: { train: 1 - ratios.validation - ratios.test, validation: ratios.validation, test: ratios.test }, unit: 'sha256(seed \\0 unit): library passage, distillation request id, dialogue file:id' },
      sources: {
        library: { directory: basename(resolve(parameters.library)), documents },
        distillation,
        dialogues
      },
      counts,
      licences: [...new Set([...documents.map((document) => document.licence), ...(dialogues?.licences ?? [])])].sort(),
      curators: [...curators.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([address, entry]) => ({ address, sources: [...entry.sources].sort(), examples: entry.examples })),
      pii: { scrubbed: ['distillation', 'dialogues'].filter((kind) => (kind === 'distillation' ? distillation : dialogues) !== null), detects: [...PII_TYPES], redactions },
      deduplication: { method: 'exact (normalised text) + MinHash/LSH', permutations: DEFAULT_MIN_HASH.permutations, shingleWords: DEFAULT_MIN_HASH.shingleWords, bands: nearSettings.bands, rows: nearSettings.rows, threshold: nearSettings.threshold, examples: duplicateSamples },
      contamination: { method: 'word n-gram overlap with evaluation texts', n: DEFAULT_CONTAMINATION_NGRAM, evaluationFiles: contamination.stats.files, evaluationTexts: contamination.stats.texts, hits: contaminationHits },
      files: written
    }
    const card: DatasetCard = { ...body, hash: datasetCardHash(body) }
    await writeFile(join(directory, 'card.json'), `${JSON.stringify(card, null, 2)}\n`)
    return { card, directory }
  } catch (error) {
    writers.abort()
    throw error
  } finally {
    await heldDistillation.remove()
  }
}

/** A byte counter over `files` that reports the share read. */
async function byteProgress(files: readonly string[], report: (fraction: number) => void): Promise<(bytes: number) => void> {
  const sizes = await Promise.all(files.map((file) => stat(file).then((s) => s.size)))
  const total = sizes.reduce((sum, size) => sum + size, 0)
  let read = 0
  return (bytes) => {
    read += bytes
    report(total === 0 ? 1 : Math.min(1, read / total))
  }
}
