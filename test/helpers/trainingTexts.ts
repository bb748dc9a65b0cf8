// What the tests of hand-written training batches share (orchestrator/maia/intent/data/*): texts
// compared after folding, every message literal of the other data files and of the spent held-out
// sets, and word runs that betray one message written from another's skeleton.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Lowercase, accents folded, punctuation and spacing folded: "Don't  go!" and "dont go" compare equal. */
export const normalise = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

function typeScriptFiles(directory: string, skipDirectory: (name: string) => boolean = () => false): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return skipDirectory(name) ? [] : typeScriptFiles(path, skipDirectory)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** Every string literal of a source file (messages are written as literals), parsed, not grepped. */
export function stringLiterals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The other training data files of orchestrator/maia/intent/data (all but `ownFile`). */
export const otherDataFiles = (ownFile: string): string[] =>
  typeScriptFiles(join(root, 'orchestrator/maia/intent/data')).filter((path) => !path.endsWith(ownFile))

/**
 * The held-out sets' files, v1 (top level) to `lastSpentSet` only: a folder named vN with N above it
 * (a set being written, or the next one-shot set) is skipped unread.
 */
export function spentHeldOutFiles(lastSpentSet: number): string[] {
  const unspent = (name: string): boolean => {
    const match = /^v(\d+)$/u.exec(name)
    return match !== null && Number(match[1]) > lastSpentSet
  }
  return typeScriptFiles(join(root, 'bench/router/heldout'), unspent)
}

/** Word runs of this length shared by two messages mean one was written from the other's skeleton. */
export const SHINGLE = 8

/** The normalised text's runs of {@link SHINGLE} words. */
export function shingles(text: string): string[] {
  const words = normalise(text).split(' ')
  const runs: string[] = []
  for (let start = 0; start + SHINGLE <= words.length; start += 1) runs.push(words.slice(start, start + SHINGLE).join(' '))
  return runs
}
