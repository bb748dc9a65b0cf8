// Builds a one-shot retrieval set's questions.json from its questions.tsv (one line per candidate:
// `source#position`, the question, and optionally one earlier turn) and the candidates its
// pickPassages.ts picks. The quote is the first 12–25 words of the picked unit (KJV verse numbers
// and markdown `_` left out). Runs no retriever. Shared by the build.ts of the newer sets, which had each
// carried a copy (the earlier sets keep their own, as they were run).
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { normalizeForMatch } from './support.ts'

/** The gold quote of a picked unit: its first 25 words (verse number and `_` left out), run on into the source when under 60 characters. */
export function quoteOf(unit: string, text: string): string {
  const words = unit.replace(/^\d+(:\d+)? /, '').replaceAll('_', '').split(' ')
  const base = words.slice(0, 25).join(' ')
  let quote = base.replace(/[,;:]$/, '')
  if (quote.length < 60 && /^\d+ /.test(unit) && unit.split(' ').slice(0, 26).join(' ').length >= 60) quote = unit.split(' ').slice(0, 26).join(' ').replace(/[,;:]$/, '')
  if (quote.length < 60) {
    // A unit under 60 characters runs on into the words that follow it in the source.
    const flat = text.replace(/\s+/g, ' ').replaceAll('_', '')
    const following = flat.slice(flat.indexOf(base) + base.length).trim().split(' ')
    for (let taken = 1; quote.length < 60 && taken <= following.length; taken++) quote = `${base} ${following.slice(0, taken).join(' ')}`.replace(/[,;:]$/, '')
  }
  return quote
}

/** What a set's pickPassages.ts gives the build: its plan, and how it picks a book's candidates. */
export interface PassagePicker<Book extends { readonly library: string; readonly source: string; readonly candidates: number }> {
  fullPlan(): Promise<readonly Book[]>
  libraryOf(book: Book): string
  offsetOf(book: Book): number
  units(text: string, book: Book): string[]
  earlierSpans(sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>>
  normalisedSource(source: string): Promise<string | undefined>
  nearFor(book: Book, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>): number
  pick(units: readonly string[], normalised: string, candidates: number, offset: number, avoidAtFirst: ReadonlyArray<[number, number]>, near: number): { picked: ReadonlyArray<{ position: number; unit: string }> }
}

/**
 * Writes `folder`/questions.json (ids `<prefix>-<short name>-<position>`), or with `quotesOnly` prints each
 * candidate's key and quote (a writing aid) and writes nothing.
 */
export async function buildHeldoutQuestions<Book extends { readonly library: string; readonly source: string; readonly candidates: number }>(
  options: { folder: URL; prefix: string; short: Readonly<Record<string, string>>; picker: PassagePicker<Book>; quotesOnly: boolean }
): Promise<void> {
  const { folder, prefix, short, picker, quotesOnly } = options
  const lines = quotesOnly ? [] : (await readFile(new URL('./questions.tsv', folder), 'utf8')).split('\n').filter((line) => line.trim() !== '')
  const asked = new Map(lines.map((line) => { const [key, question, turn] = line.split('\t'); return [key!, { question: question!, turn }] }))
  const spans = await picker.earlierSpans(picker.normalisedSource)
  const questions: unknown[] = []
  const skipped: string[] = []
  for (const book of await picker.fullPlan()) {
    const text = await readFile(join(picker.libraryOf(book), book.source), 'utf8')
    const normalised = normalizeForMatch(text)
    const bookUnits = picker.units(text, book)
    const earlier = spans.get(book.source) ?? []
    const { picked } = picker.pick(bookUnits, normalised, book.candidates, picker.offsetOf(book), earlier, picker.nearFor(book, bookUnits, normalised, earlier))
    for (const { position, unit } of picked) {
      const key = `${book.source.replace(/\.(md|txt)$/, '')}#${position}`
      const quote = quoteOf(unit, text)
      if (quotesOnly) { console.log(`${key}\t${quote}`); continue }
      const entry = asked.get(key)
      if (entry === undefined) { skipped.push(key); continue }
      questions.push({
        id: `${prefix}-${short[book.source]}-${position}`, library: book.library, kind: entry.turn === undefined ? 'paraphrase' : 'conversational',
        question: entry.question, ...(entry.turn === undefined ? {} : { earlierTurns: [entry.turn] }),
        passages: [{ source: book.source, quote }]
      })
    }
  }
  if (quotesOnly) return
  await writeFile(new URL('./questions.json', folder), `${JSON.stringify({ questions }, null, 2)}\n`)
  console.log(`wrote ${questions.length} questions; candidates without a question (skipped): ${skipped.length} ${skipped.join(' ')}`)
  const used = new Set(questions.map((question) => (question as { id: string }).id))
  const unused = [...asked.keys()].filter((key) => ![...used].some((id) => id.endsWith(`-${key.split('#')[1]}`) && id.startsWith(`${prefix}-${short[`${key.split('#')[0]}.md`] ?? short[`${key.split('#')[0]}.txt`]}-`)))
  if (unused.length > 0) console.log(`keys matching no candidate: ${unused.join(' ')}`)
}
