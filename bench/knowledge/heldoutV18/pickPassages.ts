// Prints the candidate passages of the held-out set v18 (see README.md). The plan (`PLAN`,
// `seventhPlan`, `sixthPlan`, `SEVENTH_TOTAL`, `SIXTH_TOTAL`, `OFFSET`, `SEVENTH_OFFSET`,
// `SIXTH_OFFSET`, `NEAR`, `FALLBACK_NEAR`, the unit rules) was fixed before any passage was read:
// - the seventh library (seventhLibrary.ts: two prose works no earlier set or library used), cut
//   into WHOLE SENTENCES of 12 to 45 words as v16 cut prose (split only after . ? ! and a closing
//   quote, not after Mr. / Mrs. / Dr. / St. / Mt.); SEVENTH_TOTAL (150) candidates spread over its
//   works in proportion to their CHARACTERS (see seventhPlan, as v17 spread the sixth), at least 4
//   per work, at SEVENTH_OFFSET 0.5;
// - the sixth library (sixthLibrary.ts; heldoutV17 used it at 0.5): v17's verse clauses of 12 to
//   45 words, SIXTH_TOTAL (20) candidates spread by characters, at least 2 per work, at
//   SIXTH_OFFSET 0.25;
// - the shared test books (Freud, Phaedo, Symposium; Ecclesiastes left out: v17 found no unit of it
//   free at 300 or at 150 characters) cut into sentences of at least 12 words as v7-v17 did (split
//   at . ? ! ; :), at OFFSET 0.775 (earlier sets used 0.5, 0.2, 0.8, 0.35, 0.85, 0.65, 0.15, 0.9,
//   0.05, 0.275, 0.575, 0.725, 0.425, 0.975, 0.375, 0.625, 0.3);
// - candidate i of K starts at unit floor((i + offset) * units / K);
// - a unit lying within 300 characters of a gold quote (or alternative) of ANY earlier question set
//   (the project's own three sets and heldoutV2-V17), or of a unit already picked in this pass, is
//   replaced by the next unit further along, inside its own stride, that is not; if none is free
//   the candidate is dropped. A SHARED test book with no unit free under 300 is checked at 150.
//   Only counts are printed about earlier sets, never their questions or quotes.
//   Reading aid only: it runs no retriever.
//   npx tsx bench/knowledge/seventhLibrary.ts --out /tmp/maia-seventh-library-v18
//   npx tsx bench/knowledge/sixthLibrary.ts --out /tmp/maia-sixth-library-v18
//   npx tsx bench/knowledge/heldoutV18/pickPassages.ts [--counts] [--free] [--book FILE]
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SEVENTH_LIBRARY_WORKS } from '../seventhLibrary.ts'
import { SIXTH_LIBRARY_WORKS } from '../sixthLibrary.ts'
import { earlierSpansOf, freeUnits, isNear, nearForBook, normalisedSourceIn, paragraphs, pick, printPassagePlan, proseSentences, sentences, unitsOf, verseClauses, verses } from '../heldoutPassagePlan.ts'

// The unit rules and the picking are shared with the other newer sets (heldoutPassagePlan.ts); the plan below is this set's.
export { freeUnits, isNear, paragraphs, pick, proseSentences, sentences, verseClauses, verses }

const flag = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? fallback : fallback)
export const SHARED_LIBRARY = flag('--shared', join(import.meta.dirname, '../../../../shared/library'))
export const SIXTH_LIBRARY = flag('--sixth', '/tmp/maia-sixth-library-v18')
export const SEVENTH_LIBRARY = flag('--seventh', '/tmp/maia-seventh-library-v18')
/** Every earlier question set; read only to locate their gold quotes. */
export const EARLIER_SETS = [
  '../questions.json', '../paraphraseQuestions.json', '../secondLibraryQuestions.json',
  '../heldoutV2/questions.json', '../heldoutV3/questions.json', '../heldoutV4/questions.json',
  '../heldoutV5/questions.json', '../heldoutV6/questions.json', '../heldoutV7/questions.json', '../heldoutV8/questions.json', '../heldoutV9/questions.json', '../heldoutV10/questions.json', '../heldoutV11/questions.json', '../heldoutV12/questions.json', '../heldoutV13/questions.json', '../heldoutV14/questions.json', '../heldoutV15/questions.json', '../heldoutV16/questions.json', '../heldoutV17/questions.json'
].map((path) => new URL(path, import.meta.url))
/** Where a shared-book candidate starts inside its stride (v3 0.5, v4 0.2, v5 0.8, v6 0.35 / 0.85, v7 0.65 / 0.15, v8 0.9, v9 0.05, v10 0.275, v11 0.575, v12 0.725, v13 0.425, v14 0.975, v15 0.375, v16 0.625, v17 0.3). */
export const OFFSET = 0.775
/** heldoutV17 used the sixth library at 0.5; v18 starts elsewhere in each stride. */
export const SIXTH_OFFSET = 0.25
/** No earlier set used the seventh library: the middle of each stride. */
export const SEVENTH_OFFSET = 0.5
/** Candidates over the sixth library, spread by characters (at least 2 per work). */
export const SIXTH_TOTAL = 20
/** Candidates over the seventh library, spread by characters (at least 4 per work). */
export const SEVENTH_TOTAL = 150
/** Characters around an earlier gold quote that count as "the same passage". */
export const NEAR = 300
/** Used instead of NEAR for a shared test book that has no unit free under NEAR at all. */
export const FALLBACK_NEAR = 150

