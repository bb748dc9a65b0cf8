// Prints the candidate passages of the held-out set v19 (see README.md). The plan (`PLAN`,
// `eighthPlan`, `seventhPlan`, `EIGHTH_TOTAL`, `SEVENTH_TOTAL`, `OFFSET`, `EIGHTH_OFFSET`,
// `SEVENTH_OFFSET`, `NEAR`, `FALLBACK_NEAR`, the unit rules) was fixed before any passage was read:
// - the eighth library (eighthLibrary.ts: two moral prose works no earlier set or library used), cut
//   into WHOLE SENTENCES of 12 to 45 words as v16 and v18 cut prose (split only after . ? ! and a
//   closing quote, not after Mr. / Mrs. / Dr. / St. / Mt.); EIGHTH_TOTAL (150) candidates spread over
//   its works in proportion to their CHARACTERS (see eighthPlan, as v18 spread the seventh), at least
//   4 per work, at EIGHTH_OFFSET 0.5;
// - the seventh library (seventhLibrary.ts; heldoutV18 used it at 0.5): the same whole sentences,
//   SEVENTH_TOTAL (20) candidates spread by characters, at least 2 per work, at SEVENTH_OFFSET 0.25;
// - the shared test books (Freud, Phaedo, Symposium; Ecclesiastes left out: v17 found no unit of it
//   free at 300 or at 150 characters) cut into sentences of at least 12 words as v7-v18 did (split
//   at . ? ! ; :), at OFFSET 0.125 (earlier sets used 0.5, 0.2, 0.8, 0.35, 0.85, 0.65, 0.15, 0.9,
//   0.05, 0.275, 0.575, 0.725, 0.425, 0.975, 0.375, 0.625, 0.3, 0.775);
// - candidate i of K starts at unit floor((i + offset) * units / K);
// - a unit lying within 300 characters of a gold quote (or alternative) of ANY earlier question set
//   (the project's own three sets and heldoutV2-V18), or of a unit already picked in this pass, is
//   replaced by the next unit further along, inside its own stride, that is not; if none is free
//   the candidate is dropped. A SHARED test book with no unit free under 300 is checked at 150.
//   Only counts are printed about earlier sets, never their questions or quotes.
//   Reading aid only: it runs no retriever.
//   npx tsx bench/knowledge/eighthLibrary.ts --out /tmp/maia-eighth-library-v19
//   npx tsx bench/knowledge/seventhLibrary.ts --out /tmp/maia-seventh-library-v19
//   npx tsx bench/knowledge/heldoutV19/pickPassages.ts [--counts] [--free] [--book FILE]
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EIGHTH_LIBRARY_WORKS } from '../eighthLibrary.ts'
import { SEVENTH_LIBRARY_WORKS } from '../seventhLibrary.ts'
import { earlierSpansOf, freeUnits, isNear, nearForBook, normalisedSourceIn, paragraphs, pick, printPassagePlan, proseSentences, sentences, unitsOf, verseClauses, verses } from '../heldoutPassagePlan.ts'

// The unit rules and the picking are shared with the other newer sets (heldoutPassagePlan.ts); the plan below is this set's.
export { freeUnits, isNear, paragraphs, pick, proseSentences, sentences, verseClauses, verses }

const flag = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? fallback : fallback)
export const SHARED_LIBRARY = flag('--shared', join(import.meta.dirname, '../../../../shared/library'))
export const SEVENTH_LIBRARY = flag('--seventh', '/tmp/maia-seventh-library-v19')
export const EIGHTH_LIBRARY = flag('--eighth', '/tmp/maia-eighth-library-v19')
/** Every earlier question set; read only to locate their gold quotes. */
export const EARLIER_SETS = [
  '../questions.json', '../paraphraseQuestions.json', '../secondLibraryQuestions.json',
  '../heldoutV2/questions.json', '../heldoutV3/questions.json', '../heldoutV4/questions.json',
  '../heldoutV5/questions.json', '../heldoutV6/questions.json', '../heldoutV7/questions.json', '../heldoutV8/questions.json', '../heldoutV9/questions.json', '../heldoutV10/questions.json', '../heldoutV11/questions.json', '../heldoutV12/questions.json', '../heldoutV13/questions.json', '../heldoutV14/questions.json', '../heldoutV15/questions.json', '../heldoutV16/questions.json', '../heldoutV17/questions.json', '../heldoutV18/questions.json'
].map((path) => new URL(path, import.meta.url))
/** Where a shared-book candidate starts inside its stride (v3 0.5, v4 0.2, v5 0.8, v6 0.35 / 0.85, v7 0.65 / 0.15, v8 0.9, v9 0.05, v10 0.275, v11 0.575, v12 0.725, v13 0.425, v14 0.975, v15 0.375, v16 0.625, v17 0.3, v18 0.775). */
export const OFFSET = 0.125
/** heldoutV18 used the seventh library at 0.5; v19 starts elsewhere in each stride. */
export const SEVENTH_OFFSET = 0.25
/** No earlier set used the eighth library: the middle of each stride. */
export const EIGHTH_OFFSET = 0.5
/** Candidates over the seventh library, spread by characters (at least 2 per work). */
export const SEVENTH_TOTAL = 20
/** Candidates over the eighth library, spread by characters (at least 4 per work). */
export const EIGHTH_TOTAL = 150
/** Characters around an earlier gold quote that count as "the same passage". */
export const NEAR = 300
/** Used instead of NEAR for a shared test book that has no unit free under NEAR at all. */
export const FALLBACK_NEAR = 150

