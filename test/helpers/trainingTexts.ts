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

/**
 * The generated copy of the development sets' intent messages (bench/router/intentExportDevelopment.ts): outside
 * writers' messages, not hand-written training data. A batch is compared with the sets that existed when it was
 * written by its own test (heldOutTextsUpTo); against this copy it would also meet every later set, whose writers
 * never saw it (v52's "I'm having a crushing pain in my chest and my left arm's gone numb, I'm driving on the M62."
 * shares a run of 8 words with a fourteenth-batch message written eighteen rounds earlier, in round twenty-seven).
 */
const GENERATED_DEVELOPMENT_COPY = 'intentTrainingDevelopment.ts'
/** Round fifty-seven: the generated copy of the spent sets' intent messages (bench/router/intentExportSpent.ts), outside writers' too. */
const GENERATED_SPENT_COPY = 'intentTrainingSpent.ts'

/** The other hand-written training data files of orchestrator/maia/intent/data (all but `ownFile` and the generated copies of outside sets). */
export const otherDataFiles = (ownFile: string): string[] =>
  typeScriptFiles(join(root, 'orchestrator/maia/intent/data')).filter((path) => !path.endsWith(ownFile) && !path.endsWith(GENERATED_DEVELOPMENT_COPY) && !path.endsWith(GENERATED_SPENT_COPY))

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

const LATIN_LETTER = /\p{Script=Latin}/gu
const LETTER = /\p{L}/gu
/** Written in another script than Latin: most of its letters are not Latin (a few English words mixed in are fine). */
export const isNonLatin = (text: string): boolean => {
  const letters = text.match(LETTER)?.length ?? 0
  const latin = text.match(LATIN_LETTER)?.length ?? 0
  return letters > 0 && latin * 2 < letters
}

/**
 * Scripts written without spaces between words, where a run of eight words can be a whole
 * paragraph: there, copies are caught by runs of {@link CHARACTER_RUN} letters instead.
 */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
export const CHARACTER_RUN = 12

/** The normalised text's runs of {@link CHARACTER_RUN} letters (spaces dropped) that hold a letter of a script without spaces. */
export function characterRuns(text: string): string[] {
  if (!NO_SPACE_SCRIPT.test(text)) return []
  const letters = [...normalise(text).replace(/ /gu, '')]
  const runs: string[] = []
  for (let start = 0; start + CHARACTER_RUN <= letters.length; start += 1) {
    const run = letters.slice(start, start + CHARACTER_RUN).join('')
    if (NO_SPACE_SCRIPT.test(run)) runs.push(run)
  }
  return runs
}

/** Every (text, run) pair of `texts` whose run also occurs in `others`. */
export const sharedRuns = (texts: readonly string[], runsOf: (text: string) => string[], others: ReadonlySet<string>): string[] =>
  texts.flatMap((text) => runsOf(text).filter((run) => others.has(run)).map((run) => `"${run}" in: ${text}`))

/** Runs shared by two messages of one list (a message written from another's skeleton). */
export function repeatedRuns(lists: readonly (readonly string[])[], runsOf: (text: string) => string[]): string[] {
  const repeats: string[] = []
  for (const texts of lists) {
    const owner = new Map<string, string>()
    for (const text of texts) {
      for (const run of new Set(runsOf(text))) {
        const first = owner.get(run)
        if (first !== undefined) repeats.push(`"${run}" in both: ${first} | ${text}`)
        owner.set(run, text)
      }
    }
  }
  return repeats
}

/** The texts that are not trimmed, or that fold to nothing (a message of punctuation alone). */
export const untidyTexts = (texts: readonly string[]): string[] => texts.filter((text) => text !== text.trim() || normalise(text).length === 0)

/** Each text that repeats an earlier one of `texts` once folded (see {@link normalise}). */
export function repeatedTexts(texts: readonly string[]): string[] {
  const seen = new Set<string>()
  return texts.filter((text) => {
    const key = normalise(text)
    const repeated = seen.has(key)
    seen.add(key)
    return repeated
  })
}

/** The texts that, once folded, are one of `others` (a message copied from another file or set). */
export function textsFoundIn(texts: readonly string[], others: readonly string[]): string[] {
  const folded = new Set(others.map(normalise))
  return texts.filter((text) => folded.has(normalise(text)))
}

/** The runs of {@link SHINGLE} words, then of {@link CHARACTER_RUN} letters, that `texts` share with `others`. */
export const runsFoundIn = (texts: readonly string[], others: readonly string[]): string[] => [
  ...sharedRuns(texts, shingles, new Set(others.flatMap(shingles))),
  ...sharedRuns(texts, characterRuns, new Set(others.flatMap(characterRuns)))
]

/**
 * The messages whose language tag is missing or disagrees with their script, as `language: text`: a tag of
 * `nonLatinLanguages` for a message in the Latin script or the other way round, or English (`en`) with a
 * character outside plain ASCII (a message in another Latin-script language is not tagged English).
 */
export function mistaggedTexts<Language extends string>(texts: readonly string[], languageOf: (text: string) => Language | undefined, nonLatinLanguages: ReadonlySet<Language>): string[] {
  return texts.flatMap((text) => {
    const language = languageOf(text)
    if (language === undefined) return [`untagged: ${text}`]
    const scriptAgrees = isNonLatin(text) === nonLatinLanguages.has(language)
    const englishIsAscii = language !== 'en' || !/[^\x20-\x7e]/u.test(text)
    return scriptAgrees && englishIsAscii ? [] : [`${language}: ${text}`]
  })
}

/** The languages with more crisis messages than ordinary ones, as `language: crises > ordinary` (the language would read as a crisis cue). */
export function languagesLeaningToCrisis<Language extends string>(languages: readonly Language[], languageOf: (text: string) => Language | undefined, crisisTexts: readonly string[], ordinaryTexts: readonly string[]): string[] {
  return languages.flatMap((language) => {
    const crises = crisisTexts.filter((text) => languageOf(text) === language).length
    const ordinary = ordinaryTexts.filter((text) => languageOf(text) === language).length
    return crises > ordinary ? [`${language}: ${crises} > ${ordinary}`] : []
  })
}

/** How far apart the shares of non-Latin messages of two lists are (0 to 1). */
export const nonLatinShareGap = (crisisTexts: readonly string[], ordinaryTexts: readonly string[]): number => {
  const share = (texts: readonly string[]): number => texts.filter(isNonLatin).length / texts.length
  return Math.abs(share(crisisTexts) - share(ordinaryTexts))
}

/** A script's name, how to recognise it, and the fewest crisis and ordinary messages it must have. */
export type ScriptMinimum = readonly [name: string, pattern: RegExp, crisis: number, ordinary: number]

/** The scripts short of their minimum, as `name, crisis: found < minimum` (or `ordinary`). */
export function scriptShortfalls(minimums: readonly ScriptMinimum[], crisisTexts: readonly string[], ordinaryTexts: readonly string[]): string[] {
  return minimums.flatMap(([name, pattern, crisis, ordinary]) => {
    const crisisFound = crisisTexts.filter((text) => pattern.test(text)).length
    const ordinaryFound = ordinaryTexts.filter((text) => pattern.test(text)).length
    return [...(crisisFound < crisis ? [`${name}, crisis: ${crisisFound} < ${crisis}`] : []), ...(ordinaryFound < ordinary ? [`${name}, ordinary: ${ordinaryFound} < ${ordinary}`] : [])]
  })
}
