// Prints the candidate passages of the held-out set v17 (see README.md). The plan (`PLAN`,
// `sixthPlan`, `fifthPlan`, `SIXTH_TOTAL`, `FIFTH_TOTAL`, `OFFSET`, `SIXTH_OFFSET`, `FIFTH_OFFSET`,
// `NEAR`, `FALLBACK_NEAR`, the unit rules) was fixed before any text was read:
// - the sixth library (sixthLibrary.ts: three verse works no earlier set or library used), cut into
//   VERSE CLAUSES: inside each stanza or verse paragraph (headings left out), whitespace collapsed,
//   split after . ? ! ; : (a closing quote or bracket kept), pieces of 12 to 45 words; SIXTH_TOTAL
//   (150) candidates spread over its works in proportion to their CHARACTERS (see sixthPlan), at
//   least 4 per work (rounded), at SIXTH_OFFSET 0.5;
// - the fifth library (fifthLibrary.ts; heldoutV16 used it at 0.5): whole sentences of 12 to 45
//   words as v16 cut them, FIFTH_TOTAL (20) candidates spread by units (at least 4 per work), at
//   FIFTH_OFFSET 0.25;
// - the shared test books (Freud, Phaedo, Symposium, Ecclesiastes) cut into sentences of at least
//   12 words as v7-v16 did (split at . ? ! ; :), at OFFSET 0.3 (earlier sets used 0.5, 0.2, 0.8,
//   0.35, 0.85, 0.65, 0.15, 0.9, 0.05, 0.275, 0.575, 0.725, 0.425, 0.975, 0.375, 0.625);
// - candidate i of K starts at unit floor((i + offset) * units / K);
// - a unit lying within 300 characters of a gold quote (or alternative) of ANY earlier question set
//   (the project's own three sets and heldoutV2-V16), or of a unit already picked in this pass, is
//   replaced by the next unit further along, inside its own stride, that is not; if none is free
//   the candidate is dropped. A SHARED test book with no unit free under 300 is checked at 150.
//   Only counts are printed about earlier sets, never their questions or quotes.
//   Reading aid only: it runs no retriever.
//   npx tsx bench/knowledge/sixthLibrary.ts --out /tmp/maia-sixth-library-v17
//   npx tsx bench/knowledge/fifthLibrary.ts --out /tmp/maia-fifth-library-v17
//   npx tsx bench/knowledge/heldoutV17/pickPassages.ts [--counts] [--free] [--book FILE]
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FIFTH_LIBRARY_WORKS } from '../fifthLibrary.ts'
import { SIXTH_LIBRARY_WORKS } from '../sixthLibrary.ts'
import { earlierSpansOf, freeUnits, isNear, nearForBook, normalisedSourceIn, paragraphs, pick, printPassagePlan, proseSentences, sentences, unitsOf, verseClauses, verses } from '../heldoutPassagePlan.ts'

// The unit rules and the picking are shared with the other newer sets (heldoutPassagePlan.ts); the plan below is this set's.
export { freeUnits, isNear, paragraphs, pick, proseSentences, sentences, verseClauses, verses }

const flag = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? fallback : fallback)
export const SHARED_LIBRARY = flag('--shared', join(import.meta.dirname, '../../../../shared/library'))
export const FIFTH_LIBRARY = flag('--fifth', '/tmp/maia-fifth-library-v17')
export const SIXTH_LIBRARY = flag('--sixth', '/tmp/maia-sixth-library-v17')
/** Every earlier question set; read only to locate their gold quotes. */
export const EARLIER_SETS = [
  '../questions.json', '../paraphraseQuestions.json', '../secondLibraryQuestions.json',
  '../heldoutV2/questions.json', '../heldoutV3/questions.json', '../heldoutV4/questions.json',
  '../heldoutV5/questions.json', '../heldoutV6/questions.json', '../heldoutV7/questions.json', '../heldoutV8/questions.json', '../heldoutV9/questions.json', '../heldoutV10/questions.json', '../heldoutV11/questions.json', '../heldoutV12/questions.json', '../heldoutV13/questions.json', '../heldoutV14/questions.json', '../heldoutV15/questions.json', '../heldoutV16/questions.json'
].map((path) => new URL(path, import.meta.url))
/** Where a shared-book candidate starts inside its stride (v3 0.5, v4 0.2, v5 0.8, v6 0.35 / 0.85, v7 0.65 / 0.15, v8 0.9, v9 0.05, v10 0.275, v11 0.575, v12 0.725, v13 0.425, v14 0.975, v15 0.375, v16 0.625). */
export const OFFSET = 0.3
/** heldoutV16 used the fifth library at 0.5; v17 starts elsewhere in each stride. */
export const FIFTH_OFFSET = 0.25
/** No earlier set used the sixth library: the middle of each stride. */
export const SIXTH_OFFSET = 0.5
/** Candidates over the fifth library, spread by units (at least 4 per work). */
export const FIFTH_TOTAL = 20
/** Candidates over the sixth library, spread by units (at least 4 per work). */
export const SIXTH_TOTAL = 150
/** Characters around an earlier gold quote that count as "the same passage". */
export const NEAR = 300
/** Used instead of NEAR for a shared test book that has no unit free under NEAR at all. */
export const FALLBACK_NEAR = 150

