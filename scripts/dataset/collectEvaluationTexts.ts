import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'

/** Folders (relative to the repository root) holding every evaluation set a model could be scored on. */
export const DEFAULT_EVALUATION_ROOTS = ['bench/router', 'bench/knowledge', 'bench/quality', 'test'] as const
/** The dataset builder's own test inputs are inputs, not evaluation sets. */
const EXCLUDED_PREFIXES = ['test/scripts/dataset/']

/** One evaluation item's text and the file it came from. */
export interface EvaluationText {
  readonly file: string
  readonly text: string
}

/** JSON keys whose string values are evaluation inputs (questions, prompts, messages). */
const JSON_KEYS = new Set(['question', 'questions', 'prompt', 'text', 'content', 'message', 'messages', 'turns', 'input'])
const MIN_WORDS = 4

/**
 * The texts of the repository's evaluation sets: in `bench/router/**`, `bench/quality/**` and
 * test fixtures (`test/**` files under a `fixtures` folder), every string literal of four words or
 * more in .ts files (held-out messages, crisis phrasings, request prompts); in `bench/knowledge`
 * JSON question files, the `question` texts. The knowledge files' `quote` fields are left out on
 * purpose: they are quotes of the library itself, which the dataset is built to teach; what must
 * not reach training is the evaluation *prompts*.
 *
 * @example
 * const texts = await collectEvaluationTexts('/work/main')
 */
export async function collectEvaluationTexts(repositoryRoot: string, roots: readonly string[] = DEFAULT_EVALUATION_ROOTS): Promise<EvaluationText[]> {
  const texts: EvaluationText[] = []
  for (const root of roots) {
    const directory = join(repositoryRoot, root)
    if (!(await stat(directory).then((s) => s.isDirectory(), () => false))) continue
    const entries = await readdir(directory, { recursive: true, withFileTypes: true })
    const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort()
    for (const file of files) {
      const path = relative(repositoryRoot, file).split('\\').join('/')
      if (root === 'test' && !path.includes('/fixtures/')) continue
      if (EXCLUDED_PREFIXES.some((prefix) => path.startsWith(prefix))) continue
      const extension = extname(file)
      if (extension === '.json') {
        const parsed: unknown = JSON.parse(await readFile(file, 'utf8'))
        for (const text of jsonTexts(parsed, false)) if (text.trim().split(/\s+/).length >= MIN_WORDS) texts.push({ file: path, text })
      } else if (extension === '.ts' || extension === '.jsonl') {
        const source = await readFile(file, 'utf8')
        const strings = extension === '.ts' ? stringLiterals(source) : source.split('\n').filter(Boolean).flatMap((line) => jsonTexts(safeJson(line), true))
        for (const text of strings) if (text.trim().split(/\s+/).length >= MIN_WORDS) texts.push({ file: path, text })
      }
    }
  }
  return texts
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}

function jsonTexts(value: unknown, underKey: boolean): string[] {
  if (typeof value === 'string') return underKey ? [value] : []
  if (Array.isArray(value)) return value.flatMap((item) => jsonTexts(item, underKey))
  if (value !== null && typeof value === 'object') {
    // Only a text key's own value (or list of values) counts: ids, splits and quotes beside it do not.
    return Object.entries(value).flatMap(([key, item]) => jsonTexts(item, JSON_KEYS.has(key)))
  }
  return []
}

/** String literals ('…', "…", `…` without substitutions) of a TypeScript source, comments skipped. */
function stringLiterals(source: string): string[] {
  const found: string[] = []
  const pattern = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`/g
  for (const match of source.matchAll(pattern)) {
    const raw = match[1] ?? match[2] ?? match[3]
    if (raw === undefined) continue
    found.push(raw.replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n'))
  }
  return found
}
