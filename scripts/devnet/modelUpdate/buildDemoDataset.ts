import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { dirname, extname, join, resolve } from 'node:path'
import { buildDataset, type DatasetCard } from '../../dataset/index.ts'

const MANIFEST_FILE = 'MANIFEST.tsv'

export interface DemoDatasetParameters {
  /** The knowledge library (a MANIFEST.tsv directory, or a folder of .md/.txt). */
  library: string
  /** Where the dataset (and the linked subset of the library) go; replaced. */
  out: string
  /** How many books, the smallest first (default 3): a dataset of the whole library takes longer to build and to evaluate on. */
  books?: number
  /**
   * When those books leave no held-out test example (a small library: the repository's sample where
   * ../shared/library is absent), build from the whole library instead (default true).
   */
  requireTestExamples?: boolean
  onProgress?: (label: string, fraction: number) => void
  signal?: AbortSignal
}

export interface DemoDataset {
  card: DatasetCard
  /** The dataset directory (`train.jsonl`, `validation.jsonl`, `test.jsonl`, `card.json`). */
  directory: string
  /** The library the dataset was built from: `library` itself or a linked subset of it. */
  library: string
  /** The books used, as the library names them. */
  books: string[]
}

/**
 * The model-update demo's dataset: `maia dataset build` (buildDataset) over the `books` smallest
 * books of the library. The subset is a directory of symbolic links to the library's files with a
 * MANIFEST.tsv of their rows: the library is read in place, never copied.
 *
 * @example
 * const { card } = await buildDemoDataset({ library: '../shared/library', out: '.devnet/model-update/dataset' })
 */
export async function buildDemoDataset(parameters: DemoDatasetParameters): Promise<DemoDataset> {
  const out = resolve(parameters.out)
  await rm(out, { recursive: true, force: true })
  const build = (library: string) => buildDataset({
    library,
    out: join(out, 'dataset'),
    ...(parameters.onProgress === undefined ? {} : { onProgress: parameters.onProgress }),
    ...(parameters.signal === undefined ? {} : { signal: parameters.signal })
  })
  const subset = await linkSmallestBooks(resolve(parameters.library), join(out, 'library'), parameters.books ?? 3)
  const built = await build(subset.library)
  if (built.card.counts.test > 0 || parameters.requireTestExamples === false || subset.library === resolve(parameters.library)) return { ...built, ...subset }
  // A small library (the repository's sample, where ../shared/library is absent) can leave the few
  // smallest books without a single held-out example: the whole library then.
  const whole = await linkSmallestBooks(resolve(parameters.library), join(out, 'library-whole'), Number.POSITIVE_INFINITY)
  return { ...await build(whole.library), ...whole }
}

/** Links the `count` smallest books of `library` into `target` (with their manifest rows); the library itself when it has no more than that. */
async function linkSmallestBooks(library: string, target: string, count: number): Promise<{ library: string; books: string[] }> {
  const manifest = await readFile(join(library, MANIFEST_FILE), 'utf8').catch(() => undefined)
  const lines = manifest?.split('\n').filter((line) => line.trim() !== '') ?? []
  const header = lines[0]
  const fileColumn = header?.split('\t').indexOf('file') ?? -1
  const rows = manifest === undefined || fileColumn < 0
    ? (await readdir(library)).filter((file) => ['.md', '.txt'].includes(extname(file).toLowerCase()) && file.toLowerCase() !== 'readme.md').map((file) => ({ file, line: undefined }))
    : lines.slice(1).map((line) => ({ file: line.split('\t')[fileColumn] ?? '', line })).filter((row) => row.file !== '')
  if (rows.length <= count) return { library, books: rows.map((row) => row.file) }
  const sized = await Promise.all(rows.map(async (row, order) => ({ ...row, order, bytes: await stat(join(library, row.file)).then((info) => info.size, () => Number.POSITIVE_INFINITY) })))
  // The smallest books, kept in the library's own order.
  const chosen = sized.filter((row) => Number.isFinite(row.bytes)).sort((a, b) => a.bytes - b.bytes || a.order - b.order).slice(0, count).sort((a, b) => a.order - b.order)
  await mkdir(target, { recursive: true })
  for (const row of chosen) {
    await mkdir(dirname(join(target, row.file)), { recursive: true })
    await symlink(join(library, row.file), join(target, row.file))
  }
  if (header !== undefined && chosen.every((row) => row.line !== undefined)) {
    await writeFile(join(target, MANIFEST_FILE), `${[header, ...chosen.map((row) => row.line!)].join('\n')}\n`)
  }
  return { library: target, books: chosen.map((row) => row.file) }
}
