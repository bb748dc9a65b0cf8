// Prints the candidate passages of the held-out set v15 (see README.md). The plan (`PLAN`,
// `fourthPlan`, `thirdPlan`, `FOURTH_TOTAL`, `THIRD_TOTAL`, `OFFSET`, `FOURTH_OFFSET`, `THIRD_OFFSET`, `NEAR`,
// `FALLBACK_NEAR`) was fixed before any text was read:
// - the fourth library (fourthLibrary.ts, eighteen KJV books no earlier set used), cut into verses of
//   at least 12 words; FOURTH_TOTAL (125) candidates spread over its books in proportion to their
//   number of units, at least 4 per book (rounded), at FOURTH_OFFSET 0.5;
// - the third library (thirdLibrary.ts; heldoutV13 used it at offset 0.5, heldoutV14 at 0.15):
//   THIRD_TOTAL (30) candidates spread by units, at least 1 per book, at THIRD_OFFSET 0.825;
// - the shared test books (Freud, Phaedo, Symposium, Ecclesiastes) and Meditations are cut into
//   SENTENCES of at least 12 words, the second library's KJV books into verses, as v7-v14 did; fewer
//   candidates than v14 per book (the fourth library carries most of the set);
// - candidate i of K starts at unit floor((i + 0.375) * units / K) (earlier sets used 0.5, 0.2,
//   0.8, 0.35, 0.85, 0.65, 0.15, 0.9, 0.05, 0.275, 0.575, 0.725, 0.425, 0.975);
// - a unit lying within 300 characters of a gold quote (or alternative) of ANY earlier question set
//   (the project's own three sets and heldoutV2-V14), or of a unit already picked in this pass, is
//   replaced by the next unit further along, inside its own stride, that is not; if none is free
//   the candidate is dropped. A SHARED test book with no unit free under 300 is checked at 150.
//   Only counts are printed about earlier sets, never their questions or quotes.
//   Reading aid only: it runs no retriever.
//   npx tsx bench/knowledge/fourthLibrary.ts --out /tmp/maia-fourth-library-v15
//   npx tsx bench/knowledge/thirdLibrary.ts --out /tmp/maia-third-library-v15
//   npx tsx bench/knowledge/secondLibrary.ts --out /tmp/maia-second-library-v15
//   npx tsx bench/knowledge/heldoutV15/pickPassages.ts [--counts] [--book FILE]
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FOURTH_LIBRARY_KJV_BOOKS } from '../fourthLibrary.ts'
import { normalizeForMatch } from '../support.ts'

const flag = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? fallback : fallback)
export const SHARED_LIBRARY = flag('--shared', join(import.meta.dirname, '../../../../shared/library'))
export const SECOND_LIBRARY = flag('--second', '/tmp/maia-second-library-v15')
export const THIRD_LIBRARY = flag('--third', '/tmp/maia-third-library-v15')
export const FOURTH_LIBRARY = flag('--fourth', '/tmp/maia-fourth-library-v15')
/** Every earlier question set; read only to locate their gold quotes. */
export const EARLIER_SETS = [
  '../questions.json', '../paraphraseQuestions.json', '../secondLibraryQuestions.json',
  '../heldoutV2/questions.json', '../heldoutV3/questions.json', '../heldoutV4/questions.json',
  '../heldoutV5/questions.json', '../heldoutV6/questions.json', '../heldoutV7/questions.json', '../heldoutV8/questions.json', '../heldoutV9/questions.json', '../heldoutV10/questions.json', '../heldoutV11/questions.json', '../heldoutV12/questions.json', '../heldoutV13/questions.json', '../heldoutV14/questions.json'
].map((path) => new URL(path, import.meta.url))
/** Where a candidate starts inside its stride (v3 0.5, v4 0.2, v5 0.8, v6 0.35 / 0.85, v7 0.65 / 0.15, v8 0.9, v9 0.05, v10 0.275, v11 0.575, v12 0.725, v13 0.425, v14 0.975). */
export const OFFSET = 0.375
/** heldoutV13 used the third library at 0.5, heldoutV14 at 0.15; v15 starts elsewhere in each stride. */
export const THIRD_OFFSET = 0.825
/** No earlier set used the fourth library: the middle of each stride. */
export const FOURTH_OFFSET = 0.5
/** Candidates over the third library, spread by units (at least 1 per book). */
export const THIRD_TOTAL = 30
/** Candidates over the fourth library, spread by units (at least 4 per book). */
export const FOURTH_TOTAL = 125
/** Characters around an earlier gold quote that count as "the same passage". */
export const NEAR = 300
/** Used instead of NEAR for a shared test book that has no unit free under NEAR at all. */
export const FALLBACK_NEAR = 150

