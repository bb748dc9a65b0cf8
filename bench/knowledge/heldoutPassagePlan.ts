// The unit rules and the picking of the newer one-shot retrieval sets' pickPassages.ts (whole sentences,
// prose sentences, verse clauses, KJV verses; candidates evenly spaced at an offset, moved past units near
// an earlier set's gold quote or an earlier pick), which each set had carried as a copy; each set keeps its
// own plan (books, totals, offsets, libraries, earlier sets). Runs no retriever.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { normalizeForMatch } from './support.ts'

/** How near (characters, in the normalised source) a unit may lie to an earlier gold quote or an earlier pick. */
export const NEAR = 300
/** The distance used instead for a shared book none of whose units is free under NEAR. */
export const FALLBACK_NEAR = 150

/** Sentences of at least 12 words inside paragraphs (prose) or verses (KJV), split at . ? ! ; : as v7–v18 did. */
export function sentences(text: string, source: string): string[] {
  const units = source.startsWith('kjv-') ? verses(text, source) : paragraphs(text)
  return units.flatMap((part) => part.split(/(?<=[.?!;:])\s+/)).filter((sentence) => sentence.split(' ').length >= 12)
}

/** Whole sentences of 12 to 45 words inside prose paragraphs: split only after . ? ! (and a closing quote), not after Mr. / Mrs. / Dr. / St. (v16's rule). */
export function proseSentences(text: string): string[] {
  return paragraphs(text)
    .flatMap((part) => part.split(/(?<!\b(?:Mr|Mrs|Dr|St|Mt)\.)(?<=[.?!]["']?)\s+(?=["'(A-Z])/))
    .filter((sentence) => { const count = sentence.split(' ').length; return count >= 12 && count <= 45 })
}

/** Verse clauses of 12 to 45 words inside each stanza or verse paragraph (headings left out), whitespace collapsed, split after . ? ! ; : (a closing quote or bracket kept with it). */
export function verseClauses(text: string): string[] {
  return text.split(/\n\s*\n/).filter((part) => !part.startsWith('# ')).map((part) => part.replace(/\s+/g, ' ').trim())
    .flatMap((part) => part.split(/(?<=[.?!;:]["')\]]*)\s+/))
    .filter((clause) => { const count = clause.split(' ').length; return count >= 12 && count <= 45 })
}

/** Paragraphs of at least 200 characters, whitespace collapsed. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part.length >= 200)
}

/** KJV verses of at least 12 words: `1:3 ...` (Ecclesiastes) or `3 ...` inside a chapter's paragraph. */
export function verses(text: string, source: string): string[] {
  const flat = text.replace(/\s+/g, ' ')
  const pieces = source === 'kjv-ecclesiastes.txt' ? flat.split(/(?=\b\d+:\d+ )/) : flat.split(/CHAPTER \d+/).flatMap((chapter) => chapter.split(/(?=\b\d+ [A-Z(])/))
  return pieces.map((piece) => piece.trim()).filter((piece) => /^\d/.test(piece) && piece.split(' ').length >= 13)
}

/** [start, end) spans, in the normalised source, of every gold quote (and alternative) of `questionFiles`, by source. */
export async function earlierSpansOf(questionFiles: readonly URL[], sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>> {
  const spans = new Map<string, Array<[number, number]>>()
  for (const file of questionFiles) {
    const json = JSON.parse(await readFile(file, 'utf8')) as { questions: Array<{ passages: Array<{ source: string; quote: string; alternatives?: string[] }> }> }
    for (const passage of json.questions.flatMap((question) => question.passages)) {
      const text = await sourceText(passage.source)
      if (text === undefined) continue
      for (const quote of [passage.quote, ...(passage.alternatives ?? [])].map(normalizeForMatch)) {
        let start = text.indexOf(quote)
        while (start >= 0) {
          spans.set(passage.source, [...(spans.get(passage.source) ?? []), [start, start + quote.length]])
          start = text.indexOf(quote, start + 1)
        }
      }
    }
  }
  return spans
}

export const isNear = (spans: ReadonlyArray<[number, number]>, start: number, end: number, near = NEAR): boolean => spans.some(([from, to]) => from < end + near && to > start - near)

/** How many units lie farther than `near` characters from every earlier gold quote. */
export function freeUnits(bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>, near: number): number {
  return bookUnits.filter((unit) => {
    const needle = normalizeForMatch(unit)
    const start = normalised.indexOf(needle)
    return start >= 0 && !isNear(earlier, start, start + needle.length, near)
  }).length
}

/** The units picked from one book: evenly spaced at `offset`, each moved further along (within its stride) past units near `avoid` or near an earlier pick. */
export function pick(units: readonly string[], normalised: string, candidates: number, offset: number, avoidAtFirst: ReadonlyArray<[number, number]>, near: number): { picked: Array<{ position: number; unit: string; span: [number, number] }>; moved: number; dropped: number } {
  const stride = units.length / candidates
  const earlier = avoidAtFirst
  const own: Array<[number, number]> = []
  const picked: Array<{ position: number; unit: string; span: [number, number] }> = []
  let moved = 0
  let dropped = 0
  for (let index = 0; index < candidates; index++) {
    const first = Math.floor((index + offset) * stride)
    const limit = Math.min(Math.floor((index + 1 + offset) * stride), units.length)
    let found: { position: number; unit: string; span: [number, number] } | undefined
    for (let position = first; position < limit && found === undefined; position++) {
      const needle = normalizeForMatch(units[position]!)
      const start = normalised.indexOf(needle)
      if (start >= 0 && !isNear(earlier, start, start + needle.length, near) && !isNear(own, start, start + needle.length, NEAR)) found = { position, unit: units[position]!, span: [start, start + needle.length] }
    }
    if (found === undefined) { dropped++; continue }
    if (found.position !== first) moved++
    picked.push(found)
    own.push(found.span)
  }
  return { picked, moved, dropped }
}

/** A book of a set's plan, as the shared rules read it. */
export interface PlannedBook { readonly library: string; readonly source: string; readonly unit: 'sentence' | 'prose-sentence' | 'verse-clause'; readonly candidates: number }

/** A book's units by its plan's unit rule. */
export function unitsOf(text: string, book: Pick<PlannedBook, 'unit' | 'source'>): string[] {
  return book.unit === 'verse-clause' ? verseClauses(text) : book.unit === 'prose-sentence' ? proseSentences(text) : sentences(text, book.source)
}

/** `near`, or `fallbackNear` for a shared book none of whose units is free under `near`. */
export function nearForBook(book: Pick<PlannedBook, 'library'>, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>, near: number, fallbackNear: number): number {
  if (book.library !== 'shared') return near
  return freeUnits(bookUnits, normalised, earlier, near) > 0 ? near : fallbackNear
}

/** The normalised text of a source, looked up in `libraries` in order. */
export async function normalisedSourceIn(libraries: readonly string[], source: string): Promise<string | undefined> {
  for (const library of libraries) {
    const text = await readFile(join(library, source), 'utf8').catch(() => undefined)
    if (text !== undefined) return normalizeForMatch(text)
  }
  return undefined
}

/** What a set's pickPassages.ts gives the printing of its plan. */
export interface PlanPrinter<Book extends PlannedBook> {
  readonly NEAR: number
  readonly FALLBACK_NEAR: number
  fullPlan(): Promise<readonly Book[]>
  libraryOf(book: Book): string
  offsetOf(book: Book): number
  units(text: string, book: Book): string[]
  earlierSpans(sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>>
  normalisedSource(source: string): Promise<string | undefined>
  nearFor(book: Book, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>): number
}

/**
 * Prints a set's candidate passages: per book its counts, then (unless `--counts` or `--free`) each
 * picked unit cut at `--width` characters; `--book FILE` prints one book; `--free` adds how many units
 * are free at NEAR and at FALLBACK_NEAR.
 */
export async function printPassagePlan<Book extends PlannedBook>(set: PlanPrinter<Book>, argv: readonly string[]): Promise<void> {
  const flag = (name: string, fallback: string): string => (argv.includes(name) ? argv[argv.indexOf(name) + 1] ?? fallback : fallback)
  const only = argv.includes('--book') ? flag('--book', '') : undefined
  const countsOnly = argv.includes('--counts') || argv.includes('--free')
  const width = Number(flag('--width', '2500'))
  const spans = await set.earlierSpans(set.normalisedSource)
  for (const book of await set.fullPlan()) {
    const text = await readFile(join(set.libraryOf(book), book.source), 'utf8')
    const normalised = normalizeForMatch(text)
    const bookUnits = set.units(text, book)
    const earlier = spans.get(book.source) ?? []
    const near = set.nearFor(book, bookUnits, normalised, earlier)
    const { picked, moved, dropped } = pick(bookUnits, normalised, book.candidates, set.offsetOf(book), earlier, near)
    if (only !== undefined && book.source !== only) continue
    console.log(`\n##### ${book.source}: ${bookUnits.length} ${book.unit}s, ${book.candidates} candidates, offset ${set.offsetOf(book)}, stride ${(bookUnits.length / book.candidates).toFixed(2)}, earlier gold spans ${earlier.length}, near ${near}, moved further along ${moved}, no free unit in stride ${dropped}`)
    if (argv.includes('--free')) console.log(`units free at ${set.NEAR}: ${freeUnits(bookUnits, normalised, earlier, set.NEAR)}, at ${set.FALLBACK_NEAR}: ${freeUnits(bookUnits, normalised, earlier, set.FALLBACK_NEAR)}`)
    if (countsOnly) continue
    for (const { position, unit } of picked) console.log(`\n[${book.source} #${position}] ${unit.length > width ? `${unit.slice(0, width)} …` : unit}`)
  }
}