export interface BookPlan { library: 'shared' | 'seventh' | 'eighth'; source: string; unit: 'sentence' | 'prose-sentence' | 'verse-clause'; candidates: number }

/** Shared test books: candidates per book (fixed before reading). */
export const PLAN: readonly BookPlan[] = [
  { library: 'shared', source: 'freud-dream-psychology.md', unit: 'sentence', candidates: 4 },
  { library: 'shared', source: 'plato-phaedo.md', unit: 'sentence', candidates: 3 },
  { library: 'shared', source: 'plato-symposium.md', unit: 'sentence', candidates: 3 }
]

/** The seventh library's works (seventhLibrary.ts order). */
export const SEVENTH_SOURCES = SEVENTH_LIBRARY_WORKS.map((work) => work.file)
/** The eighth library's works (eighthLibrary.ts order). */
export const EIGHTH_SOURCES = EIGHTH_LIBRARY_WORKS.map((work) => work.file)

/** Candidates per work: max(floor, round(total * characters / all characters)). */
async function spreadByCharacters(library: BookPlan['library'], directory: string, sources: readonly string[], unit: BookPlan['unit'], total: number, floor: number): Promise<BookPlan[]> {
  const sizes = await Promise.all(sources.map(async (source) => (await readFile(join(directory, source), 'utf8')).length))
  const all = sizes.reduce((sum, size) => sum + size, 0)
  return sources.map((source, index): BookPlan => ({ library, source, unit, candidates: Math.max(floor, Math.round((total * sizes[index]!) / all)) }))
}
/**
 * The eighth library's candidates per work: max(4, round(EIGHTH_TOTAL * characters / all
 * characters)), by characters as v18 spread the seventh (fixed before any count or text was seen).
 */
export const eighthPlan = async (): Promise<BookPlan[]> => spreadByCharacters('eighth', EIGHTH_LIBRARY, EIGHTH_SOURCES, 'prose-sentence', EIGHTH_TOTAL, 4)
/** The seventh library's candidates per work: max(2, round(SEVENTH_TOTAL * characters / all characters)), v18's whole sentences. */
export const seventhPlan = async (): Promise<BookPlan[]> => spreadByCharacters('seventh', SEVENTH_LIBRARY, SEVENTH_SOURCES, 'prose-sentence', SEVENTH_TOTAL, 2)

const LIBRARIES: Record<BookPlan['library'], string> = { shared: SHARED_LIBRARY, seventh: SEVENTH_LIBRARY, eighth: EIGHTH_LIBRARY }
export const libraryOf = (book: BookPlan): string => LIBRARIES[book.library]
export const offsetOf = (book: BookPlan): number => (book.library === 'eighth' ? EIGHTH_OFFSET : book.library === 'seventh' ? SEVENTH_OFFSET : OFFSET)
export const fullPlan = async (): Promise<BookPlan[]> => [...(await eighthPlan()), ...(await seventhPlan()), ...PLAN]

export const units = (text: string, book: BookPlan): string[] => unitsOf(text, book)

/** [start, end) spans, in the normalised source, of every gold quote of the earlier sets, by source. */
export const earlierSpans = (sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>> => earlierSpansOf(EARLIER_SETS, sourceText)

/** NEAR, or FALLBACK_NEAR for a shared book none of whose units is free under NEAR. */
export const nearFor = (book: BookPlan, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>): number => nearForBook(book, bookUnits, normalised, earlier, NEAR, FALLBACK_NEAR)

/** The normalised text of a source, looked up in the shared, seventh and eighth libraries (the earlier sets' other sources are not needed: no v19 question lies there). */
export const normalisedSource = (source: string): Promise<string | undefined> => normalisedSourceIn([SHARED_LIBRARY, SEVENTH_LIBRARY, EIGHTH_LIBRARY], source)

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  await printPassagePlan({ NEAR, FALLBACK_NEAR, fullPlan, libraryOf, offsetOf, units, earlierSpans, normalisedSource, nearFor }, process.argv)
}
