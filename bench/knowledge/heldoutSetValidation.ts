// Checks a newer one-shot retrieval set without running any retriever (shared by the validate.ts of the
// newer sets, which had each carried a copy; the earlier sets keep their own, as they were run):
// - the file parses with questionSetSchema, every question has `library` and `kind`, and
//   conversational questions (and only they) carry earlierTurns;
// - no passage comes from a tune book (Jung, Apology, Proverbs, Job), and each passage's source is a
//   book of the library its question names;
// - every quote is 8-25 words and at least 60 characters, and occurs exactly once in its source after normalizeForMatch;
// - no two of the set's quotes in the same source lie within 300 characters of each other;
// - how many questions have a gold quote within NEAR characters (FALLBACK_NEAR for a shared test book with
//   no unit free under NEAR, as in pickPassages.ts) of a gold quote of any earlier question set: only the
//   count is printed, never their questions;
// - how many content words each question (with its earlier turns) shares with its quote, and how
//   many share a 5-letter prefix of one (same stem: grass / grassy); `showOverlap` lists them.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { normalizeForMatch, questionSetSchema } from './support.ts'

interface PlannedBook { readonly library: string; readonly source: string }

/** What a set's pickPassages.ts gives its validation. */
export interface ValidationPicker<Book extends PlannedBook> {
  readonly NEAR: number
  readonly FALLBACK_NEAR: number
  earlierSpans(sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>>
  fullPlan(): Promise<readonly Book[]>
  isNear(spans: ReadonlyArray<[number, number]>, start: number, end: number, near?: number): boolean
  libraryOf(book: Book): string
  nearFor(book: Book, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>): number
  normalisedSource(source: string): Promise<string | undefined>
  units(text: string, book: Book): string[]
}

/** Validates `folder`/questions.json of set `setName` (libraries `libraryNames`; each of `writtenOut` must be written out); sets process.exitCode on a problem. */
export async function validateHeldoutSet<Book extends PlannedBook>(options: {
  folder: URL; setName: string; libraryNames: readonly [string, ...string[]]; writtenOut: Readonly<Record<string, string>>; picker: ValidationPicker<Book>; showOverlap: boolean
}): Promise<void> {
  const { picker } = options
  const TUNE_BOOKS = ['jung-collected-papers-on-analytical-psychology.md', 'plato-apology.md', 'kjv-proverbs.txt', 'kjv-job.txt']
  const STOP_WORDS = new Set('a about after again all also am an and any are as at be been before being but by can could did do does doing don for from get got had has have he her him his how i if in into is it its just like me more most my no not now of on once one only or other our out over own same she should so some than that the their them then there these they this those through to too up very was we were what when where which while who whom why will with would you your thy thou thee unto hath shall yea'.split(' '))
  const extraSchema = z.object({ questions: z.array(z.object({ id: z.string(), library: z.enum(options.libraryNames), kind: z.enum(['paraphrase', 'conversational']) })) })

  const file = new URL('./questions.json', options.folder)
  const json: unknown = JSON.parse(await readFile(file, 'utf8'))
  const questions = questionSetSchema.parse(json).questions
  const extras = new Map(extraSchema.parse(json).questions.map((question) => [question.id, question]))
  const problems: string[] = []
  if (new Set(questions.map((question) => question.id)).size !== questions.length) problems.push('duplicate ids')

  const sources = new Map<string, string | undefined>()
  const source = async (name: string): Promise<string | undefined> => {
    if (!sources.has(name)) sources.set(name, await picker.normalisedSource(name))
    return sources.get(name)
  }
  const spans = await picker.earlierSpans(source)
  /** The distance to earlier gold quotes, by source: NEAR, or picker.FALLBACK_NEAR for a shared test book with no unit free under NEAR (pickPassages' rule). */
  const nearBySource = new Map<string, number>()
  const plan = await picker.fullPlan()
  for (const book of plan) {
    const raw = await readFile(join(picker.libraryOf(book), book.source), 'utf8')
    nearBySource.set(book.source, picker.nearFor(book, picker.units(raw, book), normalizeForMatch(raw), spans.get(book.source) ?? []))
  }
  const fallbackBooks = [...nearBySource].filter(([, near]) => near === picker.FALLBACK_NEAR).map(([name]) => name)
  const words = (text: string): Set<string> => new Set(normalizeForMatch(text).match(/[a-z']+/g)?.map((word) => word.replace(/'s$/, '')).filter((word) => word.length > 2 && !STOP_WORDS.has(word)) ?? [])

  let quotes = 0
  const ownSpans = new Map<string, Array<[number, number]>>()
  let nearEarlier = 0
  const shared = new Map<number, number>()
  /** Questions sharing a 5-letter prefix of a content word (5+ letters) with their quote: same-stem pairs such as grass / grassy. */
  let sharedPrefix = 0
  const sharedByLibrary = new Map<string, number>()
  /** `--overlap` lists, for this set only, the content words (and 5-letter prefixes) each question shares with its quote. */
  const showOverlap = options.showOverlap
  const counts = new Map<string, { library: string; paraphrase: number; conversational: number }>()
  for (const question of questions) {
    const extra = extras.get(question.id)!
    if ((extra.kind === 'conversational') !== (question.earlierTurns !== undefined && question.earlierTurns.length > 0)) problems.push(`${question.id}: kind ${extra.kind} does not match earlierTurns`)
    let near = false
    for (const passage of question.passages) {
      if (TUNE_BOOKS.includes(passage.source)) problems.push(`${question.id}: tune book ${passage.source}`)
      const planned = plan.find((book) => book.source === passage.source)
      if (planned === undefined || planned.library !== extra.library || !existsSync(join(picker.libraryOf(planned), passage.source))) problems.push(`${question.id}: ${passage.source} is not a book of library ${extra.library}`)
      for (const [library, directory] of Object.entries(options.writtenOut)) if (extra.library === library && !existsSync(join(directory, passage.source))) problems.push(`${question.id}: ${library} library not written out`)
      const text = await source(passage.source)
      if (text === undefined) { problems.push(`${question.id}: source ${passage.source} not found`); continue }
      for (const quote of [passage.quote, ...(passage.alternatives ?? [])]) {
        quotes++
        const wordCount = quote.trim().split(/\s+/).length
        if (wordCount < 8 || wordCount > 25) problems.push(`${question.id}: quote has ${wordCount} words`)
        if (quote.trim().length < 60) problems.push(`${question.id}: quote has ${quote.trim().length} characters`)
        const needle = normalizeForMatch(quote)
        const first = text.indexOf(needle)
        if (first < 0) { problems.push(`${question.id}: quote not found in ${passage.source}`); continue }
        if (text.indexOf(needle, first + 1) >= 0) problems.push(`${question.id}: quote occurs more than once in ${passage.source}`)
        if (picker.isNear(spans.get(passage.source) ?? [], first, first + needle.length, nearBySource.get(passage.source) ?? picker.NEAR)) near = true
        if (picker.isNear(ownSpans.get(passage.source) ?? [], first, first + needle.length)) problems.push(`${question.id}: within 300 characters of another ${options.setName} quote`)
        ownSpans.set(passage.source, [...(ownSpans.get(passage.source) ?? []), [first, first + needle.length]])
      }
      const book = counts.get(passage.source) ?? { library: extra.library, paraphrase: 0, conversational: 0 }
      book[extra.kind]++
      counts.set(passage.source, book)
    }
    if (near) { nearEarlier++; problems.push(`${question.id}: near an earlier set's gold quote (only this set's id is printed)`) }
    const asked = words([...(question.earlierTurns ?? []), question.question].join(' '))
    const common = [...words(question.passages[0]!.quote)].filter((word) => asked.has(word))
    const overlap = common.length
    const prefixes = new Set([...asked].filter((word) => word.length >= 5).map((word) => word.slice(0, 5)))
    const samePrefix = [...words(question.passages[0]!.quote)].filter((word) => word.length >= 5 && prefixes.has(word.slice(0, 5)))
    if (samePrefix.length > 0) sharedPrefix++
    if (showOverlap && samePrefix.length > 0) console.log(`prefix ${question.id}: ${samePrefix.join(' ')}`)
    shared.set(overlap, (shared.get(overlap) ?? 0) + 1)
    sharedByLibrary.set(`${extra.library} ${overlap}`, (sharedByLibrary.get(`${extra.library} ${overlap}`) ?? 0) + 1)
    if (showOverlap && overlap > 0) console.log(`overlap ${question.id}: ${common.join(' ')}`)
  }

  for (const [name, book] of counts) console.log(`${book.library}\t${name}\tparaphrase ${book.paraphrase}\tconversational ${book.conversational}\ttotal ${book.paraphrase + book.conversational}`)
  for (const library of options.libraryNames) {
    const inLibrary = [...extras.values()].filter((question) => question.library === library)
    console.log(`${library}: ${inLibrary.length} questions (${inLibrary.filter((question) => question.kind === 'paraphrase').length} paraphrase, ${inLibrary.filter((question) => question.kind === 'conversational').length} conversational)`)
  }
  console.log(`total: ${questions.length} questions, ${[...extras.values()].filter((question) => question.kind === 'conversational').length} conversational`)
  console.log(`content words shared with the first quote: ${[...shared].sort(([a], [b]) => a - b).map(([overlap, count]) => `${overlap}: ${count}`).join(', ')}`)
  console.log(`questions sharing a 5-letter prefix of a content word with their quote: ${sharedPrefix}`)
  console.log(`content words shared, by library: ${[...sharedByLibrary].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `${key}: ${count}`).join(', ')}`)
  console.log(`books checked at ${picker.FALLBACK_NEAR} instead of ${picker.NEAR} characters (no unit free under ${picker.NEAR}): ${fallbackBooks.join(', ') || 'none'}`)
  console.log(`questions whose gold quote lies within ${picker.NEAR} characters (${picker.FALLBACK_NEAR} for those books) of an earlier set's gold quote: ${nearEarlier}`)
  for (const problem of problems) console.log(`PROBLEM ${problem}`)
  if (problems.length > 0 || nearEarlier > 0) process.exitCode = 1
  else console.log(`every quote found exactly once in its source (${quotes} quotes)`)
}