export interface BookPlan { library: 'shared' | 'second' | 'third' | 'fourth'; source: string; unit: 'paragraph' | 'verse' | 'sentence'; candidates: number }

/** Shared test books and the second library: candidates per book (fixed before reading; fewer than v14's). */
export const PLAN: readonly BookPlan[] = [
  { library: 'shared', source: 'freud-dream-psychology.md', unit: 'sentence', candidates: 6 },
  { library: 'shared', source: 'plato-phaedo.md', unit: 'sentence', candidates: 3 },
  { library: 'shared', source: 'plato-symposium.md', unit: 'sentence', candidates: 3 },
  { library: 'shared', source: 'kjv-ecclesiastes.txt', unit: 'sentence', candidates: 2 },
  { library: 'second', source: 'marcus-aurelius-meditations.txt', unit: 'sentence', candidates: 4 },
  { library: 'second', source: 'kjv-psalms.txt', unit: 'verse', candidates: 4 },
  { library: 'second', source: 'kjv-isaiah.txt', unit: 'verse', candidates: 3 },
  { library: 'second', source: 'kjv-matthew.txt', unit: 'verse', candidates: 1 },
  { library: 'second', source: 'kjv-luke.txt', unit: 'verse', candidates: 1 },
  { library: 'second', source: 'kjv-john.txt', unit: 'verse', candidates: 1 },
  { library: 'second', source: 'kjv-romans.txt', unit: 'verse', candidates: 1 },
  { library: 'second', source: 'kjv-1-corinthians.txt', unit: 'verse', candidates: 1 }
]

/** The third library's books (thirdLibrary.ts order). */
export const THIRD_SOURCES = ['kjv-ruth.txt', 'kjv-jeremiah.txt', 'kjv-daniel.txt', 'kjv-hosea.txt', 'kjv-jonah.txt', 'kjv-micah.txt', 'kjv-mark.txt', 'kjv-2-corinthians.txt', 'kjv-galatians.txt', 'kjv-ephesians.txt', 'kjv-philippians.txt', 'kjv-colossians.txt', 'kjv-1-timothy.txt', 'kjv-2-timothy.txt', 'kjv-hebrews.txt', 'kjv-1-peter.txt', 'kjv-1-john.txt']

/** The fourth library's books (fourthLibrary.ts order). */
export const FOURTH_SOURCES = FOURTH_LIBRARY_KJV_BOOKS.map((book) => book.file)

/** Verse candidates per book: max(floor, round(total * units / all units)). */
async function spreadByUnits(library: BookPlan['library'], directory: string, sources: readonly string[], total: number, floor: number): Promise<BookPlan[]> {
  const sizes = await Promise.all(sources.map(async (source) => verses(await readFile(join(directory, source), 'utf8'), source).length))
  const all = sizes.reduce((sum, size) => sum + size, 0)
  return sources.map((source, index) => ({ library, source, unit: 'verse', candidates: Math.max(floor, Math.round((total * sizes[index]!) / all)) }))
}
export const fourthPlan = async (): Promise<BookPlan[]> => spreadByUnits('fourth', FOURTH_LIBRARY, FOURTH_SOURCES, FOURTH_TOTAL, 4)
export const thirdPlan = async (): Promise<BookPlan[]> => spreadByUnits('third', THIRD_LIBRARY, THIRD_SOURCES, THIRD_TOTAL, 1)