export interface BookPlan { library: 'shared' | 'sixth' | 'seventh'; source: string; unit: 'sentence' | 'prose-sentence' | 'verse-clause'; candidates: number }

/** Shared test books: candidates per book (fixed before reading). */
export const PLAN: readonly BookPlan[] = [
  { library: 'shared', source: 'freud-dream-psychology.md', unit: 'sentence', candidates: 4 },
  { library: 'shared', source: 'plato-phaedo.md', unit: 'sentence', candidates: 3 },
  { library: 'shared', source: 'plato-symposium.md', unit: 'sentence', candidates: 3 }
]

/** The sixth library's works (sixthLibrary.ts order). */
export const SIXTH_SOURCES = SIXTH_LIBRARY_WORKS.map((work) => work.file)
/** The seventh library's works (seventhLibrary.ts order). */
export const SEVENTH_SOURCES = SEVENTH_LIBRARY_WORKS.map((work) => work.file)

/** Candidates per work: max(floor, round(total * characters / all characters)). */
async function spreadByCharacters(library: BookPlan['library'], directory: string, sources: readonly string[], unit: BookPlan['unit'], total: number, floor: number): Promise<BookPlan[]> {
  const sizes = await Promise.all(sources.map(async (source) => (await readFile(join(directory, source), 'utf8')).length))
  const all = sizes.reduce((sum, size) => sum + size, 0)
  return sources.map((source, index): BookPlan => ({ library, source, unit, candidates: Math.max(floor, Math.round((total * sizes[index]!) / all)) }))
}
/**
 * The seventh library's candidates per work: max(4, round(SEVENTH_TOTAL * characters / all
 * characters)), by characters as v17 spread the sixth (fixed before any count or text was seen).
 */
export const seventhPlan = async (): Promise<BookPlan[]> => spreadByCharacters('seventh', SEVENTH_LIBRARY, SEVENTH_SOURCES, 'prose-sentence', SEVENTH_TOTAL, 4)
/** The sixth library's candidates per work: max(2, round(SIXTH_TOTAL * characters / all characters)), v17's verse clauses. */
export const sixthPlan = async (): Promise<BookPlan[]> => spreadByCharacters('sixth', SIXTH_LIBRARY, SIXTH_SOURCES, 'verse-clause', SIXTH_TOTAL, 2)

const LIBRARIES: Record<BookPlan['library'], string> = { shared: SHARED_LIBRARY, sixth: SIXTH_LIBRARY, seventh: SEVENTH_LIBRARY }
export const libraryOf = (book: BookPlan): string => LIBRARIES[book.library]
export const offsetOf = (book: BookPlan): number => (book.library === 'seventh' ? SEVENTH_OFFSET : book.library === 'sixth' ? SIXTH_OFFSET : OFFSET)
export const fullPlan = async (): Promise<BookPlan[]> => [...(await seventhPlan()), ...(await sixthPlan()), ...PLAN]

export const units = (text: string, book: BookPlan): string[] => unitsOf(text, book)

/** [start, end) spans, in the normalised source, of every gold quote of the earlier sets, by source. */
export const earlierSpans = (sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>> => earlierSpansOf(EARLIER_SETS, sourceText)

/** NEAR, or FALLBACK_NEAR for a shared book none of whose units is free under NEAR. */
export const nearFor = (book: BookPlan, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>): number => nearForBook(book, bookUnits, normalised, earlier, NEAR, FALLBACK_NEAR)

/** The normalised text of a source, looked up in the shared, sixth and seventh libraries (the earlier sets' other sources are not needed: no v18 question lies there). */
export const normalisedSource = (source: string): Promise<string | undefined> => normalisedSourceIn([SHARED_LIBRARY, SIXTH_LIBRARY, SEVENTH_LIBRARY], source)

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  await printPassagePlan({ NEAR, FALLBACK_NEAR, fullPlan, libraryOf, offsetOf, units, earlierSpans, normalisedSource, nearFor }, process.argv)
}