export interface BookPlan { library: 'shared' | 'fifth' | 'sixth'; source: string; unit: 'sentence' | 'prose-sentence' | 'verse-clause'; candidates: number }

/** Shared test books: candidates per book (fixed before reading). */
export const PLAN: readonly BookPlan[] = [
  { library: 'shared', source: 'freud-dream-psychology.md', unit: 'sentence', candidates: 4 },
  { library: 'shared', source: 'plato-phaedo.md', unit: 'sentence', candidates: 3 },
  { library: 'shared', source: 'plato-symposium.md', unit: 'sentence', candidates: 3 },
  { library: 'shared', source: 'kjv-ecclesiastes.txt', unit: 'sentence', candidates: 2 }
]

/** The fifth library's works (fifthLibrary.ts order). */
export const FIFTH_SOURCES = FIFTH_LIBRARY_WORKS.map((work) => work.file)
/** The sixth library's works (sixthLibrary.ts order). */
export const SIXTH_SOURCES = SIXTH_LIBRARY_WORKS.map((work) => work.file)

/** Candidates per book: max(floor, round(total * units / all units)); books given 0 are left out. */
async function spreadByUnits(library: BookPlan['library'], directory: string, sources: readonly string[], unit: BookPlan['unit'], total: number, floor: number): Promise<BookPlan[]> {
  const sizes = await Promise.all(sources.map(async (source) => units(await readFile(join(directory, source), 'utf8'), { library, source, unit, candidates: 0 }).length))
  const all = sizes.reduce((sum, size) => sum + size, 0)
  return sources.map((source, index): BookPlan => ({ library, source, unit, candidates: Math.max(floor, Math.round((total * sizes[index]!) / all)) })).filter((book) => book.candidates > 0)
}
/**
 * The sixth library's candidates per work: max(4, round(SIXTH_TOTAL * characters / all characters)).
 * By characters, not units: Whitman's long catalogue lines give far fewer clauses of 12-45 words per
 * character than Milton's (1861 units in 705 KB against 2829 in 457 KB), so a spread by units would
 * under-sample the largest work. Decided from these counts alone, before any text was printed.
 */
export async function sixthPlan(): Promise<BookPlan[]> {
  const sizes = await Promise.all(SIXTH_SOURCES.map(async (source) => (await readFile(join(SIXTH_LIBRARY, source), 'utf8')).length))
  const all = sizes.reduce((sum, size) => sum + size, 0)
  return SIXTH_SOURCES.map((source, index): BookPlan => ({ library: 'sixth', source, unit: 'verse-clause', candidates: Math.max(4, Math.round((SIXTH_TOTAL * sizes[index]!) / all)) }))
}
export const fifthPlan = async (): Promise<BookPlan[]> => spreadByUnits('fifth', FIFTH_LIBRARY, FIFTH_SOURCES, 'prose-sentence', FIFTH_TOTAL, 4)

const LIBRARIES: Record<BookPlan['library'], string> = { shared: SHARED_LIBRARY, fifth: FIFTH_LIBRARY, sixth: SIXTH_LIBRARY }
export const libraryOf = (book: BookPlan): string => LIBRARIES[book.library]
export const offsetOf = (book: BookPlan): number => (book.library === 'sixth' ? SIXTH_OFFSET : book.library === 'fifth' ? FIFTH_OFFSET : OFFSET)
export const fullPlan = async (): Promise<BookPlan[]> => [...(await sixthPlan()), ...(await fifthPlan()), ...PLAN]

export const units = (text: string, book: BookPlan): string[] => unitsOf(text, book)

/** [start, end) spans, in the normalised source, of every gold quote of the earlier sets, by source. */
export const earlierSpans = (sourceText: (source: string) => Promise<string | undefined>): Promise<Map<string, Array<[number, number]>>> => earlierSpansOf(EARLIER_SETS, sourceText)

/** NEAR, or FALLBACK_NEAR for a shared book none of whose units is free under NEAR. */
export const nearFor = (book: BookPlan, bookUnits: readonly string[], normalised: string, earlier: ReadonlyArray<[number, number]>): number => nearForBook(book, bookUnits, normalised, earlier, NEAR, FALLBACK_NEAR)

/** The normalised text of a source, looked up in the shared, fifth and sixth libraries (the earlier sets' other sources are not needed: no v17 question lies there). */
export const normalisedSource = (source: string): Promise<string | undefined> => normalisedSourceIn([SHARED_LIBRARY, FIFTH_LIBRARY, SIXTH_LIBRARY], source)

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  await printPassagePlan({ NEAR, FALLBACK_NEAR, fullPlan, libraryOf, offsetOf, units, earlierSpans, normalisedSource, nearFor }, process.argv)
}