const LIBRARIES: Record<BookPlan['library'], string> = { shared: SHARED_LIBRARY, second: SECOND_LIBRARY, third: THIRD_LIBRARY, fourth: FOURTH_LIBRARY }
export const libraryOf = (book: BookPlan): string => LIBRARIES[book.library]
export const offsetOf = (book: BookPlan): number => (book.library === 'fourth' ? FOURTH_OFFSET : book.library === 'third' ? THIRD_OFFSET : OFFSET)
export const fullPlan = async (): Promise<BookPlan[]> => [...(await fourthPlan()), ...(await thirdPlan()), ...PLAN]

/** Sentences of at least 12 words inside paragraphs (prose) or verses (KJV). */
export function sentences(text: string, source: string): string[] {
  const units = source.startsWith('kjv-') ? verses(text, source) : paragraphs(text)
  return units.flatMap((part) => part.split(/(?<=[.?!;:])\s+/)).filter((sentence) => sentence.split(' ').length >= 12)
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

export function units(text: string, book: BookPlan): string[] {
  return book.unit === 'paragraph' ? paragraphs(text) : book.unit === 'verse' ? verses(text, book.source) : sentences(text, book.source)
}

/** [start, end) spans, in the normalised source, of every gold quote of the earlier sets, by source. */
export async function earlierSpans(sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>> {
  const spans = new Map<string, Array<[number, number]>>()
  for (const file of EARLIER_SETS) {
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

/** NEAR, or FALLBACK_NEAR for a shared book none of whose units is free under NEAR. */
export function nearFor(book: BookPlan, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>): number {
  if (book.library !== 'shared') return NEAR
  const anyFree = bookUnits.some((unit) => {
    const needle = normalizeForMatch(unit)
    const start = normalised.indexOf(needle)
    return start >= 0 && !isNear(earlier, start, start + needle.length, NEAR)
  })
  return anyFree ? NEAR : FALLBACK_NEAR
}

export async function normalisedSource(source: string): Promise<string | undefined> {
  for (const library of [SHARED_LIBRARY, SECOND_LIBRARY, THIRD_LIBRARY, FOURTH_LIBRARY]) {
    const text = await readFile(join(library, source), 'utf8').catch(() => undefined)
    if (text !== undefined) return normalizeForMatch(text)
  }
  return undefined
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

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const only = process.argv.includes('--book') ? flag('--book', '') : undefined
  const countsOnly = process.argv.includes('--counts')
  const width = Number(flag('--width', '2500'))
  const spans = await earlierSpans(normalisedSource)
  for (const book of await fullPlan()) {
    const text = await readFile(join(libraryOf(book), book.source), 'utf8')
    const normalised = normalizeForMatch(text)
    const bookUnits = units(text, book)
    const earlier = spans.get(book.source) ?? []
    const near = nearFor(book, bookUnits, normalised, earlier)
    const { picked, moved, dropped } = pick(bookUnits, normalised, book.candidates, offsetOf(book), earlier, near)
    if (only !== undefined && book.source !== only) continue
    console.log(`\n##### ${book.source}: ${bookUnits.length} ${book.unit}s, ${book.candidates} candidates, offset ${offsetOf(book)}, stride ${(bookUnits.length / book.candidates).toFixed(2)}, earlier gold spans ${earlier.length}, near ${near}, moved further along ${moved}, no free unit in stride ${dropped}`)
    if (countsOnly) continue
    for (const { position, unit } of picked) console.log(`\n[${book.source} #${position}] ${unit.length > width ? `${unit.slice(0, width)} …` : unit}`)
  }
}
